// FETCH responses to cache rows, and the envelope/body-structure blobs.

#include "core/imap/parser/ResponseParser.h"
#include "core/sync/MessageConversion.h"

#include <QDataStream>
#include <QIODevice>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace quire;
using namespace quire::sync;

namespace {

imap::Address address(const char *name, const char *mailbox, const char *host)
{
    imap::Address a;
    if (name)
        a.name = QByteArray(name);
    a.mailbox = QByteArray(mailbox);
    a.host = QByteArray(host);
    return a;
}

imap::Envelope sampleEnvelope()
{
    imap::Envelope e;
    e.date = "Wed, 17 Jul 1996 02:23:25 -0700";
    e.subject = "=?UTF-8?B?w4RwZmVs?= und Birnen";
    e.from = { address("=?ISO-8859-1?Q?J=F6rg?=", "joerg", "example.org") };
    e.sender = e.from;
    e.replyTo = e.from;
    imap::Address groupStart;
    groupStart.mailbox = QByteArray("team");
    imap::Address groupEnd;
    e.to = { address(nullptr, "bob", "example.com"), groupStart, address("Carol", "carol", "example.com"), groupEnd };
    e.cc = { address("Dave, Jr.", "dave", "example.net") };
    e.inReplyTo = "<parent@example.org>";
    e.messageId = "<child@example.org>";
    return e;
}

imap::BodyStructure leaf(const char *type, const char *subtype)
{
    imap::BodyStructure b;
    b.type = type;
    b.subtype = subtype;
    b.encoding = "7BIT";
    b.size = 42;
    return b;
}

imap::BodyStructure mixedWithPdf()
{
    imap::BodyStructure text = leaf("text", "plain");
    text.parameters = { { "charset", "utf-8" } };
    text.lines = 3;
    imap::BodyStructure pdf = leaf("application", "pdf");
    pdf.disposition = imap::BodyDisposition { "attachment", { { "filename", "a.pdf" } } };
    pdf.language = { "en" };
    imap::BodyStructure nested = leaf("message", "rfc822");
    nested.envelope = sampleEnvelope();
    nested.children.push_back(leaf("text", "plain"));
    imap::BodyStructure root = leaf("multipart", "mixed");
    root.parameters = { { "boundary", "xyz" } };
    root.children = { text, pdf, nested };
    return root;
}

// The envelope blob as QDataStream wrote it before the blobs were written
// by hand, and as it still reads them: caches written by older builds hold
// these bytes.
QByteArray envelopeThroughQDataStream(const imap::Envelope &e)
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint8(1) << e.date << e.subject;
    for (const auto *list : { &e.from, &e.sender, &e.replyTo, &e.to, &e.cc, &e.bcc }) {
        out << quint32(list->size());
        for (const imap::Address &a : *list) {
            for (const auto *part : { &a.name, &a.adl, &a.mailbox, &a.host }) {
                out << bool(*part);
                if (*part)
                    out << **part;
            }
        }
    }
    out << e.inReplyTo << e.messageId;
    return blob;
}

} // namespace

TEST(MessageConversion, EnvelopeBlobHasQDataStreamsLayout)
{
    imap::Envelope envelope = sampleEnvelope();
    EXPECT_EQ(serializeEnvelope(envelope), envelopeThroughQDataStream(envelope));
    // Null and empty stay apart.
    envelope.subject = QByteArray("");
    envelope.date = QByteArray();
    envelope.to.front().name = QByteArray("");
    EXPECT_EQ(serializeEnvelope(envelope), envelopeThroughQDataStream(envelope));
    EXPECT_EQ(deserializeEnvelope(serializeEnvelope(envelope)), envelope);
}

TEST(MessageConversion, EnvelopeBlobRoundTrips)
{
    const imap::Envelope envelope = sampleEnvelope();
    EXPECT_EQ(deserializeEnvelope(serializeEnvelope(envelope)), envelope);
    EXPECT_EQ(deserializeEnvelope(serializeEnvelope(imap::Envelope {})), imap::Envelope {});
}

TEST(MessageConversion, BodyStructureBlobRoundTrips)
{
    imap::BodyStructure body = mixedWithPdf();
    EXPECT_EQ(deserializeBodyStructure(serializeBodyStructure(body)), body);
    body.children.front().size = quint64(1) << 40;
    body.children.front().lines = 0;
    body.children.front().language = { "de", "", QByteArray() };
    body.location = "";
    EXPECT_EQ(deserializeBodyStructure(serializeBodyStructure(body)), body);
}

TEST(MessageConversion, DamagedOrForeignBlobsDecodeToNothing)
{
    QByteArray blob = serializeBodyStructure(mixedWithPdf());
    EXPECT_FALSE(deserializeBodyStructure(blob.left(blob.size() / 2)));
    blob[0] = char(99); // another version
    EXPECT_FALSE(deserializeBodyStructure(blob));
    EXPECT_FALSE(deserializeEnvelope(QByteArray()));
    EXPECT_FALSE(deserializeEnvelope(serializeEnvelope(sampleEnvelope()) + "junk"));
}

TEST(MessageConversion, RecordDecodesEnvelopeFields)
{
    imap::FetchResponse fetch;
    fetch.seq = 1;
    fetch.uid = 17;
    fetch.flags = QList<QByteArray> { "\\Seen", "$Work" };
    fetch.modSeq = 99;
    fetch.internalDate = QByteArray("17-Jul-1996 02:44:25 -0700");
    fetch.rfc822Size = 4242;
    fetch.envelope = sampleEnvelope();
    fetch.bodyStructure = mixedWithPdf();
    imap::FetchBodySection references;
    references.section = "HEADER.FIELDS (REFERENCES)";
    references.data.bytes = "References: <root@example.org>\r\n <parent@example.org>\r\n\r\n";
    fetch.sections = { references };

    const auto record = messageRecordFrom(fetch);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->uid, 17u);
    EXPECT_EQ(record->flags, (QStringList { QStringLiteral("\\Seen"), QStringLiteral("$Work") }));
    EXPECT_EQ(record->modSeq, 99u);
    EXPECT_TRUE(record->hasEnvelope);
    EXPECT_EQ(record->subject, QStringLiteral("Äpfel und Birnen"));
    EXPECT_EQ(record->from, QStringLiteral("Jörg <joerg@example.org>"));
    EXPECT_EQ(record->fromAddress, QStringLiteral("joerg@example.org"));
    EXPECT_EQ(record->to, QStringLiteral("bob@example.com, Carol <carol@example.com>"));
    EXPECT_EQ(record->cc, QStringLiteral("\"Dave, Jr.\" <dave@example.net>"));
    EXPECT_EQ(record->date, QDateTime(QDate(1996, 7, 17), QTime(2, 23, 25), QTimeZone(-7 * 3600)));
    EXPECT_EQ(record->internalDate, QDateTime(QDate(1996, 7, 17), QTime(2, 44, 25), QTimeZone(-7 * 3600)));
    EXPECT_EQ(record->size, 4242u);
    EXPECT_EQ(record->messageId, QByteArray("child@example.org"));
    EXPECT_EQ(record->inReplyTo, QByteArray("parent@example.org"));
    EXPECT_EQ(record->references, (QList<QByteArray> { "root@example.org", "parent@example.org" }));
    EXPECT_TRUE(record->hasAttachments);
    EXPECT_EQ(deserializeEnvelope(record->envelopeBlob), sampleEnvelope());
    EXPECT_EQ(deserializeBodyStructure(record->bodyStructureBlob), mixedWithPdf());
}

// A parsed FETCH carries the server's ENVELOPE and BODYSTRUCTURE texts; the
// record keeps those, and they read back as the parsed values.
TEST(MessageConversion, RecordKeepsTheServersEnvelopeAndBodyText)
{
    const QByteArray envelope
        = "(\"Wed, 17 Jul 1996 02:23:25 -0700\" {9}\r\nH\"i there ((\"A\" NIL \"a\" \"x\")) NIL NIL "
          "((NIL NIL \"b\" \"y\")) NIL NIL NIL \"<m@x>\")";
    const QByteArray body
        = "((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 5 1)(\"application\" \"pdf\" "
          "(\"name\" \"a.pdf\") NIL NIL \"base64\" 100) \"mixed\")";
    const imap::Response response
        = imap::parseSingleResponse("* 1 FETCH (UID 5 ENVELOPE " + envelope + " BODYSTRUCTURE " + body + ")\r\n");
    const auto *fetch = std::get_if<imap::FetchResponse>(&response);
    ASSERT_TRUE(fetch);
    const auto record = messageRecordFrom(*fetch);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->envelopeBlob, envelope);
    EXPECT_EQ(record->bodyStructureBlob, body);
    EXPECT_EQ(deserializeEnvelope(record->envelopeBlob), fetch->envelope);
    EXPECT_EQ(deserializeBodyStructure(record->bodyStructureBlob), fetch->bodyStructure);
    EXPECT_EQ(record->subject, QStringLiteral("H\"i there"));
    EXPECT_TRUE(record->hasAttachments);
}

TEST(MessageConversion, DamagedServerTextDecodesToNothing)
{
    EXPECT_FALSE(deserializeEnvelope("(NIL \"s\" NIL"));
    EXPECT_FALSE(deserializeEnvelope("(NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL) junk"));
    EXPECT_FALSE(deserializeBodyStructure("(\"text\" \"plain\" NIL NIL NIL \"7bit\" 1"));
    EXPECT_EQ(deserializeEnvelope("NIL"), imap::Envelope {});
}

TEST(MessageConversion, ReferencesComeFromTheHeaderSectionInAnyCase)
{
    imap::FetchResponse fetch;
    fetch.uid = 3;
    fetch.envelope = sampleEnvelope();
    imap::FetchBodySection text;
    text.section = "TEXT";
    text.data.bytes = "References: <not-a-header@example.org>\r\n";
    imap::FetchBodySection references;
    references.section = "header.fields (references)";
    references.data.bytes = "References: <root@example.org>\r\n\r\n";
    fetch.sections = { text, references };
    EXPECT_EQ(messageRecordFrom(fetch)->references, QList<QByteArray> { "root@example.org" });
    fetch.sections = { text };
    EXPECT_TRUE(messageRecordFrom(fetch)->references.isEmpty());
}

TEST(MessageConversion, EqualFlagSetsShareOneList)
{
    const QList<QByteArray> seen = { "\\Seen" };
    const QStringList first = flagStrings(seen);
    const QStringList again = flagStrings(QList<QByteArray> { "\\Seen" });
    EXPECT_EQ(again, QStringList { QStringLiteral("\\Seen") });
    EXPECT_EQ(again.constData(), first.constData());
    EXPECT_EQ(flagStrings({ "\\Seen", "\\Flagged" }),
        (QStringList { QStringLiteral("\\Seen"), QStringLiteral("\\Flagged") }));
    EXPECT_TRUE(flagStrings({}).isEmpty());
    EXPECT_EQ(flagStrings(seen), first);
}

TEST(MessageConversion, FlagsOnlyResponseGivesRecordWithoutEnvelope)
{
    imap::FetchResponse fetch;
    fetch.uid = 5;
    fetch.flags = QList<QByteArray> {};
    const auto record = messageRecordFrom(fetch);
    ASSERT_TRUE(record);
    EXPECT_FALSE(record->hasEnvelope);
    EXPECT_TRUE(record->envelopeBlob.isEmpty());
    imap::FetchResponse noUid;
    noUid.seq = 3;
    EXPECT_FALSE(messageRecordFrom(noUid));
}

TEST(MessageConversion, AttachmentDetection)
{
    EXPECT_FALSE(hasAttachments(leaf("text", "plain")));
    imap::BodyStructure alternative = leaf("multipart", "alternative");
    alternative.children = { leaf("text", "plain"), leaf("text", "html") };
    EXPECT_FALSE(hasAttachments(alternative));
    imap::BodyStructure cidImage = leaf("image", "png");
    cidImage.id = "<img1@x>";
    imap::BodyStructure related = leaf("multipart", "related");
    related.children = { leaf("text", "html"), cidImage };
    EXPECT_FALSE(hasAttachments(related));
    imap::BodyStructure signedText = leaf("multipart", "signed");
    signedText.children = { leaf("text", "plain"), leaf("application", "pgp-signature") };
    EXPECT_FALSE(hasAttachments(signedText));
    EXPECT_TRUE(hasAttachments(mixedWithPdf()));
    EXPECT_TRUE(hasAttachments(leaf("application", "pdf")));
}

TEST(MessageConversion, InternalDateParsing)
{
    EXPECT_EQ(parseInternalDate(" 1-Jan-2024 00:00:00 +0000"), QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone(0)));
    EXPECT_EQ(parseInternalDate("31-Dec-2023 23:59:59 +0530").offsetFromUtc(), 5 * 3600 + 30 * 60);
    EXPECT_FALSE(parseInternalDate("32-Jan-2024 00:00:00 +0000").isValid());
    EXPECT_FALSE(parseInternalDate("1-Foo-2024 00:00:00 +0000").isValid());
    EXPECT_FALSE(parseInternalDate("garbage").isValid());
    EXPECT_EQ(parseInternalDate("07-feb-2025 09:08:07 -0130"),
        QDateTime(QDate(2025, 2, 7), QTime(9, 8, 7), QTimeZone(-(3600 + 30 * 60))));
    EXPECT_EQ(parseInternalDate("17-Jul-1996 02:44:25 -0700").toUTC(),
        QDateTime(QDate(1996, 7, 17), QTime(9, 44, 25), QTimeZone(0)));
    EXPECT_FALSE(parseInternalDate("17-Jul-1996 02:44:25 -0700x").isValid());
    EXPECT_FALSE(parseInternalDate("17-Jul-1996 02:44 -0700").isValid());
    EXPECT_FALSE(parseInternalDate("17-Jul-96 02:44:25 -0700").isValid());
    EXPECT_FALSE(parseInternalDate("17-Jul-1996 02:44:25 0700").isValid());
    EXPECT_FALSE(parseInternalDate("17-Jul-1996 25:44:25 +0000").isValid());
    EXPECT_FALSE(parseInternalDate("").isValid());
    EXPECT_FALSE(parseInternalDate("17-Ju").isValid());
}
