// The JSON form of a parsed message, shared by `render` (a file) and `show`
// (a message fetched from the server), so both describe mail the same way.
#include "cli/MessageJson.h"

#include "core/mime/Address.h"
#include "core/mime/Attachments.h"
#include "core/mime/DateTime.h"
#include "core/mime/EncodedWords.h"
#include "core/mime/MessageIds.h"
#include "core/mime/MessageParser.h"

#include <QJsonArray>

namespace quire::cli {

namespace {

using namespace quire::mime;

QJsonArray addressesJson(const QByteArray &raw)
{
    QJsonArray out;
    if (raw.isNull())
        return out;
    for (const MailAddress &a : parseAddressList(raw).allMailboxes())
        out.append(QJsonObject { { QStringLiteral("name"), a.name }, { QStringLiteral("address"), a.address } });
    return out;
}

QJsonObject headersJson(const HeaderList &headers)
{
    QJsonObject out;
    out.insert(QStringLiteral("subject"), decodeHeaderValue(headers.value("Subject")));
    out.insert(QStringLiteral("from"), addressesJson(headers.value("From")));
    out.insert(QStringLiteral("to"), addressesJson(headers.value("To")));
    out.insert(QStringLiteral("cc"), addressesJson(headers.value("Cc")));
    const QDateTime date = parseMailDate(headers.value("Date"));
    out.insert(QStringLiteral("date"), date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue());
    const QList<QByteArray> ids = parseMessageIds(headers.value("Message-ID"));
    out.insert(QStringLiteral("messageId"), ids.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(ids.front())));
    return out;
}

void appendPartsJson(const MimePart &part, int depth, QJsonArray &out)
{
    QJsonObject entry;
    entry.insert(QStringLiteral("part"), QString::fromLatin1(part.partNumber));
    entry.insert(QStringLiteral("depth"), depth);
    entry.insert(QStringLiteral("type"), QString::fromLatin1(part.contentType.value));
    if (!part.charset().isEmpty())
        entry.insert(QStringLiteral("charset"), part.charset());
    if (!part.transferEncoding.isEmpty())
        entry.insert(QStringLiteral("encoding"), QString::fromLatin1(part.transferEncoding));
    const bool leaf = !part.isMultipart() && !part.embeddedMessage;
    entry.insert(QStringLiteral("size"), leaf ? double(part.decodedBody().size()) : double(part.bodyRange.length));
    const QString fileName = part.declaredFileName();
    if (!fileName.isEmpty())
        entry.insert(QStringLiteral("filename"), fileName);
    if (!part.disposition.value.isEmpty())
        entry.insert(QStringLiteral("disposition"), QString::fromLatin1(part.disposition.value));
    if (part.malformed)
        entry.insert(QStringLiteral("malformed"), true);
    out.append(entry);
    for (const MimePart &child : part.children)
        appendPartsJson(child, depth + 1, out);
    if (part.embeddedMessage)
        appendPartsJson(*part.embeddedMessage, depth + 1, out);
}

QJsonArray attachmentsJson(const QList<AttachmentInfo> &attachments)
{
    QJsonArray out;
    for (const AttachmentInfo &a : attachments) {
        QJsonObject entry { { QStringLiteral("filename"), a.fileName },
            { QStringLiteral("type"), QString::fromLatin1(a.mimeType) }, { QStringLiteral("size"), double(a.size) },
            { QStringLiteral("part"), QString::fromLatin1(a.partNumber) } };
        if (a.isInline)
            entry.insert(QStringLiteral("inline"), true);
        out.append(entry);
    }
    return out;
}

} // namespace

QJsonObject renderMessageJson(const QByteArray &raw, const mime::DisplayOptions &options)
{
    const MimeMessage message = parseMessage(raw);
    const DisplayContent display = buildDisplayContent(message, options);
    QJsonObject json;
    json.insert(QStringLiteral("headers"), headersJson(message.root.headers));
    json.insert(QStringLiteral("text"), display.text);
    QJsonArray parts;
    appendPartsJson(message.root, 0, parts);
    json.insert(QStringLiteral("parts"), parts);
    json.insert(QStringLiteral("attachments"), attachmentsJson(listAttachments(message)));
    json.insert(QStringLiteral("blockedRemoteResources"), display.blockedRemoteResources);
    return json;
}

} // namespace quire::cli
