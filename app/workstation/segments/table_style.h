#pragma once

#include <QHeaderView>
#include <QTableView>

namespace uo {

// The segment lists hold hundreds of rows: one text line each, as a spreadsheet shows them, rather
// than the style's roomy default.
inline void setCompactRows(QTableView *view)
{
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->setWordWrap(false);
}

} // namespace uo
