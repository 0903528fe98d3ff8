// Content-Transfer-Encoding decoders: base64, quoted-printable, the RFC 2047
// Q encoding, uuencode and the dispatcher.

#include "MimeTestSupport.h"
#include "core/mime/TransferEncoding.h"

#include <gtest/gtest.h>

using namespace quire::mime;

namespace {

struct BytesRow {
    const char *name;
    QByteArray input;
    QByteArray expected;
};

void PrintTo(const BytesRow &row, std::ostream *os)
{
    *os << row.name;
}

template<typename Row> std::string rowName(const testing::TestParamInfo<Row> &info)
{
    return info.param.name;
}

class Base64Rows : public testing::TestWithParam<BytesRow>
{
};

TEST_P(Base64Rows, Decodes)
{
    EXPECT_EQ(decodeBase64(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Base64, Base64Rows,
    testing::Values(BytesRow { "Empty", "", "" },
        // RFC 4648 section 10 test vectors
        BytesRow { "Rfc4648_f", "Zg==", "f" }, BytesRow { "Rfc4648_fo", "Zm8=", "fo" },
        BytesRow { "Rfc4648_foo", "Zm9v", "foo" }, BytesRow { "Rfc4648_foob", "Zm9vYg==", "foob" },
        BytesRow { "Rfc4648_fooba", "Zm9vYmE=", "fooba" }, BytesRow { "Rfc4648_foobar", "Zm9vYmFy", "foobar" },
        BytesRow { "LineBreaks", "Zm9v\r\nYmFy\r\n", "foobar" }, BytesRow { "MissingPadding", "Zm9vYg", "foob" },
        BytesRow { "MissingOnePad", "Zm9vYmE", "fooba" }, BytesRow { "ExtraPadding", "Zm8===", "fo" },
        BytesRow { "JunkCharacters", "Zm9v*Ym!Fy", "foobar" }, BytesRow { "SpacesAndTabs", " Zm 9v\tYm Fy ", "foobar" },
        BytesRow { "ConcatenatedPaddedChunks", "Zg==Zm8=", "ffo" },
        BytesRow { "UrlSafeAlphabet", "-_-_", QByteArray("\xfb\xff\xbf", 3) },
        BytesRow { "BinaryBytes", "AAEC/w==", QByteArray("\x00\x01\x02\xff", 4) },
        BytesRow { "DanglingSingleChar", "Zm9vY", "foo" }, BytesRow { "OnlyJunk", "!!!***", "" },
        BytesRow { "OnlyPadding", "====", "" }),
    rowName<BytesRow>);

class QuotedPrintableRows : public testing::TestWithParam<BytesRow>
{
};

TEST_P(QuotedPrintableRows, Decodes)
{
    EXPECT_EQ(decodeQuotedPrintable(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(QuotedPrintable, QuotedPrintableRows,
    testing::Values(BytesRow { "Empty", "", "" }, BytesRow { "PlainText", "hello", "hello" },
        BytesRow { "HexEscape", "caf=E9", "caf\xe9" }, BytesRow { "LowerCaseHex", "caf=e9", "caf\xe9" },
        BytesRow { "EqualsSign", "1+1=3D2", "1+1=2" },
        BytesRow { "SoftBreakCrlf", "long=\r\nline\r\n", "longline\r\n" },
        BytesRow { "SoftBreakLf", "long=\nline\n", "longline\n" },
        BytesRow { "SoftBreakWithTrailingSpace", "long=  \r\nline", "longline" },
        BytesRow { "HardBreaksKept", "a\r\nb\r\n", "a\r\nb\r\n" },
        BytesRow { "TrailingWhitespaceDropped", "a  \t\r\nb", "a\r\nb" },
        BytesRow { "EncodedTrailingSpace", "a=20\r\n", "a \r\n" }, BytesRow { "BadEscapeKept", "a=XYb", "a=XYb" },
        BytesRow { "HalfEscapeKept", "a=4", "a=4" }, BytesRow { "EqualsAtEndIsSoftBreak", "abc=", "abc" },
        BytesRow { "EqualsThenSpaceKept", "a= b", "a= b" }, BytesRow { "Utf8Sequence", "=E2=82=AC", "\xe2\x82\xac" },
        // RFC 2045 section 6.7 example of a soft-broken line
        BytesRow { "Rfc2045Example", "Now's the time =\r\nfor all folk to come=\r\n to the aid of their country.",
            "Now's the time for all folk to come to the aid of their country." },
        BytesRow { "UnderscoreIsLiteral", "a_b", "a_b" }),
    rowName<BytesRow>);

class QEncodingRows : public testing::TestWithParam<BytesRow>
{
};

TEST_P(QEncodingRows, Decodes)
{
    EXPECT_EQ(decodeQEncoding(GetParam().input), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(QEncoding, QEncodingRows,
    testing::Values(BytesRow { "Underscore", "a_b", "a b" }, BytesRow { "Escape", "Keld_J=F8rn", "Keld J\xf8rn" },
        BytesRow { "EscapedUnderscore", "a=5Fb", "a_b" }, BytesRow { "BadEscape", "=ZZ", "=ZZ" },
        BytesRow { "Empty", "", "" }, BytesRow { "EqualsAtEnd", "ab=", "ab=" }),
    rowName<BytesRow>);

struct DispatchRow {
    const char *name;
    QByteArray body;
    QByteArray encoding;
    QByteArray expected;
};

void PrintTo(const DispatchRow &row, std::ostream *os)
{
    *os << row.name;
}

class DispatchRows : public testing::TestWithParam<DispatchRow>
{
};

TEST_P(DispatchRows, Decodes)
{
    EXPECT_EQ(decodeTransferEncoding(GetParam().body, GetParam().encoding), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(TransferEncoding, DispatchRows,
    testing::Values(DispatchRow { "Base64", "Zm9v", "base64", "foo" },
        DispatchRow { "Base64UpperCase", "Zm9v", "BASE64", "foo" },
        DispatchRow { "Base64Padded", "Zm9v", "  Base64 ", "foo" },
        DispatchRow { "QuotedPrintable", "a=3Db", "Quoted-Printable", "a=b" },
        DispatchRow { "SevenBit", "a=3Db", "7bit", "a=3Db" }, DispatchRow { "EightBit", "caf\xe9", "8bit", "caf\xe9" },
        DispatchRow { "Binary", QByteArray("\x00\x01", 2), "binary", QByteArray("\x00\x01", 2) },
        DispatchRow { "Empty", "Zm9v", "", "Zm9v" }, DispatchRow { "Unknown", "Zm9v", "x-gzip", "Zm9v" },
        DispatchRow { "Uuencode", "begin 644 cat.txt\n#0V%T\n`\nend\n", "x-uuencode", "Cat" },
        DispatchRow { "UuencodeWithoutBegin", "#0V%T\n", "x-uuencode", "Cat" },
        DispatchRow { "UuencodeCrlf", "begin 644 a\r\n&9F]O8F%R\r\n`\r\nend\r\n", "uuencode", "foobar" }),
    rowName<DispatchRow>);

} // namespace
