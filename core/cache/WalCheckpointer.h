#pragma once

// Checkpoints a WAL-mode database on a worker thread through a connection of
// its own. SQLite's automatic checkpoint runs inside the commit that crosses
// its threshold, on the thread that writes: for the GUI that is the UI
// thread, which then copies the WAL's pages into the database and fsyncs it.
// During a sync or an offline download under disk load that stalled the
// window for 100-400 ms at a time. attach() turns the automatic checkpoint
// off for the writing connection and starts a PASSIVE checkpoint here
// instead; PASSIVE never waits for readers or writers, so commits go on
// meanwhile.

#include <QString>
#include <QThreadPool>

#include <atomic>

struct sqlite3;

namespace quire::cache {

class WalCheckpointer
{
public:
    // pages: the WAL size (in pages) from which a commit starts a
    // checkpoint, as SQLite's own wal_autocheckpoint (1000 by default).
    // workerNice: added to the worker thread's nice value (ThreadPriority.h).
    WalCheckpointer(QString databasePath, int pages, int workerNice = 0);
    // Waits for a checkpoint still running.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Replaces the automatic checkpoint of db (its WAL hook) with this.
    void attach(sqlite3 *db);
    // Gives db its automatic checkpoint back (before this is destroyed).
    void detach(sqlite3 *db);
    // Starts a checkpoint now, unless one is running (the engine when idle).
    void start();
    // For statistics and tests.
    int checkpointsDone() const { return m_done.load(); }
    void waitForDone() { m_pool.waitForDone(); }

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int pages);
    void checkpoint();

    QString m_databasePath;
    int m_pages;
    int m_workerNice;
    std::atomic<bool> m_running { false };
    std::atomic<int> m_done { 0 };
    QThreadPool m_pool; // one thread
};

} // namespace quire::cache
