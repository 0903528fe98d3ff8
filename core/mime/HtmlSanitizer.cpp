#include "core/mime/HtmlSanitizer.h"

#include "core/mime/CssSanitizer.h"
#include "core/mime/HtmlTokenizer.h"

#include <QList>

#include <algorithm>

namespace quire::mime {

namespace {

constexpr qsizetype kMaxOpenElements = 512;

bool isIn(QStringView name, std::initializer_list<QStringView> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements written back out (with filtered attributes).
bool isAllowedElement(QStringView name)
{
    static const std::initializer_list<QStringView> kAllowed = {
        u"a",
        u"abbr",
        u"acronym",
        u"address",
        u"article",
        u"aside",
        u"b",
        u"bdi",
        u"bdo",
        u"big",
        u"blockquote",
        u"br",
        u"caption",
        u"center",
        u"cite",
        u"code",
        u"col",
        u"colgroup",
        u"dd",
        u"del",
        u"details",
        u"dfn",
        u"div",
        u"dl",
        u"dt",
        u"em",
        u"figcaption",
        u"figure",
        u"font",
        u"footer",
        u"h1",
        u"h2",
        u"h3",
        u"h4",
        u"h5",
        u"h6",
        u"header",
        u"hr",
        u"i",
        u"img",
        u"ins",
        u"kbd",
        u"li",
        u"main",
        u"mark",
        u"nav",
        u"ol",
        u"p",
        u"pre",
        u"q",
        u"rp",
        u"rt",
        u"ruby",
        u"s",
        u"samp",
        u"section",
        u"small",
        u"span",
        u"strike",
        u"strong",
        u"sub",
        u"summary",
        u"sup",
        u"table",
        u"tbody",
        u"td",
        u"tfoot",
        u"th",
        u"thead",
        u"time",
        u"tr",
        u"tt",
        u"u",
        u"ul",
        u"var",
        u"wbr",
    };
    return isIn(name, kAllowed);
}

// Elements dropped together with everything inside them.
bool isDroppedWithContents(QStringView name)
{
    return isIn(name,
        { u"script", u"template", u"iframe", u"frame", u"frameset", u"object", u"applet", u"noscript", u"noembed",
            u"noframes", u"svg", u"math", u"select", u"textarea", u"title", u"datalist", u"audio", u"video", u"canvas",
            u"map", u"xml" });
}

bool isVoidElement(QStringView name)
{
    return isIn(name,
        { u"br", u"hr", u"img", u"wbr", u"col", u"area", u"base", u"link", u"meta", u"input", u"embed", u"param",
            u"source", u"track", u"keygen", u"basefont", u"bgsound", u"frame", u"image", u"isindex" });
}

bool isAllowedAttribute(QStringView name)
{
    return isIn(name,
        { u"align", u"valign", u"bgcolor", u"color", u"width", u"height", u"border", u"cellpadding", u"cellspacing",
            u"colspan", u"rowspan", u"dir", u"lang", u"title", u"alt", u"face", u"size", u"start", u"type", u"span",
            u"nowrap", u"clear", u"hspace", u"vspace", u"summary", u"abbr", u"scope", u"headers", u"datetime",
            u"reversed", u"open", u"class", u"frame", u"rules", u"char", u"charoff", u"compact", u"noshade",
            u"value" });
}

bool isRasterDataImage(const QString &url)
{
    const QString lower = url.left(32).toLower();
    return lower.startsWith(u"data:image/png") || lower.startsWith(u"data:image/jpeg")
        || lower.startsWith(u"data:image/jpg") || lower.startsWith(u"data:image/gif")
        || lower.startsWith(u"data:image/webp") || lower.startsWith(u"data:image/bmp");
}

bool isAllowedLink(const QString &url)
{
    return url.startsWith(u"http:", Qt::CaseInsensitive) || url.startsWith(u"https:", Qt::CaseInsensitive)
        || url.startsWith(u"mailto:", Qt::CaseInsensitive);
}

class Sanitizer
{
public:
    explicit Sanitizer(const SanitizeOptions &options)
        : m_options(options)
    {
    }

    SanitizedHtml run(QStringView html)
    {
        HtmlTokenizer tokenizer(html);
        HtmlToken token;
        while (tokenizer.next(token)) {
            if (!m_skipping.isEmpty()) {
                skipToken(token);
                continue;
            }
            switch (token.kind) {
            case HtmlToken::Kind::Text:
                writeText(token);
                break;
            case HtmlToken::Kind::StartTag:
                startTag(token);
                break;
            case HtmlToken::Kind::EndTag:
                endTag(token.name);
                break;
            case HtmlToken::Kind::Comment:
                break; // conditional comments and the like never reach the output
            }
        }
        if (m_inStyle)
            m_out += QStringLiteral("</style>");
        while (!m_open.isEmpty())
            closeTop();
        return { m_out, m_blocked };
    }

private:
    void skipToken(const HtmlToken &token)
    {
        const bool foreign = m_skipping == u"svg" || m_skipping == u"math";
        if (token.kind == HtmlToken::Kind::StartTag && token.name == m_skipping && !(foreign && token.selfClosing))
            ++m_skipDepth;
        else if (token.kind == HtmlToken::Kind::EndTag && token.name == m_skipping && --m_skipDepth == 0)
            m_skipping.clear();
    }

    void writeText(const HtmlToken &token)
    {
        if (m_inStyle) {
            const CssSanitizeResult css = sanitizeStyleSheet(token.text, cssResolver());
            m_blocked += css.blockedRemoteResources;
            m_out += css.css;
            return;
        }
        m_out += escapeHtml(token.text);
    }

    void startTag(const HtmlToken &token)
    {
        // "/>" only ends an element in SVG and MathML; <script/> still has contents.
        if (token.name == u"style") {
            if (!m_inStyle)
                m_out += QStringLiteral("<style>");
            m_inStyle = true;
            return;
        }
        if (isDroppedWithContents(token.name)) {
            const bool foreign = token.name == u"svg" || token.name == u"math";
            if (!isVoidElement(token.name) && !(foreign && token.selfClosing)) {
                m_skipping = token.name;
                m_skipDepth = 1;
            }
            return;
        }
        if (token.name == u"xmp" || token.name == u"plaintext" || token.name == u"listing") {
            openElement(QStringLiteral("pre"), {});
            return;
        }
        if (!isAllowedElement(token.name))
            return; // unknown, form and document elements: the tag goes, its text stays
        QString attributes;
        writeAttributes(token, attributes);
        if (isVoidElement(token.name)) {
            m_out += u'<' + token.name + attributes + u'>';
            return;
        }
        openElement(token.name, attributes);
    }

    void openElement(const QString &name, const QString &attributes)
    {
        if (m_open.size() >= kMaxOpenElements)
            return;
        m_out += u'<' + name + attributes + u'>';
        m_open.append(name);
    }

    void endTag(const QString &name)
    {
        if (name == u"style") {
            if (m_inStyle)
                m_out += QStringLiteral("</style>");
            m_inStyle = false;
            return;
        }
        const QString element
            = (name == u"xmp" || name == u"plaintext" || name == u"listing") ? QStringLiteral("pre") : name;
        const qsizetype at = m_open.lastIndexOf(element);
        if (at < 0)
            return;
        while (m_open.size() > at)
            closeTop();
    }

    void closeTop() { m_out += QStringLiteral("</") + m_open.takeLast() + u'>'; }

    CssUrlResolver cssResolver() const
    {
        return [this](const QString &url) -> QString {
            const QString clean = stripUrlNoise(url);
            if (clean.startsWith(u"cid:", Qt::CaseInsensitive))
                return resolveContentId(clean);
            return {};
        };
    }

    QString resolveContentId(const QString &cidUrl) const
    {
        if (!m_options.resolveContentId)
            return {};
        QString id = cidUrl.mid(4);
        if (id.startsWith(u'<') && id.endsWith(u'>'))
            id = id.mid(1, id.size() - 2);
        return m_options.resolveContentId(id);
    }

    // The URL an image or background may load, or empty to drop it.
    QString resourceUrl(const QString &raw, bool dataAllowed)
    {
        const QString clean = stripUrlNoise(raw);
        if (clean.startsWith(u"cid:", Qt::CaseInsensitive))
            return resolveContentId(clean);
        if (dataAllowed && isRasterDataImage(clean))
            return clean;
        if (isRemoteUrl(clean)) {
            if (m_options.remoteContent == RemoteContentPolicy::Allow
                && (clean.startsWith(u"http:", Qt::CaseInsensitive)
                    || clean.startsWith(u"https:", Qt::CaseInsensitive)))
                return clean;
            if (m_options.remoteContent == RemoteContentPolicy::Block)
                ++m_blocked;
        }
        return {};
    }

    static void appendAttribute(QString &out, QStringView name, QStringView value)
    {
        out += u' ' + name.toString() + QStringLiteral("=\"") + escapeHtml(value) + u'"';
    }

    void writeAttributes(const HtmlToken &token, QString &out)
    {
        bool blockedImage = false;
        for (const HtmlAttribute &attribute : token.attributes) {
            const QString &name = attribute.name;
            if (name == u"style") {
                const CssSanitizeResult css = sanitizeStyleAttribute(attribute.value, cssResolver());
                m_blocked += css.blockedRemoteResources;
                if (!css.css.isEmpty())
                    appendAttribute(out, name, css.css);
            } else if (name == u"href" && token.name == u"a") {
                const QString url = stripUrlNoise(attribute.value);
                if (isAllowedLink(url))
                    appendAttribute(out, name, url);
            } else if (name == u"src" && token.name == u"img") {
                const QString url = resourceUrl(attribute.value, true);
                if (!url.isEmpty())
                    appendAttribute(out, name, url);
                else
                    blockedImage = isRemoteUrl(attribute.value);
            } else if (name == u"background") {
                const QString url = resourceUrl(attribute.value, false);
                if (!url.isEmpty())
                    appendAttribute(out, name, url);
            } else if (name == u"srcset" || name == u"lowsrc" || name == u"dynsrc" || name == u"poster") {
                if (isRemoteUrl(attribute.value) && m_options.remoteContent == RemoteContentPolicy::Block)
                    ++m_blocked;
            } else if (isAllowedAttribute(name)) {
                appendAttribute(out, name, attribute.value);
            }
        }
        if (blockedImage)
            out += QStringLiteral(" data-quire-blocked=\"remote\"");
    }

    const SanitizeOptions &m_options;
    QString m_out;
    int m_blocked = 0;
    QStringList m_open;
    QString m_skipping;
    int m_skipDepth = 0;
    bool m_inStyle = false;
};

} // namespace

SanitizedHtml sanitizeHtml(QStringView html, const SanitizeOptions &options)
{
    return Sanitizer(options).run(html);
}

} // namespace quire::mime
