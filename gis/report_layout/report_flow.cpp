#include "gis/report_layout/report_flow.h"

#include "gis/report_layout/report_style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>

namespace uo::report {

namespace {
constexpr double kBlockGap = 6.0;

void paintTableRows(QPainter &painter, const QRectF &rect, const QList<ReportTable::Column> &columns,
                    const QList<QStringList> &rows)
{
    double total = 0;
    for (const auto &c : columns)
        total += c.weight;
    QList<double> lefts, widths;
    double x = rect.left();
    for (const auto &c : columns) {
        lefts.append(x);
        widths.append(rect.width() * c.weight / total);
        x += widths.last();
    }
    const double h = ReportFlow::rowHeight();
    const auto paintRow = [&](double y, const QStringList &cells, const QFont &font) {
        painter.setFont(font);
        const QFontMetricsF metrics(font);
        for (int i = 0; i < columns.size(); ++i) {
            const QRectF cell(lefts[i] + 3, y, widths[i] - 6, h);
            painter.drawText(cell, int(columns[i].align | Qt::AlignVCenter),
                             metrics.elidedText(cells.value(i), Qt::ElideRight, cell.width()));
        }
    };
    painter.fillRect(QRectF(rect.left(), rect.top(), rect.width(), h), style::tableHeader());
    painter.setPen(style::ink());
    QStringList titles;
    for (const auto &c : columns)
        titles.append(c.title);
    paintRow(rect.top(), titles, style::font(style::kTextPoints, true));
    const QFont body = style::font(style::kTextPoints);
    for (int r = 0; r < rows.size(); ++r) {
        const double y = rect.top() + (r + 1) * h;
        if (r % 2 == 1)
            painter.fillRect(QRectF(rect.left(), y, rect.width(), h), style::tableStripe());
        painter.setPen(style::ink());
        paintRow(y, rows[r], body);
    }
    painter.setPen(QPen(style::faint(), 0.5));
    painter.drawLine(QPointF(rect.left(), rect.top() + h), QPointF(rect.right(), rect.top() + h));
    painter.drawLine(QPointF(rect.left(), rect.top() + (rows.size() + 1) * h),
                     QPointF(rect.right(), rect.top() + (rows.size() + 1) * h));
}
} // namespace

ReportFlow::ReportFlow(ReportDocument &document) : m_doc(document) {}

double ReportFlow::rowHeight()
{
    return style::lineHeight(style::kTextPoints);
}

double ReportFlow::remaining() const
{
    return m_page < 0 ? 0 : m_doc.body().bottom() - m_y;
}

void ReportFlow::newPage()
{
    m_page = m_doc.addPage();
    m_y = m_doc.body().top();
}

void ReportFlow::gap(double points)
{
    m_y += points;
}

QRectF ReportFlow::take(double height)
{
    height = std::min(height, m_doc.body().height());
    if (m_page < 0 || height > remaining())
        newPage();
    const QRectF rect(m_doc.body().left(), m_y, m_doc.body().width(), height);
    m_y += height + kBlockGap;
    return rect;
}

void ReportFlow::item(double height, PaintFunction paint)
{
    const QRectF rect = take(height);
    m_doc.addItem(m_page, rect, std::move(paint));
}

void ReportFlow::heading(const QString &text)
{
    // With room for at least a few lines under it: a heading never ends a page.
    const double height = style::lineHeight(style::kHeadingPoints);
    if (remaining() < height + 3 * rowHeight())
        newPage();
    item(height, [text](QPainter &painter, const QRectF &rect) {
        painter.setFont(style::font(style::kHeadingPoints, true));
        painter.setPen(style::ink());
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignBottom, text);
    });
}

void ReportFlow::paragraph(const QString &text)
{
    const QFont font = style::font(style::kTextPoints);
    const QRectF bounds =
        QFontMetricsF(font).boundingRect(QRectF(0, 0, m_doc.body().width(), 1e6), Qt::TextWordWrap, text);
    item(bounds.height() + 2, [text, font](QPainter &painter, const QRectF &rect) {
        painter.setFont(font);
        painter.setPen(style::ink());
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    });
}

void ReportFlow::fields(const Fields &fields)
{
    const int rows = int(fields.size() + 1) / 2;
    item(rows * rowHeight(), [fields, rows](QPainter &painter, const QRectF &rect) {
        const QFont label = style::font(style::kTextPoints, true), value = style::font(style::kTextPoints);
        const double half = rect.width() / 2, labelWidth = half * 0.34;
        for (int i = 0; i < fields.size(); ++i) {
            const double x = rect.left() + (i / rows) * half;
            const double y = rect.top() + (i % rows) * rowHeight();
            painter.setPen(style::faint());
            painter.setFont(label);
            painter.drawText(
                QRectF(x, y, labelWidth - 4, rowHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(label).elidedText(fields[i].first, Qt::ElideRight, labelWidth - 4));
            painter.setPen(style::ink());
            painter.setFont(value);
            const double w = half - labelWidth - 8;
            painter.drawText(QRectF(x + labelWidth, y, w, rowHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(value).elidedText(fields[i].second, Qt::ElideRight, w));
        }
    });
}

void ReportFlow::table(const ReportTable &table, const QString &emptyText)
{
    if (table.rows.isEmpty()) {
        const QList<ReportTable::Column> columns = table.columns;
        const QList<QStringList> rows = {{emptyText.isEmpty() ? tr("None") : emptyText}};
        item(2 * rowHeight(), [columns, rows](QPainter &painter, const QRectF &rect) {
            paintTableRows(painter, rect, columns, rows);
        });
        return;
    }
    qsizetype next = 0;
    while (next < table.rows.size()) {
        // The column titles and at least two rows, or a new page.
        if (m_page < 0 || remaining() < 3 * rowHeight())
            newPage();
        const qsizetype fit = std::max<qsizetype>(1, qsizetype(remaining() / rowHeight()) - 1);
        const qsizetype count = std::min(fit, table.rows.size() - next);
        const QList<QStringList> rows = table.rows.mid(next, count);
        const QList<ReportTable::Column> columns = table.columns;
        item((count + 1) * rowHeight(), [columns, rows](QPainter &painter, const QRectF &rect) {
            paintTableRows(painter, rect, columns, rows);
        });
        next += count;
    }
}

} // namespace uo::report
