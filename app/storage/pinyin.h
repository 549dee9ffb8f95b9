#pragma once

#include <QString>
#include <QStringList>

namespace ow {

// Mandarin pinyin of Chinese text without tones, for search by initials (yyzz → 营业执照) or by
// full pinyin (yingyezhizhao). Uses ICU's Han-Latin transliterator, which gives each character
// its most common reading. Thread-safe: each thread has its own transliterator and cache.
class Pinyin {
public:
    // One entry per character: the syllable of a Han character ("ying"), any other character
    // lower-cased as it is ("a", "1", "（").
    static QStringList syllables(const QString &text);
    // First letter of each Han syllable plus letters and digits as they are, lower-cased;
    // spaces and punctuation are left out: 营业执照（副本） → yyzzfb.
    static QString initials(const QString &text);
    // The syllables joined without spaces; spaces and punctuation left out: yingyezhizhao.
    static QString full(const QString &text);
};

} // namespace ow
