#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// What poppler makes of a PDF: its pages' text, and the images it holds. poppler-utils is a project
// dependency; the reports are checked with the same tools a user's viewer is built on.
namespace pdf_text {

// The text of each page, in reading order (pdftotext -layout).
inline QStringList pages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QStringList list = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!list.isEmpty() && list.last().trimmed().isEmpty())
        list.removeLast();
    return list;
}

struct Image
{
    int width = 0, height = 0;
    int ppi = 0;       // as placed on the page
    bool mask = false; // the transparency of the picture before it, not a picture of its own
};

// The raster images of a PDF, transparency masks included (pdfimages -list: two lines of headers,
// then one line per image).
inline QList<Image> images(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QList<Image> list;
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        list.append({f.value(3).toInt(), f.value(4).toInt(), f.value(12).toInt(),
                     f.value(2) == QLatin1String("smask")});
    }
    return list;
}

// The pictures alone, without their transparency masks.
inline QList<Image> pictures(const QString &pdf)
{
    QList<Image> list = images(pdf);
    list.removeIf([](const Image &image) { return image.mask; });
    return list;
}

inline int imageCount(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return -1;
    const QStringList lines =
        QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return int(lines.size()) - 2;
}

} // namespace pdf_text
