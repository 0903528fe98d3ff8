// The whole-message parser: part trees, RFC 3501 numbering, tolerance.
#include "MessageTestSupport.h"
#include "core/mime/MessageParser.h"

#include <gtest/gtest.h>

using namespace quire::mime;
using quire::mime::test::partStructure;

namespace {

struct StructureRow {
    const char *name;
    const char *message;
    QStringList expected;
};

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromLatin1(item));
    return out;
}

const StructureRow kStructureRows[] = {
    { "plain", "Subject: hi\r\n\r\nhello\r\n", list({ "1 text/plain" }) },
    { "no_headers_at_all", "hello there\nsecond line\n", list({ "1 text/plain" }) },
    { "mixed_crlf",
        "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\none\r\n--b\r\nContent-Type: "
        "application/pdf\r\n\r\ntwo\r\n--b--\r\n",
        list({ "- multipart/mixed", "1 text/plain", "2 application/pdf" }) },
    { "mixed_bare_lf",
        "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n\none\n--b\nContent-Type: image/png\n\ntwo\n--b--\n",
        list({ "- multipart/mixed", "1 text/plain", "2 image/png" }) },
    { "missing_final_boundary",
        "Content-Type: multipart/mixed; boundary=b\n\n--b\n\none\n--b\nContent-Type: text/html\n\ntwo\n",
        list({ "- multipart/mixed", "1 text/plain", "2 text/html" }) },
    { "boundary_with_trailing_junk",
        "Content-Type: multipart/mixed; boundary=b\n\n--b \t\n\none\n--b;junk\n\ntwo\n--b-- trailing\n",
        list({ "- multipart/mixed", "1 text/plain", "2 text/plain" }) },
    { "longer_boundary_is_content",
        "Content-Type: multipart/mixed; boundary=b\n\n--b\n\n--bb is not a boundary\n--b--\n",
        list({ "- multipart/mixed", "1 text/plain" }) },
    { "preamble_and_epilogue",
        "Content-Type: multipart/mixed; boundary=b\n\nThis is a "
        "preamble\n--b\n\none\n--b--\nepilogue\n--b\n\nignored\n",
        list({ "- multipart/mixed", "1 text/plain" }) },
    { "multipart_without_boundary", "Content-Type: multipart/mixed\n\nnothing here\n", list({ "1 text/plain" }) },
    { "boundary_never_found", "Content-Type: multipart/mixed; boundary=zz\n\nnothing here\n",
        list({ "1 text/plain" }) },
    { "nested_multipart",
        "Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: multipart/alternative; boundary=i\n\n--i\n\n"
        "plain\n--i\nContent-Type: text/html\n\n<p>x</p>\n--i--\n--o\nContent-Type: image/gif\n\nGIF\n--o--\n",
        list({ "- multipart/mixed", "1 multipart/alternative", "1.1 text/plain", "1.2 text/html", "2 image/gif" }) },
    { "inner_missing_close_bounded_by_outer",
        "Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: multipart/alternative; boundary=i\n\n--i\n\n"
        "plain\n--o\nContent-Type: image/gif\n\nGIF\n--o--\n",
        list({ "- multipart/mixed", "1 multipart/alternative", "1.1 text/plain", "2 image/gif" }) },
    { "message_rfc822_multipart",
        "Content-Type: multipart/mixed; boundary=o\n\n--o\n\nfirst\n--o\nContent-Type: message/rfc822\n\n"
        "Subject: inner\nContent-Type: multipart/mixed; boundary=i\n\n--i\n\na\n--i\nContent-Type: image/png\n\nb\n"
        "--i--\n--o--\n",
        list({ "- multipart/mixed", "1 text/plain", "2 message/rfc822", "2 multipart/mixed", "2.1 text/plain",
            "2.2 image/png" }) },
    { "message_rfc822_leaf",
        "Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: message/rfc822\n\nSubject: inner\n\nbody\n"
        "--o--\n",
        list({ "- multipart/mixed", "1 message/rfc822", "1.1 text/plain" }) },
    { "top_level_message_rfc822", "Content-Type: message/rfc822\n\nSubject: inner\n\nbody\n",
        list({ "1 message/rfc822", "1.1 text/plain" }) },
    { "digest_defaults_to_message",
        "Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: one\n\nbody one\n--d\n\nSubject: two\n\n"
        "body two\n--d--\n",
        list({ "- multipart/digest", "1 message/rfc822", "1.1 text/plain", "2 message/rfc822", "2.1 text/plain" }) },
    { "base64_encoded_message_rfc822",
        "Content-Type: multipart/mixed; boundary=o\n\n--o\nContent-Type: message/rfc822\n"
        "Content-Transfer-Encoding: base64\n\nU3ViamVjdDogaW5uZXIKQ29udGVudC1UeXBlOiB0ZXh0L2h0bWwKCjxwPmhpPC9wPgo=\n"
        "--o--\n",
        list({ "- multipart/mixed", "1 message/rfc822", "1.1 text/html" }) },
    { "header_without_colon_skipped", "Subject: x\nthis line is junk\nContent-Type: text/html\n\n<p>body</p>\n",
        list({ "1 text/html" }) },
    { "mbox_from_line", "From someone@example.com Mon Jan  1 00:00:00 2001\nContent-Type: text/html\n\nx\n",
        list({ "1 text/html" }) },
    { "bad_content_type_is_default", "Content-Type: garbage\n\nx\n", list({ "1 text/plain" }) },
    { "uppercase_type", "Content-Type: TEXT/HTML; CHARSET=utf-8\n\nx\n", list({ "1 text/html" }) },
    { "empty_input", "", list({ "1 text/plain" }) },
    { "headers_only_no_body", "Subject: nothing else", list({ "1 text/plain" }) },
};

class StructureTest : public ::testing::TestWithParam<StructureRow>
{
};

TEST_P(StructureTest, NumbersPartsLikeImap)
{
    const MimeMessage message = parseMessage(QByteArray(GetParam().message));
    EXPECT_EQ(partStructure(message), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(Rows, StructureTest, ::testing::ValuesIn(kStructureRows),
    [](const auto &info) { return std::string(info.param.name); });

TEST(MessageParser, BodyRangesPointIntoTheSourceWithoutTheDelimiterLineBreak)
{
    const QByteArray source = "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nX-A: 1\r\n\r\none\r\n"
                              "--b\r\n\r\ntwo\r\n\r\n--b--\r\n";
    const MimeMessage message = parseMessage(source);
    ASSERT_EQ(message.root.children.size(), 2u);
    EXPECT_EQ(message.root.children[0].rawBody(), QByteArrayView("one"));
    EXPECT_EQ(message.root.children[1].rawBody(), QByteArrayView("two\r\n"));
    EXPECT_EQ(message.root.children[0].headers.value("x-a"), QByteArray("1"));
    // No copy: the part shares the message's buffer.
    EXPECT_EQ(message.root.children[0].source.constData(), source.constData());
}

TEST(MessageParser, UnfoldsHeadersAndLooksThemUpIgnoringCase)
{
    const MimeMessage message = parseMessage("Subject: one\r\n two\r\n\tthree\r\nX-Empty:\r\n  later\r\n\r\nbody");
    EXPECT_EQ(message.root.headers.value("SUBJECT"), QByteArray("one two\tthree"));
    EXPECT_EQ(message.root.headers.value("x-empty"), QByteArray("later"));
    EXPECT_TRUE(message.root.headers.value("Missing").isNull());
    EXPECT_EQ(message.root.rawBody(), QByteArrayView("body"));
}

TEST(MessageParser, ReadsContentHeaders)
{
    const MimeMessage message = parseMessage("Content-Type: image/png; name=\"a.png\"\nContent-Disposition: inline; "
                                             "filename*=utf-8''%C3%A9t%C3%A9.png\nContent-ID: <img1@x>\n"
                                             "Content-Transfer-Encoding: BASE64 (yes)\nContent-Language: en\n"
                                             "Content-Location: http://x/a.png\n\naGVsbG8=\n");
    const MimePart &part = message.root;
    EXPECT_EQ(part.type(), QByteArray("image"));
    EXPECT_EQ(part.subtype(), QByteArray("png"));
    EXPECT_EQ(part.disposition.value, QByteArray("inline"));
    EXPECT_EQ(part.declaredFileName(), QStringLiteral("été.png"));
    EXPECT_EQ(part.contentId, QByteArray("img1@x"));
    EXPECT_EQ(part.transferEncoding, QByteArray("base64"));
    EXPECT_EQ(part.language, QByteArray("en"));
    EXPECT_EQ(part.contentLocation, QByteArray("http://x/a.png"));
    EXPECT_EQ(part.decodedBody(), QByteArray("hello"));
}

TEST(MessageParser, CapsNestingDepth)
{
    QByteArray source;
    for (int i = 0; i < 200; ++i)
        source += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b"
            + QByteArray::number(i) + "\n";
    source += "\ninnermost\n";
    const MimeMessage message = parseMessage(source);
    int maxDepth = 0;
    message.forEachPart([&maxDepth](const MimePart &, int depth) { maxDepth = std::max(maxDepth, depth); });
    EXPECT_TRUE(message.limitReached);
    EXPECT_LE(maxDepth, ParseLimits().maxDepth);
}

TEST(MessageParser, CapsNestedMessages)
{
    QByteArray source;
    for (int i = 0; i < 500; ++i)
        source += "Content-Type: message/rfc822\n\n";
    source += "innermost\n";
    const MimeMessage message = parseMessage(source);
    EXPECT_TRUE(message.limitReached);
}

TEST(MessageParser, CapsPartCount)
{
    QByteArray source = "Content-Type: multipart/mixed; boundary=b\n\n";
    for (int i = 0; i < 20000; ++i)
        source += "--b\n\nx\n";
    const MimeMessage message = parseMessage(source);
    int parts = 0;
    message.forEachPart([&parts](const MimePart &, int) { ++parts; });
    EXPECT_TRUE(message.limitReached);
    EXPECT_LE(parts, ParseLimits().maxParts);
    EXPECT_GT(parts, 9000);
}

TEST(MessageParser, FindsPartsByNumber)
{
    const MimeMessage message = parseMessage(
        "Content-Type: multipart/mixed; boundary=o\n\n--o\n\nfirst\n--o\nContent-Type: message/rfc822\n\n"
        "Subject: inner\n\nbody\n--o--\n");
    ASSERT_NE(message.findPart("2"), nullptr);
    EXPECT_EQ(message.findPart("2")->contentType.value, QByteArray("message/rfc822"));
    ASSERT_NE(message.findPart("2.1"), nullptr);
    EXPECT_EQ(message.findPart("2.1")->rawBody(), QByteArrayView("body"));
    EXPECT_EQ(message.findPart("3"), nullptr);
}

} // namespace
