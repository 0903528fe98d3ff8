#include "core/mime/CssSanitizer.h"

namespace quire::mime {

namespace {

constexpr int kMaxNestedRules = 4;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// Removes comments and resolves backslash escapes, so that "ex/**/pression"
// and "\75 rl(" are seen for what they are. Also drops '<' (so nothing can
// close the <style> element) and NUL.
QString normalizeCss(QStringView css)
{
    QString out;
    out.reserve(css.size());
    qsizetype i = 0;
    while (i < css.size()) {
        const QChar c = css[i];
        if (c == u'/' && i + 1 < css.size() && css[i + 1] == u'*') {
            const qsizetype close = css.indexOf(u"*/", i + 2);
            i = close < 0 ? css.size() : close + 2;
            continue;
        }
        if (c == u'\\') {
            ++i;
            qsizetype digits = 0;
            char32_t cp = 0;
            while (i < css.size() && digits < 6 && hexValue(css[i]) >= 0) {
                cp = cp * 16 + char32_t(hexValue(css[i]));
                ++i;
                ++digits;
            }
            if (digits > 0) {
                if (i < css.size() && css[i].isSpace())
                    ++i;
                if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                    cp = 0xFFFD;
                const char32_t one[1] = { cp };
                out += QString::fromUcs4(one, 1);
            } else if (i < css.size() && css[i] != u'\n') {
                out += css[i];
                ++i;
            }
            continue;
        }
        if (c == u'<' || c.unicode() == 0) {
            ++i;
            continue;
        }
        out += c;
        ++i;
    }
    // Escapes can produce '<' or '\' again; they must not survive.
    out.remove(u'<');
    out.remove(u'\\');
    return out;
}

bool isForbidden(const QString &lowerDeclaration)
{
    static const QStringView kForbidden[] = { u"expression", u"behavior", u"behaviour", u"-moz-binding", u"javascript:",
        u"vbscript:", u"@import", u"image-set", u"image(", u"cross-fade", u"element(", u"src(",
        u"progid:" }; // progid: IE filters such as AlphaImageLoader(src=...) fetch URLs
    for (QStringView word : kForbidden) {
        if (lowerDeclaration.contains(word))
            return true;
    }
    return false;
}

bool isPropertyName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_'))
            return false;
    }
    return true;
}

QString cleanResolvedUrl(const QString &url)
{
    QString out;
    for (QChar c : url) {
        if (c.unicode() > ' ' && c != u'"' && c != u'\'' && c != u'(' && c != u')' && c != u'<' && c != u'>')
            out += c;
    }
    return out;
}

// One "property: value"; empty when it is dropped.
QString sanitizeDeclaration(QStringView declaration, const CssUrlResolver &resolveUrl, int &blocked)
{
    const qsizetype colon = declaration.indexOf(u':');
    if (colon < 0)
        return {};
    const QString property = declaration.first(colon).trimmed().toString().toLower();
    QString value = declaration.sliced(colon + 1).trimmed().toString();
    if (!isPropertyName(property) || value.isEmpty())
        return {};
    const QString lower = value.toLower();
    if (isForbidden(property) || isForbidden(lower))
        return {};
    qsizetype searchFrom = 0;
    while (true) {
        const qsizetype at = value.indexOf(u"url(", searchFrom, Qt::CaseInsensitive);
        if (at < 0)
            break;
        qsizetype close = value.indexOf(u')', at + 4);
        if (close < 0)
            close = value.size();
        QString target = value.sliced(at + 4, close - at - 4).trimmed();
        if (target.size() >= 2 && (target.front() == u'"' || target.front() == u'\'')
            && target.back() == target.front())
            target = target.sliced(1, target.size() - 2).trimmed();
        const QString resolved = resolveUrl ? cleanResolvedUrl(resolveUrl(target)) : QString();
        if (resolved.isEmpty()) {
            if (isRemoteUrl(target))
                ++blocked;
            return {};
        }
        const QString replacement = QStringLiteral("url(\"%1\")").arg(resolved);
        value.replace(at, qMin(close + 1, value.size()) - at, replacement);
        searchFrom = at + replacement.size();
    }
    return property + QStringLiteral(": ") + value;
}

QString sanitizeDeclarations(QStringView block, const CssUrlResolver &resolveUrl, int &blocked)
{
    QString out;
    qsizetype start = 0;
    int parens = 0;
    QChar quote;
    for (qsizetype i = 0; i <= block.size(); ++i) {
        const QChar c = i < block.size() ? block[i] : QChar(u';');
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            if (i < block.size())
                continue;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            continue;
        } else if (c == u'(') {
            ++parens;
        } else if (c == u')') {
            parens = qMax(0, parens - 1);
        }
        if (c != u';' || (parens > 0 && i < block.size()))
            continue;
        const QString kept = sanitizeDeclaration(block.sliced(start, i - start), resolveUrl, blocked);
        if (!kept.isEmpty()) {
            if (!out.isEmpty())
                out += QStringLiteral("; ");
            out += kept;
        }
        start = i + 1;
    }
    return out;
}

// Index of the '}' matching the '{' at `open`, or the end.
qsizetype matchingBrace(QStringView css, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < css.size(); ++i) {
        if (css[i] == u'{')
            ++depth;
        else if (css[i] == u'}' && --depth == 0)
            return i;
    }
    return css.size();
}

void sanitizeRules(QStringView css, const CssUrlResolver &resolveUrl, int nesting, CssSanitizeResult &result)
{
    qsizetype pos = 0;
    while (pos < css.size()) {
        while (pos < css.size() && (css[pos].isSpace() || css[pos] == u';' || css[pos] == u'}'))
            ++pos;
        if (pos >= css.size())
            return;
        const qsizetype open = css.indexOf(u'{', pos);
        const qsizetype semicolon = css.indexOf(u';', pos);
        if (css[pos] == u'@' && semicolon >= 0 && (open < 0 || semicolon < open)) {
            pos = semicolon + 1; // @import, @charset, @namespace: dropped
            continue;
        }
        if (open < 0)
            return;
        const qsizetype close = matchingBrace(css, open);
        const QString prelude = css.sliced(pos, open - pos).trimmed().toString();
        const QStringView inner = css.sliced(open + 1, qMax<qsizetype>(0, close - open - 1));
        pos = close + 1;
        const QString lowerPrelude = prelude.toLower();
        if (prelude.startsWith(u'@')) {
            const bool grouping = lowerPrelude.startsWith(u"@media") || lowerPrelude.startsWith(u"@supports");
            if (!grouping || nesting >= kMaxNestedRules || isForbidden(lowerPrelude) || lowerPrelude.contains(u"url("))
                continue; // @font-face, @keyframes and friends are dropped
            result.css += prelude + QStringLiteral(" {\n");
            sanitizeRules(inner, resolveUrl, nesting + 1, result);
            result.css += QStringLiteral("}\n");
            continue;
        }
        if (prelude.isEmpty() || prelude.contains(u'{') || isForbidden(lowerPrelude))
            continue;
        const QString declarations = sanitizeDeclarations(inner, resolveUrl, result.blockedRemoteResources);
        if (!declarations.isEmpty())
            result.css += prelude + QStringLiteral(" { ") + declarations + QStringLiteral(" }\n");
    }
}

} // namespace

QString stripUrlNoise(QStringView url)
{
    QString out;
    out.reserve(url.size());
    for (QChar c : url) {
        if (c.unicode() > ' ' && c.unicode() != 0x7F)
            out += c;
    }
    return out;
}

bool isRemoteUrl(QStringView url)
{
    const QString clean = stripUrlNoise(url);
    return clean.startsWith(u"http:", Qt::CaseInsensitive) || clean.startsWith(u"https:", Qt::CaseInsensitive)
        || clean.startsWith(u"//") || clean.startsWith(u"\\\\") || clean.startsWith(u"ftp:", Qt::CaseInsensitive);
}

CssSanitizeResult sanitizeStyleAttribute(QStringView declarations, const CssUrlResolver &resolveUrl)
{
    CssSanitizeResult result;
    const QString normalized = normalizeCss(declarations);
    result.css = sanitizeDeclarations(normalized, resolveUrl, result.blockedRemoteResources);
    return result;
}

CssSanitizeResult sanitizeStyleSheet(QStringView sheet, const CssUrlResolver &resolveUrl)
{
    CssSanitizeResult result;
    const QString normalized = normalizeCss(sheet);
    sanitizeRules(normalized, resolveUrl, 0, result);
    return result;
}

} // namespace quire::mime
