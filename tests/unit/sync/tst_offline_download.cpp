// "Make available offline" stores each fetched batch of bodies on the
// cache's writer thread and fetches the next batch meanwhile. The writer is
// held up on purpose: the next batch must go out while earlier ones wait,
// no more than two may wait, and the run ends only when they are written.

#include "core/cache/BackgroundWriter.h"
#include "core/sync/MessageBodies.h"
#include "tests/unit/sync/AccountEngineScenario.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>

namespace quire::test {
namespace {

// 122 messages: the scenario's 10 and 20, and 101-220; three batches of
// bodies (50, 50, 22).
QList<quint32> allUids()
{
    QList<quint32> uids { 10, 20 };
    for (quint32 uid = 101; uid <= 220; ++uid)
        uids.append(uid);
    return uids;
}

QByteArray sourceOf(quint32 uid)
{
    return "Subject: message " + QByteArray::number(uid) + "\r\n\r\nthe word zebra" + QByteArray::number(uid) + "\r\n";
}

// "1:3,7" -> 1 2 3 7
QList<quint32> expandSet(const QByteArray &set)
{
    QList<quint32> uids;
    for (const QByteArray &range : set.split(',')) {
        const qsizetype colon = range.indexOf(':');
        const quint32 first = range.left(colon < 0 ? range.size() : colon).toUInt();
        const quint32 last = colon < 0 ? first : range.mid(colon + 1).toUInt();
        for (quint32 uid = first; uid <= last; ++uid)
            uids.append(uid);
    }
    return uids;
}

class OfflineDownloadTest : public AccountEngineScenario
{
protected:
    OfflineDownloadTest()
    {
        QList<cache::MessageRecord> rows;
        for (quint32 uid : allUids()) {
            cache::MessageRecord row;
            row.uid = uid;
            row.hasEnvelope = true;
            row.subject = QStringLiteral("message %1").arg(uid);
            row.size = quint64(sourceOf(uid).size());
            rows.append(row);
        }
        cachePtr->upsertMessages(kInbox, 7, rows);
        cachePtr->setMailboxState(kInbox, { 7, 300, 0, quint32(rows.size()), 0, 0 });
    }

    void holdTheWriter() { m_hold.hold(*cachePtr->backgroundWriter()); }
    void releaseTheWriter()
    {
        m_hold.release();
        settleWrites();
    }

    // Online, the download asked for, and its sync of INBOX answered (A1, A2).
    std::string startDownload()
    {
        goOnline();
        engine->downloadForOffline({ kInbox }, false);
        if (std::string e = expect("A1 SELECT INBOX\r\n"); !e.empty())
            return e;
        const QList<quint32> uids = allUids();
        serve("* " + QByteArray::number(uids.size())
            + " EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 300] ok\r\nA1 OK [READ-WRITE] done\r\n");
        if (std::string e = expect("A2 UID FETCH 1:* (UID FLAGS)\r\n"); !e.empty())
            return e;
        QByteArray flags;
        for (qsizetype i = 0; i < uids.size(); ++i)
            flags += "* " + QByteArray::number(i + 1) + " FETCH (UID " + QByteArray::number(uids[i]) + " FLAGS ())\r\n";
        serve(flags + "A2 OK done\r\n");
        return {};
    }

    // The next command the client writes (without its CRLF); empty when it
    // writes none within `ms`.
    QByteArray nextCommand(int ms = 2000)
    {
        const QDeadlineTimer window(ms);
        QByteArray written;
        while (written.isEmpty() && !window.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            written = transport->takeWritten();
        }
        return written.chopped(written.endsWith("\r\n") ? 2 : 0);
    }

    // Answers "Ann UID FETCH <set> (UID BODY.PEEK[])" with each message's
    // source; returns the UIDs it asked for (empty if it was another command).
    QList<quint32> answerBodies(const QByteArray &command)
    {
        const QList<QByteArray> words = command.split(' ');
        if (words.size() != 6 || words[1] != "UID" || words[2] != "FETCH" || words[4] != "(UID"
            || words[5] != "BODY.PEEK[])") {
            ADD_FAILURE() << "not a body fetch: " << command.toStdString();
            return {};
        }
        const QList<quint32> uids = expandSet(words[3]);
        const QList<quint32> all = allUids();
        QByteArray answer;
        for (quint32 uid : uids) {
            const QByteArray source = sourceOf(uid);
            answer += "* " + QByteArray::number(all.indexOf(uid) + 1) + " FETCH (UID " + QByteArray::number(uid)
                + " BODY[] {" + QByteArray::number(source.size()) + "}\r\n" + source + ")\r\n";
        }
        // Not serve(): that would wait for the writer, which may be held.
        transport->pushServerBytes(answer + words[0] + " OK done\r\n");
        settle();
        return uids;
    }

    int storedBodies()
    {
        int stored = 0;
        for (quint32 uid : allUids())
            stored += cachePtr->hasPart(kInbox, 7, uid, sync::kWholeMessagePart).value() ? 1 : 0;
        return stored;
    }

    WriterHold m_hold;
};

TEST_F(OfflineDownloadTest, TheNextBatchIsFetchedWhileEarlierOnesAreStored)
{
    QSignalSpy progress(engine.get(), &sync::MailEngine::offlineDownloadProgress);
    QSignalSpy finished(engine.get(), &sync::MailEngine::offlineDownloadFinished);
    ASSERT_EQ(startDownload(), "");
    settleWrites(); // the plan is made on the writer thread
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.back().at(1).toInt(), 0);
    EXPECT_EQ(progress.back().at(2).toInt(), 122);

    holdTheWriter();
    const QList<quint32> first = answerBodies(nextCommand());
    EXPECT_EQ(first.size(), 50);
    // The first batch waits for the writer; the second is fetched meanwhile.
    const QList<quint32> second = answerBodies(nextCommand());
    EXPECT_EQ(second.size(), 50);
    // Two batches wait: the third is not asked for until one is written.
    EXPECT_EQ(nextCommand(300), QByteArray());
    EXPECT_EQ(storedBodies(), 0);
    EXPECT_EQ(progress.back().at(1).toInt(), 0);

    releaseTheWriter();
    EXPECT_EQ(storedBodies(), 100);
    EXPECT_EQ(progress.back().at(1).toInt(), 100);
    EXPECT_TRUE(finished.isEmpty());
    const QList<quint32> third = answerBodies(nextCommand());
    EXPECT_EQ(third.size(), 22);
    settleWrites();

    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.front().at(0).value<sync::DownloadOutcome>(), sync::DownloadOutcome::Finished);
    EXPECT_EQ(progress.back().at(1).toInt(), 122);
    EXPECT_EQ(progress.back().at(2).toInt(), 122);
    EXPECT_EQ(storedBodies(), 122);
    QList<quint32> fetched = first + second + third;
    std::sort(fetched.begin(), fetched.end());
    EXPECT_EQ(fetched, allUids());
    // Each body was stored with its text, for the offline search.
    const auto hits = cachePtr->search(kInbox, QStringLiteral("zebra150"));
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits.value().size(), 1);
    EXPECT_EQ(hits.value().front().uid, 150u);
}

TEST_F(OfflineDownloadTest, ACancelledDownloadFinishesOnceItsBatchesAreStored)
{
    QSignalSpy finished(engine.get(), &sync::MailEngine::offlineDownloadFinished);
    ASSERT_EQ(startDownload(), "");
    settleWrites();

    holdTheWriter();
    EXPECT_EQ(answerBodies(nextCommand()).size(), 50);
    const QByteArray second = nextCommand(); // already on the wire
    engine->cancelOfflineDownload();
    EXPECT_EQ(answerBodies(second).size(), 50);
    settle();
    // The first batch is still on its way into the cache.
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_FALSE(engine->isQuiet());

    releaseTheWriter();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.front().at(0).value<sync::DownloadOutcome>(), sync::DownloadOutcome::Cancelled);
    // What was stored stays; nothing after the cancel was kept or asked for.
    EXPECT_EQ(storedBodies(), 50);
    EXPECT_EQ(nextCommand(300), QByteArray());
}

} // namespace
} // namespace quire::test
