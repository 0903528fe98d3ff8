#pragma once

// Typed errors for the cache. Callers branch on CacheError; the detail string
// is for logs only (it carries SQLite's message), so it is never translated.

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace quire::cache {

enum class CacheError {
    OpenFailed, // the directory or the database file could not be created or opened
    Corrupt, // the file is not a database, or SQLite reports corruption
    TooNew, // written by a newer Quire: its schema version is above ours
    MigrationFailed, // a schema step failed; the database was left at the previous version
    ReadFailed,
    WriteFailed,
    NoSuchMailbox,
    NoSuchMessage,
    InvalidArgument,
};

struct Error {
    CacheError code = CacheError::ReadFailed;
    QString detail;
    bool operator==(const Error &) const = default;
};

// A value or an Error. std::expected would do, but it is C++23.
template<typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value, so that `for (x : cache.journal().value())` does not dangle.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<> class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

QString toString(CacheError code);

} // namespace quire::cache
