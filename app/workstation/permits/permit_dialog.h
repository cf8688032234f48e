#pragma once

#include "core/store/geometry_blob.h"

#include <QDialog>
#include <QVariantMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace uo {

// Every field a real excavation permit carries (see docs/permit-rules.md): number, applicant, location,
// reason, utility and work type, dates, the dug area by surface with the total and the trench length,
// conditions, issuing authority and date, the traffic police's approval, fees, the emergency flag with
// its filing deadline, the joint-excavation group and a special approval. The dug area itself is drawn
// on the map before the dialog opens; its area and trench length are proposed from the drawing.
class PermitDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PermitDialog(QWidget *parent = nullptr);

    // Fills the fields from a permits row (as DistrictStore::readRow gives it).
    void setValues(const QVariantMap &row);
    // The drawn area, in the store's encoding; proposes the total area and trench length.
    void setArea(const QByteArray &geometryBlob, double areaM2, double trenchM);
    // The permits columns the dialog edits; empty optional fields are null. Includes `geom` when an area
    // was given.
    QVariantMap values() const;
    // What is missing or wrong, in words; empty when the permit can be saved.
    QStringList problems() const;

private:
    void update();

    QLineEdit *m_number, *m_applicant, *m_location, *m_reason, *m_authority, *m_police, *m_joint, *m_special;
    QComboBox *m_utility, *m_work;
    QDateEdit *m_start, *m_end, *m_issued, *m_deadline;
    QCheckBox *m_issuedSet, *m_emergency;
    QDoubleSpinBox *m_carriageway, *m_sidewalk, *m_green, *m_total, *m_trench, *m_fee;
    QPlainTextEdit *m_conditions;
    QLabel *m_areaLabel, *m_problems;
    QDialogButtonBox *m_buttons;
    QByteArray m_geometry;
};

} // namespace uo
