// The main window against the private Dovecot: the folder tree shows INBOX,
// the list fills with decoded subjects, and selecting a message shows its
// body. With QUIRE_SCREENSHOT_DIR set it also saves main-window.png there
// (docs/screenshots). Skips without QUIRE_DOVECOT_ENV (run through ctest).
#include "DovecotTestAccount.h"
#include "core/account/PasswordProvider.h"
#include "core/cache/Cache.h"
#include "core/imap/session/Session.h"
#include "core/model/MessageListModel.h"
#include "core/model/ModelRoles.h"
#include "core/sync/AccountEngine.h"
#include "ui/AccountSession.h"
#include "ui/ActivityIndicator.h"
#include "ui/FolderPane.h"
#include "ui/MainWindow.h"
#include "ui/MessageListPane.h"
#include "ui/MessageViewPane.h"
#include "ui/OfflineActions.h"
#include "ui/ProblemsDock.h"
#include "ui/ProtocolLogWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace quire;
using namespace quire::ui;

namespace {

constexpr int kTimeoutMs = 20000;

QModelIndex findMailbox(const QAbstractItemModel *model, const QString &fullName)
{
    for (int a = 0; a < model->rowCount(); ++a) {
        const QModelIndex account = model->index(a, 0);
        for (int row = 0; row < model->rowCount(account); ++row) {
            const QModelIndex index = model->index(row, 0, account);
            if (index.data(model::MailboxFullNameRole).toString() == fullName)
                return index;
        }
    }
    return {};
}

// With QUIRE_SCREENSHOT_DIR set, the window is also saved (docs/screenshots).
void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // let layouts settle
    QVERIFY(widget.grab().save(QDir(dir).filePath(name)));
}

} // namespace

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsTheInbox();
    void protocolLogShowsTheLoginWithoutThePassword();
    void downloadShowsProgressAndRefusalsGoToProblems();

private:
    AccountConfig m_account;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QUIRE_DOVECOT_ENV"))
        QSKIP("QUIRE_DOVECOT_ENV is not set: no test server (run through ctest)");
    const std::optional<AccountConfig> account = testing::dovecotTestAccount(QStringLiteral("mainwindow-test"));
    QVERIFY2(account, "the test server's env file is incomplete");
    m_account = *account;
}

void MainWindowTest::readsTheInbox()
{
    PasswordProvider passwords(nullptr, [](const PasswordPrompt &, auto answer) { answer(std::nullopt); });
    MainWindow window({ m_account }, &passwords);
    window.resize(1100, 700);
    window.show();

    const QAbstractItemModel *folders = window.folderPane()->model();
    QTRY_VERIFY_WITH_TIMEOUT(findMailbox(folders, QStringLiteral("INBOX")).isValid(), kTimeoutMs);

    // The window opens INBOX by itself; the list fills from the first sync.
    MessageListPane *list = window.messageListPane();
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, kTimeoutMs);
    // The first sync's end resets the list (its UIDVALIDITY was unknown when
    // it opened): only then is an index of it safe to keep.
    QTRY_VERIFY_WITH_TIMEOUT(
        window.sessions().constFirst()->engine()->syncState(QStringLiteral("INBOX")) == sync::SyncState::Synced,
        kTimeoutMs);
    const auto firstRow = [list] { return list->model()->index(0, model::MessageListModel::SubjectColumn); };
    QTRY_VERIFY_WITH_TIMEOUT(firstRow().data(model::MessageHasEnvelopeRole).toBool(), kTimeoutMs);
    const QPersistentModelIndex first = firstRow();
    for (int row = 0; row < qMin(20, list->model()->rowCount()); ++row) {
        const QString subject = list->model()
                                    ->index(row, model::MessageListModel::SubjectColumn)
                                    .data(model::MessageSubjectRole)
                                    .toString();
        QVERIFY2(!subject.contains(QStringLiteral("=?")), qPrintable(subject));
    }
    QVERIFY(!first.data(model::MessageSubjectRole).toString().isEmpty());

    MessageViewPane *view = window.messageViewPane();
    QSignalSpy shown(view, &MessageViewPane::messageShown);
    list->setCurrentIndex(first);
    QVERIFY(shown.wait(kTimeoutMs));
    const QString text = view->displayedText();
    QVERIFY2(text.contains(first.data(model::MessageSubjectRole).toString()), qPrintable(text));
    // More than the header block: the body is there too.
    const QString body = text.section(QStringLiteral("\n\n"), 1).trimmed();
    QVERIFY2(!body.isEmpty(), qPrintable(text));

    const QString shotDir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
    if (!shotDir.isEmpty()) {
        QTest::qWait(200); // let the view settle its layout before grabbing
        QVERIFY(window.grab().save(QDir(shotDir).filePath(QStringLiteral("main-window.png"))));
    }

    // A body fetch cut off by a dropped connection ends in an error with
    // Retry, never in "Loading…" for good; Retry after the reconnect shows it.
    sync::AccountEngine *engine = window.sessions().first()->engine();
    QVERIFY(engine->session());
    const QModelIndex other
        = list->model()->index(qMin(5, list->model()->rowCount() - 1), model::MessageListModel::SubjectColumn);
    list->setCurrentIndex(other);
    // The status bar says what the connection does meanwhile (the window's slot ran first).
    const QLabel *connection = nullptr;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->accessibleName() == MainWindow::tr("Connection state"))
            connection = label;
    }
    QVERIFY(connection);
    QCOMPARE(connection->text(), MainWindow::tr("Online"));
    QStringList shownStates;
    QObject listening; // ends the connection before shownStates goes, not with the window
    connect(engine, &sync::MailEngine::connectionStateChanged, &listening,
        [&](sync::ConnectionState) { shownStates << connection->text(); });
    engine->session()->abortConnection();
    QTRY_VERIFY_WITH_TIMEOUT(view->retryButton()->isVisible(), kTimeoutMs);
    QVERIFY2(!view->displayedText().contains(MessageViewPane::tr("Loading…")), qPrintable(view->displayedText()));
    QTRY_COMPARE_WITH_TIMEOUT(engine->connectionState(), sync::ConnectionState::Online, kTimeoutMs);
    QCOMPARE(shownStates.first(), MainWindow::tr("Reconnecting…"));
    QCOMPARE(shownStates.last(), MainWindow::tr("Online"));
    QSignalSpy shownAgain(view, &MessageViewPane::messageShown);
    view->retryButton()->click();
    QVERIFY(shownAgain.wait(kTimeoutMs));
    QVERIFY(view->displayedText().contains(other.data(model::MessageSubjectRole).toString()));
}

// Help › Protocol Log after a real login with alice's password: the login
// is there, redacted, and the password is nowhere, neither plain nor in the
// base64 of AUTHENTICATE PLAIN; the same for a saved copy.
void MainWindowTest::protocolLogShowsTheLoginWithoutThePassword()
{
    PasswordProvider passwords(nullptr, [](const PasswordPrompt &, auto answer) { answer(std::nullopt); });
    MainWindow window({ m_account }, &passwords);
    window.show();
    sync::AccountEngine *engine = window.sessions().first()->engine();
    QTRY_COMPARE_WITH_TIMEOUT(engine->connectionState(), sync::ConnectionState::Online, kTimeoutMs);

    QAction *open = window.menuBar()->findChild<QAction *>(QStringLiteral("protocolLog"));
    QVERIFY(open);
    open->trigger();
    ProtocolLogWindow *log = window.protocolLog();
    QTRY_VERIFY(log->isVisible());
    QVERIFY(!log->isModal());
    const auto *view = log->findChild<QPlainTextEdit *>();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(QStringLiteral("OK")), kTimeoutMs);
    const QString text = view->toPlainText();
    const QRegularExpression login(QStringLiteral(" C: \\S+ (LOGIN|AUTHENTICATE \\S+) <redacted>"));
    QVERIFY2(login.match(text).hasMatch(), qPrintable(text.left(4000)));
    QVERIFY2(text.contains(QStringLiteral("CAPABILITY")), qPrintable(text.left(4000)));
    const QByteArray plain = QByteArray("\0alice\0alicepw", 14).toBase64();
    for (const QString &secret : { QStringLiteral("alicepw"), QString::fromLatin1(plain) })
        QVERIFY2(!text.contains(secret), qPrintable(secret));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("protocol.log"));
    QCOMPARE(log->saveTo(path), QString());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray bytes = saved.readAll();
    QVERIFY(bytes.contains("<redacted>"));
    QVERIFY(!bytes.contains("alicepw"));
    QVERIFY(!bytes.contains(plain));
    saveShot(*log, QStringLiteral("protocol-log.png"));
}

// Make Available Offline on INBOX drives the status bar's bar, and Cancel
// ends the download; a folder the server refuses to create lands in the
// Problems list with its folder and the server's words, not in a modal box.
void MainWindowTest::downloadShowsProgressAndRefusalsGoToProblems()
{
    PasswordProvider passwords(nullptr, [](const PasswordPrompt &, auto answer) { answer(std::nullopt); });
    MainWindow window({ m_account }, &passwords);
    window.resize(1100, 700);
    window.show();
    sync::AccountEngine *engine = window.sessions().first()->engine();
    QTRY_COMPARE_WITH_TIMEOUT(engine->connectionState(), sync::ConnectionState::Online, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(findMailbox(window.folderPane()->model(), QStringLiteral("INBOX")).isValid(), kTimeoutMs);
    window.folderPane()->selectMailbox(engine, QStringLiteral("INBOX"));
    QTRY_COMPARE_WITH_TIMEOUT(engine->syncState(QStringLiteral("INBOX")), sync::SyncState::Synced, kTimeoutMs);

    engine->createMailbox(QStringLiteral("INBOX")); // Dovecot: NO [ALREADYEXISTS]
    ProblemsDock *problems = window.problemsDock();
    QTRY_COMPARE_WITH_TIMEOUT(problems->count(), 1, kTimeoutMs);
    QVERIFY(problems->statusButton()->isVisible());
    QCOMPARE(problems->list()->topLevelItem(0)->text(2), QStringLiteral("INBOX"));
    problems->list()->setCurrentItem(problems->list()->topLevelItem(0));
    QVERIFY2(problems->details()->toPlainText().contains(QStringLiteral("exists"), Qt::CaseInsensitive),
        qPrintable(problems->details()->toPlainText()));
    const QWidgetList modal = { QApplication::activeModalWidget() };
    QCOMPARE(modal.first(), nullptr);

    ActivityIndicator *activity = window.activityIndicator();
    QSignalSpy progress(engine, &sync::MailEngine::offlineDownloadProgress);
    QSignalSpy finished(engine, &sync::MailEngine::offlineDownloadFinished);
    window.offlineActions()->withAttachments()->trigger();
    QVERIFY(progress.wait(kTimeoutMs));
    QVERIFY(activity->isVisible());
    QVERIFY(activity->progressBar()->maximum() > 0);
    QVERIFY(activity->cancelButton()->isEnabled());
    problems->show();
    saveShot(window, QStringLiteral("status-progress-problems.png"));
    QTest::mouseClick(activity->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kTimeoutMs);
    // Cancelled, unless the last batch was already in flight when Cancel came.
    QVERIFY(finished.first().first().value<sync::DownloadOutcome>() != sync::DownloadOutcome::Failed);
    QTRY_VERIFY(!activity->isVisible());
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
