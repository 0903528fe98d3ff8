#include "core/account/SessionCredentialStore.h"

#include <QTimer>

namespace quire {

namespace {

// The interface promises a later call from the event loop; keeping that
// promise here too means callers never see a re-entrant callback.
void deliverLater(QObject *context, CredentialCallback done, CredentialResult result)
{
    QTimer::singleShot(0, [done = guardedCallback(context, std::move(done)), result = std::move(result)] {
        if (done)
            done(result);
    });
}

} // namespace

void SessionCredentialStore::readPassword(const QString &accountId, QObject *context, CredentialCallback done)
{
    CredentialResult result;
    if (const auto stored = password(accountId))
        result.password = *stored;
    else
        result.error = CredentialError { CredentialErrorKind::NotFound, QString() };
    deliverLater(context, std::move(done), std::move(result));
}

void SessionCredentialStore::writePassword(
    const QString &accountId, const QString &password, QObject *context, CredentialCallback done)
{
    setPassword(accountId, password);
    deliverLater(context, std::move(done), {});
}

void SessionCredentialStore::deletePassword(const QString &accountId, QObject *context, CredentialCallback done)
{
    forget(accountId);
    deliverLater(context, std::move(done), {});
}

std::optional<QString> SessionCredentialStore::password(const QString &accountId) const
{
    const auto it = m_passwords.constFind(accountId);
    if (it == m_passwords.constEnd())
        return std::nullopt;
    return *it;
}

void SessionCredentialStore::setPassword(const QString &accountId, const QString &password)
{
    m_passwords.insert(accountId, password);
}

void SessionCredentialStore::forget(const QString &accountId)
{
    m_passwords.remove(accountId);
}

} // namespace quire
