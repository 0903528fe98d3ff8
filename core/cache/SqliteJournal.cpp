// SqliteCache: the journal of user changes the server has not confirmed.
// Kinds and states are stored by name, so reordering the enums can never
// reinterpret an entry written by an older build.

#include "core/cache/SqlSupport.h"
#include "core/cache/SqliteCache.h"

#include <QSqlQuery>

#include <array>
#include <utility>

namespace quire::cache {

namespace {

using Kind = JournalEntry::Kind;
using State = JournalEntry::State;

constexpr std::array kindNames = {
    std::pair { Kind::AddFlags, "add-flags" },
    std::pair { Kind::RemoveFlags, "remove-flags" },
    std::pair { Kind::Copy, "copy" },
    std::pair { Kind::Move, "move" },
    std::pair { Kind::Delete, "delete" },
    std::pair { Kind::Expunge, "expunge" },
    std::pair { Kind::Append, "append" },
    std::pair { Kind::CreateMailbox, "create-mailbox" },
    std::pair { Kind::RenameMailbox, "rename-mailbox" },
    std::pair { Kind::DeleteMailbox, "delete-mailbox" },
    std::pair { Kind::Subscribe, "subscribe" },
    std::pair { Kind::Unsubscribe, "unsubscribe" },
};

constexpr std::array stateNames = {
    std::pair { State::Pending, "pending" },
    std::pair { State::InFlight, "in-flight" },
    std::pair { State::Done, "done" },
    std::pair { State::Failed, "failed" },
};

template<typename Enum, size_t N> QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text)
{
    for (const auto &[candidate, name] : names) {
        if (text == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

// WAL with synchronous=NORMAL survives an application crash but may lose the
// last commits on power loss. A journal entry is a promise to the user, so
// its commit is synced to disk; the rest of the cache can be refetched.
// Inside a transaction (Cache::atomically) the outer scope decides: the
// commit that counts is the outer one.
class FullSyncScope
{
public:
    explicit FullSyncScope(QSqlDatabase db)
        : m_db(std::move(db))
        , m_active(!sql::inTransaction(m_db))
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    ~FullSyncScope()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    FullSyncScope(const FullSyncScope &) = delete;
    FullSyncScope &operator=(const FullSyncScope &) = delete;

private:
    QSqlDatabase m_db;
    bool m_active;
};

const QString journalColumns = QStringLiteral(
    "id, kind, mailbox, uidvalidity, uids, flags, target_mailbox, file_path, created, attempts, state, last_error");

} // namespace

Result<qint64> SqliteCache::appendJournal(const JournalEntry &entry)
{
    QSqlDatabase db = database();
    FullSyncScope fullSync(db);
    QSqlQuery insert(db);
    if (auto prepared = sql::prepare(insert,
            QStringLiteral("INSERT INTO journal (kind, mailbox, uidvalidity, uids, flags,"
                           " target_mailbox, file_path, created, attempts, state, last_error)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            CacheError::WriteFailed);
        !prepared)
        return prepared.error();
    insert.bindValue(0, nameOf(kindNames, entry.kind));
    insert.bindValue(1, sql::text(entry.mailbox));
    insert.bindValue(2, entry.uidValidity);
    insert.bindValue(3, sql::text(sql::encodeUids(entry.uids)));
    insert.bindValue(4, sql::text(sql::joinFlags(entry.flags)));
    insert.bindValue(5, sql::text(entry.targetMailbox));
    insert.bindValue(6, sql::text(entry.filePath));
    insert.bindValue(7, sql::toMillis(entry.created.isValid() ? entry.created : m_options.now()));
    insert.bindValue(8, entry.attempts);
    insert.bindValue(9, nameOf(stateNames, entry.state));
    insert.bindValue(10, sql::text(entry.lastError));
    // A single statement outside BEGIN is its own transaction: committed here.
    if (auto done = sql::run(insert, CacheError::WriteFailed, "append journal entry"); !done)
        return done.error();
    return insert.lastInsertId().toLongLong();
}

Result<void> SqliteCache::atomically(const std::function<Result<void>()> &work)
{
    FullSyncScope fullSync(database());
    return inOneTransaction(work);
}

Result<QList<JournalEntry>> SqliteCache::pendingJournal()
{
    return readJournal(true);
}

Result<QList<JournalEntry>> SqliteCache::journal()
{
    return readJournal(false);
}

Result<QList<JournalEntry>> SqliteCache::readJournal(bool pendingOnly)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    const QString filter = pendingOnly ? QStringLiteral(" WHERE state IN (?, ?)") : QString();
    if (auto prepared = sql::prepare(query,
            QStringLiteral("SELECT ") + journalColumns + QStringLiteral(" FROM journal") + filter
                + QStringLiteral(" ORDER BY id"));
        !prepared)
        return prepared.error();
    if (pendingOnly) {
        query.bindValue(0, nameOf(stateNames, State::Pending));
        query.bindValue(1, nameOf(stateNames, State::InFlight));
    }
    if (auto done = sql::run(query, CacheError::ReadFailed, "read journal"); !done)
        return done.error();
    QList<JournalEntry> entries;
    while (query.next()) {
        const auto kind = valueOf(kindNames, query.value(1).toString());
        const auto state = valueOf(stateNames, query.value(10).toString());
        if (!kind || !state)
            return Error { CacheError::Corrupt,
                QStringLiteral("journal entry %1 has an unknown kind or state").arg(query.value(0).toLongLong()) };
        JournalEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.kind = *kind;
        entry.mailbox = query.value(2).toString();
        entry.uidValidity = query.value(3).toUInt();
        entry.uids = sql::decodeUids(query.value(4).toString());
        entry.flags = sql::splitFlags(query.value(5).toString());
        entry.targetMailbox = query.value(6).toString();
        entry.filePath = query.value(7).toString();
        entry.created = sql::fromMillisUtc(query.value(8));
        entry.attempts = query.value(9).toInt();
        entry.state = *state;
        entry.lastError = query.value(11).toString();
        entries.append(std::move(entry));
    }
    return entries;
}

Result<void> SqliteCache::markJournal(qint64 id, JournalEntry::State state, const QString &error)
{
    QSqlDatabase db = database();
    FullSyncScope fullSync(db);
    QSqlQuery update(db);
    if (auto prepared = sql::prepare(update,
            QStringLiteral("UPDATE journal SET state = ?, last_error = ?,"
                           " attempts = attempts + ? WHERE id = ?"),
            CacheError::WriteFailed);
        !prepared)
        return prepared;
    update.bindValue(0, nameOf(stateNames, state));
    update.bindValue(1, sql::text(error));
    update.bindValue(2, state == State::InFlight ? 1 : 0);
    update.bindValue(3, id);
    if (auto done = sql::run(update, CacheError::WriteFailed, "mark journal entry"); !done)
        return done;
    if (update.numRowsAffected() == 0)
        return Error { CacheError::InvalidArgument, QStringLiteral("no journal entry %1").arg(id) };
    return {};
}

Result<void> SqliteCache::removeJournal(qint64 id)
{
    QSqlDatabase db = database();
    FullSyncScope fullSync(db);
    QSqlQuery remove(db);
    if (auto prepared
        = sql::prepare(remove, QStringLiteral("DELETE FROM journal WHERE id = ?"), CacheError::WriteFailed);
        !prepared)
        return prepared;
    remove.bindValue(0, id);
    return sql::run(remove, CacheError::WriteFailed, "remove journal entry");
}

} // namespace quire::cache
