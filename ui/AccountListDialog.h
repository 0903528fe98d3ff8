#pragma once

// "Accounts…": the configured accounts, with Add, Edit and Remove. Backed by
// AccountSettings; passwords of removed accounts are deleted too.

#include "core/account/AccountConfig.h"

#include <QDialog>

#include <functional>

class QListWidget;
class QPushButton;
class QSettings;

namespace quire {
class PasswordProvider;
}

namespace quire::ui {

class AccountListDialog : public QDialog
{
    Q_OBJECT

public:
    AccountListDialog(QSettings &settings, PasswordProvider *passwords, QWidget *parent = nullptr);

    QList<AccountConfig> accounts() const { return m_accounts; }

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }

    // Asked before removing; tests replace it to answer without a message box.
    void setRemoveConfirmation(std::function<bool(const AccountConfig &)> confirm)
    {
        m_confirmRemove = std::move(confirm);
    }

Q_SIGNALS:
    void accountsChanged();

private:
    void reload(const QString &selectId = {});
    void addAccount();
    void editAccount();
    void removeAccount();
    void updateButtons();
    const AccountConfig *selected() const;

    QSettings &m_settings;
    PasswordProvider *m_passwords;
    QList<AccountConfig> m_accounts;
    std::function<bool(const AccountConfig &)> m_confirmRemove;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace quire::ui
