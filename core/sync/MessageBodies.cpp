#include "core/sync/MessageBodies.h"

#include "core/mime/DisplayContent.h"
#include "core/mime/MessageParser.h"

#include <QFile>

namespace quire::sync {

namespace {

using Text = imap::BodySection::Text;

const imap::FetchBodySection *sectionOf(const imap::FetchResponse &response, QByteArrayView name)
{
    for (const imap::FetchBodySection &section : response.sections) {
        if (section.kind == imap::FetchBodySection::Kind::Body
            && section.section.compare(name, Qt::CaseInsensitive) == 0 && !section.data.nil)
            return &section;
    }
    return nullptr;
}

std::optional<QByteArray> bytesOf(const imap::FetchBodySection *section)
{
    if (!section)
        return std::nullopt;
    if (!section->data.isSpooled())
        return section->data.bytes;
    QFile spool(section->data.spoolPath);
    if (!spool.open(QIODevice::ReadOnly))
        return std::nullopt;
    return spool.readAll();
}

// The header without its Content-* fields (each with its folded lines) and
// without the blank line that ends it.
QByteArray withoutContentFields(const QByteArray &header)
{
    QByteArray out;
    bool skipping = false;
    for (qsizetype start = 0; start < header.size();) {
        qsizetype end = header.indexOf('\n', start);
        end = end < 0 ? header.size() : end + 1;
        const QByteArrayView line = QByteArrayView(header).sliced(start, end - start);
        start = end;
        if (line.trimmed().isEmpty())
            break;
        const bool folded = line.front() == ' ' || line.front() == '\t';
        if (!folded)
            skipping = line.size() >= 8 && QByteArrayView(line).first(8).compare("content-", Qt::CaseInsensitive) == 0;
        if (!skipping)
            out.append(line);
    }
    if (!out.isEmpty() && !out.endsWith('\n'))
        out.append("\r\n");
    return out;
}

} // namespace

imap::Fetch wholeMessageFetch(const QList<quint32> &uids)
{
    return imap::Fetch { imap::UidSet::fromNumbers(uids),
        { imap::FetchItem::uid(), imap::FetchItem::bodySection(imap::BodySection {}, true) }, std::nullopt, false };
}

imap::Fetch displayableFetch(const QList<quint32> &uids)
{
    return imap::Fetch { imap::UidSet::fromNumbers(uids),
        { imap::FetchItem::uid(), imap::FetchItem::bodyStructure(),
            imap::FetchItem::bodySection(imap::BodySection { {}, Text::Header, {} }, true),
            imap::FetchItem::bodySection(imap::BodySection { { 1 }, Text::Mime, {} }, true),
            imap::FetchItem::bodySection(imap::BodySection { { 1 }, Text::Whole, {} }, true) },
        std::nullopt, false };
}

std::optional<QByteArray> wholeMessageOf(const imap::FetchResponse &response)
{
    return bytesOf(sectionOf(response, ""));
}

std::optional<QByteArray> displayableMessageOf(const imap::FetchResponse &response)
{
    const std::optional<QByteArray> header = bytesOf(sectionOf(response, "HEADER"));
    if (!header)
        return std::nullopt;
    QByteArray out = withoutContentFields(*header);
    const bool multipart = response.bodyStructure && response.bodyStructure->isMultipart();
    const std::optional<QByteArray> partHeader = bytesOf(sectionOf(response, "1.MIME"));
    const std::optional<QByteArray> part = bytesOf(sectionOf(response, "1"));
    if (!multipart || !partHeader || !part) {
        // The message is the file itself: what is left to read is its header.
        out.append("Content-Type: text/plain; charset=us-ascii\r\n\r\n");
        return out;
    }
    out.append(*partHeader);
    if (!partHeader->endsWith("\n\n") && !partHeader->endsWith("\r\n\r\n"))
        out.append("\r\n");
    out.append(*part);
    return out;
}

cache::Result<void> storeMessageSource(cache::Cache &cache, const QString &mailbox, quint32 uidValidity, quint32 uid,
    const QByteArray &partId, const QByteArray &source)
{
    // The text first: the stored part is what marks the message done, so a
    // crash between the two writes fetches it again instead of leaving a
    // body that the search never finds.
    if (auto indexed
        = cache.setBodyText(mailbox, uidValidity, uid, mime::buildDisplayContent(mime::parseMessage(source)).text);
        !indexed)
        return indexed;
    cache::PartRecord part;
    part.mailbox = mailbox;
    part.uidValidity = uidValidity;
    part.uid = uid;
    part.partId = partId;
    part.mimeType = "message/rfc822";
    part.data = source;
    return cache.storePart(part);
}

} // namespace quire::sync
