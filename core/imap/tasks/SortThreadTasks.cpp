#include "core/imap/tasks/SortThreadTasks.h"

#include "core/imap/session/Session.h"

#include <algorithm>

namespace quire::imap {

namespace {

QByteArray charsetName(bool utf8)
{
    return utf8 ? QByteArray("UTF-8") : QByteArray("US-ASCII");
}

} // namespace

SortTask::SortTask(QList<SortCriterion> criteria, QList<SearchKey> keys, QObject *parent)
    : CharsetSearchTask(std::move(keys), parent)
    , m_criteria(std::move(criteria))
{
}

QByteArray SortTask::missingCapability() const
{
    if (!session()->hasCapability("SORT"))
        return "SORT";
    const bool display = std::any_of(m_criteria.begin(), m_criteria.end(), [](const SortCriterion &criterion) {
        return criterion.key == SortCriterion::Key::DisplayFrom || criterion.key == SortCriterion::Key::DisplayTo;
    });
    if (display && !session()->hasCapability("SORT=DISPLAY"))
        return "SORT=DISPLAY";
    return {};
}

Command SortTask::command(bool utf8) const
{
    return Sort { true, m_criteria, charsetName(utf8), keys() };
}

void SortTask::clearResults()
{
    m_uids.clear();
    m_modSeq.reset();
}

bool SortTask::offerUntagged(const Response &response)
{
    const auto *sort = std::get_if<SearchResponse>(&response);
    if (!sort || !sort->sort)
        return false;
    m_uids += sort->ids;
    if (sort->modSeq)
        m_modSeq = sort->modSeq;
    return true;
}

ThreadTask::ThreadTask(Thread::Algorithm algorithm, QList<SearchKey> keys, QObject *parent)
    : CharsetSearchTask(std::move(keys), parent)
    , m_algorithm(algorithm)
{
}

QByteArray ThreadTask::capabilityFor(Thread::Algorithm algorithm)
{
    return "THREAD=" + threadAlgorithmName(algorithm).toByteArray();
}

QByteArray ThreadTask::missingCapability() const
{
    const QByteArray needed = capabilityFor(m_algorithm);
    return session()->hasCapability(needed) ? QByteArray() : needed;
}

Command ThreadTask::command(bool utf8) const
{
    return Thread { true, m_algorithm, charsetName(utf8), keys() };
}

void ThreadTask::clearResults()
{
    m_threads.clear();
}

bool ThreadTask::offerUntagged(const Response &response)
{
    const auto *thread = std::get_if<ThreadResponse>(&response);
    if (!thread)
        return false;
    m_threads.insert(m_threads.end(), thread->threads.begin(), thread->threads.end());
    return true;
}

QHash<quint32, quint32> threadParents(const std::vector<ThreadNode> &threads)
{
    QHash<quint32, quint32> parents;
    // Depth first with an explicit stack: the reply's shape costs no recursion.
    std::vector<std::pair<const ThreadNode *, quint32>> pending;
    for (auto it = threads.rbegin(); it != threads.rend(); ++it)
        pending.emplace_back(&*it, 0);
    while (!pending.empty()) {
        auto [node, parent] = pending.back();
        pending.pop_back();
        for (quint32 id : node->chain) {
            if (id != 0 && !parents.contains(id))
                parents.insert(id, parent);
            parent = id;
        }
        for (auto it = node->branches.rbegin(); it != node->branches.rend(); ++it)
            pending.emplace_back(&*it, parent);
    }
    return parents;
}

} // namespace quire::imap
