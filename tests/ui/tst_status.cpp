// Status and progress without a server: a FakeMailEngine plays the engine.
// The status bar's progress for an offline download, a journal replay and a
// slow sync (Cancel stops whichever the bar shows), the
// Problems list keeping every error with its details, "Make Available
// Offline" asking the engine, and the protocol log window's Clear and Save.
#include "core/model/MailboxTreeModel.h"
#include "tests/unit/model/FakeMailEngine.h"
#include "ui/ActivityIndicator.h"
#include "ui/EngineRequestWatch.h"
#include "ui/FolderPane.h"
#include "ui/OfflineActions.h"
#include "ui/ProblemsDock.h"
#include "ui/ProtocolLogWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace quire;
using namespace quire::model::testing;

namespace {

const QString kInbox = QStringLiteral("INBOX");

QStringList operations(const FakeMailEngine &engine)
{
    QStringList names;
    for (const FakeMailEngine::Call &call : engine.calls)
        names << call.operation;
    return names;
}

class ActivityIndicatorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        indicator = new ui::ActivityIndicator;
        window.statusBar()->addPermanentWidget(indicator);
        indicator->watch(&engine, QStringLiteral("Account"));
        window.show();
    }
    bool shown() const { return indicator->isVisible(); }

    FakeMailEngine engine;
    QMainWindow window;
    ui::ActivityIndicator *indicator = nullptr;
};

TEST_F(ActivityIndicatorTest, OfflineDownloadShowsProgressAndCancelReachesTheEngine)
{
    EXPECT_FALSE(shown());
    Q_EMIT engine.offlineDownloadProgress(kInbox, 3, 10);
    ASSERT_TRUE(shown());
    EXPECT_EQ(indicator->progressBar()->maximum(), 10);
    EXPECT_EQ(indicator->progressBar()->value(), 3);
    EXPECT_TRUE(indicator->label()->text().contains(kInbox));
    ASSERT_TRUE(indicator->cancelButton()->isEnabled());
    QTest::mouseClick(indicator->cancelButton(), Qt::LeftButton);
    EXPECT_EQ(operations(engine), QStringList { QStringLiteral("cancelOfflineDownload") });
    EXPECT_FALSE(indicator->cancelButton()->isEnabled()); // once is enough
    Q_EMIT engine.offlineDownloadProgress(kInbox, 4, 10); // the batch in flight
    EXPECT_FALSE(indicator->cancelButton()->isEnabled());
    Q_EMIT engine.offlineDownloadFinished(sync::DownloadOutcome::Cancelled);
    EXPECT_FALSE(shown());
}

TEST_F(ActivityIndicatorTest, JournalReplayCountsDownAndCancelPausesIt)
{
    Q_EMIT engine.journalReplayProgress(4);
    ASSERT_TRUE(shown());
    EXPECT_EQ(indicator->progressBar()->maximum(), 4);
    EXPECT_EQ(indicator->progressBar()->value(), 0);
    Q_EMIT engine.journalReplayProgress(1);
    EXPECT_EQ(indicator->progressBar()->value(), 3);
    ASSERT_TRUE(indicator->cancelButton()->isEnabled());
    QTest::mouseClick(indicator->cancelButton(), Qt::LeftButton);
    EXPECT_EQ(operations(engine), QStringList { QStringLiteral("pauseJournalReplay") });
    EXPECT_FALSE(indicator->cancelButton()->isEnabled()); // the entry in flight ends first
    Q_EMIT engine.journalReplayPaused(1);
    EXPECT_FALSE(shown());
    // The next replay (a new change, a new connection) can be paused again.
    Q_EMIT engine.journalReplayProgress(2);
    ASSERT_TRUE(shown());
    EXPECT_TRUE(indicator->cancelButton()->isEnabled());
    Q_EMIT engine.journalReplayProgress(0);
    EXPECT_FALSE(shown());
}

TEST_F(ActivityIndicatorTest, ASlowSyncShowsAnIndeterminateBarAndCancelStopsIt)
{
    Q_EMIT engine.syncStateChanged(kInbox, sync::SyncState::Syncing);
    EXPECT_FALSE(shown()); // a quick sync shows nothing
    QTRY_VERIFY(shown());
    EXPECT_EQ(indicator->progressBar()->maximum(), 0);
    EXPECT_TRUE(indicator->cancelButton()->isEnabled());
    // The download outranks the sync: Cancel stops what the bar shows.
    Q_EMIT engine.offlineDownloadProgress(kInbox, 1, 2);
    EXPECT_TRUE(indicator->label()->text().contains(QStringLiteral("offline")));
    Q_EMIT engine.offlineDownloadFinished(sync::DownloadOutcome::Finished);
    EXPECT_EQ(indicator->progressBar()->maximum(), 0);
    ASSERT_TRUE(indicator->cancelButton()->isEnabled());
    QTest::mouseClick(indicator->cancelButton(), Qt::LeftButton);
    ASSERT_EQ(engine.calls.size(), 1);
    EXPECT_EQ(engine.calls.front().operation, QStringLiteral("cancelSync"));
    EXPECT_EQ(engine.calls.front().mailbox, kInbox);
    EXPECT_FALSE(indicator->cancelButton()->isEnabled());
    Q_EMIT engine.syncStateChanged(kInbox, sync::SyncState::NotSynced);
    EXPECT_FALSE(shown());
    // Opened again, its sync can be cancelled again.
    Q_EMIT engine.syncStateChanged(kInbox, sync::SyncState::Syncing);
    QTRY_VERIFY(shown());
    EXPECT_TRUE(indicator->cancelButton()->isEnabled());
    Q_EMIT engine.syncStateChanged(kInbox, sync::SyncState::Synced);
    EXPECT_FALSE(shown());
}

// A message view waiting for a folder whose sync was cancelled is told, not left "Loading…".
TEST(EngineRequestWatchTest, ACancelledSyncOfTheFolderLosesTheRequest)
{
    FakeMailEngine engine;
    QStringList lost;
    ui::EngineRequestWatch watch(&engine, kInbox, [&](const QString &why) { lost << why; });
    Q_EMIT engine.syncStateChanged(QStringLiteral("Other"), sync::SyncState::NotSynced);
    Q_EMIT engine.syncStateChanged(kInbox, sync::SyncState::Syncing);
    EXPECT_TRUE(lost.isEmpty());
    Q_EMIT engine.syncStateChanged(kInbox, sync::SyncState::NotSynced);
    ASSERT_EQ(lost.size(), 1);
    EXPECT_TRUE(lost.front().contains(QStringLiteral("cancelled")));
    EXPECT_TRUE(watch.isFinished());
}

TEST_F(ActivityIndicatorTest, LosingTheConnectionEndsWhatItCarried)
{
    Q_EMIT engine.journalReplayProgress(2);
    ASSERT_TRUE(shown());
    Q_EMIT engine.connectionStateChanged(sync::ConnectionState::Reconnecting);
    EXPECT_FALSE(shown());
}

TEST(ProblemsDockTest, KeepsEveryErrorWithTimeFolderAndDetails)
{
    QMainWindow window;
    auto *dock = new ui::ProblemsDock(&window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.statusBar()->addPermanentWidget(dock->statusButton());
    dock->hide();
    window.show();
    EXPECT_FALSE(dock->statusButton()->isVisible());

    const QDateTime when(QDate(2026, 11, 27), QTime(9, 41));
    sync::EngineError refused { sync::EngineErrorKind::ServerRefused, QStringLiteral("Archive"),
        QStringLiteral("[OVERQUOTA] Quota exceeded"), std::nullopt };
    dock->addProblem(QStringLiteral("Work"), refused, QStringLiteral("The server refused the request."), when);
    dock->addProblem(QStringLiteral("Home"), { sync::EngineErrorKind::ConnectionLost, {}, QStringLiteral("reset"), {} },
        QStringLiteral("The connection to the server was lost."), when.addSecs(60));
    ASSERT_EQ(dock->count(), 2);
    EXPECT_TRUE(dock->statusButton()->isVisible());
    EXPECT_TRUE(dock->statusButton()->text().contains(QLatin1Char('2')));
    EXPECT_FALSE(dock->isVisible()); // never forced on the user

    // Newest first; the older one keeps its account, folder and time.
    const QTreeWidgetItem *older = dock->list()->topLevelItem(1);
    EXPECT_EQ(older->text(1), QStringLiteral("Work"));
    EXPECT_EQ(older->text(2), QStringLiteral("Archive"));
    EXPECT_EQ(older->text(0), QLocale().toString(when, QLocale::ShortFormat));
    dock->list()->setCurrentItem(dock->list()->topLevelItem(1));
    const QString details = dock->details()->toPlainText();
    EXPECT_TRUE(details.contains(QStringLiteral("[OVERQUOTA] Quota exceeded"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("The server refused the request.")));

    QTest::mouseClick(dock->statusButton(), Qt::LeftButton);
    EXPECT_TRUE(dock->isVisible());
    dock->clear();
    EXPECT_EQ(dock->count(), 0);
    EXPECT_FALSE(dock->statusButton()->isVisible());
}

TEST(OfflineActionsTest, MakeAvailableOfflineAsksTheEngineForTheFolder)
{
    FakeMailEngine engine;
    engine.addMailbox(mailboxRecord(kInbox));
    engine.addMailbox(mailboxRecord(QStringLiteral("Lists"), QLatin1Char('/'), { QStringLiteral("\\Noselect") }));
    model::MailboxTreeModel folders;
    folders.addAccount(&engine, { QStringLiteral("Account"), {} });
    QMainWindow window;
    auto *pane = new ui::FolderPane(&folders, &window);
    window.setCentralWidget(pane);
    ui::OfflineActions actions(pane, &folders, &window);
    pane->expandAll();
    engine.calls.clear();

    pane->selectMailbox(&engine, QStringLiteral("Lists"));
    EXPECT_FALSE(actions.withAttachments()->isEnabled()); // nothing to download in \Noselect
    pane->selectMailbox(&engine, kInbox);
    ASSERT_TRUE(actions.withAttachments()->isEnabled());
    actions.withoutAttachments()->trigger();
    actions.withAttachments()->trigger();
    ASSERT_EQ(engine.calls.size(), 2);
    EXPECT_EQ(engine.calls[0].arguments, (QStringList { kInbox, QStringLiteral("text") }));
    EXPECT_EQ(engine.calls[1].arguments, (QStringList { kInbox, QStringLiteral("attachments") }));
    EXPECT_EQ(engine.calls[0].operation, QStringLiteral("downloadForOffline"));
}

TEST(ProtocolLogWindowTest, KeepsTrafficWhileHiddenAndClearsAndSaves)
{
    ui::ProtocolLogWindow window;
    window.append(QStringLiteral("Work"), imap::LogDirection::Sent, "A1 LOGIN <redacted>\r\n");
    window.append(QStringLiteral("Work"), imap::LogDirection::Received, "* 1 EXISTS\r\nA1 OK Logged in\r\n");
    window.show();
    const auto *view = window.findChild<QPlainTextEdit *>();
    ASSERT_TRUE(view);
    EXPECT_TRUE(view->toPlainText().contains(QStringLiteral("Work C: A1 LOGIN <redacted>")));
    window.append(QStringLiteral("Work"), imap::LogDirection::Sent, "A2 LIST \"\" \"*\"\r\n");
    EXPECT_TRUE(view->toPlainText().contains(QStringLiteral("Work S: * 1 EXISTS\n")));
    EXPECT_TRUE(view->toPlainText().contains(QStringLiteral("Work S: A1 OK Logged in")));
    EXPECT_TRUE(view->toPlainText().contains(QStringLiteral("A2 LIST")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    EXPECT_EQ(window.saveTo(path), QString());
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(saved.readAll().contains("A2 LIST"));
    EXPECT_EQ(saved.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    EXPECT_FALSE(window.saveTo(dir.filePath(QStringLiteral("missing/log.txt"))).isEmpty());

    window.clear();
    EXPECT_TRUE(view->toPlainText().isEmpty());
    EXPECT_TRUE(window.text().isEmpty());
}

} // namespace
