#include "gis/report_layout/pdf_unicode_fix.h"

#include <QFont>
#include <QHash>
#include <QMutex>
#include <QRawFont>
#include <QString>

namespace uo::report {

namespace {
bool isRadical(uint code)
{
    return (code >= 0x2E80 && code <= 0x2EF3) || (code >= 0x2F00 && code <= 0x2FD5);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Radical -> the unified ideograph the font draws with the same glyph. Computed once per family: the
// whole block of unified ideographs goes through the font's character map in one call.
QHash<uint, uint> ideographsOf(const QString &family)
{
    static QMutex mutex;
    static QHash<QString, QHash<uint, uint>> tables;
    const QMutexLocker lock(&mutex);
    if (const auto it = tables.constFind(family); it != tables.cend())
        return *it;
    QFont font(family);
    font.setPixelSize(16);
    const QRawFont raw = QRawFont::fromFont(font);
    QHash<uint, uint> table;
    if (raw.isValid()) {
        QString ideographs;
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs.append(QChar(c));
        const QList<quint32> glyphs = raw.glyphIndexesForString(ideographs);
        QHash<quint32, uint> byGlyph;
        for (qsizetype i = glyphs.size() - 1; i >= 0; --i) // the lowest code point wins
            if (glyphs[i] != 0)
                byGlyph.insert(glyphs[i], uint(0x4E00 + i));
        QString radicals;
        QList<uint> codes;
        for (uint code = 0x2E80; code <= 0x2FD5; ++code)
            if (isRadical(code)) {
                radicals.append(QChar(char16_t(code)));
                codes.append(code);
            }
        const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
        for (qsizetype i = 0; i < radicalGlyphs.size() && i < codes.size(); ++i)
            if (const auto it = byGlyph.constFind(radicalGlyphs[i]);
                radicalGlyphs[i] != 0 && it != byGlyph.cend())
                table.insert(codes[i], *it);
    }
    tables.insert(family, table);
    return table;
}

// Rewrites the <XXXX> codes of [begin, end) that are radicals.
int fixSection(QByteArray &pdf, qsizetype begin, qsizetype end, const QHash<uint, uint> &ideographs)
{
    int changed = 0;
    char *data = pdf.data();
    for (qsizetype i = begin; i + 5 < end; ++i) {
        if (data[i] != '<' || data[i + 5] != '>')
            continue;
        uint code = 0;
        bool hex = true;
        for (int k = 1; k <= 4 && hex; ++k) {
            const int v = hexValue(data[i + k]);
            hex = v >= 0;
            code = code * 16 + uint(v);
        }
        if (!hex || !isRadical(code))
            continue;
        uint to = ideographs.value(code);
        if (to == 0) {
            const QString nfkc = QString(QChar(char16_t(code))).normalized(QString::NormalizationForm_KC);
            to = nfkc.size() == 1 ? nfkc.at(0).unicode() : code;
        }
        if (to == code)
            continue;
        const QByteArray replacement = QByteArray::number(to, 16).toUpper().rightJustified(4, '0');
        std::copy(replacement.cbegin(), replacement.cend(), data + i + 1);
        ++changed;
        i += 5;
    }
    return changed;
}
} // namespace

int mapRadicalsToIdeographs(QByteArray &pdf, const QString &family)
{
    const QHash<uint, uint> ideographs = ideographsOf(family);
    // Only inside the CMaps' mapping sections: nowhere else in the file is text of this shape meant.
    int changed = 0;
    for (const auto &[open, close] : {std::pair<QByteArray, QByteArray>("beginbfrange", "endbfrange"),
                                      std::pair<QByteArray, QByteArray>("beginbfchar", "endbfchar")}) {
        qsizetype from = 0;
        while ((from = pdf.indexOf(open, from)) >= 0) {
            const qsizetype to = pdf.indexOf(close, from);
            if (to < 0)
                break;
            changed += fixSection(pdf, from + open.size(), to, ideographs);
            from = to + close.size();
        }
    }
    return changed;
}

} // namespace uo::report
