#pragma once

#include "core/account/AccountConfig.h"

#include <QList>

class QSettings;

namespace quire::ui {

// Reads and writes accounts in Quire's settings, group "accounts/<id>".
QList<AccountConfig> loadAccounts(QSettings &settings);
void saveAccount(QSettings &settings, const AccountConfig &account);
void removeAccount(QSettings &settings, const QString &accountId);
// "Trust always": the account accepts exactly this certificate from now on.
void pinCertificate(QSettings &settings, const QString &accountId, const QString &sha256Hex);
// An id not yet used in settings, derived from the user name and host so
// that the settings file stays readable.
QString newAccountId(QSettings &settings, const QString &userName, const QString &host);

} // namespace quire::ui
