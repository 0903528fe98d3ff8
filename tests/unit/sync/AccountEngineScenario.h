#pragma once

// AccountEngine on a scripted server (one FakeTransport, no background
// connection) and a SQLite cache seeded with INBOX: UIDVALIDITY 7, UIDNEXT
// 40, UID 10 unread and UID 20 \Seen, both without envelopes.

#include "core/sync/AccountEngine.h"
#include "tests/support/FakeTransport.h"
#include "tests/support/WriterWait.h"
#include "tests/unit/sync/SyncTestSupport.h"

#include <QTemporaryDir>

#include <functional>

namespace quire::test {

const QString kInbox = QStringLiteral("INBOX");

class AccountEngineScenario : public ::testing::Test
{
protected:
    AccountEngineScenario()
    {
        std::unique_ptr<cache::SqliteCache> opened = openCache(directory.path());
        opened->upsertMailboxes({ mailboxNamed(kInbox) });
        opened->setMailboxState(kInbox, { 7, 40, 0, 2, 0, 0 });
        cache::MessageRecord a, b;
        a.uid = 10;
        b.uid = 20;
        b.flags = { QStringLiteral("\\Seen") };
        opened->upsertMessages(kInbox, 7, { a, b });
        cachePtr = opened.get();

        sync::AccountEngineOptions engineOptions = scriptedEngineOptions([this] {
            auto transport = std::make_unique<FakeTransport>();
            this->transport = transport.get();
            return transport;
        });
        engineOptions.backgroundConnection = false; // one scripted transport
        engine = std::make_unique<sync::AccountEngine>(std::move(opened), &credentials, engineOptions);
    }

    // Quire quits and starts again on the same cache: nothing of the old
    // engine's memory survives.
    void restartEngine(const std::function<void(sync::AccountEngineOptions &)> &change = {})
    {
        sync::AccountEngineOptions engineOptions = engine->options();
        if (change)
            change(engineOptions);
        engine.reset();
        std::unique_ptr<cache::SqliteCache> opened = openCache(directory.path());
        ASSERT_TRUE(opened);
        cachePtr = opened.get();
        engine = std::make_unique<sync::AccountEngine>(std::move(opened), &credentials, engineOptions);
    }

    // The client must have written exactly `expected` (CRLF-terminated lines).
    std::string expect(const QByteArray &expected)
    {
        settleWrites();
        return compareWritten(transport->takeWritten(), expected);
    }

    void serve(const QByteArray &lines)
    {
        transport->pushServerBytes(lines);
        settleWrites();
    }

    // settle(), also until the cache's writer thread has written what was
    // posted to it and the engine has reacted (a sync's new rows go there).
    void settleWrites()
    {
        settle();
        waitForWrites(*cachePtr->backgroundWriter());
        settle();
    }

    // Online, on a server that greets with PREAUTH and these capabilities.
    void goOnline(const QByteArray &capabilities = "IMAP4rev1")
    {
        engine->goOnline();
        settle();
        serve("* PREAUTH [CAPABILITY " + capabilities + "] ready\r\n");
    }

    // Answers the plain sync of INBOX the client has begun (tags A<tag> and
    // A<tag+1>): still two messages and UIDNEXT 40, UIDs 10 and 20 with these flags.
    std::string answerInboxSync(int tag, const QByteArray &flagsOf10 = "", const QByteArray &flagsOf20 = "\\Seen")
    {
        const QByteArray select = "A" + QByteArray::number(tag);
        const QByteArray fetch = "A" + QByteArray::number(tag + 1);
        if (std::string e = expect(select + " SELECT INBOX\r\n"); !e.empty())
            return e;
        serve(
            "* 2 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 40] ok\r\n" + select + " OK [READ-WRITE] done\r\n");
        if (std::string e = expect(fetch + " UID FETCH 1:* (UID FLAGS)\r\n"); !e.empty())
            return e;
        serve("* 1 FETCH (UID 10 FLAGS (" + flagsOf10 + "))\r\n* 2 FETCH (UID 20 FLAGS (" + flagsOf20 + "))\r\n" + fetch
            + " OK done\r\n");
        return {};
    }

    // Online with INBOX open and synced (tags A1, A2).
    std::string connectAndOpen(const QByteArray &capabilities = "IMAP4rev1")
    {
        goOnline(capabilities);
        engine->openMailbox(kInbox);
        if (std::string e = answerInboxSync(1); !e.empty())
            return e;
        return engine->syncState(kInbox) == sync::SyncState::Synced ? "" : "INBOX not synced";
    }

    QStringList flagsOf(quint32 uid) { return cachePtr->message(kInbox, 7, uid).value()->flags; }

    QTemporaryDir directory;
    imap::FixedCredentialProvider credentials { { QStringLiteral("u"), QStringLiteral("p") } };
    cache::Cache *cachePtr = nullptr;
    FakeTransport *transport = nullptr;
    std::unique_ptr<sync::AccountEngine> engine;
};

} // namespace quire::test
