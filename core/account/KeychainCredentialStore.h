#pragma once

// Passwords in the desktop keyring through QtKeychain (Secret Service via
// libsecret on Linux, KWallet, the macOS Keychain, Windows Credential Store).
// One entry per account: service serviceName(), key = the account id.

#include "core/account/CredentialStore.h"

class QSettings;

namespace QKeychain {
class Job;
}

namespace quire {

class KeychainCredentialStore : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString serviceName = QStringLiteral("Quire"));

    void readPassword(const QString &accountId, QObject *context, CredentialCallback done) override;
    void writePassword(
        const QString &accountId, const QString &password, QObject *context, CredentialCallback done) override;
    void deletePassword(const QString &accountId, QObject *context, CredentialCallback done) override;

    QString serviceName() const { return m_serviceName; }

    // Only for a user who explicitly chose "store my password unencrypted":
    // QtKeychain then writes to plaintextFile when it has no keyring. Note
    // that QtKeychain 0.13 honours this only on its KWallet path; with
    // libsecret loaded and no Secret Service it still fails (NoKeyring).
    // Null (the default) switches the fallback off.
    void setInsecureFallback(QSettings *plaintextFile) { m_insecureFallback = plaintextFile; }

private:
    void run(QKeychain::Job *job, QObject *context, CredentialCallback done);

    QString m_serviceName;
    QSettings *m_insecureFallback = nullptr;
};

// Maps QtKeychain's error code and text to ours. Exposed for tests: libsecret
// reports an unreachable Secret Service as a generic error with a D-Bus text,
// which only the text tells apart from a real failure.
CredentialError credentialErrorFromKeychain(int keychainError, const QString &text);

} // namespace quire
