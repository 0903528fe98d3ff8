#pragma once

// How many rows to write to the cache at once on a thread that also has to
// paint. Large batches are cheaper per row (one commit, one model update),
// but a batch is written in one go: in quire that is the UI thread, and a
// 2,000-row batch with its model update held it for 100-250 ms. The sizer
// aims at a time budget per batch instead of a fixed count, learning from
// each batch how long a row takes.

#include <chrono>

namespace quire::sync {

class WriteBatchSizer
{
public:
    WriteBatchSizer(int minRows, int maxRows, std::chrono::milliseconds budget);

    int size() const { return m_size; }
    // A batch of `rows` took this long; the next size aims at the budget.
    void record(int rows, std::chrono::nanoseconds took);

private:
    int m_min;
    int m_max;
    std::chrono::nanoseconds m_budget;
    int m_size;
};

} // namespace quire::sync
