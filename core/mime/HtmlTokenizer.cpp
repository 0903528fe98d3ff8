#include "core/mime/HtmlTokenizer.h"

namespace quire::mime {

namespace {

bool isHtmlSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || u == '\t' || u == '\n' || u == '\r' || u == '\f';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// Elements whose contents are not markup: everything up to the matching end
// tag is text.
bool isRawTextElement(QStringView name)
{
    static const QStringView kNames[] = { u"script", u"style", u"textarea", u"title", u"xmp", u"iframe", u"noembed",
        u"noframes", u"noscript", u"plaintext" };
    for (QStringView n : kNames) {
        if (name == n)
            return true;
    }
    return false;
}

} // namespace

QString HtmlToken::attribute(QStringView attributeName) const
{
    for (const HtmlAttribute &a : attributes) {
        if (a.name == attributeName)
            return a.value;
    }
    return {};
}

qsizetype HtmlTokenizer::skipUntil(QStringView terminator, qsizetype from) const
{
    const qsizetype at = m_html.indexOf(terminator, from);
    return at < 0 ? m_html.size() : at + terminator.size();
}

bool HtmlTokenizer::next(HtmlToken &token)
{
    token = HtmlToken();
    if (m_pos >= m_html.size())
        return false;
    if (!m_rawTextElement.isEmpty()) {
        readRawText(token);
        return true;
    }
    if (m_html[m_pos] != u'<') {
        qsizetype end = m_html.indexOf(u'<', m_pos + 1);
        if (end < 0)
            end = m_html.size();
        token.kind = HtmlToken::Kind::Text;
        token.text = decodeHtmlEntities(m_html.sliced(m_pos, end - m_pos));
        m_pos = end;
        return true;
    }
    const QStringView rest = m_html.sliced(m_pos);
    if (rest.size() >= 2 && isAsciiLetter(rest[1])) {
        readTag(token, false);
        return true;
    }
    if (rest.startsWith(u"</")) {
        if (rest.size() >= 3 && isAsciiLetter(rest[2])) {
            readTag(token, true);
            return true;
        }
        // "</>" is dropped; "</ junk>" is a bogus comment.
        token.kind = HtmlToken::Kind::Comment;
        m_pos = skipUntil(u">", m_pos + 2);
        return true;
    }
    if (rest.startsWith(u"<!--")) {
        token.kind = HtmlToken::Kind::Comment;
        qsizetype start = m_pos + 4;
        if (m_html.sliced(start).startsWith(u">") || m_html.sliced(start).startsWith(u"->")) {
            m_pos = skipUntil(u">", start); // "<!-->" and "<!--->" are empty comments
            return true;
        }
        const qsizetype close = m_html.indexOf(u"-->", start);
        const qsizetype bangClose = m_html.indexOf(u"--!>", start);
        qsizetype end = close;
        qsizetype length = 3;
        if (bangClose >= 0 && (close < 0 || bangClose < close)) {
            end = bangClose;
            length = 4;
        }
        if (end < 0) {
            token.text = m_html.sliced(start).toString();
            m_pos = m_html.size();
        } else {
            token.text = m_html.sliced(start, end - start).toString();
            m_pos = end + length;
        }
        return true;
    }
    if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
        // DOCTYPE, CDATA and processing instructions: bogus comments up to '>'.
        token.kind = HtmlToken::Kind::Comment;
        m_pos = skipUntil(u">", m_pos + 2);
        return true;
    }
    token.kind = HtmlToken::Kind::Text;
    token.text = QStringLiteral("<");
    ++m_pos;
    return true;
}

void HtmlTokenizer::readTag(HtmlToken &token, bool endTag)
{
    token.kind = endTag ? HtmlToken::Kind::EndTag : HtmlToken::Kind::StartTag;
    qsizetype i = m_pos + (endTag ? 2 : 1);
    const qsizetype nameStart = i;
    while (i < m_html.size() && !isHtmlSpace(m_html[i]) && m_html[i] != u'/' && m_html[i] != u'>')
        ++i;
    token.name = m_html.sliced(nameStart, i - nameStart).toString().toLower();
    token.name.replace(QChar(0), QChar(0xFFFD));
    m_pos = i;
    readAttributes(token);
    if (endTag) {
        token.attributes.clear();
        token.selfClosing = false;
    } else if (token.kind == HtmlToken::Kind::StartTag && isRawTextElement(token.name) && m_pos < m_html.size()) {
        m_rawTextElement = token.name;
    }
}

void HtmlTokenizer::readAttributes(HtmlToken &token)
{
    qsizetype i = m_pos;
    const qsizetype size = m_html.size();
    while (i < size) {
        while (i < size && (isHtmlSpace(m_html[i]) || m_html[i] == u'/')) {
            token.selfClosing = m_html[i] == u'/';
            ++i;
        }
        if (i >= size)
            break;
        if (m_html[i] == u'>') {
            m_pos = i + 1;
            return;
        }
        token.selfClosing = false;
        const qsizetype nameStart = i;
        ++i; // the first character may be '=' (HTML5 keeps it in the name)
        while (i < size && !isHtmlSpace(m_html[i]) && m_html[i] != u'/' && m_html[i] != u'>' && m_html[i] != u'=')
            ++i;
        HtmlAttribute attribute;
        attribute.name = m_html.sliced(nameStart, i - nameStart).toString().toLower();
        while (i < size && isHtmlSpace(m_html[i]))
            ++i;
        if (i < size && m_html[i] == u'=') {
            ++i;
            while (i < size && isHtmlSpace(m_html[i]))
                ++i;
            if (i < size && (m_html[i] == u'"' || m_html[i] == u'\'')) {
                const QChar quote = m_html[i];
                const qsizetype valueStart = i + 1;
                qsizetype close = m_html.indexOf(quote, valueStart);
                if (close < 0)
                    close = size;
                attribute.value = decodeHtmlEntities(m_html.sliced(valueStart, close - valueStart));
                i = close < size ? close + 1 : size;
            } else {
                const qsizetype valueStart = i;
                while (i < size && !isHtmlSpace(m_html[i]) && m_html[i] != u'>')
                    ++i;
                attribute.value = decodeHtmlEntities(m_html.sliced(valueStart, i - valueStart));
            }
        }
        bool duplicate = false;
        for (const HtmlAttribute &existing : token.attributes)
            duplicate = duplicate || existing.name == attribute.name;
        if (!duplicate) // the first one wins, as in browsers
            token.attributes.append(std::move(attribute));
    }
    // End of input inside a tag: browsers drop the tag, and so do we.
    token.kind = HtmlToken::Kind::Comment;
    token.name.clear();
    token.attributes.clear();
    m_pos = size;
}

void HtmlTokenizer::readRawText(HtmlToken &token)
{
    token.kind = HtmlToken::Kind::Text;
    token.rawText = true;
    qsizetype end = m_html.size();
    if (m_rawTextElement != u"plaintext") {
        const QString closing = QStringLiteral("</") + m_rawTextElement;
        qsizetype from = m_pos;
        while (true) {
            const qsizetype at = m_html.indexOf(closing, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            const qsizetype after = at + closing.size();
            if (after >= m_html.size() || isHtmlSpace(m_html[after]) || m_html[after] == u'>'
                || m_html[after] == u'/') {
                end = at;
                break;
            }
            from = at + 1;
        }
    }
    const QStringView raw = m_html.sliced(m_pos, end - m_pos);
    const bool escapable = m_rawTextElement == u"textarea" || m_rawTextElement == u"title";
    token.text = escapable ? decodeHtmlEntities(raw) : raw.toString();
    token.text.replace(QChar(0), QChar(0xFFFD));
    m_pos = end;
    m_rawTextElement.clear();
}

} // namespace quire::mime
