// MessageListModel: reading the cached rows of the mailbox, at once or, for
// the GUI, the newest at once and the rest on a worker thread.

#include "core/cache/Cache.h"
#include "core/cache/ThreadPriority.h"
#include "core/model/MessageListModel.h"

#include <memory>

namespace quire::model {

// Called between beginResetModel and endResetModel.
void MessageListModel::load()
{
    // A load still running is stale from here on.
    m_sharedGeneration->store(++m_loadGeneration);
    m_loading = false;
    m_changesDuringLoad.clear();
    m_envelopeStep.reset(); // its rows are of the old load
    m_envelopeStepTimer.stop();
    m_rows.clear();
    m_uidValidity = 0;
    if (!m_engine || m_mailbox.isEmpty())
        return;
    m_uidValidity = m_engine->uidValidity(m_mailbox);
    if (!m_uidValidity)
        return;
    cache::Cache *cache = m_engine->cache();
    cache::Cache::MessageListReader reader;
    if (m_asyncLoading)
        reader = m_listReader ? m_listReader : cache->messageListReader();
    if (!reader) {
        readAllRows();
        return;
    }
    // Fewer rows than asked for: that was the whole mailbox.
    if (!readFirstScreenful(cache) || m_rows.size() < m_firstScreenfulRows)
        return;

    m_loading = true;
    m_loadingFloor = m_rows.at(0).uid;
    m_loadPool.start([this, reader = std::move(reader), generation = m_loadGeneration, mailbox = m_mailbox,
                         uidValidity = m_uidValidity, current = m_sharedGeneration, nice = m_loadThreadNice] {
        // Once per thread: the pool keeps its thread between loads. In a warm
        // open of a 100k folder this thread, the server and the X server
        // shared two cores with the UI thread, which waited 50 ms for one.
        thread_local int lowered = 0;
        if (nice > lowered) {
            cache::lowerCurrentThreadPriority(nice - lowered);
            lowered = nice;
        }
        // MessageRows is plain data: built here, moved to the model's thread.
        auto rows = std::make_shared<MessageRows>();
        const cache::Result<void> read
            = reader(mailbox, uidValidity, [&rows, &current, generation](const cache::MessageListRow &listRow) {
                  if (current->load(std::memory_order_relaxed) == generation)
                      rows->rows().push_back(rows->makeRow(listRow));
              });
        if (current->load() != generation)
            return; // finishLoad would drop it anyway
        rows->squeeze();
        QMetaObject::invokeMethod(
            this, [this, generation, rows, read] { finishLoad(generation, std::move(*rows), read); },
            Qt::QueuedConnection);
    });
}

void MessageListModel::readAllRows()
{
    // Rows are built as the cache reads them: no list of MessageRecords (a
    // QString, QDateTime and QStringList each) lives alongside the rows, and
    // the heap is not left fragmented by one.
    auto visited = m_engine->cache()->visitMessageListRows(m_mailbox, m_uidValidity,
        [this](const cache::MessageListRow &listRow) { m_rows.rows().push_back(m_rows.makeRow(listRow)); });
    m_rows.squeeze();
    if (!visited)
        Q_EMIT cacheError(visited.error().detail);
}

bool MessageListModel::readFirstScreenful(cache::Cache *cache)
{
    m_rows.reserve(m_firstScreenfulRows);
    auto visited = cache->visitNewestMessageListRows(m_mailbox, m_uidValidity, m_firstScreenfulRows,
        [this](const cache::MessageListRow &listRow) { m_rows.rows().push_back(m_rows.makeRow(listRow)); });
    if (!visited)
        Q_EMIT cacheError(visited.error().detail);
    return visited.ok();
}

void MessageListModel::finishLoad(quint64 generation, MessageRows &&rows, const cache::Result<void> &read)
{
    if (generation != m_loadGeneration)
        return; // another mailbox, or a reset, since this load started
    m_loading = false;
    const QList<std::function<void()>> changes = std::exchange(m_changesDuringLoad, {});
    if (!read) {
        // The first screenful stays, with the changes already applied to it.
        Q_EMIT cacheError(read.error().detail);
        Q_EMIT loadFinished();
        return;
    }
    Q_EMIT loadAboutToSwap();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    // The worker's snapshot may predate these; each is safe to apply twice.
    for (const std::function<void()> &change : changes)
        change();
    Q_EMIT loadFinished();
}

} // namespace quire::model
