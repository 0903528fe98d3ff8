// Message-ID, In-Reply-To and References.

#include "MimeTestSupport.h"
#include "core/mime/MessageIds.h"

#include <gtest/gtest.h>

using namespace quire::mime;

namespace {

struct IdsRow {
    const char *name;
    QByteArray raw;
    QList<QByteArray> expected;
};

void PrintTo(const IdsRow &row, std::ostream *os)
{
    *os << row.name;
}

std::string rowName(const testing::TestParamInfo<IdsRow> &info)
{
    return info.param.name;
}

class IdsRows : public testing::TestWithParam<IdsRow>
{
};

TEST_P(IdsRows, Parses)
{
    EXPECT_EQ(parseMessageIds(GetParam().raw), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(MessageIds, IdsRows,
    testing::Values(IdsRow { "Single", "<1234@local.machine.example>", { "1234@local.machine.example" } },
        // RFC 5322 appendix A.2
        IdsRow { "Rfc5322References", "<1234@local.machine.example> <3456@example.net>",
            { "1234@local.machine.example", "3456@example.net" } },
        IdsRow { "Folded", "<a@b>\r\n <c@d>\r\n\t<e@f>", { "a@b", "c@d", "e@f" } },
        IdsRow { "NoSpaces", "<a@b><c@d>", { "a@b", "c@d" } },
        IdsRow { "JunkBetween", "<a@b> junk, (comment) <c@d>", { "a@b", "c@d" } },
        IdsRow { "InReplyToWithPhrase", "Your message of \"Mon\" <a@b>", { "a@b" } },
        IdsRow { "BareAlone", "someone@yahoo.com", { "someone@yahoo.com" } },
        IdsRow { "BareWithComment", " a@b (the id) ", { "a@b" } }, IdsRow { "BareWordsIgnored", "not an id", {} },
        IdsRow { "Empty", "", {} }, IdsRow { "EmptyBrackets", "<>", {} }, IdsRow { "Unclosed", "<a@b", { "a@b" } },
        IdsRow { "UnclosedThenNext", "<a@b <c@d>", { "a@b", "c@d" } },
        IdsRow { "FoldedInsideBrackets", "<a@\r\n b>", { "a@b" } },
        IdsRow { "BracketsInComment", "(<x@y>) <a@b>", { "a@b" } }),
    rowName);

} // namespace
