#include "gis/report_layout/report_document.h"

#include "core/error/error.h"
#include "gis/report_layout/pdf_unicode_fix.h"
#include "gis/report_layout/report_style.h"

#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

namespace uo::report {

namespace {
constexpr double kHeaderHeight = 48.0; // points: title and subtitle over a rule
constexpr double kFooterHeight = 18.0;

void mapPointsToDevice(QPainter &painter, double dotsPerInch)
{
    painter.scale(dotsPerInch / kPointsPerInch, dotsPerInch / kPointsPerInch);
}
} // namespace

ReportDocument::ReportDocument(const PageSetup &setup, const ReportInfo &info) : m_setup(setup), m_info(info)
{
}

QRectF ReportDocument::body() const
{
    return m_setup.printable().adjusted(0, kHeaderHeight, 0, -kFooterHeight);
}

int ReportDocument::addPage()
{
    m_pages.append(QList<PageItem>());
    return int(m_pages.size()) - 1;
}

void ReportDocument::addItem(int page, const QRectF &rect, PaintFunction paint)
{
    m_pages[page].append({rect, std::move(paint)});
}

void ReportDocument::paintHeader(QPainter &painter) const
{
    const QRectF area = m_setup.printable();
    painter.setPen(style::ink());
    painter.setFont(style::font(style::kTitlePoints, true));
    const QFontMetricsF title(painter.font());
    painter.drawText(QPointF(area.left(), area.top() + title.ascent()),
                     title.elidedText(m_info.title, Qt::ElideRight, area.width()));
    if (!m_info.subtitle.isEmpty()) {
        painter.setFont(style::font(style::kSubtitlePoints));
        const QFontMetricsF sub(painter.font());
        painter.drawText(QPointF(area.left(), area.top() + title.height() + sub.ascent() + 1),
                         sub.elidedText(m_info.subtitle, Qt::ElideRight, area.width()));
    }
    painter.setPen(QPen(style::ink(), 0.8));
    const double rule = area.top() + kHeaderHeight - 8;
    painter.drawLine(QPointF(area.left(), rule), QPointF(area.right(), rule));
}

void ReportDocument::paintFooter(QPainter &painter, int index) const
{
    const QRectF area = m_setup.printable();
    const double rule = area.bottom() - kFooterHeight + 4;
    painter.setPen(QPen(style::faint(), 0.5));
    painter.drawLine(QPointF(area.left(), rule), QPointF(area.right(), rule));
    painter.setPen(style::ink());
    painter.setFont(style::font(style::kSmallPoints));
    const QRectF line(area.left(), rule + 2, area.width(), area.bottom() - rule - 2);
    QStringList who;
    for (const QString &part : {m_info.department, m_info.author})
        if (!part.isEmpty())
            who.append(part);
    const QString left = who.join(QStringLiteral(" · "));
    const QString middle =
        m_info.crs.isEmpty()
            ? QLocale().toString(m_info.date, QLocale::ShortFormat)
            : tr("%1 · %2").arg(QLocale().toString(m_info.date, QLocale::ShortFormat), m_info.crs);
    const QString right = tr("Page %1 of %2").arg(index + 1).arg(pageCount());
    painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, middle);
    painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, right);
}

void ReportDocument::paintPage(QPainter &painter, int index) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    paintHeader(painter);
    for (const PageItem &item : m_pages.value(index)) {
        painter.save();
        item.paint(painter, item.rect);
        painter.restore();
    }
    paintFooter(painter, index);
    painter.restore();
}

QImage ReportDocument::renderPage(int index, int dpi) const
{
    PageSetup setup = m_setup;
    if (dpi > 0)
        setup.dpi = dpi;
    QImage image(setup.sizeDots(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    const int dotsPerMetre = int(std::lround(setup.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    QPainter painter(&image);
    mapPointsToDevice(painter, setup.dpi);
    paintPage(painter, index);
    return image;
}

void ReportDocument::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("UrbanOps Workstation"));
    writer.setTitle(m_info.title);
    writer.setResolution(m_setup.dpi);
    writer.setPageSize(m_setup.pageSize());
    writer.setPageOrientation(m_setup.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    if (!painter.begin(&writer))
        throw FileError(FileError::Kind::Unwritable, tr("Cannot write the report to %1.").arg(path));
    const int pages = std::max(1, pageCount());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        mapPointsToDevice(painter, writer.resolution());
        paintPage(painter, i);
        painter.restore();
    }
    if (!painter.end() || !QFileInfo(path).isFile())
        throw FileError(FileError::Kind::Unwritable, tr("Cannot write the report to %1.").arg(path));
    // So that Chinese copied or searched in a viewer is the text that was drawn (see pdf_unicode_fix.h).
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        throw FileError(FileError::Kind::Unwritable, tr("Cannot write the report to %1.").arg(path));
    QByteArray bytes = file.readAll();
    if (mapRadicalsToIdeographs(bytes, style::cjkFamily()) > 0) {
        file.seek(0);
        if (file.write(bytes) != bytes.size())
            throw FileError(FileError::Kind::Unwritable, tr("Cannot write the report to %1.").arg(path));
    }
}

QStringList ReportDocument::writePng(const QString &path) const
{
    QStringList written;
    const int pages = std::max(1, pageCount());
    const QFileInfo info(path);
    for (int i = 0; i < pages; ++i) {
        const QString file = pages == 1 ? path
                                        : info.path() + QLatin1Char('/') + info.completeBaseName() +
                                              QStringLiteral("-%1.").arg(i + 1) + info.suffix();
        const QImage image = renderPage(i);
        if (image.isNull() || !image.save(file, "PNG"))
            throw FileError(FileError::Kind::Unwritable, tr("Cannot write the image %1.").arg(file));
        written.append(file);
    }
    return written;
}

} // namespace uo::report
