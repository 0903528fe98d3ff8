#pragma once

#include "core/account/AccountConfig.h"

#include <QMainWindow>

class QSplitter;
class QTreeView;
class QTableView;
class QTextBrowser;

namespace quire::ui {

// The three-pane main window: folders, message list, message view.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QList<AccountConfig> &accounts, QWidget *parent = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void restoreState();

    QList<AccountConfig> m_accounts;
    QSplitter *m_outer = nullptr;
    QSplitter *m_inner = nullptr;
    QTreeView *m_folders = nullptr;
    QTableView *m_messages = nullptr;
    QTextBrowser *m_view = nullptr;
};

} // namespace quire::ui
