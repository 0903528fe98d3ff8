#pragma once

// A thin RAII wrapper over sqlite3_stmt for the two hot paths (writing and
// reading a whole mailbox of messages). QSqlQuery turns every bound and read
// value into a QVariant and caches rows; at 100,000 rows that was 3-4 times
// slower than the C API, too slow for the list model's 300 ms budget. The
// connection is still the QSqlDatabase one (QSqlDriver::handle()), so
// transactions and settings are shared.

#include "core/cache/CacheResult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace quire::cache::sql {

// The sqlite3* behind a QSQLITE connection, or nullptr.
sqlite3 *nativeHandle(const QSqlDatabase &db);

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Whether prepare succeeded; error() says why not.
    bool isValid() const { return m_statement != nullptr; }
    Error error(CacheError code, const char *what) const;

    // Parameters count from 1, as in SQLite.
    void bindInt(int index, qint64 value);
    void bindText(int index, const QString &value); // null binds as ''
    void bindBytes(int index, const QByteArray &value); // null binds as an empty blob
    void bindBlobOrNull(int index, const QByteArray &value);
    void bindNull(int index);

    // True for a row, false when done; check failed() after false.
    bool step();
    bool failed() const { return m_failed; }
    void reset();
    // Rows the last step() of an INSERT, UPDATE or DELETE changed.
    int changes() const;

    // Columns count from 0.
    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    // The column's bytes (UTF-8 for text) without a copy; valid until the
    // next step() or reset().
    QByteArrayView view(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

} // namespace quire::cache::sql
