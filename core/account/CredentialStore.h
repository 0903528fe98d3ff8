#pragma once

// Where account passwords live. The engine and the UI only see this
// interface: KeychainCredentialStore keeps them in the desktop's keyring
// (QtKeychain), SessionCredentialStore keeps them in memory for this process
// when there is no keyring, and tests plug in their own.
//
// Every operation is asynchronous because keyrings are: a desktop keyring may
// show an unlock prompt, and the UI thread must not wait for the user there.

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace quire {

enum class CredentialErrorKind {
    NoKeyring, // no Secret Service / keyring could be reached: fall back, do not retry
    NotFound, // the keyring works but holds no password for this account
    AccessDenied, // locked, or the user refused access
    Other,
};

struct CredentialError {
    CredentialErrorKind kind = CredentialErrorKind::Other;
    QString detail; // the backend's own text, for logs and "details"; not translated
    friend bool operator==(const CredentialError &, const CredentialError &) = default;
};

struct CredentialResult {
    std::optional<CredentialError> error; // empty on success
    QString password; // only for a successful read

    bool ok() const { return !error.has_value(); }
    bool is(CredentialErrorKind kind) const { return error && error->kind == kind; }
};

using CredentialCallback = std::function<void(const CredentialResult &)>;

class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    // Each operation calls done exactly once, always later from the event
    // loop (never before returning), unless context was destroyed first: a
    // dialog that closes while the keyring is busy must not be called back.
    // context may be null, which means "no owner to outlive".
    virtual void readPassword(const QString &accountId, QObject *context, CredentialCallback done) = 0;
    virtual void writePassword(
        const QString &accountId, const QString &password, QObject *context, CredentialCallback done)
        = 0;
    // Deleting a password that is not there succeeds: the end state is the same.
    virtual void deletePassword(const QString &accountId, QObject *context, CredentialCallback done) = 0;
};

// Wraps done so that it runs only while context (if one was given) lives.
inline CredentialCallback guardedCallback(QObject *context, CredentialCallback done)
{
    if (!context)
        return done;
    return [guard = QPointer<QObject>(context), done = std::move(done)](const CredentialResult &result) {
        if (guard && done)
            done(result);
    };
}

} // namespace quire
