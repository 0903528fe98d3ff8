#include "ui/MessageRendering.h"

#include "core/mime/Address.h"
#include "core/mime/DateTime.h"
#include "core/mime/DisplayContent.h"
#include "core/mime/EncodedWords.h"
#include "core/mime/MessageParser.h"
#include "core/mime/PlainTextHtml.h"
#include "ui/MessageViewPane.h"

#include <QLocale>

namespace quire::ui {

namespace {

QString addressesText(const QByteArray &raw)
{
    if (raw.isNull())
        return {};
    QStringList out;
    for (const mime::MailAddress &address : mime::parseAddressList(raw).allMailboxes())
        out.append(mime::formatAddress(address));
    return out.join(QStringLiteral(", "));
}

struct HeaderLine {
    QString label;
    QString value;
};

QList<HeaderLine> headerLines(const mime::HeaderList &headers)
{
    QList<HeaderLine> lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append({ label, value });
    };
    add(MessageViewPane::tr("From:"), addressesText(headers.value("From")));
    add(MessageViewPane::tr("To:"), addressesText(headers.value("To")));
    add(MessageViewPane::tr("Cc:"), addressesText(headers.value("Cc")));
    const QDateTime date = mime::parseMailDate(headers.value("Date"));
    if (date.isValid())
        add(MessageViewPane::tr("Date:"), QLocale().toString(date.toLocalTime(), QLocale::LongFormat));
    add(MessageViewPane::tr("Subject:"), mime::decodeHeaderValue(headers.value("Subject")));
    return lines;
}

QString headerTableHtml(const QList<HeaderLine> &lines)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" width=\"100%\" "
                                  "style=\"background-color:#eef1f5; margin-bottom:8px;\">");
    for (const HeaderLine &line : lines) {
        html += QStringLiteral("<tr><td style=\"color:#555; padding-right:12px; white-space:nowrap;\"><b>%1</b></td>"
                               "<td width=\"100%\">%2</td></tr>")
                    .arg(line.label.toHtmlEscaped(), line.value.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace

RenderedMessage renderMessage(const QByteArray &source, const RenderOptions &options)
{
    auto message = std::make_shared<mime::MimeMessage>(mime::parseMessage(source));
    mime::DisplayOptions display;
    display.preference = options.preferPlainText ? mime::BodyPreference::Plain : mime::BodyPreference::Html;
    display.remoteContent
        = options.allowRemoteContent ? mime::RemoteContentPolicy::Allow : mime::RemoteContentPolicy::Block;
    const mime::DisplayContent content = mime::buildDisplayContent(*message, display);
    const QList<HeaderLine> lines = headerLines(message->root.headers);
    RenderedMessage rendered;
    // Plain text means plain text also when the sender sent only HTML: its
    // text, with no images or styling (as Thunderbird's View › Plain Text).
    rendered.html
        = headerTableHtml(lines) + (options.preferPlainText ? mime::plainTextToHtml(content.text) : content.html);
    for (const HeaderLine &line : lines)
        rendered.text += line.label + QLatin1Char(' ') + line.value + QLatin1Char('\n');
    rendered.text += QLatin1Char('\n') + content.text;
    rendered.blockedRemoteResources = options.preferPlainText ? 0 : content.blockedRemoteResources;
    rendered.subject = mime::decodeHeaderValue(message->root.headers.value("Subject"));
    const QList<mime::MailAddress> from = mime::parseAddressList(message->root.headers.value("From")).allMailboxes();
    if (!from.isEmpty())
        rendered.senderAddress = from.first().address.toLower();
    for (const mime::AttachmentInfo &attachment : mime::listAttachments(*message)) {
        const bool embeddedImage = !attachment.contentId.isEmpty() && attachment.mimeType.startsWith("image/");
        if (embeddedImage)
            rendered.embeddedImages.insert(
                QString::fromUtf8(attachment.contentId), mime::attachmentData(*message, attachment));
        // Shown in the text (HTML), or else offered with the attachments.
        if (!(embeddedImage && attachment.isInline) || options.preferPlainText)
            rendered.attachments.append(attachment);
    }
    rendered.message = std::move(message);
    return rendered;
}

} // namespace quire::ui
