#include "core/mime/DisplayContent.h"

#include "core/mime/Address.h"
#include "core/mime/Attachments.h"
#include "core/mime/Charset.h"
#include "core/mime/DateTime.h"
#include "core/mime/EncodedWords.h"
#include "core/mime/FormatFlowed.h"
#include "core/mime/HtmlToText.h"
#include "core/mime/HtmlTokenizer.h"
#include "core/mime/PlainTextHtml.h"
#include "core/mime/Tnef.h"

#include <QHash>

namespace quire::mime {

namespace {

// The charset an HTML document declares in <meta>, looked for only near the
// start as browsers do.
QByteArray htmlMetaCharset(QByteArrayView html)
{
    const QByteArray head = html.first(qMin<qsizetype>(html.size(), 4096)).toByteArray().toLower();
    qsizetype pos = 0;
    while ((pos = head.indexOf("<meta", pos)) >= 0) {
        const qsizetype end = head.indexOf('>', pos);
        const QByteArray tag = head.mid(pos, end < 0 ? -1 : end - pos);
        const qsizetype at = tag.indexOf("charset=");
        if (at >= 0) {
            qsizetype i = at + 8;
            while (i < tag.size() && (tag[i] == '"' || tag[i] == '\'' || tag[i] == ' '))
                ++i;
            qsizetype j = i;
            while (j < tag.size() && tag[j] != '"' && tag[j] != '\'' && tag[j] != ' ' && tag[j] != ';' && tag[j] != '/')
                ++j;
            return tag.mid(i, j - i);
        }
        pos += 5;
    }
    return {};
}

bool isHtmlish(const MimePart &part)
{
    if (part.contentType.value == "text/html")
        return true;
    if (part.isMultipart()) {
        for (const MimePart &child : part.children) {
            if (isHtmlish(child))
                return true;
        }
    }
    return false;
}

bool isShowable(const MimePart &part)
{
    return part.isMultipart() || part.embeddedMessage || (part.type() == "text" && !isAttachmentPart(part, nullptr));
}

class DisplayBuilder
{
public:
    DisplayBuilder(const MimeMessage &message, const DisplayOptions &options)
        : m_options(options)
    {
        message.forEachPart([this](const MimePart &part, int) {
            if (!part.contentId.isEmpty() && !m_byContentId.contains(part.contentId))
                m_byContentId.insert(part.contentId, &part);
        });
    }

    DisplayContent build(const MimePart &root)
    {
        show(root, nullptr, 0);
        return std::move(m_result);
    }

private:
    void show(const MimePart &part, const MimePart *parent, int depth)
    {
        const QByteArray &type = part.contentType.value;
        if (type == "multipart/alternative") {
            if (const MimePart *chosen = chooseAlternative(part))
                show(*chosen, &part, depth + 1);
            return;
        }
        if (type == "multipart/related" && !part.children.empty()) {
            show(relatedRoot(part), &part, depth + 1);
            return;
        }
        if (type == "multipart/signed" && !part.children.empty()) {
            show(part.children.front(), &part, depth + 1);
            return;
        }
        if (part.isMultipart()) {
            for (const MimePart &child : part.children)
                show(child, &part, depth + 1);
            return;
        }
        if (isAttachmentPart(part, parent)) {
            if (isTnefType(type, part.declaredFileName()))
                showTnefBody(part);
            return;
        }
        if (part.embeddedMessage) {
            showEmbedded(*part.embeddedMessage, depth);
            return;
        }
        if (part.type() == "text")
            showText(part);
    }

    const MimePart *chooseAlternative(const MimePart &alternative) const
    {
        const bool wantHtml = m_options.preference == BodyPreference::Html;
        const MimePart *fallback = nullptr;
        const MimePart *preferred = nullptr;
        // Later alternatives are the richer ones (RFC 2046 5.1.4).
        for (const MimePart &child : alternative.children) {
            if (!isShowable(child))
                continue;
            fallback = &child;
            const bool html = isHtmlish(child);
            if (html == wantHtml)
                preferred = &child;
        }
        return preferred ? preferred : fallback;
    }

    static const MimePart &relatedRoot(const MimePart &related)
    {
        const QByteArray start = related.contentType.param("start").toUtf8();
        if (!start.isEmpty()) {
            QByteArray id = start.trimmed();
            if (id.startsWith('<') && id.endsWith('>'))
                id = id.mid(1, id.size() - 2);
            for (const MimePart &child : related.children) {
                if (child.contentId == id)
                    return child;
            }
        }
        return related.children.front();
    }

    void separate()
    {
        if (!m_result.html.isEmpty())
            m_result.html += QStringLiteral("<hr class=\"quire-part-separator\">");
        if (!m_result.text.isEmpty() && !m_result.text.endsWith(u"\n\n"))
            m_result.text += m_result.text.endsWith(u'\n') ? QStringLiteral("\n") : QStringLiteral("\n\n");
    }

    void appendPlain(const QString &text)
    {
        separate();
        m_result.html += plainTextToHtml(text);
        m_result.text += text;
    }

    void appendHtml(const QString &html)
    {
        SanitizeOptions sanitize;
        sanitize.remoteContent = m_options.remoteContent;
        sanitize.resolveContentId = [this](const QString &id) { return resolveContentId(id); };
        const SanitizedHtml clean = sanitizeHtml(html, sanitize);
        separate();
        m_result.html += QStringLiteral("<div class=\"quire-html\">") + clean.html + QStringLiteral("</div>");
        m_result.blockedRemoteResources += clean.blockedRemoteResources;
        m_result.text += htmlToText(html);
    }

    void showText(const MimePart &part)
    {
        const QString text = decodeTextPart(part, m_options.fallbackCharset);
        m_result.shownParts.append(part.partNumber);
        if (part.contentType.value == "text/html")
            appendHtml(text);
        else
            appendPlain(text);
    }

    void showTnefBody(const MimePart &part)
    {
        const TnefContent tnef = unpackTnef(part.decodedBody());
        if (!tnef.htmlBody.isEmpty())
            appendHtml(tnef.htmlBody);
        else if (!tnef.plainBody.trimmed().isEmpty())
            appendPlain(tnef.plainBody);
    }

    void showEmbedded(const MimePart &message, int depth)
    {
        const QByteArray &fallback = m_options.fallbackCharset;
        struct Line {
            const char *label;
            QString value;
        };
        const Line lines[] = {
            { "From", decodeHeaderValue(message.headers.value("From"), fallback) },
            { "To", decodeHeaderValue(message.headers.value("To"), fallback) },
            { "Cc", decodeHeaderValue(message.headers.value("Cc"), fallback) },
            { "Date", decodeHeaderValue(message.headers.value("Date"), fallback) },
            { "Subject", decodeHeaderValue(message.headers.value("Subject"), fallback) },
        };
        separate();
        m_result.html += QStringLiteral("<div class=\"quire-embedded-message\"><table class=\"quire-headers\">");
        for (const Line &line : lines) {
            if (line.value.trimmed().isEmpty())
                continue;
            const QString label = QString::fromLatin1(line.label);
            m_result.html += QStringLiteral("<tr><th>%1:</th><td>%2</td></tr>").arg(label, escapeHtml(line.value));
            m_result.text += label + QStringLiteral(": ") + line.value.simplified() + u'\n';
        }
        m_result.html += QStringLiteral("</table>");
        m_result.text += u'\n';
        m_result.html += QStringLiteral("<div class=\"quire-embedded-body\">");
        show(message, nullptr, depth + 1);
        m_result.html += QStringLiteral("</div></div>");
    }

    QString resolveContentId(const QString &id) const
    {
        const MimePart *part = m_byContentId.value(id.toUtf8().trimmed());
        if (!part)
            return {};
        if (m_options.partUrl)
            return m_options.partUrl(*part);
        return QStringLiteral("cid:") + QString::fromUtf8(part->contentId);
    }

    const DisplayOptions &m_options;
    QHash<QByteArray, const MimePart *> m_byContentId;
    DisplayContent m_result;
};

} // namespace

QString decodeTextPart(const MimePart &part, QByteArrayView fallbackCharset)
{
    const QByteArray bytes = part.decodedBody();
    QByteArray charset = part.charset().toLatin1().trimmed();
    if (charset.isEmpty() && part.contentType.value == "text/html")
        charset = htmlMetaCharset(bytes);
    QString text = decodeCharset(bytes, charset, fallbackCharset.isEmpty() ? "windows-1252" : fallbackCharset);
    if (part.contentType.value == "text/plain"
        && part.contentType.param("format").compare(u"flowed", Qt::CaseInsensitive) == 0) {
        const bool delSp = part.contentType.param("delsp").compare(u"yes", Qt::CaseInsensitive) == 0;
        text = unflowText(text, delSp);
    } else if (text.contains(u'\r')) {
        text.remove(u'\r');
    }
    return text;
}

DisplayContent buildDisplayContent(const MimeMessage &message, const DisplayOptions &options)
{
    return DisplayBuilder(message, options).build(message.root);
}

} // namespace quire::mime
