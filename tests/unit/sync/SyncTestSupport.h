#pragma once

// A scripted session plus a fresh SQLite cache per test.

#include "core/cache/SqliteCache.h"
#include "core/sync/AccountEngine.h"
#include "tests/support/ScenarioRunner.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace quire::test {

// An AccountEngine that logs in and does nothing else unasked, on the
// transports the factory hands out (one per connection), with the
// scenarios' short session timeouts and no reconnecting.
inline sync::AccountEngineOptions scriptedEngineOptions(
    std::function<std::unique_ptr<imap::Transport>()> transportFactory)
{
    sync::AccountEngineOptions options;
    options.transportFactory = std::move(transportFactory);
    options.connect.enableExtensions = false;
    options.connect.sendId = false;
    options.connect.compress = false;
    options.session = ScenarioRunner::defaultConfig();
    options.reconnect = false;
    return options;
}

// Lets the engine react: queued signals and the fake transports' reads run.
inline void settle()
{
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents();
}

// Empty when the client wrote exactly `expected`, else what it wrote instead.
inline std::string compareWritten(const QByteArray &written, const QByteArray &expected)
{
    if (written == expected)
        return {};
    return "client wrote [" + printable(written) + "], expected [" + printable(expected) + "]";
}

// The SQLite cache kept in this directory, new or as an earlier test step
// left it; null (and the test failed) when it cannot be opened.
inline std::unique_ptr<cache::SqliteCache> openCache(const QString &directory)
{
    cache::SqliteCache::Options options;
    options.directory = directory;
    auto opened = cache::SqliteCache::open(options);
    EXPECT_TRUE(opened);
    return opened ? std::move(opened).value() : nullptr;
}

// A mailbox whose name on the wire is its plain ASCII name.
inline cache::MailboxRecord mailboxNamed(const QString &name)
{
    cache::MailboxRecord record;
    record.name = name;
    record.rawName = name.toUtf8();
    return record;
}

// uid -> sorted flags, as the cache has them now.
inline QMap<quint32, QStringList> cachedFlags(cache::Cache &cache, const QString &name, quint32 uidValidity)
{
    QMap<quint32, QStringList> out;
    auto rows = cache.messages(name, uidValidity, cache::MessageColumns::Summary);
    EXPECT_TRUE(rows);
    if (!rows)
        return out;
    for (cache::MessageRecord row : rows.value()) {
        row.flags.sort();
        out.insert(row.uid, row.flags);
    }
    return out;
}

class SyncScenario : public ::testing::Test
{
protected:
    SyncScenario()
        : cache(openCache(directory.path()))
    {
    }

    // A mailbox the cache believes is at this state, with these UIDs and flags.
    void seedMailbox(
        const QString &name, cache::MailboxSyncState state, const QList<std::pair<quint32, QStringList>> &messages)
    {
        ASSERT_TRUE(cache->upsertMailboxes({ mailboxNamed(name) }));
        ASSERT_TRUE(cache->setMailboxState(name, state));
        QList<cache::MessageRecord> rows;
        for (const auto &[uid, flags] : messages) {
            cache::MessageRecord row;
            row.uid = uid;
            row.flags = flags;
            rows.append(row);
        }
        ASSERT_TRUE(cache->upsertMessages(name, state.uidValidity, rows));
    }

    QMap<quint32, QStringList> cachedFlags(const QString &name, quint32 uidValidity)
    {
        return test::cachedFlags(*cache, name, uidValidity);
    }

    QTemporaryDir directory;
    std::unique_ptr<cache::SqliteCache> cache;
    ScenarioRunner runner;
};

} // namespace quire::test
