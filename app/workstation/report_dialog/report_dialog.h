#pragma once

#include "gis/render/map_viewport.h"
#include "gis/report_layout/report_request.h"

#include <QDialog>
#include <QSet>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace uo {

class DistrictStore;
struct DistrictStyle;
class MapSnapshot;
class ReportPreview;

namespace report {
class ReportDocument;
}

// File ▸ Print Report: which report (the current view, segment sheets, a permit's review sheet, the
// risk summary), on what paper, with which title; a preview of its first pages, drawn by the same code
// as the PDF, follows every choice; Save PDF writes the whole report.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        View,
        Segments,
        Permit,
        Risks
    };

    // The maps are drawn in `style` and the view report shows `view` with `visibleLayers`: the map as
    // the window shows it.
    ReportDialog(DistrictStore &store, std::shared_ptr<const MapSnapshot> snapshot,
                 const DistrictStyle &style, const MapViewport &view, const QSet<QString> &visibleLayers,
                 QWidget *parent = nullptr);

    void setKind(Kind kind);
    Kind kind() const;
    void setPermit(const QString &permitNo);
    report::ReportRequest request() const;
    // The report as chosen; at most `sheets` segment sheets when above 0 (for the preview).
    report::ReportDocument build(int sheets = 0) const;
    ReportPreview *preview() const { return m_preview; }

    // Writes the whole report; false, with the reason shown, when it cannot.
    bool savePdf(const QString &path);

public slots:
    void updatePreview();

private:
    void fillChoices();
    void updateFields();
    void savePdfAs();

    DistrictStore &m_store;
    std::shared_ptr<const MapSnapshot> m_snapshot;
    std::shared_ptr<const DistrictStyle> m_style;
    MapViewport m_view;
    QSet<QString> m_layers;

    QComboBox *m_kind, *m_chief, *m_permit, *m_paper, *m_orientation;
    QSpinBox *m_scale, *m_dpi;
    QCheckBox *m_grid;
    QLineEdit *m_title, *m_subtitle, *m_author, *m_department;
    QLabel *m_chiefLabel, *m_permitLabel, *m_scaleLabel, *m_status;
    ReportPreview *m_preview;
    QTimer *m_previewTimer;
};

} // namespace uo
