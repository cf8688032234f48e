#pragma once

#include "gis/report_layout/report_document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace uo::report {

// A table of text, one line per row: cells too long for their column are elided, so that a row's
// height is known before anything is drawn and a table can be split over pages by arithmetic.
struct ReportTable
{
    struct Column
    {
        QString title;
        double weight = 1; // share of the table's width
        Qt::Alignment align = Qt::AlignLeft;
    };
    QList<Column> columns;
    QList<QStringList> rows;
};

using Fields = QList<std::pair<QString, QString>>; // label, value

// Lays blocks out down the body of a report's pages, one after another, starting a page when the next
// block does not fit. A table runs on over as many pages as it needs, its column titles repeated.
class ReportFlow
{
    Q_DECLARE_TR_FUNCTIONS(uo::report::ReportFlow)

public:
    explicit ReportFlow(ReportDocument &document);

    // The page being filled; -1 before the first block.
    int page() const { return m_page; }
    double remaining() const;
    void newPage();
    void gap(double points);

    // A block of `height` points across the body, on this page if it fits, else on a new one. A block
    // taller than a whole body is shrunk to it.
    QRectF take(double height);
    void item(double height, PaintFunction paint);

    void heading(const QString &text);
    // Text wrapped to the body's width.
    void paragraph(const QString &text);
    // Label and value pairs in two columns of pairs.
    void fields(const Fields &fields);
    // `emptyText` stands in for the rows of a table without any.
    void table(const ReportTable &table, const QString &emptyText = QString());

    static double rowHeight();

private:
    ReportDocument &m_doc;
    int m_page = -1;
    double m_y = 0;
};

} // namespace uo::report
