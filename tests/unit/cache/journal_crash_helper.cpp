// Writes N journal entries to the cache in argv[1], marks the first one
// InFlight, then abort()s: no destructor runs, the database is never closed
// and the WAL is not checkpointed. Used by tst_cache_journal.

#include "core/cache/SqliteCache.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    quire::cache::SqliteCache::Options options;
    options.directory = QString::fromLocal8Bit(argv[1]);
    auto opened = quire::cache::SqliteCache::open(options);
    if (!opened.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    auto &cache = *opened.value();
    const int count = std::atoi(argv[2]);
    for (int i = 1; i <= count; ++i) {
        quire::cache::JournalEntry entry;
        entry.kind = quire::cache::JournalEntry::Kind::AddFlags;
        entry.mailbox = QStringLiteral("INBOX");
        entry.uids = { quint32(i) };
        entry.flags = { QStringLiteral("\\Seen") };
        const auto id = cache.appendJournal(entry);
        if (!id.ok())
            return 1;
        if (i == 1 && !cache.markJournal(*id, quire::cache::JournalEntry::State::InFlight).ok())
            return 1;
    }
    std::abort();
}
