// Cache throughput on a 100,000-message mailbox: batched inserts, reading
// every row back (what building the message list model costs), 1% flag
// updates and an offline search. Results go to docs/PERFORMANCE.md ("Cache").

#include "core/cache/SqliteCache.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

using namespace quire::cache;

constexpr quint32 messageCount = 100'000;
constexpr quint32 batchSize = 1'000;
const QString mailboxName = QStringLiteral("INBOX");

// Realistic sizes: envelope ~400 bytes, body structure ~300 bytes.
MessageRecord makeMessage(quint32 uid)
{
    MessageRecord record;
    record.uid = uid;
    record.flags = uid % 3 ? QStringList { QStringLiteral("\\Seen") } : QStringList {};
    record.modSeq = uid;
    record.hasEnvelope = true;
    record.internalDate = QDateTime::fromSecsSinceEpoch(1'600'000'000 + qint64(uid) * 60, Qt::UTC);
    record.size = 2'000 + uid % 50'000;
    record.subject = QStringLiteral("Re: Weekly status report number %1 for the infrastructure team").arg(uid);
    record.from = QStringLiteral("Sender %1 <sender%1@example.org>").arg(uid % 500);
    record.fromAddress = QStringLiteral("sender%1@example.org").arg(uid % 500);
    record.to = QStringLiteral("Team <team@example.org>");
    record.cc = uid % 4 ? QString() : QStringLiteral("Manager <boss@example.org>");
    record.date = record.internalDate.addSecs(-30);
    record.messageId = "<" + QByteArray::number(uid) + ".generated@example.org>";
    record.inReplyTo = uid > 1 ? "<" + QByteArray::number(uid - 1) + ".generated@example.org>" : QByteArray();
    record.references = { "<1.generated@example.org>", record.inReplyTo };
    record.hasAttachments = uid % 7 == 0;
    record.envelopeBlob = QByteArray(400, 'e');
    record.bodyStructureBlob = QByteArray(300, 'b');
    return record;
}

std::unique_ptr<SqliteCache> openCache(const QString &directory)
{
    SqliteCache::Options options;
    options.directory = directory;
    auto opened = SqliteCache::open(options);
    if (!opened.ok())
        qFatal("open: %s", qPrintable(opened.error().detail));
    return std::move(opened).value();
}

// Rows as a lazy sync lists them first: UID and flags, no envelope.
MessageRecord withoutEnvelope(quint32 uid)
{
    MessageRecord record;
    record.uid = uid;
    record.flags = uid % 3 ? QStringList { QStringLiteral("\\Seen") } : QStringList {};
    record.modSeq = uid;
    return record;
}

void fill(SqliteCache &cache, MessageRecord (*make)(quint32) = makeMessage)
{
    MailboxRecord inbox;
    inbox.name = mailboxName;
    inbox.rawName = "INBOX";
    inbox.state.uidValidity = 1;
    cache.upsertMailboxes({ inbox });
    for (quint32 first = 1; first <= messageCount; first += batchSize) {
        QList<MessageRecord> batch;
        batch.reserve(batchSize);
        for (quint32 uid = first; uid < first + batchSize; ++uid)
            batch.append(make(uid));
        if (!cache.upsertMessages(mailboxName, 1, batch).ok())
            qFatal("insert failed");
    }
}

// A new cache in a directory of its own, filled; both go with it.
struct FilledCache {
    FilledCache() { fill(*cache); }
    QTemporaryDir directory;
    std::unique_ptr<SqliteCache> cache = openCache(directory.path());
};

// One filled and indexed cache shared by the read benchmarks.
SqliteCache &filledCache()
{
    static QTemporaryDir directory;
    static std::unique_ptr<SqliteCache> cache = [] {
        auto opened = openCache(directory.path());
        fill(*opened);
        if (!opened->updateSearchIndex().ok())
            qFatal("indexing failed");
        return opened;
    }();
    return *cache;
}

void BM_Insert100kInBatches(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir directory;
        auto cache = openCache(directory.path());
        state.ResumeTiming();
        fill(*cache);
    }
    state.SetItemsProcessed(state.iterations() * messageCount);
}
BENCHMARK(BM_Insert100kInBatches)->Unit(benchmark::kMillisecond)->Iterations(3);

// The envelopes of rows listed earlier with their flags only (the GUI's
// lazy open, then the rest of the folder or an offline download).
void BM_EnvelopesOverListedRows100k(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir directory;
        auto cache = openCache(directory.path());
        fill(*cache, withoutEnvelope);
        state.ResumeTiming();
        fill(*cache);
    }
    state.SetItemsProcessed(state.iterations() * messageCount);
}
BENCHMARK(BM_EnvelopesOverListedRows100k)->Unit(benchmark::kMillisecond)->Iterations(3);

// What the first offline search after a cold 100k sync pays (or the engine,
// when it indexes while idle).
void BM_IndexSearchText100k(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        const FilledCache filled;
        SqliteCache *cache = filled.cache.get();
        state.ResumeTiming();
        const auto indexed = cache->updateSearchIndex();
        if (!indexed.ok() || *indexed != int(messageCount))
            state.SkipWithError("indexing failed");
    }
    state.SetItemsProcessed(state.iterations() * messageCount);
}
BENCHMARK(BM_IndexSearchText100k)->Unit(benchmark::kMillisecond)->Iterations(2);

// What "make available offline" asks of the writer thread: for each message,
// its search text and then its source (a 3 KB part, kept in the database), in
// batches of 50 as AccountEngineBodies.cpp stores them.
void BM_StoreBodies10kInBatchesOf50(benchmark::State &state)
{
    constexpr quint32 bodies = 10'000;
    constexpr quint32 perBatch = 50;
    const QString text = QStringLiteral("Hello team, the weekly report follows. ").repeated(40);
    const QByteArray source = QByteArray("Subject: report\r\n\r\n") + text.toUtf8().repeated(2);
    for (auto _ : state) {
        state.PauseTiming();
        const FilledCache filled;
        SqliteCache *cache = filled.cache.get();
        state.ResumeTiming();
        for (quint32 first = 1; first <= bodies; first += perBatch) {
            auto stored = cache->inOneTransaction([&]() -> Result<void> {
                for (quint32 uid = first; uid < first + perBatch; ++uid) {
                    if (auto indexed = cache->setBodyText(mailboxName, 1, uid, text); !indexed)
                        return indexed;
                    PartRecord part { mailboxName, 1, uid, "TEXT", "message/rfc822", source };
                    if (auto done = cache->storePart(part); !done)
                        return done;
                }
                return {};
            });
            if (!stored.ok())
                state.SkipWithError("store failed");
        }
    }
    state.SetItemsProcessed(state.iterations() * bodies);
}
BENCHMARK(BM_StoreBodies10kInBatchesOf50)->Unit(benchmark::kMillisecond)->Iterations(3);

void readAll(benchmark::State &state, MessageColumns columns)
{
    SqliteCache &cache = filledCache();
    for (auto _ : state) {
        auto rows = cache.messages(mailboxName, 1, columns);
        if (!rows.ok() || rows->size() != qsizetype(messageCount))
            state.SkipWithError("wrong row count");
        benchmark::DoNotOptimize(rows);
    }
    state.SetItemsProcessed(state.iterations() * messageCount);
}

void BM_Read100kSummary(benchmark::State &state)
{
    readAll(state, MessageColumns::Summary);
}
BENCHMARK(BM_Read100kSummary)->Unit(benchmark::kMillisecond)->MinTime(2);

void BM_Read100kFull(benchmark::State &state)
{
    readAll(state, MessageColumns::Full);
}
BENCHMARK(BM_Read100kFull)->Unit(benchmark::kMillisecond)->MinTime(2);

void BM_ReadUids100k(benchmark::State &state)
{
    SqliteCache &cache = filledCache();
    for (auto _ : state)
        benchmark::DoNotOptimize(cache.uids(mailboxName, 1));
}
BENCHMARK(BM_ReadUids100k)->Unit(benchmark::kMillisecond);

void BM_UpdateFlags1Percent(benchmark::State &state)
{
    SqliteCache &cache = filledCache();
    quint64 modSeq = 1'000'000;
    for (auto _ : state) {
        QList<FlagUpdate> updates;
        for (quint32 uid = 1; uid <= messageCount; uid += 100)
            updates.append({ uid, { QStringLiteral("\\Seen"), QStringLiteral("\\Flagged") }, ++modSeq });
        if (!cache.updateFlags(mailboxName, 1, updates).ok())
            state.SkipWithError("update failed");
    }
    state.SetItemsProcessed(state.iterations() * (messageCount / 100));
}
BENCHMARK(BM_UpdateFlags1Percent)->Unit(benchmark::kMillisecond);

void BM_SearchIndexed(benchmark::State &state)
{
    SqliteCache &cache = filledCache();
    for (auto _ : state)
        benchmark::DoNotOptimize(cache.search(mailboxName, QStringLiteral("\"number 4242 \"")));
}
BENCHMARK(BM_SearchIndexed)->Unit(benchmark::kMillisecond);

void BM_SearchShortTermScan(benchmark::State &state)
{
    SqliteCache &cache = filledCache();
    for (auto _ : state)
        benchmark::DoNotOptimize(cache.search(mailboxName, QStringLiteral("zz")));
}
BENCHMARK(BM_SearchShortTermScan)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
