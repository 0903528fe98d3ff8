#pragma once

// Passwords remembered in memory for the life of this process only: what
// Quire uses when no keyring is available, so that the user is asked once per
// session instead of once per connection, and nothing reaches the disk.

#include "core/account/CredentialStore.h"

#include <QHash>

namespace quire {

class SessionCredentialStore : public CredentialStore
{
public:
    void readPassword(const QString &accountId, QObject *context, CredentialCallback done) override;
    void writePassword(
        const QString &accountId, const QString &password, QObject *context, CredentialCallback done) override;
    void deletePassword(const QString &accountId, QObject *context, CredentialCallback done) override;

    // Synchronous access for callers that know they talk to memory.
    std::optional<QString> password(const QString &accountId) const;
    void setPassword(const QString &accountId, const QString &password);
    void forget(const QString &accountId);

private:
    QHash<QString, QString> m_passwords;
};

} // namespace quire
