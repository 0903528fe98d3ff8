#include "core/sync/FetchedFlagList.h"
#include "tests/support/GtestRowName.h"

#include <gtest/gtest.h>
#include <optional>

namespace quire::sync {
namespace {

// One FETCH response as the flag FETCH hands it on.
struct Response {
    quint32 uid;
    std::optional<QList<QByteArray>> flags;
    std::optional<quint64> modSeq;
};

// What one entry should say after finish().
struct Expected {
    quint32 uid;
    std::optional<QList<QByteArray>> flags;
    quint64 modSeq;
};

struct FlagListCase {
    const char *name;
    std::vector<Response> responses;
    std::vector<Expected> expected;
};

class FetchedFlagListRows : public ::testing::TestWithParam<FlagListCase>
{
};

TEST_P(FetchedFlagListRows, KeepsWhatEachResponseSaid)
{
    FetchedFlagList list;
    for (const Response &response : GetParam().responses)
        list.record(response.uid, response.flags, response.modSeq);
    list.finish();
    ASSERT_EQ(list.size(), qsizetype(GetParam().expected.size()));
    for (std::size_t i = 0; i < GetParam().expected.size(); ++i) {
        const Expected &expected = GetParam().expected[i];
        const FetchedFlagList::Entry &entry = list.entries()[i];
        EXPECT_EQ(entry.uid, expected.uid) << "entry " << i;
        EXPECT_EQ(entry.modSeq, expected.modSeq) << "UID " << entry.uid;
        const QList<QByteArray> *flags = list.flags(entry);
        ASSERT_EQ(flags != nullptr, expected.flags.has_value()) << "UID " << entry.uid;
        if (flags) {
            EXPECT_EQ(*flags, *expected.flags) << "UID " << entry.uid;
        }
        ASSERT_NE(list.find(expected.uid), nullptr);
        EXPECT_EQ(*list.find(expected.uid), entry);
    }
}

const QList<QByteArray> seen { "\\Seen" };
const QList<QByteArray> seenFlagged { "\\Seen", "\\Flagged" };
const QList<QByteArray> none {};

INSTANTIATE_TEST_SUITE_P(Responses, FetchedFlagListRows,
    ::testing::Values(FlagListCase { "nothing", {}, {} },
        FlagListCase { "in UID order", { { 1, seen, 5 }, { 2, none, 6 }, { 7, seenFlagged, {} } },
            { { 1, seen, 5 }, { 2, none, 6 }, { 7, seenFlagged, 0 } } },
        // No FLAGS item is not the same as an empty flag list.
        FlagListCase { "modseq only", { { 3, {}, 9 } }, { { 3, {}, 9 } } },
        FlagListCase { "out of order", { { 9, seen, {} }, { 2, none, {} }, { 5, seenFlagged, {} } },
            { { 2, none, 0 }, { 5, seenFlagged, 0 }, { 9, seen, 0 } } },
        // A server may split one message's answer over several responses.
        FlagListCase { "split answer", { { 4, seen, {} }, { 4, {}, 12 } }, { { 4, seen, 12 } } },
        FlagListCase { "later flags win", { { 4, seen, 3 }, { 4, seenFlagged, {} } }, { { 4, seenFlagged, 3 } } },
        FlagListCase { "split and out of order", { { 8, seen, {} }, { 3, none, {} }, { 8, {}, 20 }, { 3, seen, 21 } },
            { { 3, seen, 21 }, { 8, seen, 20 } } }),
    quire::testing::RowName());

TEST(FetchedFlagList, SharesOneListPerDistinctFlagSet)
{
    FetchedFlagList list;
    for (quint32 uid = 1; uid <= 1000; ++uid)
        list.record(uid, uid % 2 ? seen : seenFlagged, std::nullopt);
    list.finish();
    EXPECT_EQ(list.entries()[0].flagSet, list.entries()[2].flagSet);
    EXPECT_EQ(list.entries()[1].flagSet, list.entries()[3].flagSet);
    EXPECT_NE(list.entries()[0].flagSet, list.entries()[1].flagSet);
    EXPECT_EQ(list.flags(list.entries()[0]), list.flags(list.entries()[998]));
    EXPECT_EQ(list.flagSetCount(), 2);
}

TEST(FetchedFlagList, KeepsEveryMessagesOwnSetApart)
{
    // A hostile server's answer: every message with a keyword of its own, and
    // then the first messages' sets again, out of order.
    const auto setOf = [](quint32 uid) { return QList<QByteArray> { "\\Seen", "k" + QByteArray::number(uid) }; };
    FetchedFlagList list;
    for (quint32 uid = 20000; uid >= 1; --uid)
        list.record(uid, setOf(uid), std::nullopt);
    for (quint32 uid = 20001; uid <= 20100; ++uid)
        list.record(uid, setOf(uid - 20000), std::nullopt);
    list.finish();
    ASSERT_EQ(list.size(), 20100);
    EXPECT_EQ(list.flagSetCount(), 20000);
    for (const FetchedFlagList::Entry &entry : list.entries()) {
        const quint32 owner = entry.uid > 20000 ? entry.uid - 20000 : entry.uid;
        ASSERT_NE(list.flags(entry), nullptr) << "UID " << entry.uid;
        EXPECT_EQ(*list.flags(entry), setOf(owner)) << "UID " << entry.uid;
        EXPECT_EQ(entry.flagSet, list.find(owner)->flagSet) << "UID " << entry.uid;
    }
}

TEST(FetchedFlagList, FindsOnlyListedUids)
{
    FetchedFlagList list;
    list.record(10, seen, std::nullopt);
    list.record(20, seen, std::nullopt);
    list.finish();
    EXPECT_EQ(list.find(15), nullptr);
    EXPECT_EQ(list.find(25), nullptr);
    EXPECT_EQ(list.find(5), nullptr);
    EXPECT_EQ(list.uids(), (QList<quint32> { 10, 20 }));
}

TEST(FetchedFlagList, DropsEntriesBelowAUid)
{
    // "UID FETCH 50:*" names the last message even when its UID is below 50.
    FetchedFlagList list;
    list.record(30, seen, std::nullopt);
    list.record(50, none, std::nullopt);
    list.record(51, seen, std::nullopt);
    list.finish();
    list.dropBelow(50);
    EXPECT_EQ(list.uids(), (QList<quint32> { 50, 51 }));
    list.dropBelow(100);
    EXPECT_TRUE(list.isEmpty());
}

} // namespace
} // namespace quire::sync
