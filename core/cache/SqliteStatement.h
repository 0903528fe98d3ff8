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

#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

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
    void bindUtf8(int index, const QByteArray &utf8); // text already in UTF-8
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
    // Bound text and blobs, kept until reset() so that SQLite can use them
    // in place (SQLITE_STATIC) instead of copying each value: a cold sync
    // binds a dozen per message.
    QByteArray &keep(QByteArray value);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
    std::vector<QByteArray> m_bound;
};

// Statements prepared once per connection and used again: preparing one
// costs more than running the small lookups and upserts that storing a body
// makes per message. Each use ends with a reset, so that no finished SELECT
// keeps a read transaction (and the WAL) open. Clear it before the
// connection closes.
class StatementCache
{
public:
    class Use
    {
    public:
        explicit Use(Statement *statement)
            : m_statement(statement)
        {
        }
        ~Use() { m_statement->reset(); }
        Use(const Use &) = delete;
        Use &operator=(const Use &) = delete;
        Statement *operator->() const { return m_statement; }
        Statement &operator*() const { return *m_statement; }

    private:
        Statement *m_statement;
    };

    explicit StatementCache(sqlite3 *db)
        : m_db(db)
    {
    }
    // `sql` is kept as the key, so it must outlive the cache: a string
    // literal. A statement that fails to prepare is not kept; the returned
    // one then says why (isValid(), error()).
    Use get(const char *sql);
    void clear();

private:
    sqlite3 *m_db;
    std::unordered_map<std::string_view, std::unique_ptr<Statement>> m_statements;
    std::unique_ptr<Statement> m_lastInvalid;
};

} // namespace quire::cache::sql
