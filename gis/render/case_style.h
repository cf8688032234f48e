#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

// How cases look on the map and in the legend: one colour per state of the closed loop, overdue cases
// in red and larger on top of everything, closed and not accepted ones small and grey underneath so
// that a year of them does not hide what is open.
namespace uo::case_style {

// The layer's class keys: the open states, "overdue", then "closed" and "rejected".
QStringList classKeys();
QColor colour(const QString &key);
bool isOpen(const QString &key);
// Overdue cases in lists and tables: the map's red, darker to read as text.
QColor overdueTextColour();
// Across, in pixels, of the symbol of class `key` at `mapUnitsPerPixel`.
double diameterPixels(const QString &key, double mapUnitsPerPixel);

} // namespace uo::case_style
