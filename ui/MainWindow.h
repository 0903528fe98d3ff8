#pragma once

#include "core/account/AccountConfig.h"
#include "core/sync/MailEngine.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QToolBar;
class QSettings;
class QSplitter;

namespace quire {
class PasswordProvider;
}

namespace quire::model {
class MailboxTreeModel;
}

namespace quire::ui {

class AccountSession;
class ActivityIndicator;
class AdvancedSearchDialog;
class FolderActions;
class MessageActions;
class FolderPane;
class MessageBodyLoader;
class MessageListPane;
class MessageViewPane;
class NewMailNotifier;
class PreferencesDialog;
class OfflineActions;
class ProblemsDock;
class ProtocolLogWindow;
class SearchBar;
class ViewActions;

// The three-pane main window: folders, message list, message view. It owns
// one AccountSession per configured account and wires the panes to them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // passwords may be null (then account dialogs do not handle passwords);
    // it must outlive the window.
    explicit MainWindow(
        const QList<AccountConfig> &accounts, PasswordProvider *passwords = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // File > Accounts…
    void showAccounts();
    // With no account configured, a first start opens the setup dialog.
    void offerAccountSetup();

    // For tests and tools that drive the window.
    FolderPane *folderPane() const { return m_folders; }
    MessageListPane *messageListPane() const { return m_messages; }
    MessageViewPane *messageViewPane() const { return m_view; }
    SearchBar *searchBar() const { return m_searchBar; }
    const QList<AccountSession *> &sessions() const { return m_sessions; }
    ViewActions *viewActions() const { return m_viewActions; }
    ActivityIndicator *activityIndicator() const { return m_activity; }
    ProblemsDock *problemsDock() const { return m_problems; }
    ProtocolLogWindow *protocolLog() const { return m_protocolLog; }
    OfflineActions *offlineActions() const { return m_offlineActions; }
    QSplitter *listViewSplitter() const { return m_inner; }
    // Geometry, splitters (and so the layout), list columns and sort; done on close.
    void saveWindowState();
    // The message beside the list (true) or below it.
    void setWideLayout(bool wide);
    // Edit › Advanced Search…: the dialog, made on first use.
    AdvancedSearchDialog *showAdvancedSearch();
    // Edit › Preferences…: a window-modal dialog, deleted on close.
    PreferencesDialog *showPreferences();
    NewMailNotifier *newMailNotifier() const { return m_notifier; }
    // Opens the folder and selects the message (a search result).
    void showMessage(sync::MailEngine *engine, const QString &mailbox, quint32 uid);

Q_SIGNALS:
    // A folder is being opened in the list (before its cached rows show).
    void mailboxOpening(quire::sync::MailEngine *engine, const QString &mailbox);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildLanguageMenu();
    // Every text the window sets itself; again on each language change.
    void retranslateUi();
    void updateWindowTitle();
    void chooseLanguage(const QString &code);
    void restoreState();
    void setAccounts(const QList<AccountConfig> &accounts);
    void watchEngine(AccountSession *session);
    AccountSession *sessionFor(const sync::MailEngine *engine) const;
    void openInitialMailbox(AccountSession *session);
    void onMailboxActivated(sync::MailEngine *engine, const QString &mailbox);
    void onMessageSelected(quint32 uid);
    void onConnectionStateChanged(AccountSession *session, sync::ConnectionState state);
    void onOperationFailed(AccountSession *session, const sync::EngineError &error);
    void showAlert(AccountSession *session, const QString &text);
    void setWorkOffline(bool offline);
    // Puts the saved preferences into effect: message view, engines, tray.
    void applyPreferences();
    void showStatusMessage(const QString &text);

    QList<AccountConfig> m_accounts;
    PasswordProvider *m_passwords;
    QSettings *m_settings;
    QList<AccountSession *> m_sessions;
    model::MailboxTreeModel *m_folderModel = nullptr;
    MessageBodyLoader *m_bodyLoader = nullptr;
    AccountSession *m_openSession = nullptr;
    QString m_openMailbox;
    QString m_shownMailbox; // the message in the view
    quint32 m_shownUid = 0;
    QSplitter *m_outer = nullptr;
    QSplitter *m_inner = nullptr;
    FolderPane *m_folders = nullptr;
    MessageListPane *m_messages = nullptr;
    MessageViewPane *m_view = nullptr;
    SearchBar *m_searchBar = nullptr;
    ViewActions *m_viewActions = nullptr;
    AdvancedSearchDialog *m_advancedSearch = nullptr;
    QLabel *m_connectionLabel = nullptr;
    ActivityIndicator *m_activity = nullptr;
    ProblemsDock *m_problems = nullptr;
    ProtocolLogWindow *m_protocolLog = nullptr;
    OfflineActions *m_offlineActions = nullptr;
    QAction *m_protocolLogAction = nullptr;
    QAction *m_workOffline = nullptr;
    MessageActions *m_messageActions = nullptr;
    FolderActions *m_folderActions = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_advancedSearchAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    NewMailNotifier *m_notifier = nullptr;
    QToolBar *m_messageToolBar = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_languages = nullptr;
    QAction *m_systemLanguage = nullptr;
    QAction *m_pseudoLanguage = nullptr;
};

} // namespace quire::ui
