// Character references for HtmlTokenizer.h: decodeHtmlEntities and escapeHtml.
#include "core/mime/HtmlTokenizer.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace quire::mime {

namespace {

struct NamedEntity {
    std::string_view name;
    char32_t codePoint;
};

// The named references seen in mail, sorted by name for binary search. The
// full HTML5 list has 2,000 entries; anything not here is kept as written,
// which is harmless because the output is escaped again.
constexpr std::array kNamedEntities = std::to_array<NamedEntity>({
    { "AElig", 0xC6 },
    { "Aacute", 0xC1 },
    { "Acirc", 0xC2 },
    { "Agrave", 0xC0 },
    { "Aring", 0xC5 },
    { "Atilde", 0xC3 },
    { "Auml", 0xC4 },
    { "Ccedil", 0xC7 },
    { "Dagger", 0x2021 },
    { "Eacute", 0xC9 },
    { "Ecirc", 0xCA },
    { "Egrave", 0xC8 },
    { "Euml", 0xCB },
    { "Iacute", 0xCD },
    { "Icirc", 0xCE },
    { "Igrave", 0xCC },
    { "Iuml", 0xCF },
    { "Ntilde", 0xD1 },
    { "Oacute", 0xD3 },
    { "Ocirc", 0xD4 },
    { "Ograve", 0xD2 },
    { "Oslash", 0xD8 },
    { "Otilde", 0xD5 },
    { "Ouml", 0xD6 },
    { "Scaron", 0x160 },
    { "Uacute", 0xDA },
    { "Ucirc", 0xDB },
    { "Ugrave", 0xD9 },
    { "Uuml", 0xDC },
    { "Yacute", 0xDD },
    { "aacute", 0xE1 },
    { "acirc", 0xE2 },
    { "acute", 0xB4 },
    { "aelig", 0xE6 },
    { "agrave", 0xE0 },
    { "amp", 0x26 },
    { "apos", 0x27 },
    { "aring", 0xE5 },
    { "atilde", 0xE3 },
    { "auml", 0xE4 },
    { "bdquo", 0x201E },
    { "brvbar", 0xA6 },
    { "bull", 0x2022 },
    { "ccedil", 0xE7 },
    { "cedil", 0xB8 },
    { "cent", 0xA2 },
    { "circ", 0x2C6 },
    { "colon", 0x3A },
    { "copy", 0xA9 },
    { "curren", 0xA4 },
    { "dagger", 0x2020 },
    { "darr", 0x2193 },
    { "deg", 0xB0 },
    { "divide", 0xF7 },
    { "eacute", 0xE9 },
    { "ecirc", 0xEA },
    { "egrave", 0xE8 },
    { "emsp", 0x2003 },
    { "ensp", 0x2002 },
    { "eth", 0xF0 },
    { "euml", 0xEB },
    { "euro", 0x20AC },
    { "frac12", 0xBD },
    { "frac14", 0xBC },
    { "frac34", 0xBE },
    { "gt", 0x3E },
    { "hellip", 0x2026 },
    { "iacute", 0xED },
    { "icirc", 0xEE },
    { "iexcl", 0xA1 },
    { "igrave", 0xEC },
    { "iquest", 0xBF },
    { "iuml", 0xEF },
    { "laquo", 0xAB },
    { "larr", 0x2190 },
    { "ldquo", 0x201C },
    { "lpar", 0x28 },
    { "lsaquo", 0x2039 },
    { "lsquo", 0x2018 },
    { "lt", 0x3C },
    { "macr", 0xAF },
    { "mdash", 0x2014 },
    { "micro", 0xB5 },
    { "middot", 0xB7 },
    { "nbsp", 0xA0 },
    { "ndash", 0x2013 },
    { "newline", 0x0A },
    { "not", 0xAC },
    { "ntilde", 0xF1 },
    { "oacute", 0xF3 },
    { "ocirc", 0xF4 },
    { "oelig", 0x153 },
    { "ograve", 0xF2 },
    { "ordf", 0xAA },
    { "ordm", 0xBA },
    { "oslash", 0xF8 },
    { "otilde", 0xF5 },
    { "ouml", 0xF6 },
    { "para", 0xB6 },
    { "permil", 0x2030 },
    { "plusmn", 0xB1 },
    { "pound", 0xA3 },
    { "quot", 0x22 },
    { "raquo", 0xBB },
    { "rarr", 0x2192 },
    { "rdquo", 0x201D },
    { "reg", 0xAE },
    { "rpar", 0x29 },
    { "rsaquo", 0x203A },
    { "rsquo", 0x2019 },
    { "sbquo", 0x201A },
    { "scaron", 0x161 },
    { "sect", 0xA7 },
    { "semi", 0x3B },
    { "shy", 0xAD },
    { "sup1", 0xB9 },
    { "sup2", 0xB2 },
    { "sup3", 0xB3 },
    { "szlig", 0xDF },
    { "tab", 0x09 },
    { "thinsp", 0x2009 },
    { "thorn", 0xFE },
    { "tilde", 0x2DC },
    { "times", 0xD7 },
    { "trade", 0x2122 },
    { "uacute", 0xFA },
    { "uarr", 0x2191 },
    { "ucirc", 0xFB },
    { "ugrave", 0xF9 },
    { "uml", 0xA8 },
    { "uuml", 0xFC },
    { "yacute", 0xFD },
    { "yen", 0xA5 },
    { "yuml", 0xFF },
    { "zwj", 0x200D },
    { "zwnj", 0x200C },
});

static_assert(std::is_sorted(kNamedEntities.begin(), kNamedEntities.end(),
    [](const NamedEntity &a, const NamedEntity &b) { return a.name < b.name; }));

// Legacy references browsers accept without the ';'.
constexpr std::array<std::string_view, 6> kWithoutSemicolon { "amp", "lt", "gt", "quot", "nbsp", "copy" };

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 128 && (c.isLetterOrNumber());
}

void appendCodePoint(QString &out, char32_t cp)
{
    // NUL, surrogates and out-of-range values are replaced as browsers do.
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    const char32_t one[1] = { cp };
    out += QString::fromUcs4(one, 1);
}

const NamedEntity *findNamed(std::string_view name)
{
    const auto it = std::lower_bound(kNamedEntities.begin(), kNamedEntities.end(), name,
        [](const NamedEntity &e, std::string_view n) { return e.name < n; });
    return it != kNamedEntities.end() && it->name == name ? &*it : nullptr;
}

// Reads a numeric reference starting after "&#"; returns the characters
// consumed (0 when it is not one).
qsizetype readNumeric(QStringView text, qsizetype pos, QString &out)
{
    qsizetype i = pos;
    const bool hex = i < text.size() && (text[i] == u'x' || text[i] == u'X');
    if (hex)
        ++i;
    const qsizetype digitsStart = i;
    char32_t value = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            break;
        value = value * (hex ? 16 : 10) + char32_t(digit);
        if (value > 0x10FFFF)
            value = 0x110000; // stays invalid without overflowing
        ++i;
    }
    if (i == digitsStart)
        return 0;
    appendCodePoint(out, value);
    if (i < text.size() && text[i] == u';')
        ++i;
    return i - pos;
}

} // namespace

QString decodeHtmlEntities(QStringView text)
{
    if (!text.contains(u'&') && !text.contains(QChar(0)))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text[i];
        if (c.unicode() == 0) {
            out += QChar(0xFFFD);
            ++i;
            continue;
        }
        if (c != u'&') {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == u'#') {
            const qsizetype used = readNumeric(text, i + 2, out);
            if (used > 0) {
                i += 2 + used;
                continue;
            }
            out += c;
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && end - i <= 10 && isAsciiAlnum(text[end]))
            ++end;
        const QByteArray name = text.sliced(i + 1, end - i - 1).toLatin1();
        const std::string_view nameView(name.constData(), size_t(name.size()));
        const bool semicolon = end < text.size() && text[end] == u';';
        const NamedEntity *entity = findNamed(nameView);
        const bool accepted = entity
            && (semicolon
                || std::find(kWithoutSemicolon.begin(), kWithoutSemicolon.end(), nameView) != kWithoutSemicolon.end());
        if (!accepted) {
            out += c;
            ++i;
            continue;
        }
        appendCodePoint(out, entity->codePoint);
        i = semicolon ? end + 1 : end;
    }
    return out;
}

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += u"&amp;";
            break;
        case '<':
            out += u"&lt;";
            break;
        case '>':
            out += u"&gt;";
            break;
        case '"':
            out += u"&quot;";
            break;
        case '\'':
            out += u"&#39;";
            break;
        case 0:
            out += QChar(0xFFFD);
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace quire::mime
