#pragma once

#include <QColor>
#include <QToolButton>

namespace uo {

// A button that shows a colour and lets the user pick another with the colour dialog.
class ColourButton : public QToolButton
{
    Q_OBJECT

public:
    explicit ColourButton(QWidget *parent = nullptr);

    QColor colour() const { return m_colour; }
    // Shows `colour` without emitting colourChanged.
    void setColour(const QColor &colour);
    // The title of the colour dialog.
    void setDialogTitle(const QString &title) { m_title = title; }

signals:
    void colourChanged(const QColor &colour);

private:
    void pick();

    QColor m_colour;
    QString m_title;
};

} // namespace uo
