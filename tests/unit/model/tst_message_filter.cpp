#include "ModelTestSupport.h"
#include "core/model/MessageFilterModel.h"
#include "core/model/ModelRoles.h"

#include <algorithm>

namespace quire::model::testing {
namespace {

class MessageFilterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        engine = engineWithMessages(uidRange(1, 2000));
        list.setMailbox(engine.get(), kInbox);
        filter.setSourceModel(&list);
        tester = attachTester(&filter);
    }
    QList<quint32> proxyUids() const
    {
        QList<quint32> uids;
        for (int row = 0; row < filter.rowCount(); ++row)
            uids.append(filter.index(row, 0).data(MessageUidRole).toUInt());
        return uids;
    }
    // The expected order, from the records, with arrival as the tie-breaker.
    template<typename Key> QList<quint32> expectedOrder(Key key) const
    {
        QList<quint32> uids = uidRange(1, 2000);
        std::stable_sort(uids.begin(), uids.end(),
            [&](quint32 a, quint32 b) { return key(messageRecord(a)) < key(messageRecord(b)); });
        return uids;
    }

    std::unique_ptr<FakeMailEngine> engine;
    MessageListModel list;
    MessageFilterModel filter;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(MessageFilterTest, SortsByEveryKey)
{
    filter.setSortKey(MessageFilterModel::SortKey::Date);
    EXPECT_EQ(proxyUids(), expectedOrder([](const cache::MessageRecord &r) { return r.date; }));
    filter.setSortKey(MessageFilterModel::SortKey::Size);
    EXPECT_EQ(proxyUids(), expectedOrder([](const cache::MessageRecord &r) { return r.size; }));
    filter.setSortKey(MessageFilterModel::SortKey::Subject);
    EXPECT_EQ(proxyUids(), expectedOrder([](const cache::MessageRecord &r) { return r.subject.toCaseFolded(); }));
    filter.setSortKey(MessageFilterModel::SortKey::From);
    EXPECT_EQ(proxyUids(), expectedOrder([](const cache::MessageRecord &r) { return r.from.toLower(); }));
    filter.setSortKey(MessageFilterModel::SortKey::Flags);
    EXPECT_EQ(proxyUids(), expectedOrder([](const cache::MessageRecord &r) { return r.flags.contains("\\Seen"); }));
    filter.setSortKey(MessageFilterModel::SortKey::Arrival, Qt::DescendingOrder);
    QList<quint32> descending = uidRange(1, 2000);
    std::reverse(descending.begin(), descending.end());
    EXPECT_EQ(proxyUids(), descending);
}

TEST_F(MessageFilterTest, SubjectSortIgnoresReplyPrefixesAndCase)
{
    EXPECT_EQ(baseSubject(QStringLiteral("Re: AW: [list] Fwd: Hello")), QStringLiteral("hello"));
    EXPECT_EQ(baseSubject(QStringLiteral("RE[2]: hello")), QStringLiteral("hello"));
    EXPECT_EQ(baseSubject(QStringLiteral("Reply all")), QStringLiteral("reply all"));
}

TEST_F(MessageFilterTest, FiltersUnreadFlaggedAttachmentsAndText)
{
    filter.setFilters(MessageFilterModel::UnreadOnly);
    EXPECT_EQ(filter.rowCount(), 2000 - 666);
    filter.setFilters(MessageFilterModel::UnreadOnly | MessageFilterModel::WithAttachmentsOnly);
    for (quint32 uid : proxyUids())
        EXPECT_TRUE(uid % 3 != 0 && uid % 5 == 0) << uid;
    filter.setFilters(MessageFilterModel::NoFilter);
    filter.setQuickSearch(QStringLiteral("subject 42 sender"));
    // Every word somewhere in the subject, sender or recipients.
    for (quint32 uid : proxyUids()) {
        const cache::MessageRecord record = messageRecord(uid);
        EXPECT_TRUE(record.subject.contains(QStringLiteral("42")) || record.from.contains(QStringLiteral("42"))) << uid;
    }
    int expected = 0;
    for (quint32 uid = 1; uid <= 2000; ++uid) {
        const cache::MessageRecord record = messageRecord(uid);
        expected += record.subject.contains(QStringLiteral("42")) || record.from.contains(QStringLiteral("42"));
    }
    EXPECT_EQ(filter.rowCount(), expected);
    EXPECT_GT(filter.rowCount(), 0);
    filter.setQuickSearch(QString());
    EXPECT_EQ(filter.rowCount(), 2000);
}

TEST_F(MessageFilterTest, ExtraMatchesJoinTheQuickSearchUntilItChanges)
{
    filter.setQuickSearch(QStringLiteral("no-such-word-anywhere"));
    EXPECT_EQ(filter.rowCount(), 0);
    // What a server SEARCH found in bodies shows, next to the local matches.
    filter.setExtraMatches({ 7, 1999 });
    std::vector<quint32> shown;
    for (quint32 uid : proxyUids())
        shown.push_back(uid);
    std::sort(shown.begin(), shown.end());
    EXPECT_EQ(shown, (std::vector<quint32> { 7, 1999 }));
    // They belong to that query: a new one starts from the local matches only.
    filter.setQuickSearch(QStringLiteral("another-missing-word"));
    EXPECT_TRUE(filter.extraMatches().isEmpty());
    EXPECT_EQ(filter.rowCount(), 0);
    // Without a quick search they change nothing.
    filter.setQuickSearch(QString());
    filter.setExtraMatches({ 3 });
    EXPECT_EQ(filter.rowCount(), 2000);
}

TEST_F(MessageFilterTest, AFlagChangeHidesARowUnderUnreadOnlyWithoutReset)
{
    filter.setFilters(MessageFilterModel::UnreadOnly);
    const int before = filter.rowCount();
    QSignalSpy removed(&filter, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&filter, &QAbstractItemModel::modelReset);
    engine->changeFlags(kInbox, { { 1, { QStringLiteral("\\Seen") }, 0 } });
    EXPECT_EQ(filter.rowCount(), before - 1);
    EXPECT_EQ(removed.size(), 1);
    EXPECT_EQ(reset.size(), 0);
}

} // namespace
} // namespace quire::model::testing
