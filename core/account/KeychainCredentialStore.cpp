#include "core/account/KeychainCredentialStore.h"

#include <QSettings>
#include <QStringList>
#include <qt6keychain/keychain.h>

namespace quire {

namespace {

// What libsecret (GLib/GDBus) says when there is no usable Secret Service.
// QtKeychain 0.13 turns all of these into OtherError (see testenv pitfall 9):
//  - no session bus at all, and no X display to autolaunch one;
//  - a bus address that leads nowhere;
//  - a bus that cannot start org.freedesktop.secrets;
//  - gnome-keyring activated without a prompter, so no "login" collection.
bool meansNoKeyring(const QString &text)
{
    static const QStringList patterns {
        QStringLiteral("autolaunch D-Bus"),
        QStringLiteral("Could not connect"),
        QStringLiteral("not provided by any .service files"),
        QStringLiteral("org.freedesktop.DBus.Error.ServiceUnknown"),
        QStringLiteral("org.freedesktop.DBus.Error.NoServer"),
        QStringLiteral("/org/freedesktop/secrets/collection/"),
    };
    for (const QString &pattern : patterns) {
        if (text.contains(pattern, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

CredentialError credentialErrorFromKeychain(int keychainError, const QString &text)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return { CredentialErrorKind::NoKeyring, text };
    case QKeychain::EntryNotFound:
        return { CredentialErrorKind::NotFound, text };
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return { CredentialErrorKind::AccessDenied, text };
    case QKeychain::NoError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return { meansNoKeyring(text) ? CredentialErrorKind::NoKeyring : CredentialErrorKind::Other, text };
}

KeychainCredentialStore::KeychainCredentialStore(QString serviceName)
    : m_serviceName(std::move(serviceName))
{
}

void KeychainCredentialStore::readPassword(const QString &accountId, QObject *context, CredentialCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(accountId);
    run(job, context, std::move(done));
}

void KeychainCredentialStore::writePassword(
    const QString &accountId, const QString &password, QObject *context, CredentialCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(accountId);
    job->setTextData(password);
    run(job, context, std::move(done));
}

void KeychainCredentialStore::deletePassword(const QString &accountId, QObject *context, CredentialCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(accountId);
    // The interface promises that deleting what is not there succeeds.
    run(job, context, [done = std::move(done)](const CredentialResult &result) {
        if (!done)
            return;
        if (result.is(CredentialErrorKind::NotFound))
            done({});
        else
            done(result);
    });
}

void KeychainCredentialStore::run(QKeychain::Job *job, QObject *context, CredentialCallback done)
{
    // Jobs delete themselves after finished(); they are not children of the
    // context, so a closing dialog does not abort a keyring write half way.
    job->setAutoDelete(true);
    job->setInsecureFallback(m_insecureFallback != nullptr);
    if (m_insecureFallback)
        job->setSettings(m_insecureFallback);
    QObject::connect(job, &QKeychain::Job::finished, job,
        [done = guardedCallback(context, std::move(done))](QKeychain::Job *finished) {
            if (!done)
                return;
            CredentialResult result;
            if (finished->error() != QKeychain::NoError)
                result.error = credentialErrorFromKeychain(finished->error(), finished->errorString());
            else if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                result.password = read->textData();
            done(result);
        });
    // Started from the event loop: some backends fail synchronously, and
    // the interface promises callers never to be called back re-entrantly.
    QMetaObject::invokeMethod(job, &QKeychain::Job::start, Qt::QueuedConnection);
}

} // namespace quire
