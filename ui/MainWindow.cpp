#include "ui/MainWindow.h"

#include "ui/AccountDialog.h"
#include "ui/AccountListDialog.h"
#include "ui/AccountSettings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeView>

namespace quire::ui {

namespace {

QString describe(const AccountConfig &a)
{
    QString security;
    switch (a.security) {
    case Security::ImplicitTls:
        security = MainWindow::tr("TLS");
        break;
    case Security::StartTls:
        security = MainWindow::tr("STARTTLS");
        break;
    case Security::Plaintext:
        security = MainWindow::tr("unencrypted");
        break;
    }
    return MainWindow::tr("%1: %2@%3:%4 (%5)").arg(a.displayName, a.userName, a.host).arg(a.port).arg(security);
}

} // namespace

MainWindow::MainWindow(const QList<AccountConfig> &accounts, PasswordProvider *passwords, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_passwords(passwords)
    , m_settings(new QSettings(this))
{
    setWindowTitle(tr("Quire"));
    m_folders = new QTreeView;
    m_folders->setAccessibleName(tr("Folders"));
    m_folders->setHeaderHidden(true);
    m_folderModel = new QStandardItemModel(this);
    m_folders->setModel(m_folderModel);

    m_messages = new QTableView;
    m_messages->setAccessibleName(tr("Messages"));
    m_messages->verticalHeader()->hide();
    m_messages->horizontalHeader()->setStretchLastSection(true);
    auto *listModel = new QStandardItemModel(0, 3, this);
    listModel->setHorizontalHeaderLabels({ tr("Subject"), tr("From"), tr("Date") });
    m_messages->setModel(listModel);

    m_view = new QTextBrowser;
    m_view->setAccessibleName(tr("Message"));
    m_view->setOpenLinks(false);

    m_inner = new QSplitter(Qt::Vertical);
    m_inner->addWidget(m_messages);
    m_inner->addWidget(m_view);
    m_outer = new QSplitter(Qt::Horizontal);
    m_outer->addWidget(m_folders);
    m_outer->addWidget(m_inner);
    m_outer->setStretchFactor(1, 3);
    m_outer->setSizes({ 240, 760 });
    m_inner->setSizes({ 300, 340 });
    setCentralWidget(m_outer);

    buildMenus();
    setAccounts(m_accounts);
    restoreState();
}

void MainWindow::setAccounts(const QList<AccountConfig> &accounts)
{
    m_accounts = accounts;
    m_folderModel->clear();
    for (const AccountConfig &a : m_accounts)
        m_folderModel->appendRow(new QStandardItem(a.displayName));
    if (m_accounts.isEmpty())
        statusBar()->showMessage(tr("No account is configured."));
    else
        statusBar()->showMessage(describe(m_accounts.first()));
}

void MainWindow::showAccounts()
{
    auto *dialog = new AccountListDialog(*m_settings, m_passwords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountListDialog::accountsChanged, this, [this, dialog] { setAccounts(dialog->accounts()); });
    dialog->open();
}

void MainWindow::offerAccountSetup()
{
    if (!m_accounts.isEmpty())
        return;
    auto *dialog = new AccountDialog(AccountConfig {}, m_settings, m_passwords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Welcome to Quire: Set Up Your Account"));
    connect(dialog, &QDialog::accepted, this, [this] { setAccounts(loadAccounts(*m_settings)); });
    dialog->open();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Accounts…"), this, &MainWindow::showAccounts);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::restoreState()
{
    QSettings settings;
    resize(1000, 640);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_outer->restoreState(settings.value(QStringLiteral("window/outerSplitter")).toByteArray());
    m_inner->restoreState(settings.value(QStringLiteral("window/innerSplitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/outerSplitter"), m_outer->saveState());
    settings.setValue(QStringLiteral("window/innerSplitter"), m_inner->saveState());
    event->accept();
}

} // namespace quire::ui
