// Modified UTF-7 mailbox names (RFC 3501 5.1.3), both ways, and decoding of
// broken names without losing or crashing on them.

#include "core/imap/commands/ModifiedUtf7.h"

#include <gtest/gtest.h>
#include <string>

namespace quire::imap {
namespace {

struct Utf7Row {
    std::string name;
    QString decoded;
    QByteArray encoded;
};

class ModifiedUtf7Table : public ::testing::TestWithParam<Utf7Row>
{
};

TEST_P(ModifiedUtf7Table, Encodes)
{
    EXPECT_EQ(encodeMailboxName(GetParam().decoded).toStdString(), GetParam().encoded.toStdString());
}

TEST_P(ModifiedUtf7Table, Decodes)
{
    EXPECT_EQ(decodeMailboxName(GetParam().encoded).toStdString(), GetParam().decoded.toStdString());
}

TEST_P(ModifiedUtf7Table, RoundTrips)
{
    EXPECT_EQ(decodeMailboxName(encodeMailboxName(GetParam().decoded)), GetParam().decoded);
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

INSTANTIATE_TEST_SUITE_P(Names, ModifiedUtf7Table,
    ::testing::Values(Utf7Row { "empty", "", "" }, Utf7Row { "ascii", "INBOX", "INBOX" },
        Utf7Row { "printable_ascii", "a~b !#$%'()*+,-./:;<=>?@[\\]^_`{|}", "a~b !#$%'()*+,-./:;<=>?@[\\]^_`{|}" },
        Utf7Row { "ampersand", "&", "&-" }, Utf7Row { "ampersands", "R&D && Co", "R&-D &-&- Co" },
        Utf7Row { "rfc3501_example", u("~peter/mail/台北/日本語"), "~peter/mail/&U,BTFw-/&ZeVnLIqe-" },
        Utf7Row { "japanese", u("日本語"), "&ZeVnLIqe-" },
        Utf7Row { "japanese_inbox", u("受信トレイ"), "&U9dP4TDIMOwwpA-" },
        Utf7Row { "cyrillic", u("Входящие"), "&BBIERQQ+BDQETwRJBDgENQ-" },
        Utf7Row { "cyrillic_mixed", u("Почта/Входящие"), "&BB8EPgRHBEIEMA-/&BBIERQQ+BDQETwRJBDgENQ-" },
        Utf7Row { "german", u("Entwürfe"), "Entw&APw-rfe" },
        Utf7Row { "french", u("Éléments envoyés"), "&AMk-l&AOk-ments envoy&AOk-s" },
        Utf7Row { "umlaut_then_ampersand", u("ü&"), "&APw-&-" },
        Utf7Row { "emoji_surrogates", u("📧 Mail"), "&2D3c5w- Mail" },
        Utf7Row { "control_character", QString(QChar(0x7f)), "&AH8-" }, Utf7Row { "tab", "a\tb", "a&AAk-b" }),
    [](const ::testing::TestParamInfo<Utf7Row> &info) { return info.param.name; });

struct MalformedRow {
    std::string name;
    QByteArray encoded;
    QString decoded;
};

class MalformedUtf7Table : public ::testing::TestWithParam<MalformedRow>
{
};

TEST_P(MalformedUtf7Table, KeepsRawText)
{
    EXPECT_EQ(decodeMailboxName(GetParam().encoded).toStdString(), GetParam().decoded.toStdString());
}

INSTANTIATE_TEST_SUITE_P(Malformed, MalformedUtf7Table,
    ::testing::Values(MalformedRow { "unterminated", "abc&ZeVn", "abc&ZeVn" },
        MalformedRow { "lone_ampersand_end", "abc&", "abc&" }, MalformedRow { "bad_base64_char", "&Ze!n-", "&Ze!n-" },
        MalformedRow { "standard_slash_base64", "&U/BTFw-", "&U/BTFw-" },
        MalformedRow { "nonzero_padding_bits", "&APx-", "&APx-" }, MalformedRow { "partial_unit", "&AP-", "&AP-" },
        MalformedRow { "lone_high_surrogate", "&2D0-", "&2D0-" },
        MalformedRow { "lone_low_surrogate", "&3Oc-", "&3Oc-" },
        MalformedRow { "encoded_ascii_not_canonical", "&AGEAYgBj-", "&AGEAYgBj-" },
        MalformedRow { "valid_after_broken", "&x-/&ZeVnLIqe-", QString::fromUtf8("&x-/日本語") },
        MalformedRow { "raw_utf8_from_broken_server", "Entw\xc3\xbcrfe", QString::fromUtf8("Entwürfe") },
        MalformedRow { "raw_latin1_bytes", "Entw\xfcrfe", QString::fromLatin1("Entw\xfcrfe") }),
    [](const ::testing::TestParamInfo<MalformedRow> &info) { return info.param.name; });

TEST(ModifiedUtf7, SurvivesEveryTruncation)
{
    const QByteArray name = "~peter/mail/&U,BTFw-/&ZeVnLIqe-&-x";
    for (qsizetype length = 0; length <= name.size(); ++length)
        EXPECT_FALSE(decodeMailboxName(name.first(length)).isNull() && length > 0);
}

TEST(ModifiedUtf7, SurvivesAllByteValues)
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes += char(i);
    const QString decoded = decodeMailboxName("&" + bytes + "-" + bytes);
    EXPECT_FALSE(decoded.isEmpty());
}

} // namespace
} // namespace quire::imap
