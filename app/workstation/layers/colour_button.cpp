#include "app/workstation/layers/colour_button.h"

#include <QColorDialog>
#include <QPainter>
#include <QPixmap>

namespace uo {

ColourButton::ColourButton(QWidget *parent) : QToolButton(parent)
{
    setIconSize(QSize(28, 14));
    connect(this, &QToolButton::clicked, this, &ColourButton::pick);
}

void ColourButton::setColour(const QColor &colour)
{
    m_colour = colour;
    QPixmap swatch(iconSize() * 2);
    swatch.setDevicePixelRatio(2.0);
    swatch.fill(Qt::transparent);
    QPainter painter(&swatch);
    painter.setPen(QColor(0x50, 0x50, 0x50));
    painter.setBrush(colour);
    painter.drawRect(QRectF(0.5, 0.5, iconSize().width() - 1, iconSize().height() - 1));
    painter.end();
    setIcon(swatch);
    setToolTip(colour.name().toUpper());
}

void ColourButton::pick()
{
    const QColor picked = QColorDialog::getColor(m_colour, this, m_title);
    if (!picked.isValid() || picked == m_colour)
        return;
    setColour(picked);
    emit colourChanged(picked);
}

} // namespace uo
