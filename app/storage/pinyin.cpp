#include "pinyin.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>

namespace ow {

namespace {

// Creating the transliterator takes ~150 ms and one instance must not be shared between
// threads, so each thread makes one on first use and keeps a per-character cache in front of it.
class ThreadTransliterator {
public:
    QString syllable(char32_t c) {
        const auto cached = m_cache.constFind(c);
        if (cached != m_cache.constEnd())
            return cached.value();
        QString result = transliterate(c);
        m_cache.insert(c, result);
        return result;
    }

private:
    QString transliterate(char32_t c) {
        if (!m_transliterator && !m_failed) {
            UErrorCode status = U_ZERO_ERROR;
            m_transliterator.reset(icu::Transliterator::createInstance(
                icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII"), UTRANS_FORWARD, status));
            if (U_FAILURE(status))
                m_transliterator.reset();
            m_failed = !m_transliterator;
        }
        const QString original = QString::fromUcs4(&c, 1);
        if (!m_transliterator)
            return original; // without ICU data, search by pinyin simply finds nothing
        icu::UnicodeString text(static_cast<UChar32>(c));
        m_transliterator->transliterate(text);
        std::string utf8;
        text.toUTF8String(utf8);
        return QString::fromStdString(utf8).trimmed().toLower();
    }

    std::unique_ptr<icu::Transliterator> m_transliterator;
    bool m_failed = false;
    QHash<char32_t, QString> m_cache;
};

ThreadTransliterator &transliterator() {
    thread_local ThreadTransliterator instance;
    return instance;
}

bool isHan(char32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(UChar32(c), &status) == USCRIPT_HAN && U_SUCCESS(status);
}

bool isWordCharacter(char32_t c) {
    return QChar::isLetterOrNumber(c);
}

} // namespace

QStringList Pinyin::syllables(const QString &text) {
    QStringList list;
    for (const char32_t c : text.toUcs4()) {
        if (isHan(c))
            list << transliterator().syllable(c);
        else
            list << QString::fromUcs4(&c, 1).toLower();
    }
    return list;
}

QString Pinyin::initials(const QString &text) {
    QString result;
    for (const char32_t c : text.toUcs4()) {
        if (isHan(c)) {
            const QString syllable = transliterator().syllable(c);
            if (!syllable.isEmpty())
                result += syllable.at(0);
        } else if (isWordCharacter(c)) {
            result += QString::fromUcs4(&c, 1).toLower();
        }
    }
    return result;
}

QString Pinyin::full(const QString &text) {
    QString result;
    for (const char32_t c : text.toUcs4()) {
        if (isHan(c))
            result += transliterator().syllable(c);
        else if (isWordCharacter(c))
            result += QString::fromUcs4(&c, 1).toLower();
    }
    return result;
}

} // namespace ow
