#pragma once

#include "core/account/AccountConfig.h"

#include <QMainWindow>

class QSettings;
class QSplitter;
class QStandardItemModel;
class QTreeView;
class QTableView;
class QTextBrowser;

namespace quire {
class PasswordProvider;
}

namespace quire::ui {

// The three-pane main window: folders, message list, message view.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // passwords may be null (then account dialogs do not handle passwords);
    // it must outlive the window.
    explicit MainWindow(
        const QList<AccountConfig> &accounts, PasswordProvider *passwords = nullptr, QWidget *parent = nullptr);

    // File > Accounts…
    void showAccounts();
    // With no account configured, a first start opens the setup dialog.
    void offerAccountSetup();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void restoreState();
    void setAccounts(const QList<AccountConfig> &accounts);

    QList<AccountConfig> m_accounts;
    PasswordProvider *m_passwords;
    QSettings *m_settings;
    QStandardItemModel *m_folderModel = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_inner = nullptr;
    QTreeView *m_folders = nullptr;
    QTableView *m_messages = nullptr;
    QTextBrowser *m_view = nullptr;
};

} // namespace quire::ui
