// The models on a 100,000-message mailbox: building the list from the
// cache, sorting it, threading it, and what a row costs in memory.
// The cache is filled once per process in a temporary directory.

#include "core/cache/SqliteCache.h"
#include "core/model/MessageFilterModel.h"
#include "core/model/MessageListModel.h"
#include "core/model/MessageThreader.h"
#include "core/model/ThreadedMessageModel.h"
#include "core/sync/MailEngine.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <malloc.h>

namespace {

using namespace quire;

constexpr int kMessages = 100000;
const QString kMailbox = QStringLiteral("INBOX");
constexpr quint32 kUidValidity = 1;

// Only the cache matters to the list; the rest does nothing.
class CacheOnlyEngine : public sync::MailEngine
{
public:
    explicit CacheOnlyEngine(cache::Cache *cache)
        : m_cache(cache)
    {
    }
    cache::Cache *cache() const override { return m_cache; }
    sync::ConnectionState connectionState() const override { return sync::ConnectionState::Offline; }
    sync::SyncState syncState(const QString &) const override { return sync::SyncState::Synced; }
    quint32 uidValidity(const QString &) const override { return kUidValidity; }
    void refreshMailboxes() override { }
    void openMailbox(const QString &) override { }
    void requestEnvelopes(const QString &, const QList<quint32> &) override { }
    void setFlags(const QString &, const QList<quint32> &, const QStringList &, const QStringList &) override { }
    void copyMessages(const QString &, const QList<quint32> &, const QString &) override { }
    void moveMessages(const QString &, const QList<quint32> &, const QString &) override { }
    void deleteMessages(const QString &, const QList<quint32> &) override { }
    void expungeMailbox(const QString &) override { }
    void appendMessage(const QString &, const QString &) override { }
    void createMailbox(const QString &) override { }
    void renameMailbox(const QString &, const QString &) override { }
    void deleteMailbox(const QString &) override { }
    void setSubscribed(const QString &, bool) override { }
    void fetchMessageSource(const QString &, quint32) override { }
    void downloadForOffline(const QStringList &, bool) override { }
    void cancelOfflineDownload() override { }
    void cancelSync(const QString &) override { }
    void pauseJournalReplay() override { }

private:
    cache::Cache *m_cache;
};

// Shaped like a real mailbox: 2,000 senders, threads of up to 8 replies,
// subjects repeating within a thread.
cache::MessageRecord makeRecord(quint32 uid)
{
    cache::MessageRecord record;
    record.uid = uid;
    record.flags = uid % 4 ? QStringList { QStringLiteral("\\Seen") } : QStringList();
    record.hasEnvelope = true;
    const quint32 thread = uid / 8;
    const quint32 level = uid % 8;
    record.internalDate = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(uid) * 300);
    record.date = record.internalDate.addSecs(-qint64((uid * 7919) % 3600));
    record.size = 2000 + (uid * 131) % 100000;
    record.subject
        = (level ? QStringLiteral("Re: ") : QString()) + QStringLiteral("Discussion about topic number %1").arg(thread);
    record.from = QStringLiteral("Person %1 <person%1@example.org>").arg((uid * 37) % 2000);
    record.fromAddress = QStringLiteral("person%1@example.org").arg((uid * 37) % 2000);
    record.to = QStringLiteral("Quire List <list@example.org>");
    record.messageId = "<" + QByteArray::number(uid) + ".msg@example.org>";
    for (quint32 ancestor = thread * 8; ancestor < uid; ++ancestor)
        record.references.append("<" + QByteArray::number(ancestor) + ".msg@example.org>");
    if (!record.references.isEmpty())
        record.inReplyTo = record.references.last();
    record.hasAttachments = uid % 7 == 0;
    return record;
}

struct Fixture {
    QTemporaryDir directory;
    std::unique_ptr<cache::SqliteCache> cache;
    std::unique_ptr<CacheOnlyEngine> engine;

    Fixture()
    {
        cache::SqliteCache::Options options;
        options.directory = directory.path();
        cache = std::move(cache::SqliteCache::open(options)).value();
        cache::MailboxRecord mailbox;
        mailbox.name = kMailbox;
        mailbox.rawName = kMailbox.toUtf8();
        mailbox.state.uidValidity = kUidValidity;
        (void)cache->upsertMailboxes({ mailbox });
        (void)cache->setMailboxState(kMailbox, mailbox.state);
        for (quint32 first = 1; first <= quint32(kMessages); first += 1000) {
            QList<cache::MessageRecord> batch;
            for (quint32 uid = first; uid < first + 1000; ++uid)
                batch.append(makeRecord(uid));
            (void)cache->upsertMessages(kMailbox, kUidValidity, batch);
        }
        engine = std::make_unique<CacheOnlyEngine>(cache.get());
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

// VmRSS, or RssAnon: the latter leaves out SQLite's memory-mapped database
// pages, which the kernel can drop at any time.
qint64 residentKiB(const QByteArray &field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

void BM_BuildList100k(benchmark::State &state)
{
    Fixture &data = fixture();
    for (auto _ : state) {
        quire::model::MessageListModel list;
        list.setMailbox(data.engine.get(), kMailbox);
        benchmark::DoNotOptimize(list.rowCount());
    }
}
BENCHMARK(BM_BuildList100k)->Unit(benchmark::kMillisecond);

// What the GUI's setMailbox costs the UI thread with asynchronous loading:
// the newest 200 rows, read with one LIMIT query.
void BM_OpenListFirstScreenful100k(benchmark::State &state)
{
    Fixture &data = fixture();
    for (auto _ : state) {
        state.PauseTiming();
        auto list = std::make_unique<quire::model::MessageListModel>();
        list->setAsyncLoading(true);
        state.ResumeTiming();
        list->setMailbox(data.engine.get(), kMailbox);
        benchmark::DoNotOptimize(list->rowCount());
        state.PauseTiming();
        list.reset(); // waits for the worker, whose result is dropped
        state.ResumeTiming();
    }
}
BENCHMARK(BM_OpenListFirstScreenful100k)->Unit(benchmark::kMillisecond);

// The same until the worker's complete rows are swapped in (wall time is the
// figure; the worker's CPU is not counted on this thread).
void BM_OpenListAsyncComplete100k(benchmark::State &state)
{
    Fixture &data = fixture();
    for (auto _ : state) {
        quire::model::MessageListModel list;
        list.setAsyncLoading(true);
        bool finished = false;
        QObject::connect(&list, &quire::model::MessageListModel::loadFinished, [&finished] { finished = true; });
        list.setMailbox(data.engine.get(), kMailbox);
        while (!finished)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        benchmark::DoNotOptimize(list.rowCount());
    }
}
BENCHMARK(BM_OpenListAsyncComplete100k)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SortList100k(benchmark::State &state)
{
    Fixture &data = fixture();
    quire::model::MessageListModel list;
    list.setMailbox(data.engine.get(), kMailbox);
    quire::model::MessageFilterModel filter;
    filter.setSourceModel(&list);
    const auto key = quire::model::MessageFilterModel::SortKey(state.range(0));
    for (auto _ : state) {
        filter.setSortKey(quire::model::MessageFilterModel::SortKey::Arrival);
        filter.setSortKey(key);
        benchmark::DoNotOptimize(filter.rowCount());
    }
}
BENCHMARK(BM_SortList100k)
    ->ArgName("key") // 1 = date, 3 = subject (MessageFilterModel::SortKey)
    ->Arg(int(quire::model::MessageFilterModel::SortKey::Date))
    ->Arg(int(quire::model::MessageFilterModel::SortKey::Subject))
    ->Unit(benchmark::kMillisecond);

void BM_Thread100k(benchmark::State &state)
{
    Fixture &data = fixture();
    quire::model::MessageListModel list;
    list.setMailbox(data.engine.get(), kMailbox);
    for (auto _ : state) {
        const auto result
            = quire::model::MessageThreader().thread(quire::model::MessageThreader::inputsFrom(list.rows()));
        benchmark::DoNotOptimize(result.roots.size());
    }
}
BENCHMARK(BM_Thread100k)->Unit(benchmark::kMillisecond);

void BM_ThreadedModel100k(benchmark::State &state)
{
    Fixture &data = fixture();
    quire::model::MessageListModel list;
    list.setMailbox(data.engine.get(), kMailbox);
    for (auto _ : state) {
        quire::model::ThreadedMessageModel threads;
        threads.setSourceModel(&list);
        benchmark::DoNotOptimize(threads.rowCount());
    }
}
BENCHMARK(BM_ThreadedModel100k)->Unit(benchmark::kMillisecond);

// RSS growth of keeping one 100k list open (rows plus interned strings).
void BM_MemoryPerRow(benchmark::State &state)
{
    Fixture &data = fixture();
    for (auto _ : state) {
        malloc_trim(0);
        const qint64 before = residentKiB();
        const qint64 anonymousBefore = residentKiB("RssAnon:");
        auto list = std::make_unique<quire::model::MessageListModel>();
        list->setMailbox(data.engine.get(), kMailbox);
        // The cache's QList<MessageRecord> is freed by now; hand its pages
        // back so RSS shows what the open list keeps.
        malloc_trim(0);
        const qint64 after = residentKiB();
        const qint64 anonymousAfter = residentKiB("RssAnon:");
        state.counters["rss_kib_before"] = double(before);
        state.counters["rss_kib_after"] = double(after);
        state.counters["bytes_per_row"] = double(after - before) * 1024.0 / kMessages;
        state.counters["anon_bytes_per_row"] = double(anonymousAfter - anonymousBefore) * 1024.0 / kMessages;
        state.counters["struct_bytes"] = double(sizeof(quire::model::MessageRow));
        // Where the bytes are: Message-ID/References arena and pooled strings.
        state.counters["id_bytes_per_row"] = double(list->rows().idBytesUsed()) / kMessages;
        state.counters["pooled_strings"] = double(list->rows().stringPoolSize());
    }
}
BENCHMARK(BM_MemoryPerRow)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    fixture();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
