// RFC 5322 address lists and their broken real-world forms.

#include "MimeTestSupport.h"
#include "core/mime/Address.h"

#include <gtest/gtest.h>

using namespace quire::mime;

void PrintTo(const MailAddress &address, std::ostream *os)
{
    *os << formatAddress(address).toStdString();
}

namespace {

struct AddressRow {
    const char *name;
    QByteArray raw;
    QList<MailAddress> addresses; // ungrouped
    QList<AddressGroup> groups = {};
};

void PrintTo(const AddressRow &row, std::ostream *os)
{
    *os << row.name;
}

std::string rowName(const testing::TestParamInfo<AddressRow> &info)
{
    return info.param.name;
}

class AddressRows : public testing::TestWithParam<AddressRow>
{
};

TEST_P(AddressRows, Parses)
{
    const AddressRow &row = GetParam();
    const AddressList parsed = parseAddressList(row.raw);
    EXPECT_EQ(parsed.addresses, row.addresses);
    ASSERT_EQ(parsed.groups.size(), row.groups.size());
    for (qsizetype i = 0; i < row.groups.size(); ++i) {
        EXPECT_EQ(parsed.groups[i].name, row.groups[i].name);
        EXPECT_EQ(parsed.groups[i].members, row.groups[i].members);
        EXPECT_EQ(parsed.groups[i].position, row.groups[i].position);
    }
}

MailAddress a(const char16_t *name, const char16_t *address)
{
    return { QString::fromUtf16(name), QString::fromUtf16(address) };
}

AddressGroup g(const char16_t *name, QList<MailAddress> members, qsizetype position = 0)
{
    return { QString::fromUtf16(name), members, position };
}

// RFC 5322 appendix A.1 to A.6.
INSTANTIATE_TEST_SUITE_P(Rfc5322, AddressRows,
    testing::Values(
        AddressRow { "A1_1From", "John Doe <jdoe@machine.example>", { a(u"John Doe", u"jdoe@machine.example") } },
        AddressRow { "A1_1To", "Mary Smith <mary@example.net>", { a(u"Mary Smith", u"mary@example.net") } },
        AddressRow { "A1_2QuotedName", "\"Joe Q. Public\" <john.q.public@example.com>",
            { a(u"Joe Q. Public", u"john.q.public@example.com") } },
        AddressRow { "A1_2List", "Mary Smith <mary@x.test>, jdoe@example.org, Who? <one@y.test>",
            { a(u"Mary Smith", u"mary@x.test"), a(u"", u"jdoe@example.org"), a(u"Who?", u"one@y.test") } },
        AddressRow { "A1_2QuotedComma", "<boss@nil.test>, \"Giant; \\\"Big\\\" Box\" <sysservices@example.net>",
            { a(u"", u"boss@nil.test"), a(u"Giant; \"Big\" Box", u"sysservices@example.net") } },
        AddressRow { "A1_3Group", "A Group:Ed Jones <c@a.test>,joe@where.test,John <jdoe@one.test>;", {},
            { g(u"A Group",
                { a(u"Ed Jones", u"c@a.test"), a(u"", u"joe@where.test"), a(u"John", u"jdoe@one.test") }) } },
        AddressRow { "A1_3EmptyGroup", "Undisclosed recipients:;", {}, { g(u"Undisclosed recipients", {}) } },
        AddressRow { "A5_Comments", "Pete(A nice \\) chap) <pete(his account)@silly.test(his host)>",
            { a(u"Pete", u"pete@silly.test") } },
        AddressRow { "A5_GroupWithComments",
            "A Group(Some people)\r\n     :Chris Jones <c@(Chris's host.)public.example>,\r\n"
            "         joe@example.org,\r\n  John <jdoe@one.test> (my dear friend); (the end of the group)",
            {},
            { g(u"A Group",
                { a(u"Chris Jones", u"c@public.example"), a(u"", u"joe@example.org"),
                    a(u"John", u"jdoe@one.test") }) } },
        AddressRow { "A5_HiddenRecipients", "(Empty list)(start)Hidden recipients  :(nobody(that I know))  ;", {},
            { g(u"Hidden recipients", {}) } },
        AddressRow { "A6_1ObsoleteRouteAndSpaces", "Mary Smith <@node.test:mary@example.net>, , jdoe@test  . example",
            { a(u"Mary Smith", u"mary@example.net"), a(u"", u"jdoe@test.example") } },
        AddressRow { "A6_1ObsoletePhrase", "Joe Q. Public <john.q.public@example.com>",
            { a(u"Joe Q. Public", u"john.q.public@example.com") } }),
    rowName);

INSTANTIATE_TEST_SUITE_P(Forms, AddressRows,
    testing::Values(AddressRow { "Empty", "", {} }, AddressRow { "Bare", "a@b.c", { a(u"", u"a@b.c") } },
        AddressRow { "Angle", "<a@b.c>", { a(u"", u"a@b.c") } },
        AddressRow { "NameFromComment", "a@b (John Doe)", { a(u"John Doe", u"a@b") } },
        AddressRow { "NameFromCommentAfterAngle", "<a@b> (John)", { a(u"John", u"a@b") } },
        AddressRow { "EncodedName", "=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?= <keld@dkuug.dk>",
            { a(u"Keld Jørn Simonsen", u"keld@dkuug.dk") } },
        AddressRow { "EncodedNameInQuotes", "\"=?utf-8?q?Andr=C3=A9?=\" <andre@x>", { a(u"André", u"andre@x") } },
        AddressRow { "EncodedWordsJoined", "=?utf-8?q?a?= =?utf-8?q?b?= <x@y>", { a(u"ab", u"x@y") } },
        AddressRow { "EncodedComment", "x@y (=?utf-8?q?Andr=C3=A9?=)", { a(u"André", u"x@y") } },
        AddressRow {
            "Rfc6532Utf8", "J\xc3\xb6rg <j\xc3\xb6rg@b\xc3\xbc\x63her.de>", { a(u"Jörg", u"jörg@bücher.de") } },
        AddressRow { "QuotedLocalPart", "\"john doe\"@example.com", { a(u"", u"\"john doe\"@example.com") } },
        AddressRow { "GroupThenAddress", "team: a@b, c@d;, e@f", { a(u"", u"e@f") },
            { g(u"team", { a(u"", u"a@b"), a(u"", u"c@d") }, 0) } },
        AddressRow { "AddressThenGroup", "e@f, team: a@b;", { a(u"", u"e@f") }, { g(u"team", { a(u"", u"a@b") }, 1) } },
        AddressRow { "UnclosedGroup", "team: a@b", {}, { g(u"team", { a(u"", u"a@b") }) } },
        AddressRow { "AtInDisplayName", "\"foo@bar.com\" <foo@bar.com>", { a(u"foo@bar.com", u"foo@bar.com") } }),
    rowName);

INSTANTIATE_TEST_SUITE_P(Broken, AddressRows,
    testing::Values(AddressRow { "MissingCloseAngle", "John <john@x.com", { a(u"John", u"john@x.com") } },
        AddressRow { "MissingCloseAngleThenMore", "John <john@x.com, Mary <mary@y>",
            { a(u"John", u"john@x.com"), a(u"Mary", u"mary@y") } },
        AddressRow { "UnquotedCommaInName", "Doe, John <jd@x.com>", { a(u"Doe, John", u"jd@x.com") } },
        AddressRow { "UnquotedCommaInNameTwice", "Doe, John <jd@x.com>, Roe, Jane <jr@x.com>",
            { a(u"Doe, John", u"jd@x.com"), a(u"Roe, Jane", u"jr@x.com") } },
        AddressRow { "SemicolonSeparator", "a@b; c@d", { a(u"", u"a@b"), a(u"", u"c@d") } },
        AddressRow { "NameThenBareAddress", "John Doe john@x.com", { a(u"John Doe", u"john@x.com") } },
        AddressRow { "TrailingComma", "a@b,", { a(u"", u"a@b") } }, AddressRow { "OnlyCommas", ",,,", {} },
        AddressRow { "StrayCloseAngle", "a@b>", { a(u"", u"a@b") } },
        AddressRow { "NameOnly", "undisclosed recipients", { a(u"undisclosed recipients", u"") } },
        AddressRow { "MailtoInAngle", "<mailto:a@b>", { a(u"", u"a@b") } },
        AddressRow { "RawLatin1Name", "J\xf6rg <j@b>", { a(u"Jörg", u"j@b") } },
        AddressRow { "FoldedInsideName", "John\r\n Doe <j@d>", { a(u"John Doe", u"j@d") } },
        AddressRow { "UnterminatedQuote", "\"John <j@d>", { a(u"John <j@d>", u"") } }),
    rowName);

struct FormatRow {
    const char *name;
    MailAddress address;
    QString expected;
};

void PrintTo(const FormatRow &row, std::ostream *os)
{
    *os << row.name;
}

class FormatRows : public testing::TestWithParam<FormatRow>
{
};

TEST_P(FormatRows, Formats)
{
    EXPECT_EQ(formatAddress(GetParam().address), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Format, FormatRows,
    testing::Values(FormatRow { "AddressOnly", a(u"", u"a@b"), QStringLiteral("a@b") },
        FormatRow { "SimpleName", a(u"John Doe", u"a@b"), QStringLiteral("John Doe <a@b>") },
        FormatRow { "NameWithComma", a(u"Doe, John", u"a@b"), QStringLiteral("\"Doe, John\" <a@b>") },
        FormatRow { "NameWithDot", a(u"Joe Q. Public", u"a@b"), QStringLiteral("\"Joe Q. Public\" <a@b>") },
        FormatRow { "NameWithQuote", a(u"Big \"Box\"", u"a@b"), QStringLiteral("\"Big \\\"Box\\\"\" <a@b>") },
        FormatRow { "UnicodeName", a(u"Jörg", u"a@b"), QStringLiteral(u"Jörg <a@b>") },
        FormatRow { "NameOnly", a(u"Team", u""), QStringLiteral("Team") }),
    [](const testing::TestParamInfo<FormatRow> &info) { return std::string(info.param.name); });

TEST(AddressList, AllMailboxesKeepsHeaderOrder)
{
    const AddressList parsed = parseAddressList("x@y, team: a@b, c@d;, z@w");
    const QList<MailAddress> expected { a(u"", u"x@y"), a(u"", u"a@b"), a(u"", u"c@d"), a(u"", u"z@w") };
    EXPECT_EQ(parsed.allMailboxes(), expected);
}

TEST(AddressList, FallbackCharsetForRawName)
{
    const AddressList parsed = parseAddressList("\xcf\xf0\xe8 <p@r>", "windows-1251");
    ASSERT_EQ(parsed.addresses.size(), 1);
    EXPECT_EQ(parsed.addresses[0].name, QStringLiteral(u"При"));
}

} // namespace
