// MessageRows: rows streamed from the cache (MessageListRow, UTF-8 views) read
// back exactly like rows converted from a MessageRecord, and the id arena
// shares In-Reply-To's bytes only when it really is the last reference.

#include "core/model/MessageRow.h"

#include <gtest/gtest.h>

namespace quire::model {
namespace {

cache::MessageRecord sampleRecord()
{
    cache::MessageRecord record;
    record.uid = 42;
    record.hasEnvelope = true;
    record.flags = { QStringLiteral("\\Seen"), QStringLiteral("$Label1"), QStringLiteral("\\Flagged") };
    record.subject = QStringLiteral("Re: Grüße aus Köln");
    record.from = QStringLiteral("Jürgen <j@example.org>");
    record.fromAddress = QStringLiteral("j@example.org");
    record.to = QStringLiteral("list@example.org");
    record.date = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::OffsetFromUTC, 3600);
    record.internalDate = QDateTime::fromMSecsSinceEpoch(1700000100000, Qt::UTC);
    record.size = 1234;
    record.messageId = "<c@example.org>";
    record.references = { "<a@example.org>", "<b@example.org>" };
    record.inReplyTo = "<b@example.org>";
    return record;
}

void expectSameRow(const MessageRows &rows, const MessageRow &streamed, const MessageRow &converted)
{
    EXPECT_EQ(streamed.uid, converted.uid);
    EXPECT_EQ(streamed.flags, converted.flags);
    EXPECT_EQ(streamed.state, converted.state);
    EXPECT_EQ(rows.date(streamed), rows.date(converted));
    EXPECT_EQ(rows.internalDate(streamed), rows.internalDate(converted));
    EXPECT_EQ(streamed.size, converted.size);
    EXPECT_EQ(rows.flagList(streamed), rows.flagList(converted));
    // Interned: the same text gets the same id whichever way it came in.
    EXPECT_EQ(streamed.subject, converted.subject);
    EXPECT_EQ(streamed.baseSubject, converted.baseSubject);
    EXPECT_EQ(streamed.from, converted.from);
    EXPECT_EQ(streamed.to, converted.to);
    EXPECT_EQ(rows.bytes(streamed.messageId), rows.bytes(converted.messageId));
    EXPECT_EQ(rows.bytes(streamed.inReplyTo), rows.bytes(converted.inReplyTo));
    EXPECT_EQ(rows.references(streamed), rows.references(converted));
}

TEST(MessageRows, StreamedRowReadsLikeConvertedRecord)
{
    const cache::MessageRecord record = sampleRecord();
    const QByteArray subject = record.subject.toUtf8();
    const QByteArray from = record.from.toUtf8();
    const QByteArray fromAddress = record.fromAddress.toUtf8();
    const QByteArray to = record.to.toUtf8();
    const QByteArray flags = record.flags.join(u' ').toUtf8();
    const QByteArray references = record.references.join(' ');
    cache::MessageListRow listRow;
    listRow.uid = record.uid;
    listRow.hasEnvelope = true;
    listRow.flags = flags;
    listRow.subject = subject;
    listRow.from = from;
    listRow.fromAddress = fromAddress;
    listRow.to = to;
    listRow.hasDate = true;
    listRow.dateMs = record.date.toMSecsSinceEpoch();
    listRow.dateOffsetSeconds = 3600;
    listRow.hasInternalDate = true;
    listRow.internalDateMs = record.internalDate.toMSecsSinceEpoch();
    listRow.size = record.size;
    listRow.messageId = record.messageId;
    listRow.inReplyTo = record.inReplyTo;
    listRow.references = references;

    MessageRows rows;
    const MessageRow converted = rows.makeRow(record);
    const MessageRow streamed = rows.makeRow(listRow);
    expectSameRow(rows, streamed, converted);
    EXPECT_EQ(rows.text(streamed.subject), record.subject);
    EXPECT_EQ(rows.text(streamed.baseSubject), QStringLiteral("grüße aus köln"));
    EXPECT_EQ(rows.flagList(streamed),
        (QStringList { QStringLiteral("\\Seen"), QStringLiteral("\\Flagged"), QStringLiteral("$Label1") }));
}

TEST(MessageRows, InReplyToSharesOnlyAWholeLastReference)
{
    MessageRows rows;
    cache::MessageRecord record = sampleRecord();
    // "<b@example.org>" ends "<xb@example.org>" but is not that id.
    record.references = { "<a@example.org>", "<xb@example.org>" };
    record.inReplyTo = "b@example.org>";
    MessageRow row = rows.makeRow(record);
    EXPECT_EQ(rows.bytes(row.inReplyTo), QByteArray("b@example.org>"));
    EXPECT_EQ(rows.references(row), record.references);

    record.references = { "<only@example.org>" };
    record.inReplyTo = "<only@example.org>";
    row = rows.makeRow(record);
    EXPECT_EQ(rows.bytes(row.inReplyTo), record.inReplyTo);
    EXPECT_EQ(rows.references(row), record.references);

    record.references = {};
    record.inReplyTo = "<parent@example.org>";
    row = rows.makeRow(record);
    EXPECT_EQ(rows.bytes(row.inReplyTo), record.inReplyTo);
    EXPECT_TRUE(rows.references(row).isEmpty());
}

} // namespace
} // namespace quire::model
