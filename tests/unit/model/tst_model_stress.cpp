// Thousands of random server-side changes through the fake engine while
// QAbstractItemModelTester (fatal mode) watches the list, the sorted and
// filtered proxy and the threaded tree at once.

#include "ModelTestSupport.h"
#include "core/model/MessageFilterModel.h"
#include "core/model/ModelRoles.h"
#include "core/model/ThreadedMessageModel.h"

#include <QRandomGenerator>

namespace quire::model::testing {
namespace {

TEST(ModelStress, RandomChangesKeepEveryModelConsistent)
{
    auto engine = engineWithMessages(uidRange(1, 300));
    MessageListModel list;
    list.setMailbox(engine.get(), kInbox);
    MessageFilterModel filter;
    filter.setSourceModel(&list);
    filter.setSortKey(MessageFilterModel::SortKey::Date, Qt::DescendingOrder);
    filter.setFilters(MessageFilterModel::UnreadOnly);
    ThreadedMessageModel threads;
    threads.setSourceModel(&list);
    auto listTester = attachTester(&list);
    auto filterTester = attachTester(&filter);
    auto threadTester = attachTester(&threads);

    QRandomGenerator random(42);
    QList<quint32> present = uidRange(1, 300);
    quint32 nextUid = 301;
    auto idOf = [](quint32 uid) { return "<m" + QByteArray::number(uid) + "@example.org>"; };
    for (int step = 0; step < 3000; ++step) {
        const int action = random.bounded(4);
        if (action == 0 || present.size() < 20) {
            // New mail, often a reply to a present or vanished message, or one
            // whose parent arrives later (UIDs ahead of nextUid).
            QList<cache::MessageRecord> records;
            for (int i = random.bounded(1, 4); i > 0; --i) {
                const quint32 uid = nextUid++;
                QList<QByteArray> references;
                if (random.bounded(3) > 0)
                    references.append(idOf(quint32(random.bounded(1, int(uid + 5)))));
                records.append(messageRecord(uid, {}, idOf(uid), references));
                present.append(uid);
            }
            engine->addMessages(kInbox, records);
        } else if (action == 1) {
            QList<quint32> doomed;
            for (int i = random.bounded(1, 6); i > 0 && !present.isEmpty(); --i)
                doomed.append(present.takeAt(random.bounded(int(present.size()))));
            engine->removeMessages(kInbox, doomed);
        } else if (action == 2) {
            QList<cache::FlagUpdate> updates;
            for (int i = random.bounded(1, 10); i > 0; --i) {
                const quint32 uid = present[random.bounded(int(present.size()))];
                updates.append({ uid, random.bounded(2) ? QStringList { "\\Seen" } : QStringList { "\\Flagged" }, 0 });
            }
            engine->changeFlags(kInbox, updates);
        } else {
            const QModelIndex index = list.index(random.bounded(list.rowCount()), 0);
            list.setData(index, !index.data(MessageSeenRole).toBool(), MessageSeenRole);
        }
        ASSERT_EQ(list.rowCount(), present.size());
    }

    // Every message is in the tree exactly once.
    int counted = 0;
    std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        for (int row = 0; row < threads.rowCount(parent); ++row) {
            ++counted;
            count(threads.index(row, 0, parent));
        }
    };
    count({});
    EXPECT_EQ(counted, present.size());
}

} // namespace
} // namespace quire::model::testing
