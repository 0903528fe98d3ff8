// Sequence sets and UID sets: compression into ranges, and parsing back.

#include "core/imap/commands/SequenceSet.h"

#include <gtest/gtest.h>
#include <string>

namespace quire::imap {
namespace {

constexpr quint32 Star = NumberSet::Star;

struct CompressRow {
    std::string name;
    QList<quint32> numbers;
    QByteArray expected;
};

class CompressTable : public ::testing::TestWithParam<CompressRow>
{
};

TEST_P(CompressTable, CompressesIntoRanges)
{
    EXPECT_EQ(UidSet::fromNumbers(GetParam().numbers).toImap().toStdString(), GetParam().expected.toStdString());
}

INSTANTIATE_TEST_SUITE_P(Numbers, CompressTable,
    ::testing::Values(CompressRow { "empty", {}, "" }, CompressRow { "single", { 7 }, "7" },
        CompressRow { "brief_example", { 1, 2, 3, 5, 7, 8, 9 }, "1:3,5,7:9" },
        CompressRow { "unsorted", { 9, 1, 8, 2, 7, 3, 5 }, "1:3,5,7:9" },
        CompressRow { "duplicates", { 4, 4, 5, 5, 5 }, "4:5" }, CompressRow { "pair", { 1, 2 }, "1:2" },
        CompressRow { "gaps", { 1, 3, 5 }, "1,3,5" }, CompressRow { "star", { 5, Star }, "5,*" },
        CompressRow { "star_alone", { Star }, "*" },
        CompressRow { "max_uid", { 4294967294u, 4294967295u }, "4294967294:4294967295" }),
    [](const ::testing::TestParamInfo<CompressRow> &info) { return info.param.name; });

struct RangesRow {
    std::string name;
    QList<NumberRange> ranges;
    QByteArray expected;
};

class RangesTable : public ::testing::TestWithParam<RangesRow>
{
};

TEST_P(RangesTable, MergesRanges)
{
    EXPECT_EQ(SequenceSet::fromRanges(GetParam().ranges).toImap().toStdString(), GetParam().expected.toStdString());
}

INSTANTIATE_TEST_SUITE_P(Ranges, RangesTable,
    ::testing::Values(RangesRow { "one_to_star", { { 1, Star } }, "1:*" },
        RangesRow { "overlapping", { { 1, 5 }, { 3, 8 } }, "1:8" },
        RangesRow { "adjacent", { { 1, 5 }, { 6, 8 } }, "1:8" }, RangesRow { "reversed", { { 9, 4 } }, "4:9" },
        RangesRow { "swallowed", { { 1, 10 }, { 3, 4 } }, "1:10" },
        RangesRow { "into_star", { { 10, Star }, { 20, 30 }, { 1, 2 } }, "1:2,10:*" },
        RangesRow { "star_star", { { Star, Star } }, "*" }),
    [](const ::testing::TestParamInfo<RangesRow> &info) { return info.param.name; });

struct ParseRow {
    std::string name;
    QByteArray text;
    std::optional<QList<NumberRange>> ranges;
};

class ParseTable : public ::testing::TestWithParam<ParseRow>
{
};

TEST_P(ParseTable, Parses)
{
    const auto parsed = NumberSet::parse(GetParam().text);
    ASSERT_EQ(parsed.has_value(), GetParam().ranges.has_value());
    if (parsed) {
        EXPECT_EQ(parsed->ranges(), *GetParam().ranges);
    }
}

INSTANTIATE_TEST_SUITE_P(Text, ParseTable,
    ::testing::Values(ParseRow { "single", "7", QList<NumberRange> { { 7, 7 } } },
        ParseRow { "ranges", "1:3,5,7:9", QList<NumberRange> { { 1, 3 }, { 5, 5 }, { 7, 9 } } },
        ParseRow { "star", "1:*", QList<NumberRange> { { 1, Star } } },
        ParseRow { "star_first", "*:4", QList<NumberRange> { { Star, 4 } } },
        ParseRow {
            "order_kept_for_copyuid", "304,319:320,12", QList<NumberRange> { { 304, 304 }, { 319, 320 }, { 12, 12 } } },
        ParseRow { "max", "4294967295", QList<NumberRange> { { 4294967295u, 4294967295u } } },
        ParseRow { "empty", "", std::nullopt }, ParseRow { "zero", "0", std::nullopt },
        ParseRow { "leading_zero", "01", std::nullopt }, ParseRow { "overflow", "4294967296", std::nullopt },
        ParseRow { "huge", "99999999999999999999", std::nullopt }, ParseRow { "trailing_comma", "1,", std::nullopt },
        ParseRow { "leading_comma", ",1", std::nullopt }, ParseRow { "double_colon", "1:2:3", std::nullopt },
        ParseRow { "space", "1, 2", std::nullopt }, ParseRow { "letters", "a:b", std::nullopt },
        ParseRow { "negative", "-1", std::nullopt }, ParseRow { "open_range", "1:", std::nullopt }),
    [](const ::testing::TestParamInfo<ParseRow> &info) { return info.param.name; });

TEST(NumberSet, RoundTripsThroughText)
{
    const UidSet uids = UidSet::fromNumbers({ 1, 2, 3, 10, 11, 20 });
    const auto parsed = NumberSet::parse(uids.toImap());
    ASSERT_TRUE(parsed);
    EXPECT_EQ(UidSet(*parsed), uids);
}

TEST(NumberSet, ExpandsInServerOrder)
{
    const auto parsed = NumberSet::parse("304,319:320,12");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->toNumbers(0), (QList<quint32> { 304, 319, 320, 12 }));
    EXPECT_EQ(parsed->count(), 4u);
}

TEST(NumberSet, ExpandsStarToGivenValue)
{
    const auto parsed = NumberSet::parse("3:*");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->toNumbers(5), (QList<quint32> { 3, 4, 5 }));
}

TEST(NumberSet, RefusesToExpandHugeSets)
{
    const auto parsed = NumberSet::parse("1:4294967295");
    ASSERT_TRUE(parsed);
    EXPECT_FALSE(parsed->toNumbers(0, 1000).has_value());
    EXPECT_EQ(parsed->count(), 4294967295u);
}

TEST(NumberSet, Contains)
{
    const UidSet uids = UidSet::fromRanges({ { 1, 3 }, { 10, Star } });
    EXPECT_TRUE(uids.contains(2));
    EXPECT_FALSE(uids.contains(5));
    EXPECT_TRUE(uids.contains(1000000));
    EXPECT_TRUE(uids.contains(Star));
    EXPECT_TRUE(UidSet().isEmpty());
}

} // namespace
} // namespace quire::imap
