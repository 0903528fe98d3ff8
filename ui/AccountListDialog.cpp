#include "ui/AccountListDialog.h"

#include "core/account/PasswordProvider.h"
#include "ui/AccountDialog.h"
#include "ui/AccountSettings.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace quire::ui {

namespace {

QString listLabel(const AccountConfig &a)
{
    //: An account in the list: its name, then user@server:port
    if (a.security != Security::Plaintext)
        return AccountListDialog::tr("%1\n%2@%3:%4").arg(a.displayName, a.userName, a.host).arg(a.port);
    //: An account in the list: its name, then user@server:port and a warning
    return AccountListDialog::tr("%1\n%2@%3:%4, unencrypted").arg(a.displayName, a.userName, a.host).arg(a.port);
}

} // namespace

AccountListDialog::AccountListDialog(QSettings &settings, PasswordProvider *passwords, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_passwords(passwords)
{
    setWindowTitle(tr("Accounts"));
    setAccessibleName(windowTitle());
    m_confirmRemove = [this](const AccountConfig &a) {
        return QMessageBox::question(this, tr("Remove Account"),
                   tr("Remove the account \"%1\"? Its settings and saved password are deleted; the mail on the "
                      "server is not touched.")
                       .arg(a.displayName),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };

    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Accounts"));
    m_add = new QPushButton(tr("&Add…"));
    m_add->setAccessibleName(tr("Add account"));
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit account"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove account"));
    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    setTabOrder(m_remove, buttons);

    connect(m_add, &QPushButton::clicked, this, &AccountListDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountListDialog::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountListDialog::removeAccount);
    connect(m_list, &QListWidget::itemActivated, this, &AccountListDialog::editAccount);
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountListDialog::updateButtons);
    reload();
    resize(480, 320);
}

void AccountListDialog::reload(const QString &selectId)
{
    m_accounts = loadAccounts(m_settings);
    m_list->clear();
    int row = m_accounts.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        auto *item = new QListWidgetItem(listLabel(m_accounts[i]), m_list);
        item->setData(Qt::AccessibleTextRole, m_accounts[i].displayName);
        if (m_accounts[i].id == selectId)
            row = int(i);
    }
    m_list->setCurrentRow(row);
    updateButtons();
}

const AccountConfig *AccountListDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_accounts.size() ? &m_accounts[row] : nullptr;
}

void AccountListDialog::updateButtons()
{
    m_edit->setEnabled(selected() != nullptr);
    m_remove->setEnabled(selected() != nullptr);
}

void AccountListDialog::addAccount()
{
    auto *dialog = new AccountDialog(AccountConfig {}, &m_settings, m_passwords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload(dialog->account().id);
        Q_EMIT accountsChanged();
    });
    dialog->open();
}

void AccountListDialog::editAccount()
{
    const AccountConfig *account = selected();
    if (!account)
        return;
    auto *dialog = new AccountDialog(*account, &m_settings, m_passwords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload(dialog->account().id);
        Q_EMIT accountsChanged();
    });
    dialog->open();
}

void AccountListDialog::removeAccount()
{
    const AccountConfig *account = selected();
    if (!account || !m_confirmRemove(*account))
        return;
    const QString id = account->id;
    ui::removeAccount(m_settings, id);
    m_settings.sync();
    if (m_passwords)
        m_passwords->forgetAccount(id, nullptr, {});
    reload();
    Q_EMIT accountsChanged();
}

} // namespace quire::ui
