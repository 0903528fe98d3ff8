// Decoders must stay linear in their input: a hostile header of a few
// megabytes must not stall the reader. Each row is a pathological input that
// a quadratic implementation would take minutes on.

#include "core/mime/Address.h"
#include "core/mime/DateTime.h"
#include "core/mime/EncodedWords.h"
#include "core/mime/FormatFlowed.h"
#include "core/mime/HeaderParams.h"
#include "core/mime/MessageIds.h"
#include "core/mime/TransferEncoding.h"

#include <QElapsedTimer>

#include <functional>
#include <gtest/gtest.h>

using namespace quire::mime;

namespace {

struct LinearRow {
    const char *name;
    QByteArray unit; // repeated to build the input
    std::function<void(const QByteArray &)> decode;
};

void PrintTo(const LinearRow &row, std::ostream *os)
{
    *os << row.name;
}

class LinearRows : public testing::TestWithParam<LinearRow>
{
};

// 2 MB in well under the limit; generous for sanitizer builds.
TEST_P(LinearRows, TwoMegabytesQuickly)
{
    const LinearRow &row = GetParam();
    const QByteArray input = row.unit.repeated(2 * 1024 * 1024 / row.unit.size());
    QElapsedTimer timer;
    timer.start();
    row.decode(input);
    EXPECT_LT(timer.elapsed(), 10000) << row.name;
}

INSTANTIATE_TEST_SUITE_P(Mime, LinearRows,
    testing::Values(
        LinearRow { "EncodedWordOpenersWithoutEnd", "=?a?q?x ", [](const QByteArray &in) { decodeHeaderValue(in); } },
        LinearRow { "AdjacentEncodedWords", "=?utf-8?q?=C3?= ", [](const QByteArray &in) { decodeHeaderValue(in); } },
        LinearRow { "ParamBlankRuns", "x=a      ", [](const QByteArray &in) { parseParameterizedHeader(in); } },
        LinearRow { "ParamContinuations", "; n*1*=%41", [](const QByteArray &in) { parseParameterizedHeader(in); } },
        LinearRow { "UnquotedCommaNames", "Doe, ", [](const QByteArray &in) { parseAddressList(in); } },
        LinearRow { "OpenAngles", "<a ", [](const QByteArray &in) { parseAddressList(in); } },
        LinearRow { "Comments", "((a) ", [](const QByteArray &in) { parseAddressList(in); } },
        LinearRow { "DateTokens", "1T1-", [](const QByteArray &in) { parseMailDate(in); } },
        LinearRow { "UnclosedIds", "<a ", [](const QByteArray &in) { parseMessageIds(in); } },
        LinearRow { "QpEquals", "=", [](const QByteArray &in) { decodeQuotedPrintable(in); } },
        LinearRow {
            "FlowedQuotes", ">>>> a \n", [](const QByteArray &in) { unflowText(QString::fromLatin1(in), true); } }),
    [](const testing::TestParamInfo<LinearRow> &info) { return std::string(info.param.name); });

} // namespace
