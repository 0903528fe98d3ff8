// format=flowed (RFC 3676).

#include "MimeTestSupport.h"
#include "core/mime/FormatFlowed.h"

#include <gtest/gtest.h>

using namespace quire::mime;

namespace {

struct FlowedRow {
    const char *name;
    QString input;
    bool delSp;
    QString expected;
};

void PrintTo(const FlowedRow &row, std::ostream *os)
{
    *os << row.name;
}

std::string rowName(const testing::TestParamInfo<FlowedRow> &info)
{
    return info.param.name;
}

class FlowedRows : public testing::TestWithParam<FlowedRow>
{
};

TEST_P(FlowedRows, Unflows)
{
    const FlowedRow &row = GetParam();
    EXPECT_EQ(unflowText(row.input, row.delSp), row.expected);
}

INSTANTIATE_TEST_SUITE_P(Rfc3676, FlowedRows,
    testing::Values(FlowedRow { "Empty", QString(), false, QString() },
        FlowedRow { "FixedLinesUnchanged", QStringLiteral("a\nb\n"), false, QStringLiteral("a\nb\n") },
        FlowedRow { "SoftBreakJoined", QStringLiteral("Hello \nworld\n"), false, QStringLiteral("Hello world\n") },
        FlowedRow { "CrlfAccepted", QStringLiteral("Hello \r\nworld\r\n"), false, QStringLiteral("Hello world\n") },
        FlowedRow { "DelSpRemovesSpace", QStringLiteral("Hel \nlo\n"), true, QStringLiteral("Hello\n") },
        FlowedRow { "ManyLines", QStringLiteral("a \nb \nc\nd\n"), false, QStringLiteral("a b c\nd\n") },
        FlowedRow { "SpaceStuffingRemoved", QStringLiteral(" From me\n >not quoted\n"), false,
            QStringLiteral("From me\n>not quoted\n") },
        FlowedRow { "QuotedJoined", QStringLiteral("> a \n> b\n"), false, QStringLiteral("> a b\n") },
        FlowedRow { "NestedQuote", QStringLiteral(">> deep \n>> text\n> shallow\n"), false,
            QStringLiteral(">> deep text\n> shallow\n") },
        FlowedRow { "QuoteDepthChangeEndsParagraph", QStringLiteral("> quoted \nnot quoted\n"), false,
            QStringLiteral("> quoted \nnot quoted\n") },
        FlowedRow {
            "SignatureSeparatorKept", QStringLiteral("text \n-- \nsig\n"), false, QStringLiteral("text \n-- \nsig\n") },
        FlowedRow { "SignatureSeparatorDelSp", QStringLiteral("-- \nsig\n"), true, QStringLiteral("-- \nsig\n") },
        FlowedRow { "EmptyQuotedLine", QStringLiteral(">\n> a\n"), false, QStringLiteral(">\n> a\n") },
        FlowedRow { "LastLineFlowed", QStringLiteral("a \nb "), false, QStringLiteral("a b ") },
        FlowedRow { "NoTrailingNewline", QStringLiteral("a\nb"), false, QStringLiteral("a\nb") },
        FlowedRow { "BlankLineIsParagraphBreak", QStringLiteral("a \n\nb\n"), false, QStringLiteral("a \nb\n") },
        // RFC 3676 section 4.3 / 4.5 style example: a quoted flowed paragraph
        // followed by unquoted reply text.
        FlowedRow { "Rfc3676QuotedReply",
            QStringLiteral(">>>Exactly. That's why I \n>>>said it. \n>>Yes. \n>>Indeed.\n>So what?\nI agree.\n"), false,
            QStringLiteral(">>> Exactly. That's why I said it. \n>> Yes. Indeed.\n> So what?\nI agree.\n") },
        FlowedRow { "Rfc3676DelSpExample", QStringLiteral("Thi \nsis a sin \ngle line.\n"), true,
            QStringLiteral("Thisis a single line.\n") }),
    rowName);

} // namespace
