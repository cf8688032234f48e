#pragma once

#include <QColor>
#include <QFont>

// How reports look: one place for their fonts and colours. Sizes are in points, the unit pages are laid
// out in (see page_setup.h).
namespace uo::report::style {

// Chinese in Noto Sans CJK SC (Debian's fonts-noto-cjk): the bureau's names and addresses are Chinese,
// and without a face named for them they would fall to whatever the machine has.
QFont font(int points, bool bold = false);
// The face Chinese is drawn in: "Noto Sans CJK SC".
QString cjkFamily();

constexpr int kTitlePoints = 16;
constexpr int kSubtitlePoints = 10;
constexpr int kHeadingPoints = 11;
constexpr int kTextPoints = 8;
constexpr int kSmallPoints = 7;

// The height of one line of a table or list in `points`-sized text.
double lineHeight(int points);

QColor ink();
QColor faint();       // rules, footers
QColor tableHeader(); // the fill behind a table's column titles
QColor tableStripe(); // every other row

} // namespace uo::report::style
