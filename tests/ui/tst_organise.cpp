// The organising actions without a server: a FakeMailEngine over a real
// cache plays the server. MessageActions (flags, delete, undo, read-only),
// FolderPickerDialog (filtering), FolderActions (names, delete question,
// only subscribed) and SubscriptionsDialog (what OK sends).
#include "core/model/MailboxTreeModel.h"
#include "core/model/MessageListModel.h"
#include "core/model/ModelRoles.h"
#include "tests/unit/model/FakeMailEngine.h"
#include "ui/FolderActions.h"
#include "ui/FolderPane.h"
#include "ui/FolderPickerDialog.h"
#include "ui/MessageActions.h"
#include "ui/MessageListPane.h"
#include "ui/SubscriptionsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>

using namespace quire;
using namespace quire::model::testing;
using quire::ui::MessageActions;

namespace {

// With QUIRE_SCREENSHOT_DIR set, dialogs are also saved as PNGs (docs/screenshots).
void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget.show();
    QApplication::processEvents();
    EXPECT_TRUE(widget.grab().save(QDir(dir).filePath(name)));
}

const QString kInbox = QStringLiteral("INBOX");
const QString kTrash = QStringLiteral("Trash");

class OrganiseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        engine.addMailbox(mailboxRecord(kInbox, QLatin1Char('/'), {}, {}));
        engine.addMailbox(mailboxRecord(QStringLiteral("Archive"), QLatin1Char('/'), {}, QStringLiteral("\\Archive")));
        engine.addMailbox(mailboxRecord(QStringLiteral("Archive/2024"), QLatin1Char('/')));
        engine.addMailbox(mailboxRecord(QStringLiteral("Lists"), QLatin1Char('/'), { QStringLiteral("\\Noselect") }));
        cache::MailboxRecord unsubscribed = mailboxRecord(QStringLiteral("Lists/qt-dev"), QLatin1Char('/'));
        unsubscribed.subscribed = false;
        engine.addMailbox(unsubscribed);
        engine.addMessages(kInbox, { messageRecord(1), messageRecord(2), messageRecord(3) });
        list = new ui::MessageListPane(&window);
        window.setCentralWidget(list);
        actions = new MessageActions(list, &window);
        list->setMailbox(&engine, kInbox);
        engine.calls.clear();
    }

    void addTrash() { engine.addMailbox(mailboxRecord(kTrash, QLatin1Char('/'), {}, QStringLiteral("\\Trash"))); }

    void select(const QList<int> &rows)
    {
        list->clearSelection();
        for (int row : rows)
            list->selectionModel()->select(
                list->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    quint32 uidAt(int row) const { return list->model()->index(row, 0).data(model::MessageUidRole).toUInt(); }
    QStringList flagsAt(int row) const
    {
        return list->model()->index(row, 0).data(model::MessageFlagsRole).toStringList();
    }

    FakeMailEngine engine;
    QMainWindow window;
    ui::MessageListPane *list = nullptr;
    MessageActions *actions = nullptr;
};

TEST_F(OrganiseTest, EveryActionHasAShortcutAndAName)
{
    for (QAction *action : actions->actions()) {
        EXPECT_FALSE(action->text().isEmpty());
        EXPECT_FALSE(action->shortcut().isEmpty()) << action->text().toStdString();
    }
}

TEST_F(OrganiseTest, ActionsNeedASelectionAndFollowPermanentFlags)
{
    EXPECT_FALSE(actions->toggleStar()->isEnabled());
    select({ 0 });
    EXPECT_TRUE(actions->toggleStar()->isEnabled());
    EXPECT_TRUE(actions->deleteMessages()->isEnabled());

    sync::MailboxAccess access;
    access.known = true;
    access.permanentFlagsSent = true;
    access.permanentFlags = { QStringLiteral("\\Seen"), QStringLiteral("\\Deleted") };
    engine.access.insert(kInbox, access);
    Q_EMIT engine.mailboxSynced(kInbox);
    EXPECT_FALSE(actions->toggleStar()->isEnabled());
    EXPECT_FALSE(actions->markJunk()->isEnabled()); // $Junk needs \*
    EXPECT_TRUE(actions->markRead()->isEnabled());
    EXPECT_FALSE(actions->readOnlyIndicator()->isVisibleTo(&window));

    access.readOnly = true;
    engine.access.insert(kInbox, access);
    Q_EMIT engine.mailboxSynced(kInbox);
    EXPECT_FALSE(actions->markRead()->isEnabled());
    EXPECT_FALSE(actions->deleteMessages()->isEnabled());
    EXPECT_FALSE(actions->moveTo()->isEnabled());
    EXPECT_FALSE(actions->expunge()->isEnabled());
    EXPECT_TRUE(actions->copyTo()->isEnabled()); // copying out of a read-only folder is fine
    EXPECT_FALSE(actions->readOnlyIndicator()->isHidden());
}

TEST_F(OrganiseTest, StarAndUndoRestoreEachMessagesOwnFlags)
{
    engine.changeFlags(kInbox, { { uidAt(1), { QStringLiteral("\\Flagged") }, 0 } });
    select({ 0, 1 });
    actions->toggleStar()->trigger(); // not all starred: star them all
    ASSERT_EQ(engine.calls.size(), 1);
    EXPECT_EQ(engine.calls[0].uids, QList<quint32> { uidAt(0) }); // the starred one is left alone
    EXPECT_TRUE(flagsAt(0).contains(QStringLiteral("\\Flagged")));
    ASSERT_TRUE(actions->undo()->isEnabled());
    actions->undo()->trigger();
    EXPECT_FALSE(flagsAt(0).contains(QStringLiteral("\\Flagged")));
    EXPECT_TRUE(flagsAt(1).contains(QStringLiteral("\\Flagged")));
    EXPECT_FALSE(actions->undo()->isEnabled());
}

TEST_F(OrganiseTest, ClickingTheReadDotTogglesSeen)
{
    window.resize(800, 400);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QModelIndex dot = list->model()->index(0, model::MessageListModel::SeenColumn);
    const bool seen = dot.data(model::MessageSeenRole).toBool();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(dot).center());
    EXPECT_EQ(dot.data(model::MessageSeenRole).toBool(), !seen);
}

TEST_F(OrganiseTest, DeleteWithoutTrashMarksDeletedAndExpungeIsOffered)
{
    select({ 2 });
    actions->deleteMessages()->trigger();
    ASSERT_EQ(engine.calls.size(), 1);
    EXPECT_EQ(engine.calls[0].operation, QStringLiteral("setFlags"));
    EXPECT_EQ(engine.calls[0].arguments, QStringList { QStringLiteral("\\Deleted") });
    EXPECT_TRUE(list->model()->index(2, 0).data(model::MessageDeletedRole).toBool());
    EXPECT_TRUE(actions->expunge()->isEnabled());
    actions->expunge()->trigger();
    EXPECT_EQ(engine.calls.last().operation, QStringLiteral("expunge"));
}

TEST_F(OrganiseTest, DeleteMovesToTrashAndUndoMovesBackOnceTheServerNamedTheUids)
{
    addTrash();
    EXPECT_EQ(MessageActions::trashOf(&engine), kTrash);
    select({ 0, 1 });
    const QList<quint32> uids { uidAt(0), uidAt(1) };
    actions->deleteMessages()->trigger();
    ASSERT_EQ(engine.calls.size(), 1);
    EXPECT_EQ(engine.calls[0], (FakeMailEngine::Call { QStringLiteral("move"), kInbox, uids, { kTrash } }));
    EXPECT_FALSE(actions->undo()->isEnabled());
    Q_EMIT engine.messagesMoved(kInbox, uids, kTrash, { 40, 41 });
    ASSERT_TRUE(actions->undo()->isEnabled());
    actions->undo()->trigger();
    EXPECT_EQ(engine.calls.last(), (FakeMailEngine::Call { QStringLiteral("move"), kTrash, { 40, 41 }, { kInbox } }));
    // The undo's own confirmation is not something to undo.
    Q_EMIT engine.messagesMoved(kTrash, { 40, 41 }, kInbox, { 7, 8 });
    EXPECT_FALSE(actions->undo()->isEnabled());
}

TEST_F(OrganiseTest, UndoCopyRemovesTheCopiesByTheUidsTheServerNamed)
{
    select({ 0, 2 });
    const QList<quint32> uids { uidAt(0), uidAt(2) };
    QStringList notes;
    QObject::connect(actions, &MessageActions::statusMessage, [&](const QString &text) { notes << text; });
    actions->copySelectionTo(QStringLiteral("Archive"));
    ASSERT_EQ(engine.calls.size(), 1);
    EXPECT_EQ(engine.calls[0], (FakeMailEngine::Call { QStringLiteral("copy"), kInbox, uids, { "Archive" } }));
    EXPECT_FALSE(actions->undo()->isEnabled()); // not before the server confirmed it
    Q_EMIT engine.messagesCopied(kInbox, uids, QStringLiteral("Archive"), { 90, 91 });
    ASSERT_TRUE(actions->undo()->isEnabled());
    EXPECT_TRUE(actions->undo()->text().contains(QStringLiteral("Copy")));
    actions->undo()->trigger();
    // Only the copies go; the originals in INBOX are untouched.
    EXPECT_EQ(engine.calls.last(), (FakeMailEngine::Call { QStringLiteral("delete"), "Archive", { 90, 91 }, {} }));
    EXPECT_EQ(engine.calls.size(), 2);
    EXPECT_FALSE(actions->undo()->isEnabled());
}

TEST_F(OrganiseTest, UndoCopyIsNotAvailableWhenTheServerDidNotNameTheCopies)
{
    select({ 1 });
    QStringList notes;
    QObject::connect(actions, &MessageActions::statusMessage, [&](const QString &text) { notes << text; });
    actions->copySelectionTo(QStringLiteral("Archive"));
    Q_EMIT engine.messagesCopied(kInbox, { uidAt(1) }, QStringLiteral("Archive"), {});
    EXPECT_FALSE(actions->undo()->isEnabled());
    EXPECT_TRUE(actions->undo()->text().contains(QStringLiteral("not available")))
        << actions->undo()->text().toStdString();
    ASSERT_FALSE(notes.isEmpty());
    EXPECT_TRUE(notes.last().contains(QStringLiteral("cannot be undone")));
    actions->undo()->trigger(); // disabled: nothing happens
    EXPECT_EQ(engine.calls.size(), 1);
}

TEST_F(OrganiseTest, FolderPickerFiltersByEveryWordAndSkipsTheSource)
{
    ui::FolderPickerDialog picker(&engine, kInbox);
    picker.setWindowTitle(QStringLiteral("Move to Folder"));
    saveScreenshot(picker, QStringLiteral("folder-picker.png"));
    EXPECT_EQ(picker.visibleCount(), 3); // Archive, Archive/2024, Lists/qt-dev: no INBOX, no \Noselect
    picker.filterEdit()->setText(QStringLiteral("2024 arch"));
    EXPECT_EQ(picker.visibleCount(), 1);
    EXPECT_EQ(picker.selectedMailbox(), QStringLiteral("Archive/2024"));
    picker.filterEdit()->setText(QStringLiteral("QT"));
    EXPECT_EQ(picker.selectedMailbox(), QStringLiteral("Lists/qt-dev"));
    picker.filterEdit()->setText(QStringLiteral("nothing like it"));
    EXPECT_EQ(picker.visibleCount(), 0);
    EXPECT_TRUE(picker.selectedMailbox().isEmpty());
}

TEST_F(OrganiseTest, SubscriptionsDialogSendsOnlyWhatChanged)
{
    ui::SubscriptionsDialog dialog(&engine);
    saveScreenshot(dialog, QStringLiteral("subscriptions-dialog.png"));
    dialog.setSubscribed(QStringLiteral("Lists/qt-dev"), true);
    dialog.setSubscribed(QStringLiteral("Archive"), false);
    dialog.setSubscribed(QStringLiteral("Archive"), true); // back as it was
    dialog.accept();
    ASSERT_EQ(engine.calls.size(), 1);
    EXPECT_EQ(engine.calls[0],
        (FakeMailEngine::Call {
            QStringLiteral("subscribe"), QStringLiteral("Lists/qt-dev"), {}, { QStringLiteral("1") } }));
}

class FolderActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().remove(QStringLiteral("folders/onlySubscribed"));
        engine.addMailbox(mailboxRecord(kInbox));
        engine.addMailbox(mailboxRecord(QStringLiteral("Work")));
        cache::MailboxRecord hidden = mailboxRecord(QStringLiteral("Work/Old"));
        hidden.subscribed = false;
        engine.addMailbox(hidden);
        folders.addAccount(&engine, { QStringLiteral("Account"), {} });
        pane = new ui::FolderPane(&folders, &window);
        window.setCentralWidget(pane);
        actions = new ui::FolderActions(pane, &folders, &window);
        pane->expandAll();
        engine.calls.clear();
    }
    QModelIndex sourceIndex(const QString &name) const { return folders.indexOfMailbox(&engine, name); }
    int shownChildren(const QModelIndex &viewParent) const { return pane->model()->rowCount(viewParent); }

    FakeMailEngine engine;
    model::MailboxTreeModel folders;
    QMainWindow window;
    ui::FolderPane *pane = nullptr;
    ui::FolderActions *actions = nullptr;
};

TEST_F(FolderActionsTest, NewFolderNamesAreCheckedBeforeTheEngineIsAsked)
{
    const QModelIndex work = sourceIndex(QStringLiteral("Work"));
    ASSERT_TRUE(work.isValid());
    EXPECT_FALSE(actions->createFolder(work, QStringLiteral("  ")).isEmpty());
    EXPECT_FALSE(actions->createFolder(work, QStringLiteral("a/b")).isEmpty());
    EXPECT_FALSE(actions->createFolder(work, QStringLiteral("old")).isEmpty()); // "Old" is there
    EXPECT_TRUE(engine.calls.isEmpty());
    EXPECT_EQ(actions->createFolder(work, QStringLiteral(" Reports ")), QString());
    ASSERT_EQ(engine.calls.size(), 1);
    EXPECT_EQ(
        engine.calls[0], (FakeMailEngine::Call { QStringLiteral("create"), QStringLiteral("Work/Reports"), {}, {} }));
    EXPECT_EQ(actions->renameFolder(sourceIndex(QStringLiteral("Work/Old")), QStringLiteral("Older")), QString());
    EXPECT_EQ(engine.calls.last(),
        (FakeMailEngine::Call {
            QStringLiteral("rename"), QStringLiteral("Work/Old"), {}, { QStringLiteral("Work/Older") } }));
}

TEST_F(FolderActionsTest, DeleteAsksWithTheFolderAndItsCountThenDeletes)
{
    const QModelIndex work = sourceIndex(QStringLiteral("Work"));
    const QString question = actions->deleteQuestion(work);
    EXPECT_TRUE(question.contains(QStringLiteral("\"Work\""))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("subfolders"))) << question.toStdString();
    actions->deleteFolderNow(work);
    EXPECT_EQ(engine.calls.last(), (FakeMailEngine::Call { QStringLiteral("delete"), QStringLiteral("Work"), {}, {} }));
}

TEST_F(FolderActionsTest, InboxCannotBeRenamedOrDeleted)
{
    pane->selectMailbox(&engine, kInbox);
    EXPECT_FALSE(actions->renameFolder()->isEnabled());
    EXPECT_FALSE(actions->deleteFolder()->isEnabled());
    pane->selectMailbox(&engine, QStringLiteral("Work"));
    EXPECT_TRUE(actions->renameFolder()->isEnabled());
    EXPECT_TRUE(actions->deleteFolder()->isEnabled());
}

TEST_F(FolderActionsTest, OnlySubscribedHidesUnsubscribedFolders)
{
    const QModelIndex account = pane->model()->index(0, 0);
    const QModelIndex work = pane->model()->index(1, 0, account);
    ASSERT_EQ(work.data(model::MailboxFullNameRole).toString(), QStringLiteral("Work"));
    EXPECT_EQ(shownChildren(work), 1);
    actions->onlySubscribed()->setChecked(true);
    EXPECT_EQ(shownChildren(pane->model()->index(1, 0, pane->model()->index(0, 0))), 0);
    EXPECT_EQ(shownChildren(pane->model()->index(0, 0)), 2); // INBOX and Work stay
    actions->onlySubscribed()->setChecked(false);
    EXPECT_EQ(shownChildren(pane->model()->index(1, 0, pane->model()->index(0, 0))), 1);
}

} // namespace
