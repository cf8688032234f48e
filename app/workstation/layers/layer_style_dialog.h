#pragma once

#include "gis/render/layer_style.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace uo {

class ColourButton;
class LayerClassEditor;

// The style of one layer: colours (per class where the layer has classes), symbol size, opacity, the
// scales it is drawn at and its names. Every change is announced at once with styleEdited(), so that the
// map shows it while the dialog is open; Cancel announces the style the dialog started from.
class LayerStyleDialog : public QDialog
{
    Q_OBJECT

public:
    // `currentScale` (1:N of the map now, 0 if unknown) fills the scale limits on request.
    LayerStyleDialog(const LayerStyle &style, double currentScale, QWidget *parent = nullptr);

    LayerStyle style() const { return m_style; }

signals:
    void styleEdited(const LayerStyle &style);

public slots:
    void reject() override;

private:
    void buildForm();
    // Shows m_style in every widget, without announcing it.
    void showStyle();
    // Reads every widget into m_style and announces it.
    void edited();
    void restoreDefaults();

    const LayerStyle m_original;
    LayerStyle m_style;
    double m_currentScale;
    bool m_updating = false;

    ColourButton *m_colour = nullptr;
    LayerClassEditor *m_classes = nullptr;
    QSlider *m_opacity = nullptr;
    QLabel *m_opacityText = nullptr;
    QDoubleSpinBox *m_size = nullptr;
    QSpinBox *m_maxScale = nullptr;
    QSpinBox *m_minScale = nullptr;
    QCheckBox *m_labels = nullptr;
};

} // namespace uo
