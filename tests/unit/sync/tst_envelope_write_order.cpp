// The lazy envelope fetch writes its rows on the cache's writer thread. The
// engine meanwhile writes flag changes and removals through its own
// connection: a row still on its way must not bring older flags, or a
// removed message, back. The writer is held up on purpose so the rows are
// still in flight when the user acts.

#include "core/cache/BackgroundWriter.h"
#include "tests/unit/sync/AccountEngineScenario.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace quire::test {
namespace {

const QByteArray kEnvelopeFetch
    = " (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (REFERENCES)])\r\n";

class EnvelopeWriteOrder : public AccountEngineScenario
{
protected:
    void holdTheWriter() { m_hold.hold(*cachePtr->backgroundWriter()); }
    void releaseTheWriter()
    {
        m_hold.release();
        settleWrites();
    }

    // Asks for UID 10's envelope and answers it (tag A3); its row is then
    // written on the writer thread.
    std::string fetchEnvelopeOf10(const QByteArray &flags)
    {
        engine->requestEnvelopes(kInbox, { 10 });
        const QByteArray written = nextCommand();
        if (std::string e = compareWritten(written, "A3 UID FETCH 10" + kEnvelopeFetch); !e.empty())
            return e;
        // Not serve(): that would wait for the writer, which is held.
        transport->pushServerBytes("* 1 FETCH (UID 10 FLAGS (" + flags
            + ") ENVELOPE (NIL \"Hello\" NIL NIL NIL NIL NIL NIL NIL \"<a@x>\") RFC822.SIZE 5)\r\nA3 OK done\r\n");
        settle();
        return {};
    }

    // What the engine writes next, within two seconds (it may take a few
    // turns of the event loop).
    QByteArray nextCommand()
    {
        const QDeadlineTimer window(2000);
        QByteArray written;
        while (written.isEmpty() && !window.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            written = transport->takeWritten();
        }
        return written;
    }

    WriterHold m_hold;
};

TEST_F(EnvelopeWriteOrder, AFlagChangeMadeWhileTheEnvelopeIsWrittenIsKept)
{
    ASSERT_EQ(connectAndOpen(), "");
    holdTheWriter();
    ASSERT_EQ(fetchEnvelopeOf10(""), "");
    // The user stars the message; the envelope row with the server's older
    // flags (none) is still queued behind the held work.
    engine->setFlags(kInbox, { 10 }, { QStringLiteral("\\Flagged") }, {});
    releaseTheWriter();
    const auto row = cachePtr->message(kInbox, 7, 10).value();
    ASSERT_TRUE(row);
    EXPECT_TRUE(row->hasEnvelope);
    EXPECT_EQ(row->subject, QStringLiteral("Hello"));
    EXPECT_EQ(row->flags, QStringList { QStringLiteral("\\Flagged") });
}

TEST_F(EnvelopeWriteOrder, AMessageMovedWhileItsEnvelopeIsWrittenStaysGone)
{
    ASSERT_EQ(connectAndOpen("IMAP4rev1 MOVE UIDPLUS"), "");
    QSignalSpy arrived(engine.get(), &sync::MailEngine::envelopesArrived);
    holdTheWriter();
    ASSERT_EQ(fetchEnvelopeOf10(""), "");
    engine->moveMessages(kInbox, { 10 }, QStringLiteral("Trash"));
    releaseTheWriter();
    EXPECT_EQ(cachePtr->uids(kInbox, 7).value(), QList<quint32> { 20 });
    // Not announced either: the list would show it again.
    for (const QList<QVariant> &signal : std::as_const(arrived))
        EXPECT_FALSE(signal.at(1).value<QList<quint32>>().contains(10u));
}

TEST_F(EnvelopeWriteOrder, TheEnvelopeIsAnnouncedOnlyOnceWritten)
{
    ASSERT_EQ(connectAndOpen(), "");
    QSignalSpy arrived(engine.get(), &sync::MailEngine::envelopesArrived);
    holdTheWriter();
    ASSERT_EQ(fetchEnvelopeOf10("\\Seen"), "");
    settle();
    EXPECT_EQ(arrived.size(), 0);
    EXPECT_FALSE(engine->isQuiet()); // quire-cli waits for quiet before it exits
    releaseTheWriter();
    ASSERT_EQ(arrived.size(), 1);
    EXPECT_EQ(arrived.front().at(1).value<QList<quint32>>(), QList<quint32> { 10 });
    EXPECT_EQ(cachePtr->message(kInbox, 7, 10).value()->flags, QStringList { QStringLiteral("\\Seen") });
}

TEST_F(EnvelopeWriteOrder, TheFetchWaitsWhileTheWriterIsBehind)
{
    constexpr int kCount = 600;
    goOnline();
    engine->openMailbox(kInbox);
    ASSERT_EQ(expect("A1 SELECT INBOX\r\n"), "");
    serve("* " + QByteArray::number(kCount)
        + " EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 1000] ok\r\nA1 OK [READ-WRITE] done\r\n");
    ASSERT_EQ(expect("A2 UID FETCH 1:* (UID FLAGS)\r\n"), "");
    QByteArray flags;
    QList<quint32> uids;
    for (int seq = 1; seq <= kCount; ++seq) {
        uids.append(quint32(seq));
        flags += "* " + QByteArray::number(seq) + " FETCH (UID " + QByteArray::number(seq) + " FLAGS ())\r\n";
    }
    serve(flags + "A2 OK done\r\n");
    ASSERT_EQ(engine->syncState(kInbox), sync::SyncState::Synced);

    QSignalSpy arrived(engine.get(), &sync::MailEngine::envelopesArrived);
    engine->requestEnvelopes(kInbox, uids);
    const QByteArray written = nextCommand();
    ASSERT_TRUE(written.startsWith("A3 UID FETCH 1:600 ")) << written.toStdString();
    holdTheWriter();
    QByteArray envelopes;
    for (int seq = 1; seq <= kCount; ++seq)
        envelopes += "* " + QByteArray::number(seq) + " FETCH (UID " + QByteArray::number(seq)
            + " FLAGS () ENVELOPE (NIL \"Hello\" NIL NIL NIL NIL NIL NIL NIL \"<a@x>\") RFC822.SIZE 5)\r\n";
    transport->pushServerBytes(envelopes + "A3 OK done\r\n");
    settle();
    // Batches of at least kMinWriteBatch rows: after BackgroundWriter::kBehind of
    // them the rest of the answer waits, unparsed, for the writer.
    EXPECT_TRUE(engine->session()->inputPaused());
    EXPECT_EQ(arrived.size(), 0);

    releaseTheWriter();
    EXPECT_FALSE(engine->session()->inputPaused());
    qsizetype announced = 0;
    for (const QList<QVariant> &signal : std::as_const(arrived))
        announced += signal.at(1).value<QList<quint32>>().size();
    EXPECT_EQ(announced, kCount);
    EXPECT_TRUE(engine->isQuiet());
    for (quint32 uid : { 1u, 300u, 600u })
        EXPECT_TRUE(cachePtr->message(kInbox, 7, uid).value()->hasEnvelope) << uid;
}

// A full sync (quire-cli sync) writes batches of kEnvelopeWriteBatch rows
// as they stream in; with the writer behind, the rest waits unparsed.
TEST_F(EnvelopeWriteOrder, AFullSyncWaitsWhileTheWriterIsBehind)
{
    constexpr int kCount = 10'000;
    goOnline(); // a new UIDVALIDITY below: the cache's rows go, every envelope comes
    engine->syncMailbox(kInbox, true);
    ASSERT_EQ(expect("A1 SELECT INBOX\r\n"), "");
    transport->pushServerBytes("* " + QByteArray::number(kCount)
        + " EXISTS\r\n* OK [UIDVALIDITY 8] ok\r\n* OK [UIDNEXT 20000] ok\r\nA1 OK [READ-WRITE] done\r\n");
    const QByteArray written = nextCommand();
    ASSERT_TRUE(written.startsWith("A2 UID FETCH 1:* (UID FLAGS ENVELOPE")) << written.toStdString();
    holdTheWriter(); // one pending post: three batches make the writer behind
    QByteArray envelopes;
    for (int seq = 1; seq <= kCount; ++seq)
        envelopes += "* " + QByteArray::number(seq) + " FETCH (UID " + QByteArray::number(seq)
            + " FLAGS () ENVELOPE (NIL \"Hello\" NIL NIL NIL NIL NIL NIL NIL \"<a@x>\") RFC822.SIZE 5)\r\n";
    transport->pushServerBytes(envelopes + "A2 OK done\r\n");
    settle();
    cache::BackgroundWriter *writer = cachePtr->backgroundWriter();
    EXPECT_TRUE(engine->session()->inputPaused());
    EXPECT_EQ(writer->pending(), cache::BackgroundWriter::kBehind);
    EXPECT_NE(engine->syncState(kInbox), sync::SyncState::Synced);

    releaseTheWriter();
    ASSERT_TRUE(QTest::qWaitFor([&] { return engine->syncState(kInbox) == sync::SyncState::Synced; }, 5000));
    EXPECT_FALSE(engine->session()->inputPaused());
    EXPECT_EQ(cachePtr->messageCount(kInbox, 8).value(), kCount);
    for (quint32 uid : { 1u, 6000u, 10000u })
        EXPECT_TRUE(cachePtr->message(kInbox, 8, uid).value()->hasEnvelope) << uid;
}

} // namespace
} // namespace quire::test
