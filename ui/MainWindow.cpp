#include "ui/MainWindow.h"

#include "core/model/MailboxTreeModel.h"
#include "core/sync/AccountEngine.h"
#include "ui/AccountDialog.h"
#include "ui/AccountListDialog.h"
#include "ui/AccountSession.h"
#include "ui/AccountSettings.h"
#include "ui/ActivityIndicator.h"
#include "ui/AdvancedSearchDialog.h"
#include "ui/AppSettings.h"
#include "ui/FolderActions.h"
#include "ui/FolderPane.h"
#include "ui/Language.h"
#include "ui/MessageActions.h"
#include "ui/MessageBodyLoader.h"
#include "ui/MessageListPane.h"
#include "ui/MessageViewPane.h"
#include "ui/NewMailNotifier.h"
#include "ui/OfflineActions.h"
#include "ui/PreferencesDialog.h"
#include "ui/ProblemsDock.h"
#include "ui/ProtocolLogWindow.h"
#include "ui/SearchBar.h"
#include "ui/ViewActions.h"
#include "ui/ViewSettings.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace quire::ui {

namespace {

const QString kInbox = QStringLiteral("INBOX");
constexpr int kErrorMessageMs = 15'000;
constexpr int kStatusMessageMs = 5'000;

QString connectionText(sync::ConnectionState state)
{
    switch (state) {
    case sync::ConnectionState::Offline:
        return MainWindow::tr("Offline");
    case sync::ConnectionState::Connecting:
        return MainWindow::tr("Connecting…");
    case sync::ConnectionState::Online:
        return MainWindow::tr("Online");
    case sync::ConnectionState::Reconnecting:
        return MainWindow::tr("Reconnecting…");
    }
    return {};
}

QString cacheErrorText(const QString &account, const cache::Error &error)
{
    switch (error.code) {
    case cache::CacheError::Corrupt:
        return MainWindow::tr("The cache of %1 is damaged.").arg(account);
    case cache::CacheError::TooNew:
        return MainWindow::tr("The cache of %1 was written by a newer version of Quire.").arg(account);
    case cache::CacheError::MigrationFailed:
        return MainWindow::tr("The cache of %1 could not be upgraded to this version of Quire.").arg(account);
    default:
        return MainWindow::tr("The cache of %1 could not be opened.").arg(account);
    }
}

QString errorText(const sync::EngineError &error)
{
    QString what;
    switch (error.kind) {
    case sync::EngineErrorKind::NotConnected:
        what = MainWindow::tr("Offline: the change will be sent when Quire is online again.");
        break;
    case sync::EngineErrorKind::ServerRefused:
        what = MainWindow::tr("The server refused the request.");
        break;
    case sync::EngineErrorKind::ProtocolError:
        what = MainWindow::tr("The server sent a response Quire does not understand.");
        break;
    case sync::EngineErrorKind::ConnectionLost:
        what = MainWindow::tr("The connection to the server was lost.");
        break;
    case sync::EngineErrorKind::AuthenticationFailed:
        what = MainWindow::tr("The server did not accept the user name or password.");
        break;
    case sync::EngineErrorKind::CertificateRejected:
        what = MainWindow::tr("The server's certificate is not trusted.");
        break;
    case sync::EngineErrorKind::CacheFailed:
        what = MainWindow::tr("The local cache could not be written.");
        break;
    case sync::EngineErrorKind::Cancelled:
        what = MainWindow::tr("The operation was cancelled.");
        break;
    }
    if (!error.mailbox.isEmpty()) {
        //: %1 is one of the error sentences, %2 the folder it happened in
        what = MainWindow::tr("%1 (folder %2)").arg(what, error.mailbox);
    }
    // The detail is the server's own words, or a system message for logs.
    const bool serverWords = error.kind == sync::EngineErrorKind::ServerRefused
        || error.kind == sync::EngineErrorKind::AuthenticationFailed
        || error.kind == sync::EngineErrorKind::ConnectionLost;
    if (serverWords && !error.detail.isEmpty()) {
        //: %1 is one of the error sentences, %2 the server's reply in its own language
        what = MainWindow::tr("%1 The server said: %2").arg(what, error.detail);
    }
    return what;
}

} // namespace

MainWindow::MainWindow(const QList<AccountConfig> &accounts, PasswordProvider *passwords, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_passwords(passwords)
    , m_settings(new QSettings(this))
    , m_folderModel(new model::MailboxTreeModel(this))
    , m_bodyLoader(new MessageBodyLoader(this))
    , m_notifier(new NewMailNotifier(this, this))
{
    m_folders = new FolderPane(m_folderModel);
    m_messages = new MessageListPane;
    m_view = new MessageViewPane;
    m_searchBar = new SearchBar(m_messages->sorted());

    auto *listColumn = new QWidget;
    auto *listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_searchBar);
    listLayout->addWidget(m_messages);
    m_inner = new QSplitter(Qt::Vertical);
    m_inner->addWidget(listColumn);
    m_inner->addWidget(m_view);
    m_outer = new QSplitter(Qt::Horizontal);
    m_outer->addWidget(m_folders);
    m_outer->addWidget(m_inner);
    m_outer->setStretchFactor(1, 3);
    m_outer->setSizes({ 220, 780 });
    m_inner->setSizes({ 280, 360 });
    setCentralWidget(m_outer);

    // Status and progress: long operations, problems kept for reading, the connection.
    m_activity = new ActivityIndicator;
    statusBar()->addPermanentWidget(m_activity);
    m_problems = new ProblemsDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_problems);
    m_problems->hide();
    statusBar()->addPermanentWidget(m_problems->statusButton());
    m_connectionLabel = new QLabel;
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_protocolLog = new ProtocolLogWindow(this);

    connect(m_folders, &FolderPane::mailboxActivated, this, &MainWindow::onMailboxActivated);
    connect(m_messages, &MessageListPane::messageSelected, this, &MainWindow::onMessageSelected);
    connect(m_messages, &MessageListPane::selectionCleared, this, [this] {
        m_bodyLoader->cancel();
        m_view->showEmpty();
    });
    connect(m_bodyLoader, &MessageBodyLoader::loaded, this,
        [this](const QString &mailbox, quint32 uid, const QByteArray &source) {
            m_shownMailbox = mailbox;
            m_shownUid = uid;
            m_view->showMessage(source);
        });
    // What the reader saw goes into the cache's full-text index, for offline search.
    connect(m_view, &MessageViewPane::messageShown, this, [this] {
        if (m_openSession && m_shownUid && m_shownMailbox == m_openMailbox) {
            sync::AccountEngine *engine = m_openSession->engine();
            (void)engine->cache()->setBodyText(
                m_shownMailbox, engine->uidValidity(m_shownMailbox), m_shownUid, m_view->displayedText());
        }
    });
    connect(m_bodyLoader, &MessageBodyLoader::unavailableOffline, m_view, &MessageViewPane::showUnavailableOffline);
    connect(m_bodyLoader, &MessageBodyLoader::failed, m_view,
        [this](const QString &, quint32, const sync::EngineError &error) { m_view->showFailed(errorText(error)); });
    connect(m_view, &MessageViewPane::retryRequested, this, [this] { onMessageSelected(m_messages->currentUid()); });
    connect(m_view, &MessageViewPane::problem, this,
        [this](const QString &text) { statusBar()->showMessage(text, kErrorMessageMs); });
    connect(m_searchBar, &SearchBar::advancedSearchRequested, this, &MainWindow::showAdvancedSearch);

    // Flags, delete, move and folder operations (their own files; see MessageActions, FolderActions).
    m_messageActions = new MessageActions(m_messages, this);
    m_folderActions = new FolderActions(m_folders, m_folderModel, this);
    m_offlineActions = new OfflineActions(m_folders, m_folderModel, this);
    m_folderActions->contextMenu()->addSeparator();
    m_folderActions->contextMenu()->addMenu(m_offlineActions->menu());
    statusBar()->addPermanentWidget(m_messageActions->readOnlyIndicator());
    connect(m_messageActions, &MessageActions::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_folderActions, &FolderActions::statusMessage, this, &MainWindow::showStatusMessage);
    m_viewActions = new ViewActions(m_messages, m_view, this);
    connect(m_viewActions, &ViewActions::wideLayoutToggled, this, &MainWindow::setWideLayout);
    buildMenus();
    retranslateUi();
    setAccounts(m_accounts);
    restoreState();
}

MainWindow::~MainWindow()
{
    // The panes' models hold the engines; they go before the sessions do.
    m_messages->setMailbox(nullptr, {});
    while (m_folderModel->accountCount() > 0)
        m_folderModel->removeAccount(0);
    qDeleteAll(m_sessions);
}

void MainWindow::setAccounts(const QList<AccountConfig> &accounts)
{
    m_accounts = accounts;
    m_bodyLoader->cancel();
    m_messages->setMailbox(nullptr, {});
    m_searchBar->setMailbox(nullptr, {});
    delete m_advancedSearch;
    m_advancedSearch = nullptr;
    m_openSession = nullptr;
    m_openMailbox.clear();
    while (m_folderModel->accountCount() > 0)
        m_folderModel->removeAccount(0);
    m_notifier->clear();
    qDeleteAll(m_sessions);
    m_sessions.clear();

    for (const AccountConfig &account : m_accounts) {
        auto *session = new AccountSession(account, m_passwords);
        m_sessions.append(session);
        if (!session->engine()) {
            statusBar()->showMessage(cacheErrorText(account.displayName, session->cacheError()));
            continue;
        }
        m_folderModel->addAccount(session->engine(), { account.displayName, {} });
        m_notifier->watch(session->engine(), account.displayName);
        watchEngine(session);
        openInitialMailbox(session);
        if (!m_workOffline || !m_workOffline->isChecked())
            session->goOnline();
    }
    if (m_accounts.isEmpty())
        statusBar()->showMessage(tr("No account is configured."));
}

void MainWindow::watchEngine(AccountSession *session)
{
    sync::AccountEngine *engine = session->engine();
    m_activity->watch(engine, session->account().displayName);
    m_protocolLog->watch(engine, session->account().displayName);
    connect(engine, &sync::MailEngine::connectionStateChanged, this,
        [this, session](sync::ConnectionState state) { onConnectionStateChanged(session, state); });
    connect(engine, &sync::MailEngine::operationFailed, this,
        [this, session](const sync::EngineError &error) { onOperationFailed(session, error); });
    connect(engine, &sync::MailEngine::alert, this, [this, session](const QString &text) { showAlert(session, text); });
    connect(session, &AccountSession::signInRequired, this, [this, session] {
        //: An OAuth2 account whose tokens were refused or revoked; %1 is the account name
        const QString text
            = tr("%1: please sign in again (File › Accounts…, Edit, Sign In).").arg(session->account().displayName);
        statusBar()->showMessage(text);
        m_connectionLabel->setToolTip(text);
    });
    // A first start has no folders in the cache: open the inbox once LIST told us of it.
    connect(engine, &sync::MailEngine::mailboxesChanged, this, [this, session] {
        m_folders->expandAccounts();
        openInitialMailbox(session);
    });
    onConnectionStateChanged(session, engine->connectionState());
}

AccountSession *MainWindow::sessionFor(const sync::MailEngine *engine) const
{
    for (AccountSession *session : m_sessions) {
        if (session->engine() == engine)
            return session;
    }
    return nullptr;
}

void MainWindow::openInitialMailbox(AccountSession *session)
{
    if (m_openSession || session != m_sessions.value(0))
        return;
    const QString last = m_settings->value(QStringLiteral("window/lastMailbox")).toString();
    for (const QString &mailbox : { last, kInbox }) {
        if (!mailbox.isEmpty() && m_folderModel->indexOfMailbox(session->engine(), mailbox).isValid()) {
            m_folders->selectMailbox(session->engine(), mailbox);
            return;
        }
    }
}

void MainWindow::onMailboxActivated(sync::MailEngine *engine, const QString &mailbox)
{
    AccountSession *session = sessionFor(engine);
    if (!session || (session == m_openSession && mailbox == m_openMailbox))
        return;
    m_openSession = session;
    m_openMailbox = mailbox;
    m_settings->setValue(QStringLiteral("window/lastMailbox"), mailbox);
    m_bodyLoader->cancel();
    Q_EMIT mailboxOpening(engine, mailbox);
    // The model shows the cached rows at once and calls engine->openMailbox().
    m_messages->setMailbox(engine, mailbox);
    m_searchBar->setMailbox(session->engine(), mailbox);
    if (m_advancedSearch)
        m_advancedSearch->setMailbox(session->engine(), mailbox);
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    if (m_openMailbox.isEmpty()) {
        setWindowTitle(tr("Quire"));
        return;
    }
    //: Window title: the open folder, then the application's name
    setWindowTitle(tr("%1 — Quire").arg(m_openMailbox));
}

void MainWindow::onMessageSelected(quint32 uid)
{
    if (!m_openSession || !uid)
        return;
    m_view->showLoading();
    m_bodyLoader->load(m_openSession->engine(), m_openMailbox, uid);
}

void MainWindow::onConnectionStateChanged(AccountSession *session, sync::ConnectionState state)
{
    const QString text = connectionText(state);
    //: An account name and its connection state
    m_connectionLabel->setText(m_sessions.size() > 1 ? tr("%1: %2").arg(session->account().displayName, text) : text);
}

void MainWindow::onOperationFailed(AccountSession *session, const sync::EngineError &error)
{
    //: An account name and what went wrong with it
    const QString text = tr("%1: %2").arg(session->account().displayName, errorText(error));
    statusBar()->showMessage(text, kErrorMessageMs);
    m_connectionLabel->setToolTip(text);
    m_problems->addProblem(session->account().displayName, error, errorText(error));
}

void MainWindow::showAlert(AccountSession *session, const QString &text)
{
    // RFC 3501 [ALERT]: the user must see it, but it must not stop the window.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Message from the server"),
        tr("The server of %1 says:\n\n%2").arg(session->account().displayName, text), QMessageBox::Ok, this);
    box->setAccessibleName(tr("Server alert"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

void MainWindow::setWorkOffline(bool offline)
{
    for (AccountSession *session : m_sessions) {
        if (!session->engine())
            continue;
        if (offline)
            session->engine()->goOffline();
        else
            session->goOnline();
    }
}

AdvancedSearchDialog *MainWindow::showAdvancedSearch()
{
    if (!m_advancedSearch) {
        m_advancedSearch = new AdvancedSearchDialog(this);
        connect(m_advancedSearch, &AdvancedSearchDialog::messageActivated, this,
            [this](const QString &mailbox, quint32 uid) {
                if (m_openSession)
                    showMessage(m_openSession->engine(), mailbox, uid);
            });
        if (m_openSession)
            m_advancedSearch->setMailbox(m_openSession->engine(), m_openMailbox);
    }
    m_advancedSearch->show();
    m_advancedSearch->raise();
    m_advancedSearch->activateWindow();
    return m_advancedSearch;
}

PreferencesDialog *MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(QSystemTrayIcon::isSystemTrayAvailable(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
    dialog->open();
    return dialog;
}

void MainWindow::applyPreferences()
{
    // The action's toggle stores the choice and renders the shown message again.
    m_viewActions->plainTextAction()->setChecked(ViewSettings::preferPlainText());
    m_view->setPreferPlainText(ViewSettings::preferPlainText());
    for (AccountSession *session : std::as_const(m_sessions)) {
        if (session->engine())
            AppSettings::applyTo(*session->engine());
    }
    m_notifier->updateEnabled();
}

void MainWindow::showMessage(sync::MailEngine *engine, const QString &mailbox, quint32 uid)
{
    AccountSession *session = sessionFor(engine);
    if (!session)
        return;
    // The model shows the cached rows at once, so the row is there to select.
    if (session != m_openSession || mailbox != m_openMailbox)
        m_folders->selectMailbox(engine, mailbox);
    m_searchBar->setMailbox(session->engine(), mailbox);
    m_messages->selectUid(uid);
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

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, kStatusMessageMs);
}

// Texts are set in retranslateUi().
void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_accountsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showAccounts);
    m_workOffline = m_fileMenu->addAction(QString());
    m_workOffline->setCheckable(true);
    m_workOffline->setObjectName(QStringLiteral("workOffline"));
    connect(m_workOffline, &QAction::toggled, this, &MainWindow::setWorkOffline);
    m_fileMenu->addMenu(m_offlineActions->menu());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_editMenu = menuBar()->addMenu(QString());
    m_findAction = m_editMenu->addAction(QString(), m_searchBar, &SearchBar::focusSearch);
    m_findAction->setShortcut(QKeySequence::Find);
    m_advancedSearchAction = m_editMenu->addAction(QString(), this, &MainWindow::showAdvancedSearch);
    m_advancedSearchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_messageActions->addMenus(menuBar(), m_editMenu, nullptr);
    m_editMenu->addSeparator();
    m_preferencesAction = m_editMenu->addAction(QString(), this, &MainWindow::showPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferences"));
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_folderActions->addMenu(menuBar(), nullptr);
    m_messageToolBar = addToolBar(QString());
    m_messageToolBar->setObjectName(QStringLiteral("messageToolBar"));
    m_messageActions->addToToolBar(m_messageToolBar);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewActions->addMenus(menuBar(), m_viewMenu, m_fileMenu, m_quitAction);
    m_viewMenu->addAction(m_problems->toggleViewAction());
    m_viewMenu->addSeparator();
    buildLanguageMenu();
    m_helpMenu = menuBar()->addMenu(QString());
    m_protocolLogAction = m_helpMenu->addAction(QString(), this, [this] {
        m_protocolLog->show();
        m_protocolLog->raise();
    });
    m_protocolLogAction->setObjectName(QStringLiteral("protocolLog"));
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

// View > Language: the system's language, each shipped language under its own
// name, and the pseudo-locale for translators. A choice applies at once.
void MainWindow::buildLanguageMenu()
{
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    const auto add = [this](const QString &code, const QString &name) {
        QAction *action = m_languageMenu->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
        return action;
    };
    m_systemLanguage = add(QString(), QString());
    m_languageMenu->addSeparator();
    for (const LanguageChoice &choice : availableLanguages())
        add(choice.code, choice.name);
    m_languageMenu->addSeparator();
    m_pseudoLanguage = add(QStringLiteral("pseudo"), QString());
    const Language *language = Language::instance();
    m_languageMenu->menuAction()->setVisible(language != nullptr);
}

void MainWindow::chooseLanguage(const QString &code)
{
    setLanguageSetting(*m_settings, code);
    if (Language *language = Language::instance())
        language->apply(code);
}

void MainWindow::retranslateUi()
{
    updateWindowTitle();
    m_connectionLabel->setAccessibleName(tr("Connection state"));
    m_fileMenu->setTitle(tr("&File"));
    m_accountsAction->setText(tr("&Accounts…"));
    m_workOffline->setText(tr("&Work Offline"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_findAction->setText(tr("&Find in Folder"));
    m_advancedSearchAction->setText(tr("&Advanced Search…"));
    m_preferencesAction->setText(tr("Pr&eferences…"));
    m_messageToolBar->setWindowTitle(tr("Messages"));
    m_messageToolBar->setAccessibleName(tr("Message tools"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    //: The language menu's first entry: the language the system is set to
    m_systemLanguage->setText(tr("&System Default"));
    //: The language menu's last entry: every text accented, widened and in brackets
    m_pseudoLanguage->setText(tr("&Pseudo-Locale (for Translators)"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_protocolLogAction->setText(tr("&Protocol Log"));
    m_problems->toggleViewAction()->setText(tr("&Problems"));
    // The check follows the language, whoever changed it.
    const QString language = Language::instance() ? Language::instance()->current() : QString();
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == language);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslateUi();
    m_notifier->updateToolTip();
    // Texts the window set from its state: shown again in the new words.
    for (AccountSession *session : m_sessions) {
        if (session->engine())
            onConnectionStateChanged(session, session->engine()->connectionState());
    }
    if (m_accounts.isEmpty())
        statusBar()->showMessage(tr("No account is configured."));
}

void MainWindow::restoreState()
{
    QSettings settings;
    resize(1100, 700);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // A splitter's state carries its orientation: the layout comes back with it.
    m_outer->restoreState(settings.value(QStringLiteral("window/outerSplitter")).toByteArray());
    m_inner->restoreState(settings.value(QStringLiteral("window/innerSplitter")).toByteArray());
    m_viewActions->wideLayoutAction()->setChecked(m_inner->orientation() == Qt::Horizontal);
    // Column order, widths, hidden columns and the sort column and order.
    m_messages->restoreHeaderState(settings.value(QStringLiteral("window/messageListHeader")).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/outerSplitter"), m_outer->saveState());
    settings.setValue(QStringLiteral("window/innerSplitter"), m_inner->saveState());
    settings.setValue(QStringLiteral("window/messageListHeader"), m_messages->header()->saveState());
}

void MainWindow::setWideLayout(bool wide)
{
    const Qt::Orientation orientation = wide ? Qt::Horizontal : Qt::Vertical;
    if (m_inner->orientation() == orientation)
        return;
    m_inner->setOrientation(orientation);
    const int total = wide ? m_inner->width() : m_inner->height();
    m_inner->setSizes({ total * 2 / 5, total * 3 / 5 });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace quire::ui
