// Opening a large folder: the list shows the newest rows at once and swaps
// in the complete rows when a worker has read them (one model reset). What
// the user did before the swap, selecting a message and scrolling, stays.
#include "core/model/MessageListModel.h"
#include "core/model/ModelRoles.h"
#include "tests/unit/model/FakeMailEngine.h"
#include "ui/MessageListPane.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace quire;
using namespace quire::model::testing;

namespace {

const QString kInbox = QStringLiteral("INBOX");
constexpr quint32 kMessages = 1000;
constexpr int kFirstScreenful = 200;

class MessageListSwapTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        engine.addMailbox(mailboxRecord(kInbox, QLatin1Char('/')));
        QList<cache::MessageRecord> records;
        for (quint32 uid = 1; uid <= kMessages; ++uid) {
            records.append(messageRecord(uid, QStringLiteral("Subject %1").arg(uid)));
            records.last().date = records.last().internalDate; // sent in the order they arrived
        }
        engine.addMessages(kInbox, records);
        list.resize(600, 400);
        list.show();
        // The worker waits at this gate until the test lets it read.
        list.messages()->setFirstScreenfulRows(kFirstScreenful);
        list.messages()->setListReader(
            [this, real = engine.cache()->messageListReader()](const QString &mailbox, quint32 uidValidity,
                const std::function<void(const cache::MessageListRow &)> &visit) {
                gate.acquire();
                return real(mailbox, uidValidity, visit);
            });
    }
    void TearDown() override { gate.release(10); }

    QModelIndex rowOfUid(quint32 uid) const
    {
        for (int row = 0; row < list.model()->rowCount(); ++row) {
            const QModelIndex index = list.model()->index(row, model::MessageListModel::SubjectColumn);
            if (index.data(model::MessageUidRole).toUInt() == uid)
                return index;
        }
        return {};
    }
    bool swapIn()
    {
        QSignalSpy finished(list.messages(), &model::MessageListModel::loadFinished);
        gate.release();
        return finished.wait(10000);
    }

    FakeMailEngine engine;
    ui::MessageListPane list;
    QSemaphore gate;
};

TEST_F(MessageListSwapTest, SelectionAndScrollMadeBeforeTheFullLoadStay)
{
    list.setMailbox(&engine, kInbox);
    ASSERT_TRUE(list.messages()->isLoading());
    ASSERT_EQ(list.model()->rowCount(), kFirstScreenful);

    // Newest first: UID 880 is row 120 of the first screenful, below the fold.
    const quint32 picked = 880;
    const QModelIndex before = rowOfUid(picked);
    ASSERT_TRUE(before.isValid());
    list.scrollTo(before, QAbstractItemView::PositionAtCenter);
    QTest::mouseClick(list.viewport(), Qt::LeftButton, {}, list.visualRect(before).center());
    ASSERT_EQ(list.currentUid(), picked);
    const QModelIndex also = rowOfUid(picked - 1);
    list.selectionModel()->select(also, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_EQ(list.selectionModel()->selectedRows().size(), 2);
    const quint32 topBefore = list.indexAt(QPoint(0, 0)).data(model::MessageUidRole).toUInt();
    ASSERT_GT(list.verticalScrollBar()->value(), 0);
    QSignalSpy cleared(&list, &ui::MessageListPane::selectionCleared);
    QSignalSpy selected(&list, &ui::MessageListPane::messageSelected);

    ASSERT_TRUE(swapIn());
    ASSERT_EQ(list.model()->rowCount(), int(kMessages));
    EXPECT_EQ(list.currentUid(), picked);
    QList<quint32> selectedUids;
    for (const QModelIndex &row : list.selectionModel()->selectedRows())
        selectedUids.append(row.data(model::MessageUidRole).toUInt());
    std::sort(selectedUids.begin(), selectedUids.end());
    EXPECT_EQ(selectedUids, (QList<quint32> { picked - 1, picked }));
    const QModelIndex after = rowOfUid(picked);
    EXPECT_TRUE(list.viewport()->rect().contains(list.visualRect(after)));
    EXPECT_EQ(list.indexAt(QPoint(0, 0)).data(model::MessageUidRole).toUInt(), topBefore);
    // The message view was never told to clear or to load the message again.
    EXPECT_EQ(cleared.size(), 0);
    EXPECT_EQ(selected.size(), 0);
}

TEST_F(MessageListSwapTest, AnUntouchedListStaysAtTheTopWithNothingSelected)
{
    list.setMailbox(&engine, kInbox);
    ASSERT_TRUE(list.messages()->isLoading());
    ASSERT_TRUE(swapIn());
    EXPECT_EQ(list.verticalScrollBar()->value(), 0);
    EXPECT_TRUE(list.selectionModel()->selectedRows().isEmpty());
    EXPECT_EQ(list.indexAt(QPoint(0, 0)).data(model::MessageUidRole).toUInt(), kMessages);
}

} // namespace
