#include "core/mime/HtmlToText.h"

#include "core/mime/HtmlTokenizer.h"

#include <algorithm>

namespace quire::mime {

namespace {

bool isIn(QStringView name, std::initializer_list<QStringView> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool isInvisible(QStringView name)
{
    return isIn(name,
        { u"script", u"style", u"head", u"title", u"template", u"noscript", u"svg", u"math", u"object", u"iframe",
            u"select", u"datalist", u"xml" });
}

bool isBlock(QStringView name)
{
    return isIn(name,
        { u"p", u"div", u"table", u"tr", u"ul", u"ol", u"dl", u"dt", u"dd", u"h1", u"h2", u"h3", u"h4", u"h5", u"h6",
            u"blockquote", u"pre", u"address", u"center", u"section", u"article", u"header", u"footer", u"aside",
            u"nav", u"main", u"figure", u"figcaption", u"caption", u"form", u"fieldset", u"hr", u"body", u"html",
            u"details", u"summary", u"xmp", u"listing", u"plaintext" });
}

class TextWriter
{
public:
    void text(QStringView text, bool preformatted)
    {
        for (QChar c : text) {
            if (c == u'\r')
                continue;
            if (preformatted) {
                if (c == u'\n')
                    newline();
                else
                    put(c);
                continue;
            }
            if (c.isSpace() && c != QChar(0xA0)) {
                m_pendingSpace = true;
                continue;
            }
            put(c);
        }
    }

    void newline()
    {
        m_pendingSpace = false;
        m_out += u'\n';
        m_atLineStart = true;
    }

    void blockBoundary()
    {
        if (!m_atLineStart)
            newline();
        m_pendingSpace = false;
    }

    void paragraphBoundary()
    {
        blockBoundary();
        if (!m_out.isEmpty() && !m_out.endsWith(u"\n\n"))
            newline();
    }

    void raw(QStringView s)
    {
        m_pendingSpace = false;
        m_out += s;
        m_atLineStart = s.endsWith(u'\n');
    }

    void cellSeparator()
    {
        if (!m_atLineStart) {
            m_out += u'\t';
            m_pendingSpace = false;
        }
    }

    QString finish()
    {
        // Trailing spaces on lines and more than one blank line carry no meaning.
        QStringList lines = m_out.split(u'\n');
        QString out;
        int blank = 0;
        for (QString &line : lines) {
            while (!line.isEmpty() && (line.back() == u' ' || line.back() == u'\t'))
                line.chop(1);
            if (line.isEmpty()) {
                if (++blank > 1 || out.isEmpty())
                    continue;
            } else {
                blank = 0;
            }
            out += line;
            out += u'\n';
        }
        while (out.endsWith(u"\n\n"))
            out.chop(1);
        return out;
    }

private:
    void put(QChar c)
    {
        if (m_pendingSpace && !m_atLineStart)
            m_out += u' ';
        m_pendingSpace = false;
        m_out += c;
        m_atLineStart = false;
    }

    QString m_out;
    bool m_pendingSpace = false;
    bool m_atLineStart = true;
};

} // namespace

QString htmlToText(QStringView html)
{
    HtmlTokenizer tokenizer(html);
    HtmlToken token;
    TextWriter writer;
    QString hidden; // the invisible element being skipped
    int hiddenDepth = 0;
    int preDepth = 0;
    while (tokenizer.next(token)) {
        if (!hidden.isEmpty()) {
            // Browsers close a <head> that was never closed when <body> starts.
            if (hidden == u"head" && token.kind == HtmlToken::Kind::StartTag && token.name == u"body") {
                hidden.clear();
                continue;
            }
            if (token.kind == HtmlToken::Kind::StartTag && token.name == hidden && !token.selfClosing)
                ++hiddenDepth;
            else if (token.kind == HtmlToken::Kind::EndTag && token.name == hidden && --hiddenDepth == 0)
                hidden.clear();
            continue;
        }
        const QString &name = token.name;
        switch (token.kind) {
        case HtmlToken::Kind::Comment:
            break;
        case HtmlToken::Kind::Text:
            writer.text(token.text, preDepth > 0);
            break;
        case HtmlToken::Kind::StartTag:
            if (isInvisible(name)) {
                if (!(token.selfClosing && (name == u"svg" || name == u"math"))) {
                    hidden = name;
                    hiddenDepth = 1;
                }
            } else if (name == u"br") {
                writer.newline();
            } else if (name == u"p" || isIn(name, { u"h1", u"h2", u"h3", u"h4", u"h5", u"h6" })) {
                writer.paragraphBoundary();
            } else if (name == u"li") {
                writer.blockBoundary();
                writer.raw(u"* ");
            } else if (name == u"td" || name == u"th") {
                writer.cellSeparator();
            } else if (name == u"hr") {
                writer.blockBoundary();
                writer.raw(u"----\n");
            } else if (name == u"pre" || name == u"xmp" || name == u"listing" || name == u"plaintext") {
                writer.blockBoundary();
                ++preDepth;
            } else if (isBlock(name)) {
                writer.blockBoundary();
            }
            break;
        case HtmlToken::Kind::EndTag:
            if (name == u"p" || isIn(name, { u"h1", u"h2", u"h3", u"h4", u"h5", u"h6" })) {
                writer.paragraphBoundary();
            } else if (name == u"pre" || name == u"xmp" || name == u"listing") {
                preDepth = qMax(0, preDepth - 1);
                writer.blockBoundary();
            } else if (isBlock(name) || name == u"li") {
                writer.blockBoundary();
            }
            break;
        }
    }
    return writer.finish();
}

} // namespace quire::mime
