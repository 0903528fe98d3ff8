// RFC 2047 encoded words and RFC 6532 UTF-8 in unstructured header values.

#include "MimeTestSupport.h"
#include "core/mime/EncodedWords.h"

#include <gtest/gtest.h>

using namespace quire::mime;

namespace {

struct HeaderRow {
    const char *name;
    QByteArray raw;
    QString expected;
    QByteArray fallback = {};
};

void PrintTo(const HeaderRow &row, std::ostream *os)
{
    *os << row.name;
}

std::string rowName(const testing::TestParamInfo<HeaderRow> &info)
{
    return info.param.name;
}

class EncodedWordRows : public testing::TestWithParam<HeaderRow>
{
};

TEST_P(EncodedWordRows, Decodes)
{
    const HeaderRow &row = GetParam();
    EXPECT_EQ(decodeHeaderValue(row.raw, row.fallback), row.expected);
}

// RFC 2047 section 8: the examples, with the display text the RFC gives.
INSTANTIATE_TEST_SUITE_P(Rfc2047Section8, EncodedWordRows,
    testing::Values(HeaderRow { "FromKeithMoore", "=?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu>",
                        QStringLiteral(u"Keith Moore <moore@cs.utk.edu>") },
        HeaderRow { "ToKeldJorn", "=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?= <keld@dkuug.dk>",
            QStringLiteral(u"Keld Jørn Simonsen <keld@dkuug.dk>") },
        HeaderRow { "CcAndre", "=?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>",
            QStringLiteral(u"André Pirard <PIRARD@vm1.ulg.ac.be>") },
        HeaderRow { "SubjectFolded",
            "=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\r\n"
            "    =?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=",
            QStringLiteral(u"If you can read this you understand the example.") },
        HeaderRow { "FromOlle", "=?ISO-8859-1?Q?Olle_J=E4rnefors?= <ojarnef@admin.kth.se>",
            QStringLiteral(u"Olle Järnefors <ojarnef@admin.kth.se>") },
        HeaderRow { "FromPatrik", "=?ISO-8859-1?Q?Patrik_F=E4ltstr=F6m?= <paf@nada.kth.se>",
            QStringLiteral(u"Patrik Fältström <paf@nada.kth.se>") },
        HeaderRow { "Single", "(=?ISO-8859-1?Q?a?=)", QStringLiteral(u"(a)") },
        HeaderRow { "WordThenText", "(=?ISO-8859-1?Q?a?= b)", QStringLiteral(u"(a b)") },
        HeaderRow { "AdjacentWordsSpace", "(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)", QStringLiteral(u"(ab)") },
        // Each ISO-2022-JP word ends in ASCII state (ESC ( B) and the next
        // starts with ESC $ B; joined, the two escapes would be an error.
        HeaderRow { "Iso2022JpWordsDecodeOneByOne",
            "=?iso-2022-jp?q?=1B=24B=24*Hh=24lMM=24G=249!=22L=40F=7C=1B=28B?=\r\n"
            " =?iso-2022-jp?q?=1B=24B=24NM=3DDj=1B=28B?=",
            QStringLiteral(u"お疲れ様です、明日の予定") },
        HeaderRow { "AdjacentWordsTwoSpaces", "(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)", QStringLiteral(u"(ab)") },
        HeaderRow { "AdjacentWordsFolded", "(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)", QStringLiteral(u"(ab)") },
        HeaderRow { "EncodedSpace", "(=?ISO-8859-1?Q?a_b?=)", QStringLiteral(u"(a b)") },
        HeaderRow { "SpaceAcrossCharsets", "(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)", QStringLiteral(u"(a b)") }),
    rowName);

INSTANTIATE_TEST_SUITE_P(Rfc2047, EncodedWordRows,
    testing::Values(HeaderRow { "Plain", "Hello world", QStringLiteral(u"Hello world") },
        HeaderRow { "Empty", "", QString() },
        HeaderRow { "LowerCaseEncoding", "=?utf-8?q?caf=C3=A9?=", QStringLiteral(u"café") },
        HeaderRow { "Base64Utf8", "=?UTF-8?B?w6lsw6h2ZQ==?=", QStringLiteral(u"élève") },
        HeaderRow { "Rfc2231Language", "=?US-ASCII*EN?Q?Keith_Moore?=", QStringLiteral(u"Keith Moore") },
        HeaderRow { "TextBetweenWordsKept", "=?utf-8?q?a?= and =?utf-8?q?b?=", QStringLiteral(u"a and b") },
        HeaderRow { "PrefixText", "Re: =?utf-8?q?caf=C3=A9?=", QStringLiteral(u"Re: café") },
        HeaderRow { "Unfolding", "a\r\n b", QStringLiteral(u"a b") },
        HeaderRow { "UnfoldingTab", "a\r\n\tb", QStringLiteral(u"a\tb") },
        HeaderRow { "Koi8r", "=?koi8-r?B?8NLJ18XU?=", QStringLiteral(u"Привет") },
        HeaderRow { "Iso2022Jp", "=?ISO-2022-JP?B?GyRCRnxLXBsoQg==?=", QStringLiteral(u"日本") },
        HeaderRow { "Gb2312", "=?gb2312?B?1tDOxA==?=", QStringLiteral(u"中文") },
        HeaderRow { "KsC5601", "=?ks_c_5601-1987?B?x9Gx2w==?=", QStringLiteral(u"한글") }),
    rowName);

// The broken forms real mail uses.
INSTANTIATE_TEST_SUITE_P(Broken, EncodedWordRows,
    testing::Values(HeaderRow { "NoSpaceBefore", "Re:=?utf-8?q?caf=C3=A9?=", QStringLiteral(u"Re:café") },
        HeaderRow { "NoSpaceAfter", "=?utf-8?q?caf=C3=A9?=s", QStringLiteral(u"cafés") },
        HeaderRow { "GluedWords", "=?utf-8?q?a?==?utf-8?q?b?=", QStringLiteral(u"ab") },
        HeaderRow { "InsideQuotes", "\"=?utf-8?q?caf=C3=A9?=\" <a@b>", QStringLiteral(u"\"café\" <a@b>") },
        // One UTF-8 character (é = C3 A9) split across two words.
        HeaderRow { "SplitMultibyteQ", "=?utf-8?q?caf=C3?= =?utf-8?q?=A9?=", QStringLiteral(u"café") },
        HeaderRow { "SplitMultibyteB", "=?UTF-8?B?w6nD?= =?UTF-8?B?qQ==?=", QStringLiteral(u"éé") },
        HeaderRow { "SplitBase64Quantum", "=?utf-8?B?Y2Fm?= =?utf-8?B?w6?= =?utf-8?B?k=?=", QStringLiteral(u"café") },
        HeaderRow { "SplitCharsetCaseDiffers", "=?UTF-8?q?caf=C3?= =?utf-8?q?=A9?=", QStringLiteral(u"café") },
        HeaderRow { "SpacesInsideQText", "=?utf-8?q?hello world?=", QStringLiteral(u"hello world") },
        HeaderRow { "UnknownCharsetUtf8Bytes", "=?x-unknown?q?caf=C3=A9?=", QStringLiteral(u"café") },
        HeaderRow { "UnknownCharsetFallback", "=?x-unknown?q?caf=E9?=", QStringLiteral(u"café") },
        HeaderRow { "BadEncodingLetterKept", "=?utf-8?x?abc?=", QStringLiteral(u"=?utf-8?x?abc?=") },
        HeaderRow { "Unterminated", "=?utf-8?q?abc", QStringLiteral(u"=?utf-8?q?abc") },
        HeaderRow { "EmptyCharsetKept", "=??q?abc?=", QStringLiteral(u"=??q?abc?=") },
        HeaderRow { "BadBase64Padding", "=?NONE?B?VEVTVA=?=", QStringLiteral(u"TEST") },
        HeaderRow { "RawUtf8", "caf\xc3\xa9 \xe6\x97\xa5\xe6\x9c\xac", QStringLiteral(u"café 日本") },
        HeaderRow { "RawLatin1Default", "caf\xe9", QStringLiteral(u"café") },
        HeaderRow { "RawFallbackCharset", "\xcf\xf0\xe8", QStringLiteral(u"При"), "windows-1251" },
        HeaderRow { "RawAndEncodedMixed", "caf\xc3\xa9 =?utf-8?q?=C3=A9?=", QStringLiteral(u"café é") },
        HeaderRow { "TrimmedResult", "  hello  ", QStringLiteral(u"hello") }),
    rowName);

// From ruby-mail's sample messages (expected values worked out by hand).
INSTANTIATE_TEST_SUITE_P(RubyMail, EncodedWordRows,
    testing::Values(HeaderRow { "EelanalyysiSubject",
                        "=?ISO-8859-1?Q?Eelanal=FC=FCsi_p=E4ring?=", QStringLiteral(u"Eelanalüüsi päring") },
        HeaderRow { "FoldedBase64From",
            "=?UTF-8?B?TXlTdXJ2ZXk=?=\r\n =?UTF-8?B?LmNvbSAmIEM=?=\r\n =?UTF-8?B?YXJvbCBBZGE=?=",
            QStringLiteral(u"MySurvey.com & Carol Ada") },
        HeaderRow { "FoldedBase64Subject",
            "=?UTF-8?B?TXlTdXJ2ZXk=?=\r\n =?UTF-8?B?LmNvbTogIFk=?=\r\n =?UTF-8?B?b3UgaGF2ZSA=?=",
            QStringLiteral(u"MySurvey.com:  You have") },
        HeaderRow { "JapaneseLongName",
            "=?utf-8?B?44GL44GN44GP44GR44GT44GL44GN44GP44GR44GT44GL44GN44GP?=\r\n"
            " =?utf-8?B?44GR44GT44GL44GN44GP44GR44GTLnR4?=\r\n =?utf-8?B?dA==?=",
            QStringLiteral(u"かきくけこかきくけこかきくけこかきくけこ.txt") }),
    rowName);

} // namespace
