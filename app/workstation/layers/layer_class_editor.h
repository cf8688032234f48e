#pragma once

#include "gis/render/layer_style.h"

#include <QList>
#include <QWidget>

class QComboBox;

namespace uo {

class ColourButton;

// The classes of one layer's style, a line each: the class's name, its colour and, for components, its
// symbol shape.
class LayerClassEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LayerClassEditor(const LayerStyle &style, QWidget *parent = nullptr);

    // Shows `classes` (of the same keys as the style given at construction) without emitting changed.
    void setClasses(const QList<SymbolClass> &classes);
    QList<SymbolClass> classes() const { return m_classes; }

signals:
    void changed();

private:
    QList<SymbolClass> m_classes;
    QList<ColourButton *> m_colours;
    QList<QComboBox *> m_shapes; // empty unless the layer's classes have shapes
};

} // namespace uo
