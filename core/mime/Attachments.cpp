#include "core/mime/Attachments.h"

#include "core/mime/EncodedWords.h"
#include "core/mime/Tnef.h"

namespace quire::mime {

namespace {

bool isSignature(const QByteArray &type)
{
    return type == "application/pgp-signature" || type == "application/pkcs7-signature"
        || type == "application/x-pkcs7-signature";
}

// Text types that are files rather than something to read inline.
bool isTextFileType(const QByteArray &type)
{
    return type == "text/calendar" || type == "text/vcard" || type == "text/x-vcard" || type == "text/directory"
        || type == "text/rtf" || type == "text/x-vcalendar";
}

QString attachedMessageName(const MimePart &part)
{
    QString subject;
    if (part.embeddedMessage)
        subject = decodeHeaderValue(part.embeddedMessage->headers.value("Subject")).trimmed();
    return (subject.isEmpty() ? QStringLiteral("message") : subject) + QStringLiteral(".eml");
}

class AttachmentCollector
{
public:
    explicit AttachmentCollector(QList<AttachmentInfo> &out)
        : m_out(out)
    {
    }

    void visit(const MimePart &part, const MimePart *parent)
    {
        if (part.isMultipart()) {
            for (const MimePart &child : part.children)
                visit(child, &part);
            return;
        }
        if (!isAttachmentPart(part, parent)) {
            if (part.embeddedMessage)
                visit(*part.embeddedMessage, &part);
            return;
        }
        const QByteArray decoded = part.decodedBody();
        const QString name = part.declaredFileName();
        if (isTnefType(part.contentType.value, name) && addTnefFiles(part, decoded))
            return;
        AttachmentInfo info;
        info.fileName = name;
        if (info.fileName.trimmed().isEmpty() && part.embeddedMessage)
            info.fileName = attachedMessageName(part);
        info.mimeType = part.contentType.value;
        info.size = decoded.size();
        info.partNumber = part.partNumber;
        info.contentId = part.contentId;
        info.isInline = part.disposition.value == "inline";
        m_out.append(info);
    }

private:
    bool addTnefFiles(const MimePart &part, const QByteArray &decoded)
    {
        const TnefContent tnef = unpackTnef(decoded);
        if (!tnef.valid)
            return false;
        for (qsizetype i = 0; i < tnef.attachments.size(); ++i) {
            const TnefAttachment &file = tnef.attachments[i];
            AttachmentInfo info;
            info.fileName = file.fileName;
            info.mimeType = file.mimeType;
            info.size = file.data.size();
            info.partNumber = part.partNumber;
            info.tnefIndex = int(i);
            m_out.append(info);
        }
        return true;
    }

    QList<AttachmentInfo> &m_out;
};

} // namespace

bool isAttachmentPart(const MimePart &part, const MimePart *parent)
{
    if (part.isMultipart())
        return false;
    const QByteArray &type = part.contentType.value;
    if (parent && parent->contentType.value == "multipart/signed" && isSignature(type))
        return false;
    if (part.disposition.value == "attachment")
        return true;
    const bool readable = (part.type() == "text" && !isTextFileType(type)) || part.embeddedMessage;
    if (!readable)
        return true;
    // A named text part is still read inline when it says so (Apple Mail
    // names inline text parts).
    return !part.declaredFileName().trimmed().isEmpty() && part.disposition.value != "inline" && !part.embeddedMessage;
}

QList<AttachmentInfo> listAttachments(const MimeMessage &message)
{
    QList<AttachmentInfo> out;
    AttachmentCollector(out).visit(message.root, nullptr);
    return out;
}

QByteArray attachmentData(const MimeMessage &message, const AttachmentInfo &attachment)
{
    const MimePart *part = message.findPart(attachment.partNumber);
    if (attachment.partNumber.isEmpty() && !message.root.isMultipart())
        part = &message.root;
    if (!part)
        return {};
    // A multipart and its first leaf can share a number; the leaf is the file.
    while (part->isMultipart() && !part->children.empty())
        part = &part->children.front();
    const QByteArray decoded = part->decodedBody();
    if (attachment.tnefIndex < 0)
        return decoded;
    const TnefContent tnef = unpackTnef(decoded);
    return attachment.tnefIndex < tnef.attachments.size() ? tnef.attachments[attachment.tnefIndex].data : QByteArray();
}

} // namespace quire::mime
