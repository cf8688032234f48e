#pragma once

#include <QByteArray>
#include <QString>

namespace uo::report {

// Qt's PDF writer tells viewers which character each glyph stands for (the ToUnicode CMaps) by taking
// the lowest code point the font maps to the glyph. Noto Sans CJK draws the Kangxi radicals
// (U+2F00..U+2FD5) and the CJK radicals supplement (U+2E80..U+2EF3) with the glyphs of the unified
// ideographs, which come later, so "一" is copied out of the PDF as "⼀" and searching for "一路" finds
// nothing. This rewrites such entries of every ToUnicode CMap to the ideograph that `family` draws with
// the same glyph (else to the radical's NFKC form). Both are four hex digits, so no byte moves and the
// PDF's cross-reference table stays right. Returns how many entries it changed.
int mapRadicalsToIdeographs(QByteArray &pdf, const QString &family);

} // namespace uo::report
