#include "core/sync/WriteBatchSizer.h"

#include <algorithm>

namespace quire::sync {

WriteBatchSizer::WriteBatchSizer(int minRows, int maxRows, std::chrono::milliseconds budget)
    : m_min(minRows)
    , m_max(std::max(minRows, maxRows))
    , m_budget(budget)
    , m_size(m_min)
{
}

void WriteBatchSizer::record(int rows, std::chrono::nanoseconds took)
{
    if (rows <= 0)
        return;
    const double perRow = double(std::max<std::chrono::nanoseconds::rep>(took.count(), 1)) / rows;
    const double fits = double(m_budget.count()) / perRow;
    // Halfway towards what fits: one slow batch (a page fault, a busy
    // machine) must not swing the size from one end to the other.
    const double next = (m_size + fits) / 2;
    m_size = int(std::clamp(next, double(m_min), double(m_max)));
}

} // namespace quire::sync
