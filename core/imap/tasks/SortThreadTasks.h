#pragma once

// UID SORT and UID THREAD (RFC 5256) on the selected mailbox. Both need
// their extension, checked before anything is sent, and both name a charset
// (mandatory there): US-ASCII for ASCII keys, UTF-8 otherwise, with
// CharsetSearchTask's fallback on NO [BADCHARSET].

#include "core/imap/tasks/CharsetSearchTask.h"

#include <QHash>

namespace quire::imap {

// UID SORT. Needs SORT, and SORT=DISPLAY (RFC 5957) for DISPLAYFROM or
// DISPLAYTO. Result: the matching UIDs in the server's order.
class SortTask : public CharsetSearchTask
{
    Q_OBJECT
public:
    // No keys means ALL.
    explicit SortTask(QList<SortCriterion> criteria, QList<SearchKey> keys = {}, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;

    const QList<quint32> &uids() const { return m_uids; }
    // With CONDSTORE and a MODSEQ key, the highest mod-sequence of the result.
    std::optional<quint64> modSeq() const { return m_modSeq; }

protected:
    QByteArray missingCapability() const override;
    Command command(bool utf8) const override;
    void clearResults() override;

private:
    QList<SortCriterion> m_criteria;
    QList<quint32> m_uids;
    std::optional<quint64> m_modSeq;
};

// UID THREAD with one algorithm; needs THREAD=<algorithm>. Result: the
// threads, their chains and branches holding UIDs.
class ThreadTask : public CharsetSearchTask
{
    Q_OBJECT
public:
    // No keys means ALL.
    explicit ThreadTask(Thread::Algorithm algorithm, QList<SearchKey> keys = {}, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;

    const std::vector<ThreadNode> &threads() const { return m_threads; }

    static QByteArray capabilityFor(Thread::Algorithm algorithm);

protected:
    QByteArray missingCapability() const override;
    Command command(bool utf8) const override;
    void clearResults() override;

private:
    Thread::Algorithm m_algorithm;
    std::vector<ThreadNode> m_threads;
};

// Every number of the threads -> its parent's number, 0 for the first of a
// thread (or the children of a nameless parent). A number the reply repeats
// keeps its first place, so the result is always a forest.
QHash<quint32, quint32> threadParents(const std::vector<ThreadNode> &threads);

} // namespace quire::imap
