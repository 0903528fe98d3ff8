#include "core/cache/Cache.h"

#include "core/cache/SqlSupport.h"

namespace quire::cache {

// For caches without a cheaper path: the records are read as a list and each
// is shown to the visitor through temporary UTF-8 copies.
Result<void> Cache::visitMessageListRows(
    const QString &mailbox, quint32 uidValidity, const std::function<void(const MessageListRow &)> &visit)
{
    auto records = messages(mailbox, uidValidity, MessageColumns::Summary);
    if (!records)
        return records.error();
    for (const MessageRecord &record : records.value()) {
        MessageListRow row;
        row.uid = record.uid;
        row.hasEnvelope = record.hasEnvelope;
        row.hasAttachments = record.hasAttachments;
        row.bodyCached = record.bodyCached;
        row.hasInternalDate = record.internalDate.isValid();
        row.internalDateMs = row.hasInternalDate ? record.internalDate.toMSecsSinceEpoch() : 0;
        row.hasDate = record.date.isValid();
        row.dateMs = row.hasDate ? record.date.toMSecsSinceEpoch() : 0;
        row.dateOffsetSeconds = row.hasDate ? record.date.offsetFromUtc() : 0;
        row.size = record.size;
        const QByteArray flags = sql::joinFlags(record.flags).toUtf8();
        const QByteArray subject = record.subject.toUtf8();
        const QByteArray from = record.from.toUtf8();
        const QByteArray fromAddress = record.fromAddress.toUtf8();
        const QByteArray to = record.to.toUtf8();
        const QByteArray cc = record.cc.toUtf8();
        const QByteArray references = sql::joinIds(record.references);
        row.flags = flags;
        row.subject = subject;
        row.from = from;
        row.fromAddress = fromAddress;
        row.to = to;
        row.cc = cc;
        row.messageId = record.messageId;
        row.inReplyTo = record.inReplyTo;
        row.references = references;
        visit(row);
    }
    return {};
}

Result<qsizetype> Cache::messageCount(const QString &mailbox, quint32 uidValidity)
{
    auto all = uids(mailbox, uidValidity);
    if (!all)
        return all.error();
    return all->size();
}

Result<void> Cache::visitNewestMessageListRows(
    const QString &mailbox, quint32 uidValidity, int count, const std::function<void(const MessageListRow &)> &visit)
{
    auto all = uids(mailbox, uidValidity);
    if (!all)
        return all.error();
    if (count <= 0 || all->isEmpty())
        return {};
    const quint32 oldest = all->at(qMax(qsizetype(0), all->size() - count));
    return visitMessageListRows(mailbox, uidValidity, [&](const MessageListRow &row) {
        if (row.uid >= oldest)
            visit(row);
    });
}

} // namespace quire::cache
