#pragma once

// A scripted session plus a fresh SQLite cache per test.

#include "core/cache/SqliteCache.h"
#include "core/sync/AccountEngine.h"
#include "tests/support/ScenarioRunner.h"

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

class SyncScenario : public ::testing::Test
{
protected:
    SyncScenario()
    {
        cache::SqliteCache::Options options;
        options.directory = directory.path();
        auto opened = cache::SqliteCache::open(options);
        if (opened)
            cache = std::move(opened).value();
    }

    // A mailbox the cache believes is at this state, with these UIDs and flags.
    void seedMailbox(
        const QString &name, cache::MailboxSyncState state, const QList<std::pair<quint32, QStringList>> &messages)
    {
        cache::MailboxRecord record;
        record.name = name;
        record.rawName = name.toUtf8();
        ASSERT_TRUE(cache->upsertMailboxes({ record }));
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

    // uid -> sorted flags, as the cache has them now.
    QMap<quint32, QStringList> cachedFlags(const QString &name, quint32 uidValidity)
    {
        QMap<quint32, QStringList> out;
        auto rows = cache->messages(name, uidValidity, cache::MessageColumns::Summary);
        EXPECT_TRUE(rows);
        if (!rows)
            return out;
        for (cache::MessageRecord row : rows.value()) {
            row.flags.sort();
            out.insert(row.uid, row.flags);
        }
        return out;
    }

    QTemporaryDir directory;
    std::unique_ptr<cache::SqliteCache> cache;
    ScenarioRunner runner;
};

} // namespace quire::test
