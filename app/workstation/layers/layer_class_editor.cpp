#include "app/workstation/layers/layer_class_editor.h"

#include "app/workstation/layers/colour_button.h"
#include "core/store/layers.h"
#include "gis/render/legend.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>

namespace uo {

namespace {
QString shapeTitle(SymbolShape shape)
{
    switch (shape) {
    case SymbolShape::Circle:
        return LayerClassEditor::tr("Circle");
    case SymbolShape::Square:
        return LayerClassEditor::tr("Square");
    case SymbolShape::Triangle:
        return LayerClassEditor::tr("Triangle");
    case SymbolShape::Diamond:
        return LayerClassEditor::tr("Diamond");
    case SymbolShape::Hexagon:
        return LayerClassEditor::tr("Hexagon");
    case SymbolShape::Cross:
        return LayerClassEditor::tr("Cross");
    }
    return {};
}

constexpr SymbolShape kShapes[] = {SymbolShape::Circle,  SymbolShape::Square,  SymbolShape::Triangle,
                                   SymbolShape::Diamond, SymbolShape::Hexagon, SymbolShape::Cross};
} // namespace

LayerClassEditor::LayerClassEditor(const LayerStyle &style, QWidget *parent)
    : QWidget(parent), m_classes(style.classes)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const bool shaped = layerOf(style.table) == Layer::Components;
    const QList<LegendItem> items = legendItems(style);
    for (int i = 0; i < m_classes.size(); ++i) {
        const QString label = i < items.size() ? items.at(i).label : m_classes.at(i).key;
        grid->addWidget(new QLabel(label, this), i, 0);
        auto *colour = new ColourButton(this);
        colour->setDialogTitle(label);
        colour->setColour(m_classes.at(i).colour);
        colour->setAccessibleName(tr("Colour of %1").arg(label));
        connect(colour, &ColourButton::colourChanged, this, [this, i](const QColor &c) {
            m_classes[i].colour = c;
            emit changed();
        });
        grid->addWidget(colour, i, 1);
        m_colours.append(colour);
        if (!shaped)
            continue;
        auto *shape = new QComboBox(this);
        for (const SymbolShape s : kShapes)
            shape->addItem(shapeTitle(s), int(s));
        shape->setCurrentIndex(shape->findData(int(m_classes.at(i).shape)));
        shape->setAccessibleName(tr("Symbol of %1").arg(label));
        connect(shape, &QComboBox::activated, this, [this, i, shape](int index) {
            m_classes[i].shape = SymbolShape(shape->itemData(index).toInt());
            emit changed();
        });
        grid->addWidget(shape, i, 2);
        m_shapes.append(shape);
    }
    grid->setColumnStretch(0, 1);
}

void LayerClassEditor::setClasses(const QList<SymbolClass> &classes)
{
    if (classes.size() != m_classes.size())
        return;
    m_classes = classes;
    for (int i = 0; i < m_classes.size(); ++i) {
        m_colours.at(i)->setColour(m_classes.at(i).colour);
        if (i < m_shapes.size())
            m_shapes.at(i)->setCurrentIndex(m_shapes.at(i)->findData(int(m_classes.at(i).shape)));
    }
}

} // namespace uo
