#pragma once

// alice on the private Dovecot (QUIRE_DOVECOT_ENV, set by ctest's fixture),
// over implicit TLS with the server's CA, with a cold cache and her password
// in QUIRE_PASSWORD: the account the window tests log in with.

#include "core/account/AccountConfig.h"
#include "core/account/PasswordProvider.h"
#include "core/cache/Cache.h"
#include "tests/support/ServerEnvFile.h"

#include <QDir>
#include <QFile>

#include <optional>

namespace quire::ui::testing {

// nullopt when there is no test server or its env file is incomplete.
inline std::optional<AccountConfig> dovecotTestAccount(const QString &id)
{
    const QString path = qEnvironmentVariable("QUIRE_DOVECOT_ENV");
    if (path.isEmpty())
        return std::nullopt;
    const auto vars = readServerEnvFile(path);
    AccountConfig account;
    account.id = id;
    account.displayName = QStringLiteral("Test (alice)");
    account.host = vars.value(QStringLiteral("IMAP_HOST"));
    account.port = vars.value(QStringLiteral("IMAPS_PORT")).toUShort();
    account.security = Security::ImplicitTls;
    account.userName = QStringLiteral("alice");
    account.caFile = vars.value(QStringLiteral("IMAP_CA_CERT"));
    if (account.host.isEmpty() || !account.port || !QFile::exists(account.caFile))
        return std::nullopt;
    qputenv(PasswordProvider::environmentVariable, "alicepw");
    // A cold cache each run: the first sync is the path worth testing.
    QDir(cache::defaultCacheDirectory(account.id)).removeRecursively();
    return account;
}

} // namespace quire::ui::testing
