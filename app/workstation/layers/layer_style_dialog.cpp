#include "app/workstation/layers/layer_style_dialog.h"

#include "app/workstation/layers/colour_button.h"
#include "app/workstation/layers/layer_class_editor.h"
#include "core/store/layers.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

namespace uo {

namespace {
bool isLabelled(const QString &table)
{
    const std::optional<Layer> layer = layerOf(table);
    return layer == Layer::Roads || layer == Layer::RoadSegments || layer == Layer::Streets;
}

// What the one colour of a layer is for, where it has one the user can change.
QString colourTitle(const QString &table, bool hasClasses)
{
    if (layerOf(table) == Layer::DistrictBoundary)
        return LayerStyleDialog::tr("Outline:");
    if (layerOf(table) == Layer::RoadSegments)
        return LayerStyleDialog::tr("Names:");
    return hasClasses ? QString() : LayerStyleDialog::tr("Colour:");
}

QSpinBox *scaleBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 5000000);
    box->setSingleStep(500);
    box->setPrefix(QStringLiteral("1:"));
    box->setSpecialValueText(LayerStyleDialog::tr("no limit"));
    box->setGroupSeparatorShown(true);
    return box;
}
} // namespace

LayerStyleDialog::LayerStyleDialog(const LayerStyle &style, double currentScale, QWidget *parent)
    : QDialog(parent), m_original(style), m_style(style), m_currentScale(currentScale)
{
    const LayerInfo *layer = findLayer(style.table);
    setWindowTitle(tr("Style of %1").arg(layer ? layerTitle(*layer) : style.table));
    setObjectName(QStringLiteral("LayerStyleDialog"));
    buildForm();
    showStyle();
}

void LayerStyleDialog::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    const QString colourLabel = colourTitle(m_style.table, !m_style.classes.isEmpty());
    if (!colourLabel.isEmpty()) {
        m_colour = new ColourButton(this);
        m_colour->setDialogTitle(windowTitle());
        connect(m_colour, &ColourButton::colourChanged, this, &LayerStyleDialog::edited);
        form->addRow(colourLabel, m_colour);
    }

    auto *opacityRow = new QHBoxLayout;
    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setRange(0, 100);
    m_opacity->setObjectName(QStringLiteral("opacity"));
    m_opacityText = new QLabel(this);
    m_opacityText->setMinimumWidth(m_opacityText->fontMetrics().horizontalAdvance(QStringLiteral("100 %")));
    opacityRow->addWidget(m_opacity, 1);
    opacityRow->addWidget(m_opacityText);
    connect(m_opacity, &QSlider::valueChanged, this, &LayerStyleDialog::edited);
    form->addRow(tr("Opacity:"), opacityRow);

    m_size = new QDoubleSpinBox(this);
    m_size->setRange(0.25, 8.0);
    m_size->setSingleStep(0.25);
    m_size->setDecimals(2);
    m_size->setSuffix(QStringLiteral(" \u00d7"));
    m_size->setToolTip(tr("Symbol sizes and line widths, times the usual."));
    connect(m_size, &QDoubleSpinBox::valueChanged, this, &LayerStyleDialog::edited);
    form->addRow(tr("Size:"), m_size);

    if (isLabelled(m_style.table)) {
        m_labels =
            new QCheckBox(layerOf(m_style.table) == Layer::Streets ? tr("Show the names over the areas")
                                                                   : tr("Show names along the lines"),
                          this);
        connect(m_labels, &QCheckBox::toggled, this, &LayerStyleDialog::edited);
        form->addRow(tr("Labels:"), m_labels);
    }

    // Scale range: a layer too dense far out, or too coarse close in, is left out of those views.
    auto *scales = new QGroupBox(tr("Drawn at scales"), this);
    auto *scaleForm = new QFormLayout(scales);
    m_maxScale = scaleBox(scales);
    m_minScale = scaleBox(scales);
    connect(m_maxScale, &QSpinBox::valueChanged, this, &LayerStyleDialog::edited);
    connect(m_minScale, &QSpinBox::valueChanged, this, &LayerStyleDialog::edited);
    auto withCurrent = [this, scales](QSpinBox *box) {
        auto *row = new QHBoxLayout;
        row->addWidget(box, 1);
        auto *current = new QPushButton(tr("Current"), scales);
        current->setToolTip(tr("The scale of the map now"));
        current->setEnabled(m_currentScale > 0);
        connect(current, &QPushButton::clicked, this,
                [this, box] { box->setValue(int(std::round(m_currentScale))); });
        row->addWidget(current);
        return row;
    };
    scaleForm->addRow(tr("Zoomed out to at most:"), withCurrent(m_maxScale));
    scaleForm->addRow(tr("Zoomed in to at most:"), withCurrent(m_minScale));
    layout->addWidget(scales);

    if (!m_style.classes.isEmpty()) {
        auto *group = new QGroupBox(tr("Classes"), this);
        auto *groupLayout = new QVBoxLayout(group);
        m_classes = new LayerClassEditor(m_style, group);
        connect(m_classes, &LayerClassEditor::changed, this, &LayerStyleDialog::edited);
        groupLayout->addWidget(m_classes);
        layout->addWidget(group);
    }

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LayerStyleDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &LayerStyleDialog::restoreDefaults);
    layout->addWidget(buttons);
}

void LayerStyleDialog::showStyle()
{
    m_updating = true;
    if (m_colour)
        m_colour->setColour(m_style.colour);
    m_opacity->setValue(int(std::round(m_style.opacity * 100)));
    m_opacityText->setText(tr("%1 %").arg(m_opacity->value()));
    m_size->setValue(m_style.sizeFactor);
    if (m_labels)
        m_labels->setChecked(m_style.labels);
    m_maxScale->setValue(int(std::round(m_style.maxScale)));
    m_minScale->setValue(int(std::round(m_style.minScale)));
    if (m_classes)
        m_classes->setClasses(m_style.classes);
    m_updating = false;
}

void LayerStyleDialog::edited()
{
    if (m_updating)
        return;
    if (m_colour)
        m_style.colour = m_colour->colour();
    m_style.opacity = m_opacity->value() / 100.0;
    m_opacityText->setText(tr("%1 %").arg(m_opacity->value()));
    m_style.sizeFactor = m_size->value();
    if (m_labels)
        m_style.labels = m_labels->isChecked();
    m_style.maxScale = m_maxScale->value();
    m_style.minScale = m_minScale->value();
    if (m_classes)
        m_style.classes = m_classes->classes();
    emit styleEdited(m_style);
}

void LayerStyleDialog::restoreDefaults()
{
    const bool visible = m_style.visible;
    m_style = DistrictStyle::defaultLayerStyle(m_style.table);
    m_style.visible = visible; // the tree's checkbox, not a matter of style
    showStyle();
    emit styleEdited(m_style);
}

void LayerStyleDialog::reject()
{
    if (!(m_style == m_original)) {
        m_style = m_original;
        emit styleEdited(m_style);
    }
    QDialog::reject();
}

} // namespace uo
