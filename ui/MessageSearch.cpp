#include "ui/MessageSearch.h"

#include "core/cache/BackgroundWriter.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/sync/AccountEngine.h"
#include "ui/EngineRequestWatch.h"

#include <QTimer>

#include <algorithm>

namespace quire::ui {

namespace {

// The cache's search takes quoted phrases; a criterion's text is one.
QString phrase(const QString &text)
{
    QString quoted = text;
    quoted.remove(QLatin1Char('"'));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

MessageSearch::~MessageSearch()
{
    cancel();
}

void MessageSearch::cancel()
{
    ++m_generation;
    m_running = false;
    m_pending = 0;
    for (EngineRequestWatch *watch : std::as_const(m_watches)) {
        watch->finish();
        watch->deleteLater();
    }
    m_watches.clear();
}

void MessageSearch::start(sync::AccountEngine *engine, const QStringList &mailboxes, const model::SearchQuery &query)
{
    cancel();
    m_query = query;
    m_quickText.clear();
    m_keys = query.toSearchKeys();
    begin(engine, mailboxes);
}

void MessageSearch::startQuick(sync::AccountEngine *engine, const QString &mailbox, const QString &text)
{
    cancel();
    m_query = {};
    m_quickText = text;
    m_keys = model::quickSearchKeys(text);
    begin(engine, { mailbox });
}

void MessageSearch::begin(sync::AccountEngine *engine, const QStringList &mailboxes)
{
    m_engine = engine;
    m_outcome = {};
    m_running = true;
    const quint64 generation = m_generation;
    if (!engine || mailboxes.isEmpty()) {
        m_pending = 1;
        QTimer::singleShot(0, this, [this, generation] { mailboxDone(generation); });
        return;
    }
    const bool online = engine->connectionState() == sync::ConnectionState::Online;
    m_outcome.source = online ? Source::Server : Source::Cache;
    m_pending = int(mailboxes.size());
    for (const QString &mailbox : mailboxes) {
        if (online) {
            searchOnServer(mailbox, generation);
        } else {
            searchCache(mailbox, generation);
        }
    }
}

void MessageSearch::searchOnServer(const QString &mailbox, quint64 generation)
{
    QPointer<MessageSearch> self(this);
    auto lost = [self, mailbox, generation](const QString &why) {
        if (!self || generation != self->m_generation)
            return;
        self->m_outcome.failures.append(tr("%1: %2").arg(mailbox, why));
        self->mailboxDone(generation);
    };
    auto *watch = new EngineRequestWatch(m_engine, mailbox, lost, this);
    m_watches.append(watch);

    auto *task = new imap::SearchTask(m_keys);
    m_engine->runInMailbox(mailbox, task, [self, watch = QPointer(watch), mailbox, generation](imap::Task *done) {
        if (!self || !watch || watch->isFinished() || generation != self->m_generation)
            return;
        watch->finish();
        auto *search = static_cast<imap::SearchTask *>(done);
        if (search->outcome() == imap::Task::Outcome::Succeeded) {
            QList<quint32> uids = search->uids();
            std::sort(uids.begin(), uids.end());
            self->m_outcome.hits += int(uids.size());
            self->m_outcome.asciiFallback = self->m_outcome.asciiFallback || search->usedAsciiFallback();
            Q_EMIT self->found(mailbox, uids);
        } else {
            const QString why = search->error() && !search->error()->serverText.isEmpty()
                ? QString::fromUtf8(search->error()->serverText)
                : tr("the server refused the search");
            self->m_outcome.failures.append(tr("%1: %2").arg(mailbox, why));
        }
        self->mailboxDone(generation);
    });
}

// The matching UIDs of one mailbox in the cache: the quick filter's words, or
// the advanced query (its full-text terms through the index, the rest over
// the cached rows).
namespace {

cache::Result<QList<quint32>> searchCachedMailbox(cache::Cache &cache, const QString &mailbox, quint32 uidValidity,
    const QString &quickText, const model::SearchQuery &query)
{
    const auto hitUids = [&](const QString &text) -> cache::Result<QSet<quint32>> {
        auto hits = cache.search(mailbox, text);
        if (!hits)
            return hits.error();
        QSet<quint32> out;
        for (const cache::SearchHit &hit : hits.value()) {
            if (hit.uidValidity == uidValidity)
                out.insert(hit.uid);
        }
        return out;
    };
    QList<quint32> uids;
    if (!quickText.isEmpty()) {
        const auto found = hitUids(quickText);
        if (!found)
            return found.error();
        uids = QList<quint32>(found->begin(), found->end());
    } else {
        QList<QSet<quint32>> bodyMatches;
        for (const QString &term : query.fullTextTerms()) {
            auto found = hitUids(phrase(term));
            if (!found)
                return found.error();
            bodyMatches.append(std::move(found.value()));
        }
        auto rows = cache.messages(mailbox, uidValidity, cache::MessageColumns::Summary);
        if (!rows)
            return rows.error();
        for (const cache::MessageRecord &row : rows.value()) {
            if (query.matchesCached(row, bodyMatches))
                uids.append(row.uid);
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

} // namespace

// On the cache's writer thread when it has one: the first search after a
// sync brings the full-text index up to date, seconds for a large folder,
// and the advanced query reads every cached row.
void MessageSearch::searchCache(const QString &mailbox, quint64 generation)
{
    cache::Cache *cache = m_engine->cache();
    const quint32 uidValidity = m_engine->uidValidity(mailbox);
    auto search = [mailbox, uidValidity, quickText = m_quickText, query = m_query](cache::Cache &cache) {
        return searchCachedMailbox(cache, mailbox, uidValidity, quickText, query);
    };
    auto searched = [this, mailbox, generation](const cache::Result<QList<quint32>> &uids) {
        if (generation != m_generation)
            return;
        cacheSearched(mailbox, uids);
        mailboxDone(generation);
    };
    if (cache::BackgroundWriter *writer = cache->backgroundWriter()) {
        writer->postRead(std::move(search), this, std::move(searched));
        return;
    }
    // Queued like a server answer, so callers see the same order of events.
    QTimer::singleShot(0, this,
        [cache, search = std::move(search), searched = std::move(searched)]() mutable { searched(search(*cache)); });
}

void MessageSearch::cacheSearched(const QString &mailbox, const cache::Result<QList<quint32>> &uids)
{
    if (!uids) {
        m_outcome.failures.append(tr("%1: %2").arg(mailbox, uids.error().detail));
        return;
    }
    m_outcome.hits += int(uids->size());
    Q_EMIT found(mailbox, uids.value());
}

void MessageSearch::mailboxDone(quint64 generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    m_running = false;
    for (EngineRequestWatch *watch : std::as_const(m_watches))
        watch->deleteLater();
    m_watches.clear();
    Q_EMIT finished(m_outcome);
}

QString MessageSearch::describe(const Outcome &outcome)
{
    QString text = outcome.source == Source::Server
        ? tr("%n message(s) found on the server.", nullptr, outcome.hits)
        : tr("Offline: %n message(s) found in the local cache (only downloaded messages are searched).", nullptr,
            outcome.hits);
    if (outcome.asciiFallback)
        text += QLatin1Char(' ') + tr("The server cannot search non-English text; results may be incomplete.");
    if (!outcome.failures.isEmpty())
        text += QLatin1Char(' ') + tr("Not searched: %1").arg(outcome.failures.join(QStringLiteral("; ")));
    return text;
}

} // namespace quire::ui
