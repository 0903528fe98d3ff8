#include "core/cache/SqliteCache.h"

#include "core/cache/BackgroundWriter.h"
#include "core/cache/FilePermissions.h"
#include "core/cache/SqlSupport.h"
#include "core/cache/SqliteSchema.h"
#include "core/cache/SqliteStatement.h"
#include "core/cache/ThreadPriority.h"
#include "core/cache/WalCheckpointer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace quire::cache {

QString toString(CacheError code)
{
    switch (code) {
    case CacheError::OpenFailed:
        return QStringLiteral("open failed");
    case CacheError::Corrupt:
        return QStringLiteral("corrupt");
    case CacheError::TooNew:
        return QStringLiteral("schema too new");
    case CacheError::MigrationFailed:
        return QStringLiteral("migration failed");
    case CacheError::ReadFailed:
        return QStringLiteral("read failed");
    case CacheError::WriteFailed:
        return QStringLiteral("write failed");
    case CacheError::NoSuchMailbox:
        return QStringLiteral("no such mailbox");
    case CacheError::NoSuchMessage:
        return QStringLiteral("no such message");
    case CacheError::InvalidArgument:
        return QStringLiteral("invalid argument");
    }
    return QStringLiteral("unknown");
}

QString defaultCacheDirectory(const QString &accountId)
{
    QString safeId;
    for (const QChar c : accountId) {
        const bool plain
            = (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' || c == u'.' || c == u'@';
        safeId += plain ? QString(c) : QStringLiteral("%%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    if (safeId.isEmpty() || safeId == u"." || safeId == u"..")
        safeId = QStringLiteral("default");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache/") + safeId;
}

SqliteCache::SqliteCache(Options options, QString connectionName)
    : m_options(std::move(options))
    , m_connectionName(std::move(connectionName))
{
}

SqliteCache::~SqliteCache()
{
    m_writer.reset(); // finishes its queue first: those writes were promised
    if (m_statements)
        m_statements->clear(); // a connection with live statements does not close
    {
        QSqlDatabase db = database();
        if (m_checkpointer) {
            if (db.isOpen())
                m_checkpointer->detach(sql::nativeHandle(db));
            m_checkpointer.reset(); // waits for a checkpoint still running
        }
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqliteCache>> SqliteCache::open(Options options)
{
    if (options.directory.isEmpty())
        return Error { CacheError::InvalidArgument, QStringLiteral("no cache directory given") };
    const QString connectionName = QStringLiteral("quire-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<SqliteCache> cache(new SqliteCache(std::move(options), connectionName));
    if (auto opened = cache->openDatabase(); !opened)
        return opened.error();
    return cache;
}

Result<void> SqliteCache::openDatabase()
{
    if (auto made = makePrivateDirectory(m_options.directory); !made)
        return made;
    if (auto made = makePrivateDirectory(partsDirectory()); !made)
        return made;
    // Create the file ourselves so that it is private from its first byte;
    // SQLite then gives -wal and -shm the same mode.
    if (auto created = createPrivateFile(databasePath()); !created)
        return created;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return Error { CacheError::OpenFailed, QStringLiteral("the Qt SQLite driver (QSQLITE) is not available") };
    db.setDatabaseName(databasePath());
    // Another connection (the sync thread) may hold the write lock briefly.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sql::errorFrom(CacheError::OpenFailed, db.lastError(), "open");

    if (auto configured = applyConnectionSettings(); !configured)
        return configured;
    if (auto migrated = schema::migrate(db); !migrated)
        return migrated;
    m_statements = std::make_unique<sql::StatementCache>(sql::nativeHandle(db));
    if (auto secured = securePermissions(); !secured)
        return secured;
    removeDeletedPartFiles();
    return {};
}

Result<void> SqliteCache::applyConnectionSettings()
{
    QSqlDatabase db = database();
    QSqlQuery walQuery(db);
    // The first statement reads the header: a file that is not a database fails here.
    if (!walQuery.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !walQuery.next())
        return sql::errorFrom(CacheError::OpenFailed, walQuery, "enable WAL");
    if (walQuery.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return Error { CacheError::OpenFailed,
            QStringLiteral("journal mode is %1, not wal").arg(walQuery.value(0).toString()) };
    // NORMAL is safe against application crashes in WAL mode; the journal
    // switches to FULL around its own writes to survive power loss too.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -16384"),
        // SQLite's default (1,000 pages) made every reopen that wrote 1,000
        // scattered flag changes copy them into the database inside its
        // commit (20-70 ms of the sync). The engine checkpoints when idle
        // (checkpoint()); past this bound, for long runs that never are, a
        // commit starts one on a worker thread (the WalCheckpointer below
        // takes this hook over).
        QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(kWalAutoCheckpointPages),
    };
    for (const QString &pragma : pragmas) {
        if (auto done = sql::execDirect(db, pragma, CacheError::OpenFailed, "configure"); !done)
            return done;
    }
    m_checkpointer
        = std::make_unique<WalCheckpointer>(databasePath(), m_options.walCheckpointPages, m_options.workerNice);
    m_checkpointer->attach(sql::nativeHandle(db));
    return registerSearchFunctions();
}

Result<void> SqliteCache::checkpoint()
{
    // On the checkpointer's thread: copying the log and its fsync took
    // 100-400 ms of the UI thread each time the engine fell idle during an
    // offline download. PASSIVE never waits for readers or writers.
    if (m_checkpointer) {
        m_checkpointer->start();
        return {};
    }
    return sql::execDirect(
        database(), QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"), CacheError::WriteFailed, "checkpoint");
}

void SqliteCache::waitForCheckpoint()
{
    if (m_checkpointer)
        m_checkpointer->waitForDone();
}

BackgroundWriter *SqliteCache::backgroundWriter()
{
    if (!m_writer) {
        m_writer = std::make_unique<BackgroundWriter>([options = m_options]() -> Result<std::unique_ptr<Cache>> {
            lowerCurrentThreadPriority(options.workerNice);
            auto opened = SqliteCache::open(options);
            if (!opened)
                return opened.error();
            return std::unique_ptr<Cache>(std::move(opened).value());
        });
    }
    return m_writer.get();
}

int SqliteCache::walCheckpoints() const
{
    return m_checkpointer ? m_checkpointer->checkpointsDone() : 0;
}

Result<void> SqliteCache::securePermissions()
{
    // The WAL file exists once the migration wrote; the shm file as soon as
    // WAL mode is on. Either may be missing (another process checkpointed).
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QString path = databasePath() + suffix;
        if (QFileInfo::exists(path) && !setPrivateFilePermissions(path))
            return Error { CacheError::OpenFailed, QStringLiteral("cannot make %1 private").arg(path) };
    }
    return {};
}

QString SqliteCache::databasePath() const
{
    return QDir(m_options.directory).filePath(m_options.fileName);
}

QString SqliteCache::partsDirectory() const
{
    return QDir(m_options.directory).filePath(QStringLiteral("parts"));
}

QString SqliteCache::partFilePath(const QString &fileName) const
{
    return QDir(partsDirectory()).filePath(fileName);
}

int SqliteCache::currentSchemaVersion()
{
    return schema::latestVersion();
}

QSqlDatabase SqliteCache::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<qint64> SqliteCache::mailboxId(const QString &name)
{
    // Not cached in memory: another instance (the sync thread's) may rename or
    // remove mailboxes, and one indexed lookup per batch call costs nothing.
    auto query = m_statements->get("SELECT id FROM mailboxes WHERE name = ?");
    if (!query->isValid())
        return query->error(CacheError::ReadFailed, "prepare find mailbox");
    query->bindText(1, name);
    if (!query->step()) {
        if (query->failed())
            return query->error(CacheError::ReadFailed, "find mailbox");
        return Error { CacheError::NoSuchMailbox, name };
    }
    return query->int64(0);
}

Result<std::optional<qint64>> SqliteCache::messageRowId(const QString &mailbox, quint32 uidValidity, quint32 uid)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    auto query = m_statements->get("SELECT id FROM messages WHERE mailbox_id = ? AND uidvalidity = ? AND uid = ?");
    if (!query->isValid())
        return query->error(CacheError::ReadFailed, "prepare find message");
    query->bindInt(1, *boxId);
    query->bindInt(2, uidValidity);
    query->bindInt(3, uid);
    if (!query->step()) {
        if (query->failed())
            return query->error(CacheError::ReadFailed, "find message");
        return std::optional<qint64>();
    }
    return std::optional<qint64>(query->int64(0));
}

Result<void> SqliteCache::inOneTransaction(const std::function<Result<void>()> &work)
{
    QSqlDatabase db = database();
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    if (auto done = work(); !done)
        return done; // the transaction rolls back
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (!sql::inTransaction(db))
        removeDeletedPartFiles();
    return {};
}

void SqliteCache::removeDeletedPartFiles()
{
    QSqlDatabase db = database();
    if (sql::inTransaction(db))
        return;
    QStringList removed;
    {
        // After every stored part, so the common case (nothing queued) is one
        // cached statement.
        auto select = m_statements->get("SELECT file_name FROM deleted_part_files");
        while (select->step()) {
            const QString fileName = select->text(0);
            // A file already gone (removed before a crash) counts as removed.
            if (QFile::remove(partFilePath(fileName)) || !QFileInfo::exists(partFilePath(fileName)))
                removed.append(fileName);
        }
    }
    if (removed.isEmpty())
        return;
    sql::Transaction transaction(db);
    if (!transaction.begin())
        return;
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM deleted_part_files WHERE file_name = ?"));
    for (const QString &fileName : removed) {
        forget.bindValue(0, fileName);
        forget.exec();
    }
    // Failing here only leaves names queued; the next drain retries them.
    (void)transaction.commit();
}

} // namespace quire::cache
