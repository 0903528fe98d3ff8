// Content-Type / Content-Disposition parameters: RFC 2045, RFC 2231 and the
// forms real senders use.

#include "MimeTestSupport.h"
#include "core/mime/HeaderParams.h"

#include <gtest/gtest.h>

using namespace quire::mime;

namespace {

using Params = QList<std::pair<QByteArray, QString>>;

struct ParamRow {
    const char *name;
    QByteArray raw;
    QByteArray value;
    Params params;
};

void PrintTo(const ParamRow &row, std::ostream *os)
{
    *os << row.name;
}

std::string rowName(const testing::TestParamInfo<ParamRow> &info)
{
    return info.param.name;
}

class ParamRows : public testing::TestWithParam<ParamRow>
{
};

TEST_P(ParamRows, Parses)
{
    const ParamRow &row = GetParam();
    const ParameterizedHeader parsed = parseParameterizedHeader(row.raw);
    EXPECT_EQ(parsed.value, row.value);
    ASSERT_EQ(parsed.params.size(), row.params.size());
    for (qsizetype i = 0; i < row.params.size(); ++i) {
        EXPECT_EQ(parsed.params[i].first, row.params[i].first) << "param " << i;
        EXPECT_EQ(parsed.params[i].second, row.params[i].second) << "param " << i;
    }
}

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

INSTANTIATE_TEST_SUITE_P(Rfc2045, ParamRows,
    testing::Values(ParamRow { "ValueOnly", "text/plain", "text/plain", {} },
        ParamRow { "LowerCasesValue", "Text/HTML", "text/html", {} },
        ParamRow { "Charset", "text/plain; charset=us-ascii", "text/plain", { { "charset", s(u"us-ascii") } } },
        ParamRow { "QuotedValue", "text/plain; charset=\"us-ascii\"", "text/plain", { { "charset", s(u"us-ascii") } } },
        ParamRow { "NameLowerCased", "text/plain; CharSet=UTF-8", "text/plain", { { "charset", s(u"UTF-8") } } },
        ParamRow { "Rfc2045Comment", "text/plain; charset=us-ascii (Plain text)", "text/plain",
            { { "charset", s(u"us-ascii") } } },
        ParamRow { "QuotedEscapes", "attachment; filename=\"a \\\"b\\\" c.txt\"", "attachment",
            { { "filename", s(u"a \"b\" c.txt") } } },
        ParamRow { "QuotedSemicolon", "multipart/mixed; boundary=\"a;b\"; x=1", "multipart/mixed",
            { { "boundary", s(u"a;b") }, { "x", s(u"1") } } },
        ParamRow { "Folded", "multipart/mixed;\r\n\tboundary=\"----=_Part_1\"", "multipart/mixed",
            { { "boundary", s(u"----=_Part_1") } } },
        ParamRow { "SpacesAroundEquals", "text/plain; charset = utf-8", "text/plain", { { "charset", s(u"utf-8") } } },
        ParamRow { "EmptyValue", "text/plain; name=\"\"", "text/plain", { { "name", s(u"") } } },
        ParamRow { "Empty", "", "", {} }),
    rowName);

// RFC 2231 sections 3, 4 and 4.1: the examples.
INSTANTIATE_TEST_SUITE_P(Rfc2231, ParamRows,
    testing::Values(
        ParamRow { "Continuation",
            "message/external-body; access-type=URL;\r\n"
            " URL*0=\"ftp://\";\r\n URL*1=\"cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar\"",
            "message/external-body",
            { { "access-type", s(u"URL") }, { "url", s(u"ftp://cs.utk.edu/pub/moore/bulk-mailer/bulk-mailer.tar") } } },
        ParamRow { "CharsetAndLanguage",
            "application/x-stuff;\r\n title*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A", "application/x-stuff",
            { { "title", s(u"This is ***fun***") } } },
        ParamRow { "ContinuationWithCharset",
            "application/x-stuff;\r\n title*0*=us-ascii'en'This%20is%20even%20more%20;\r\n"
            " title*1*=%2A%2A%2Afun%2A%2A%2A%20;\r\n title*2=\"isn't it!\"",
            "application/x-stuff", { { "title", s(u"This is even more ***fun*** isn't it!") } } },
        ParamRow { "Utf8Filename", "attachment; filename*=UTF-8''caf%C3%A9.txt", "attachment",
            { { "filename", s(u"café.txt") } } },
        ParamRow {
            "EmptyCharset", "attachment; filename*=''caf%C3%A9.txt", "attachment", { { "filename", s(u"café.txt") } } },
        ParamRow { "MultibyteSplitAcrossSections", "attachment; filename*0*=utf-8''caf%C3; filename*1*=%A9.txt",
            "attachment", { { "filename", s(u"café.txt") } } },
        ParamRow {
            "SectionsOutOfOrder", "attachment; name*1=\"b\"; name*0=\"a\"", "attachment", { { "name", s(u"ab") } } },
        ParamRow { "QuotedExtendedValue", "attachment; filename*=\"utf-8''a%20b\"", "attachment",
            { { "filename", s(u"a b") } } },
        ParamRow {
            "MissingQuotesInExtended", "attachment; filename*=a%20b", "attachment", { { "filename", s(u"a b") } } },
        ParamRow { "ExtendedWinsOverPlain", "attachment; filename=\"fallback.txt\"; filename*=utf-8''real.txt",
            "attachment", { { "filename", s(u"real.txt") } } }),
    rowName);

INSTANTIATE_TEST_SUITE_P(Broken, ParamRows,
    testing::Values(ParamRow { "OutlookEncodedWordInQuotes", "attachment; filename=\"=?utf-8?B?Y2Fmw6kudHh0?=\"",
                        "attachment", { { "filename", s(u"café.txt") } } },
        ParamRow { "EncodedWordUnquoted", "application/pdf; name==?utf-8?B?VGhpcyBpcyBhIHRlc3QucGRm?=",
            "application/pdf", { { "name", s(u"This is a test.pdf") } } },
        ParamRow { "MissingSemicolon", "text/plain charset=us-ascii format=flowed", "text/plain",
            { { "charset", s(u"us-ascii") }, { "format", s(u"flowed") } } },
        ParamRow {
            "UnquotedSpaces", "attachment; filename=my file.txt", "attachment", { { "filename", s(u"my file.txt") } } },
        ParamRow { "UnquotedTspecials", "multipart/mixed; boundary=----=_NextPart_000_0001", "multipart/mixed",
            { { "boundary", s(u"----=_NextPart_000_0001") } } },
        ParamRow { "UnquotedSlashAndAt", "text/plain; name=a/b@c.txt", "text/plain", { { "name", s(u"a/b@c.txt") } } },
        ParamRow { "DuplicateFirstWins", "text/plain; charset=utf-8; charset=iso-8859-1", "text/plain",
            { { "charset", s(u"utf-8") } } },
        ParamRow { "TrailingSemicolons", "text/plain;; charset=utf-8;;", "text/plain", { { "charset", s(u"utf-8") } } },
        ParamRow {
            "JunkWithoutEquals", "text/plain; junk; charset=utf-8", "text/plain", { { "charset", s(u"utf-8") } } },
        ParamRow { "UnterminatedQuote", "attachment; filename=\"abc", "attachment", { { "filename", s(u"abc") } } },
        ParamRow {
            "RawUtf8Value", "text/plain; name=ci\xc3\xabl\xc3\xab.txt", "text/plain", { { "name", s(u"ciëlë.txt") } } },
        ParamRow {
            "RawLatin1Value", "text/plain; name=\"ci\xebl\xeb.txt\"", "text/plain", { { "name", s(u"ciëlë.txt") } } },
        ParamRow { "NoValueOnlyParams", "filename=a.txt", "", { { "filename", s(u"a.txt") } } },
        ParamRow {
            "CharsetQuotedTwice", "text/plain; charset=\"'utf-8'\"", "text/plain", { { "charset", s(u"'utf-8'") } } }),
    rowName);

// python-test_email msg_29 / msg_32 / msg_33 and ruby-mail attachment
// headers (expected values worked out by hand).
INSTANTIATE_TEST_SUITE_P(Corpus, ParamRows,
    testing::Values(
        ParamRow { "PythonMsg29",
            "text/plain; charset=us-ascii;\r\n     title*0*=\"us-ascii'en'This%20is%20even%20more%20\";\r\n"
            "     title*1*=\"%2A%2A%2Afun%2A%2A%2A%20\";\r\n     title*2=\"isn't it!\"",
            "text/plain", { { "charset", s(u"us-ascii") }, { "title", s(u"This is even more ***fun*** isn't it!") } } },
        ParamRow { "PythonMsg32", "text/plain; charset*=ansi-x3.4-1968''us-ascii", "text/plain",
            { { "charset", s(u"us-ascii") } } },
        ParamRow { "PythonMsg33",
            "multipart/signed; micalg*=ansi-x3.4-1968''pgp-md5;\r\n"
            "\tprotocol*=ansi-x3.4-1968''application%2Fpgp-signature;\r\n"
            "\tboundary*=\"ansi-x3.4-1968''EeQfGwPcQSOJBaQU\"",
            "multipart/signed",
            { { "micalg", s(u"pgp-md5") }, { "protocol", s(u"application/pgp-signature") },
                { "boundary", s(u"EeQfGwPcQSOJBaQU") } } },
        ParamRow { "RubyLatin1Filename", "attachment;\r\n\tfilename*=ISO-8859-1''Eelanal%FC%FCsi%20p%E4ring.jpg",
            "attachment", { { "filename", s(u"Eelanalüüsi päring.jpg") } } },
        ParamRow { "RubyEncodedName",
            "image/jpeg;\r\n\tx-unix-mode=0700;\r\n\tname=\"=?ISO-8859-1?Q?Eelanal=FC=FCsi_p=E4ring.jpg?=\"",
            "image/jpeg", { { "x-unix-mode", s(u"0700") }, { "name", s(u"Eelanalüüsi päring.jpg") } } },
        ParamRow { "RubyLongJapanese",
            "attachment;\r\n\tfilename*0*=utf-8''%E3%81%8B%E3%81%8D%E3%81%8F%E3%81%91%E3%81%93;\r\n"
            "\tfilename*1*=%E3%81%8B.txt",
            "attachment", { { "filename", s(u"かきくけこか.txt") } } }),
    rowName);

TEST(HeaderParams, ParamLookupIsCaseInsensitive)
{
    const ParameterizedHeader parsed = parseParameterizedHeader("text/plain; charset=utf-8");
    EXPECT_EQ(parsed.param("CHARSET"), QStringLiteral("utf-8"));
    EXPECT_TRUE(parsed.param("name").isNull());
}

TEST(HeaderParams, FallbackCharsetForRaw8Bit)
{
    const ParameterizedHeader parsed = parseParameterizedHeader("text/plain; name=\"\xcf\xf0\xe8\"", "windows-1251");
    EXPECT_EQ(parsed.param("name"), QStringLiteral(u"При"));
}

TEST(HeaderParams, HugeContinuationIndexIgnored)
{
    const ParameterizedHeader parsed = parseParameterizedHeader("a/b; n*0=x; n*99999999=y; n*1=z");
    EXPECT_EQ(parsed.param("n"), QStringLiteral("xz"));
}

} // namespace
