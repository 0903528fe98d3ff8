#include "core/cache/SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace quire::cache::sql {

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (m_db && sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Error Statement::error(CacheError code, const char *what) const
{
    if (!m_db)
        return Error { code, QStringLiteral("%1: not a SQLite connection").arg(QLatin1String(what)) };
    const int primary = sqlite3_errcode(m_db) & 0xff;
    const CacheError effective = primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? CacheError::Corrupt : code;
    return Error { effective,
        QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db))) };
}

void Statement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

QByteArray &Statement::keep(QByteArray value)
{
    return m_bound.emplace_back(std::move(value));
}

void Statement::bindText(int index, const QString &value)
{
    bindUtf8(index, value.toUtf8());
}

void Statement::bindUtf8(int index, const QByteArray &utf8)
{
    const QByteArray &kept = keep(utf8);
    sqlite3_bind_text(m_statement, index, kept.constData() ? kept.constData() : "", int(kept.size()), SQLITE_STATIC);
}

void Statement::bindBytes(int index, const QByteArray &value)
{
    // A shared copy: the caller's array may be a temporary.
    const QByteArray &kept = keep(value);
    sqlite3_bind_blob(m_statement, index, kept.constData() ? kept.constData() : "", int(kept.size()), SQLITE_STATIC);
}

void Statement::bindBlobOrNull(int index, const QByteArray &value)
{
    if (value.isNull())
        bindNull(index);
    else
        bindBytes(index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool Statement::step()
{
    const int result = sqlite3_step(m_statement);
    m_failed = result != SQLITE_ROW && result != SQLITE_DONE;
    return result == SQLITE_ROW;
}

int Statement::changes() const
{
    return m_statement ? sqlite3_changes(sqlite3_db_handle(m_statement)) : 0;
}

void Statement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bound.clear();
    m_failed = false;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView Statement::view(int column) const
{
    // sqlite3_column_blob before sqlite3_column_bytes, as SQLite asks: the
    // pointer stays valid and no UTF-16 conversion happens.
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

StatementCache::Use StatementCache::get(const char *sql)
{
    const std::string_view key(sql);
    if (auto found = m_statements.find(key); found != m_statements.end())
        return Use(found->second.get());
    auto statement = std::make_unique<Statement>(m_db, sql);
    if (!statement->isValid()) {
        m_lastInvalid = std::move(statement);
        return Use(m_lastInvalid.get());
    }
    return Use(m_statements.emplace(key, std::move(statement)).first->second.get());
}

void StatementCache::clear()
{
    m_statements.clear();
    m_lastInvalid.reset();
}

} // namespace quire::cache::sql
