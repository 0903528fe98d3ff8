#pragma once

#include "core/account/AccountConfig.h"

#include <QList>

class QSettings;

namespace quire::ui {

// Reads and writes accounts in Quire's settings, group "accounts/<id>".
QList<AccountConfig> loadAccounts(QSettings &settings);
void saveAccount(QSettings &settings, const AccountConfig &account);

} // namespace quire::ui
