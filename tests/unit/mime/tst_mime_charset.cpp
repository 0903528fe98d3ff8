// Charset decoding: label handling, browser-compatible remapping, fallback,
// and the gmime/filters ground truth (the same text in several charsets).

#include "MimeTestSupport.h"
#include "core/mime/Charset.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

using namespace quire::mime;

namespace {

struct NameRow {
    const char *name;
    QByteArray label;
    QByteArray expected;
};

void PrintTo(const NameRow &row, std::ostream *os)
{
    *os << row.name;
}

template<typename Row> std::string rowName(const testing::TestParamInfo<Row> &info)
{
    return info.param.name;
}

class CanonicalNameRows : public testing::TestWithParam<NameRow>
{
};

TEST_P(CanonicalNameRows, Maps)
{
    EXPECT_EQ(canonicalCharsetName(GetParam().label), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Charset, CanonicalNameRows,
    testing::Values(NameRow { "Utf8", "UTF-8", "UTF-8" }, NameRow { "Utf8NoDash", "utf8", "UTF-8" },
        NameRow { "Utf8Quoted", "\"utf-8\"", "UTF-8" }, NameRow { "XSjis", "x-sjis", "Shift_JIS" },
        NameRow { "ShiftJis", "Shift_JIS", "Shift_JIS" }, NameRow { "Latin1", "iso-8859-1", "windows-1252" },
        NameRow { "UsAscii", "US-ASCII", "windows-1252" }, NameRow { "Gb2312", "gb2312", "GBK" },
        NameRow { "KsC5601", "ks_c_5601-1987", "windows-949" }, NameRow { "EucKr", "euc-kr", "windows-949" },
        NameRow { "Big5", "big5", "Big5-HKSCS" }, NameRow { "Koi8r", "koi8-r", "KOI8-R" },
        NameRow { "Koi8u", "KOI8-U", "KOI8-U" }, NameRow { "Iso2022Jp", "iso-2022-jp", "ISO-2022-JP" },
        NameRow { "EucJp", "euc-jp", "EUC-JP" }, NameRow { "Gb18030", "GB18030", "GB18030" },
        NameRow { "Latin2", "iso-8859-2", "ISO-8859-2" }, NameRow { "Utf7", "utf-7", "UTF-7" },
        NameRow { "Utf16", "utf-16", "UTF-16" }, NameRow { "Unknown", "x-no-such-charset", "" },
        NameRow { "Empty", "", "" }, NameRow { "Unknown8bit", "unknown-8bit", "" }),
    rowName<NameRow>);

struct DecodeRow {
    const char *name;
    QByteArray bytes;
    QByteArray charset;
    QString expected;
    QByteArray fallback = "windows-1252";
};

void PrintTo(const DecodeRow &row, std::ostream *os)
{
    *os << row.name;
}

class DecodeRows : public testing::TestWithParam<DecodeRow>
{
};

TEST_P(DecodeRows, Decodes)
{
    const DecodeRow &row = GetParam();
    EXPECT_EQ(decodeCharset(row.bytes, row.charset, row.fallback), row.expected);
}

INSTANTIATE_TEST_SUITE_P(Charset, DecodeRows,
    testing::Values(DecodeRow { "Utf8", "caf\xc3\xa9", "utf-8", QStringLiteral(u"café") },
        DecodeRow { "Utf8Invalid", "caf\xe9", "utf-8", QStringLiteral(u"caf\ufffd") },
        DecodeRow {
            "Latin1IsWindows1252", "\x93quoted\x94 \x80", "iso-8859-1", QStringLiteral(u"\u201cquoted\u201d \u20ac") },
        DecodeRow { "UsAsciiWith8Bit", "caf\xe9 \x85", "us-ascii", QStringLiteral(u"café \u2026") },
        DecodeRow { "Latin2", "\xb1\xe6", "iso-8859-2", QStringLiteral(u"ąć") },
        DecodeRow { "Latin15Euro", "\xa4", "iso-8859-15", QStringLiteral(u"€") },
        DecodeRow { "Greek", "\xe1\xe2\xe3", "iso-8859-7", QStringLiteral(u"αβγ") },
        DecodeRow { "Windows1251", "\xcf\xf0\xe8\xe2\xe5\xf2", "windows-1251", QStringLiteral(u"Привет") },
        DecodeRow { "Koi8r", "\xf0\xd2\xc9\xd7\xc5\xd4", "koi8-r", QStringLiteral(u"Привет") },
        DecodeRow { "Koi8u", "\xa4", "koi8-u", QStringLiteral(u"є") },
        DecodeRow { "ShiftJis", "\x93\xfa\x96\x7b", "shift_jis", QStringLiteral(u"日本") },
        DecodeRow { "XSjis", "\x93\xfa\x96\x7b", "x-sjis", QStringLiteral(u"日本") },
        DecodeRow { "EucJp", "\xc6\xfc\xcb\xdc", "euc-jp", QStringLiteral(u"日本") },
        DecodeRow { "Iso2022Jp", "\x1b$BF|K\\\x1b(B", "iso-2022-jp", QStringLiteral(u"日本") },
        DecodeRow { "Gb2312", "\xd6\xd0\xce\xc4", "gb2312", QStringLiteral(u"中文") },
        // 0x81 0x40 is GBK only: a GB2312 label must still decode it.
        DecodeRow { "Gb2312LabelGbkBytes", "\x81\x40", "gb2312", QStringLiteral(u"丂") },
        DecodeRow { "Gb18030FourByte", "\x81\x30\x81\x30", "gb18030", QStringLiteral(u"\u0080") },
        DecodeRow { "Big5", "\xa4\xa4\xa4\xe5", "big5", QStringLiteral(u"中文") },
        DecodeRow { "EucKr", "\xc7\xd1\xb1\xdb", "euc-kr", QStringLiteral(u"한글") },
        // 0x81 0x41 is only in CP949 (the Unified Hangul Code extension).
        DecodeRow { "KsC5601IsCp949", "\x81\x41", "ks_c_5601-1987", QStringLiteral(u"\uac02") },
        DecodeRow { "Utf7", "Hi Mom -+Jjo--!", "utf-7", QStringLiteral(u"Hi Mom -\u263a-!") },
        DecodeRow { "Utf16Bom", QByteArray("\xff\xfe\x41\x00", 4), "utf-16", QStringLiteral(u"A") },
        DecodeRow { "Utf16Be", QByteArray("\x00\x41", 2), "utf-16be", QStringLiteral(u"A") },
        DecodeRow { "EmptyValidUtf8", "caf\xc3\xa9", "", QStringLiteral(u"café") },
        DecodeRow { "EmptyFallback", "caf\xe9", "", QStringLiteral(u"café") },
        DecodeRow { "UnknownUsesUtf8", "caf\xc3\xa9", "x-bogus", QStringLiteral(u"café") },
        DecodeRow { "UnknownUsesFallback", "\xcf\xf0\xe8", "x-bogus", QStringLiteral(u"При"), "windows-1251" },
        DecodeRow { "BadFallbackIsWindows1252", "\xe9", "", QStringLiteral(u"é"), "no-such" },
        DecodeRow { "EmptyBytes", "", "koi8-r", QString() }),
    rowName<DecodeRow>);

struct GroundTruthRow {
    const char *name;
    const char *file;
    QByteArray charset;
    // gmime made the Big5 file by dropping what strict Big5 (without the
    // Windows extensions; ICU's ibm-950) cannot encode, the Japanese-only
    // kanji of the text; the ground truth drops them too.
    const char *dropUnencodableIn = nullptr;
};

// `text` without the characters the ICU converter `charset` cannot encode.
QString withoutUnencodable(const QString &text, const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status))
        return text;
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString kept;
    char buffer[16];
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype length = text[i].isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        status = U_ZERO_ERROR;
        ucnv_reset(converter);
        ucnv_fromUChars(converter, buffer, sizeof buffer, reinterpret_cast<const UChar *>(text.constData() + i),
            int(length), &status);
        if (U_SUCCESS(status))
            kept.append(text.mid(i, length));
        i += length - 1;
    }
    ucnv_close(converter);
    return kept;
}

void PrintTo(const GroundTruthRow &row, std::ostream *os)
{
    *os << row.name;
}

class GmimeGroundTruth : public testing::TestWithParam<GroundTruthRow>
{
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The same text in another charset must decode to the UTF-8 file's text.
TEST_P(GmimeGroundTruth, MatchesUtf8Version)
{
    const QDir filters(quire::mime::test::corpusDir() + QStringLiteral("/gmime/filters"));
    if (!filters.exists())
        GTEST_SKIP() << "corpus not found; set QUIRE_CORPUS_DIR";
    const GroundTruthRow &row = GetParam();
    const QByteArray encoded = readFile(filters.filePath(QString::fromLatin1(row.file)));
    const QString language = QString::fromLatin1(row.file).section(u'.', 0, 0);
    const QByteArray utf8 = readFile(filters.filePath(language + QStringLiteral(".utf-8.txt")));
    ASSERT_FALSE(encoded.isEmpty());
    ASSERT_FALSE(utf8.isEmpty());
    const QString decoded = decodeCharset(encoded, row.charset);
    QString expected = QString::fromUtf8(utf8);
    if (row.dropUnencodableIn)
        expected = withoutUnencodable(expected, row.dropUnencodableIn);
    EXPECT_EQ(decoded, expected);
    EXPECT_FALSE(decoded.contains(QChar::ReplacementCharacter));
}

INSTANTIATE_TEST_SUITE_P(Charset, GmimeGroundTruth,
    testing::Values(GroundTruthRow { "Big5", "chinese.big5.txt", "big5", "ibm-950" },
        GroundTruthRow { "Cp1251", "cyrillic.cp1251.txt", "windows-1251" },
        GroundTruthRow { "Iso88595", "cyrillic.iso-8859-5.txt", "iso-8859-5" },
        GroundTruthRow { "Koi8r", "cyrillic.koi8-r.txt", "koi8-r" },
        GroundTruthRow { "Iso2022Jp", "japanese.iso-2022-jp.txt", "iso-2022-jp" },
        GroundTruthRow { "ShiftJis", "japanese.shift-jis.txt", "shift-jis" },
        GroundTruthRow { "Utf8Chinese", "chinese.utf-8.txt", "utf-8" }),
    rowName<GroundTruthRow>);

// french-fable has no UTF-8 twin: check it decodes without replacement
// characters and carries the accented letters of the fable.
TEST(Charset, FrenchFableCp1252)
{
    const QDir filters(quire::mime::test::corpusDir() + QStringLiteral("/gmime/filters"));
    if (!filters.exists())
        GTEST_SKIP() << "corpus not found; set QUIRE_CORPUS_DIR";
    const QByteArray encoded = readFile(filters.filePath(QStringLiteral("french-fable.cp1252.txt")));
    ASSERT_FALSE(encoded.isEmpty());
    const QString decoded = decodeCharset(encoded, "windows-1252");
    EXPECT_FALSE(decoded.contains(QChar::ReplacementCharacter));
    EXPECT_EQ(decoded.size(), encoded.size());
    EXPECT_TRUE(decoded.startsWith(QStringLiteral(u"Maître Corbeau, sur un arbre perché,")));
    // U+2019 and the guillemets are where windows-1252 differs from Latin-1.
    EXPECT_TRUE(decoded.contains(QStringLiteral(u"par l’odeur alléché")));
    EXPECT_TRUE(decoded.contains(QStringLiteral(u"« Hé ! bonjour")));
}

} // namespace
