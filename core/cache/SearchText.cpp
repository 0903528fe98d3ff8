#include "core/cache/SearchText.h"

#include <algorithm>

namespace quire::cache {

QString foldForSearch(const QString &text)
{
    // Most headers are ASCII, where NFKC changes nothing; normalising is by
    // far the most expensive step of indexing, so skip it there.
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return ascii ? text.toLower() : text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QByteArray foldForSearchUtf8(std::initializer_list<QStringView> parts)
{
    qsizetype size = qsizetype(parts.size()) - 1; // the spaces
    bool ascii = true;
    for (QStringView part : parts) {
        size += part.size();
        ascii = ascii && std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c.unicode() < 0x80; });
    }
    if (!ascii) {
        QString joined;
        joined.reserve(size);
        for (auto part = parts.begin(); part != parts.end(); ++part) {
            if (part != parts.begin())
                joined += u' ';
            joined += *part;
        }
        return foldForSearch(joined).toUtf8();
    }
    QByteArray folded(std::max<qsizetype>(size, 0), Qt::Uninitialized);
    char *out = folded.data();
    for (auto part = parts.begin(); part != parts.end(); ++part) {
        if (part != parts.begin())
            *out++ = ' ';
        for (QChar c : *part)
            *out++ = c >= u'A' && c <= u'Z' ? char(c.unicode() + ('a' - 'A')) : char(c.unicode());
    }
    return folded;
}

QStringList searchTerms(const QString &query)
{
    QStringList terms;
    QString current;
    bool quoted = false;
    auto flush = [&] {
        const QString folded = foldForSearch(current.trimmed());
        if (!folded.isEmpty())
            terms.append(folded);
        current.clear();
    };
    for (const QChar c : query) {
        if (c == QLatin1Char('"')) {
            flush();
            quoted = !quoted;
        } else if (!quoted && c.isSpace()) {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return terms;
}

bool isIndexableTerm(const QString &foldedTerm)
{
    // Trigrams count code points, not UTF-16 units.
    return foldedTerm.toUcs4().size() >= 3;
}

} // namespace quire::cache
