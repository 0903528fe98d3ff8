#pragma once

// The SQLite implementation of Cache: one database file per account, in WAL
// mode, with large parts stored as files next to it. The methods are spread
// over one source file per table (SqliteMailboxes.cpp, SqliteMessages.cpp,
// SqliteParts.cpp, SqliteEviction.cpp, SqliteJournal.cpp, SqliteSearch.cpp);
// the schema and its migrations live in SqliteSchema.cpp.

#include "core/cache/Cache.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace quire::cache {

class BackgroundWriter;
class WalCheckpointer;
namespace sql {
class StatementCache;
}

class SqliteCache final : public Cache
{
public:
    struct Options {
        QString directory; // created 0700 if missing; holds cache.sqlite and parts/
        QString fileName = QStringLiteral("cache.sqlite");
        qint64 sizeLimit = qint64(1) << 30; // bytes of parts; 0 means no limit
        // Parts smaller than this live in the database, larger ones in files.
        qint64 inlinePartLimit = 64 * 1024;
        // The clock for part access times; tests replace it.
        std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
        // The WAL size in pages from which a commit starts a checkpoint on
        // a worker thread (WalCheckpointer.h), never on the writing one.
        int walCheckpointPages = 8192; // kWalAutoCheckpointPages
        // Added to the nice value of the cache's own threads (the writer and
        // the checkpointer): the GUI gives them 5, so that the UI thread
        // wins a core they both want (ThreadPriority.h).
        int workerNice = 0;
    };

    static Result<std::unique_ptr<SqliteCache>> open(Options options);
    ~SqliteCache() override;

    QString databasePath() const;
    QString partsDirectory() const;
    static int currentSchemaVersion();
    // Write-ahead log pages (4 KB) after which a commit starts a checkpoint
    // (on a worker thread, WalCheckpointer.h).
    static constexpr int kWalAutoCheckpointPages = 8192;
    // Checkpoints the worker finished so far (statistics and tests).
    int walCheckpoints() const;

    Result<void> upsertMailboxes(const QList<MailboxRecord> &mailboxes) override;
    Result<QList<MailboxRecord>> mailboxes() override;
    Result<std::optional<MailboxRecord>> mailbox(const QString &name) override;
    Result<void> setMailboxState(const QString &name, const MailboxSyncState &state) override;
    Result<void> renameMailbox(const QString &from, const QString &to, const QByteArray &toRawName) override;
    Result<void> removeMailbox(const QString &name) override;

    Result<void> upsertMessages(
        const QString &mailbox, quint32 uidValidity, const QList<MessageRecord> &messages) override;
    Result<int> updateFlags(const QString &mailbox, quint32 uidValidity, const QList<FlagUpdate> &updates) override;
    Result<int> removeMessages(const QString &mailbox, quint32 uidValidity, const QList<quint32> &uids) override;
    Result<void> clearMailbox(const QString &mailbox) override;
    Result<QList<MessageRecord>> messages(
        const QString &mailbox, quint32 uidValidity, MessageColumns columns = MessageColumns::Full) override;
    Result<void> visitMessageListRows(
        const QString &mailbox, quint32 uidValidity, const std::function<void(const MessageListRow &)> &visit) override;
    Result<void> visitMessageListRowsBetween(const QString &mailbox, quint32 uidValidity, quint32 firstUid,
        quint32 lastUid, const std::function<void(const MessageListRow &)> &visit) override;
    Result<void> visitNewestMessageListRows(const QString &mailbox, quint32 uidValidity, int count,
        const std::function<void(const MessageListRow &)> &visit) override;
    // Opens its own read-only connection per call (SqliteListReader.cpp).
    MessageListReader messageListReader() const override;
    Result<QList<quint32>> uids(const QString &mailbox, quint32 uidValidity) override;
    Result<qsizetype> messageCount(const QString &mailbox, quint32 uidValidity) override;
    Result<quint32> unseenCount(const QString &mailbox, quint32 uidValidity) override;
    Result<QList<quint32>> uidsWithoutEnvelope(const QString &mailbox, quint32 uidValidity) override;
    Result<std::optional<MessageRecord>> message(const QString &mailbox, quint32 uidValidity, quint32 uid) override;
    Result<QList<MessageRecord>> messagesWithUids(const QString &mailbox, quint32 uidValidity,
        const QList<quint32> &uids, MessageColumns columns = MessageColumns::Full) override;

    Result<void> storePart(const PartRecord &part) override;
    Result<std::optional<PartRecord>> part(
        const QString &mailbox, quint32 uidValidity, quint32 uid, const QByteArray &partId) override;
    Result<bool> hasPart(const QString &mailbox, quint32 uidValidity, quint32 uid, const QByteArray &partId) override;
    Result<QSet<quint32>> uidsWithPart(const QString &mailbox, quint32 uidValidity, const QByteArray &partId) override;

    Result<void> setBodyText(const QString &mailbox, quint32 uidValidity, quint32 uid, const QString &text) override;
    Result<QList<SearchHit>> search(const QString &mailbox, const QString &query) override;
    Result<int> updateSearchIndex() override;

    void setSizeLimit(qint64 bytes) override;
    qint64 sizeLimit() const override;
    Result<qint64> partsSize() override;
    Result<qint64> evict() override;
    Result<void> checkpoint() override;
    // Until a checkpoint started on the worker thread is done (tests).
    void waitForCheckpoint();
    // A second SqliteCache on the same file, opened on the writer's thread.
    BackgroundWriter *backgroundWriter() override;
    Result<void> inOneTransaction(const std::function<Result<void>()> &work) override;

    Result<qint64> appendJournal(const JournalEntry &entry) override;
    Result<void> atomically(const std::function<Result<void>()> &work) override;
    Result<QList<JournalEntry>> pendingJournal() override;
    Result<QList<JournalEntry>> journal() override;
    Result<void> markJournal(qint64 id, JournalEntry::State state, const QString &error = {}) override;
    Result<void> removeJournal(qint64 id) override;

private:
    // UIDs by a query binding (mailbox id, UIDVALIDITY) and returning uid.
    Result<QList<quint32>> readUids(const QString &mailbox, quint32 uidValidity, const char *query, const char *what);
    Result<qint64> countRows(const QString &mailbox, quint32 uidValidity, const char *query, const char *what);
    SqliteCache(Options options, QString connectionName);

    Result<void> openDatabase();
    Result<void> applyConnectionSettings();
    Result<void> registerSearchFunctions();
    Result<void> securePermissions();

    // Row ids. A missing mailbox is an error (NoSuchMailbox); a missing message
    // is an empty optional, since callers often just skip it.
    Result<qint64> mailboxId(const QString &name);
    Result<std::optional<qint64>> messageRowId(const QString &mailbox, quint32 uidValidity, quint32 uid);

    Result<QList<JournalEntry>> readJournal(bool pendingOnly);
    Result<qint64> evictDownTo(qint64 targetBytes);
    // Part files whose rows were deleted are queued by a trigger; this removes
    // them once the deleting transaction committed (and again at open, after a
    // crash). Inside a transaction it waits for the outermost one to commit:
    // a rollback would bring the rows back without their files.
    void removeDeletedPartFiles();
    QString partFilePath(const QString &fileName) const;

    QSqlDatabase database() const;

    Options m_options;
    QString m_connectionName;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<BackgroundWriter> m_writer;
    // The lookups and upserts made per message (SqliteStatement.h).
    std::unique_ptr<sql::StatementCache> m_statements;
};

} // namespace quire::cache
