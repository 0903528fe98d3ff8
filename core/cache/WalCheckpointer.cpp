#include "core/cache/WalCheckpointer.h"

#include "core/cache/ThreadPriority.h"

#include <QLoggingCategory>
#include <QThread>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcWalCheckpoint, "quire.cache.checkpoint")

namespace quire::cache {

WalCheckpointer::WalCheckpointer(QString databasePath, int pages, int workerNice)
    : m_databasePath(std::move(databasePath))
    , m_pages(qMax(1, pages))
    , m_workerNice(workerNice)
{
    m_pool.setMaxThreadCount(1);
}

WalCheckpointer::~WalCheckpointer()
{
    m_pool.waitForDone();
}

void WalCheckpointer::attach(sqlite3 *db)
{
    // Also turns SQLite's automatic checkpoint off: it is a WAL hook too.
    sqlite3_wal_hook(db, &WalCheckpointer::onCommit, this);
}

void WalCheckpointer::detach(sqlite3 *db)
{
    sqlite3_wal_autocheckpoint(db, m_pages);
}

int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (pages >= checkpointer->m_pages)
        checkpointer->start();
    return SQLITE_OK;
}

void WalCheckpointer::start()
{
    if (!m_running.exchange(true))
        m_pool.start([this] { checkpoint(); });
}

void WalCheckpointer::checkpoint()
{
    // The pool's thread is a new one after an idle one expired: each is
    // lowered once, and named so.
    QThread *thread = QThread::currentThread();
    if (thread->objectName() != QLatin1String("quire-checkpoint")) {
        thread->setObjectName(QStringLiteral("quire-checkpoint"));
        lowerCurrentThreadPriority(m_workerNice);
    }
    sqlite3 *db = nullptr;
    const QByteArray path = m_databasePath.toUtf8();
    int rc = sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    // A connection that has read nothing yet does not know the database is
    // in WAL mode: its checkpoint returns OK having copied nothing.
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) {
        int logFrames = 0;
        int copiedFrames = 0;
        rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copiedFrames);
        if (rc == SQLITE_OK && logFrames < 0)
            qCWarning(lcWalCheckpoint) << "checkpoint found no write-ahead log";
    }
    // A busy checkpoint (another one, or a reader on old frames) is retried
    // by a later commit; anything else is worth a line in the log.
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        qCWarning(lcWalCheckpoint) << "checkpoint failed:" << (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    m_done.fetch_add(1);
    m_running.store(false);
}

} // namespace quire::cache
