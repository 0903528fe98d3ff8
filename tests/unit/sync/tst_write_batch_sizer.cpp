#include "core/sync/WriteBatchSizer.h"
#include "tests/support/GtestRowName.h"

#include <gtest/gtest.h>

namespace quire::sync {
namespace {

using namespace std::chrono_literals;

TEST(WriteBatchSizer, StartsSmall)
{
    EXPECT_EQ(WriteBatchSizer(100, 2000, 20ms).size(), 100);
}

struct Step {
    int rows;
    std::chrono::nanoseconds took;
    int expectedSize;
};

struct SizerCase {
    const char *name;
    std::vector<Step> steps;
};

class WriteBatchSizerSteps : public ::testing::TestWithParam<SizerCase>
{
};

// Budget 20 ms, bounds 100..2000; each step goes halfway to what fits.
TEST_P(WriteBatchSizerSteps, GoesHalfwayTowardsWhatFitsTheBudget)
{
    WriteBatchSizer sizer(100, 2000, 20ms);
    for (const Step &step : GetParam().steps) {
        sizer.record(step.rows, step.took);
        EXPECT_EQ(sizer.size(), step.expectedSize) << step.rows << " rows in " << step.took.count() << " ns";
    }
}

INSTANTIATE_TEST_SUITE_P(Rows, WriteBatchSizerSteps,
    ::testing::Values(
        // 10 us a row: 2,000 fit; (100 + 2000) / 2, then the cap.
        SizerCase { "fast", { { 100, 1ms, 1050 }, { 1050, 10500us, 1525 }, { 1525, 15250us, 1762 } } },
        SizerCase { "capped", { { 100, 100us, 2000 }, { 2000, 2ms, 2000 } } },
        // 100 us a row: 200 fit.
        SizerCase { "slow", { { 100, 10ms, 150 }, { 150, 15ms, 175 } } },
        // A machine this slow still writes the minimum.
        SizerCase { "floor", { { 100, 1000ms, 100 } } },
        // A batch of 2,000 that took 200 ms comes down at once.
        SizerCase { "slows down", { { 100, 1ms, 1050 }, { 1050, 105ms, 625 }, { 625, 125ms, 362 } } },
        SizerCase { "empty batches change nothing", { { 0, 5ms, 100 }, { -1, 5ms, 100 } } },
        // A zero duration counts as the shortest there is, not a division by zero.
        SizerCase { "instant", { { 100, 0ns, 2000 } } }),
    quire::testing::RowName());

} // namespace
} // namespace quire::sync
