// What a reader sees: alternatives, plain text as HTML, HTML as text,
// nested messages.
#include "MessageTestSupport.h"
#include "core/mime/DisplayContent.h"
#include "core/mime/HtmlToText.h"
#include "core/mime/MessageParser.h"
#include "core/mime/PlainTextHtml.h"

#include <gtest/gtest.h>

using namespace quire::mime;

namespace {

const char kAlternative[] = "Content-Type: multipart/alternative; boundary=a\n\n--a\nContent-Type: text/plain\n\n"
                            "plain version\n--a\nContent-Type: text/html\n\n<p>html <b>version</b></p>\n--a--\n";

TEST(DisplayContent, PrefersHtmlWhenAsked)
{
    const MimeMessage message = parseMessage(kAlternative);
    DisplayOptions options;
    options.preference = BodyPreference::Html;
    const DisplayContent shown = buildDisplayContent(message, options);
    EXPECT_EQ(shown.text, u"html version\n");
    EXPECT_TRUE(shown.html.contains(u"<b>version</b>"));
    EXPECT_EQ(shown.shownParts, QList<QByteArray>({ "2" }));
}

TEST(DisplayContent, PrefersPlainWhenAsked)
{
    const MimeMessage message = parseMessage(kAlternative);
    DisplayOptions options;
    options.preference = BodyPreference::Plain;
    const DisplayContent shown = buildDisplayContent(message, options);
    EXPECT_EQ(shown.text, u"plain version");
    EXPECT_EQ(shown.shownParts, QList<QByteArray>({ "1" }));
}

TEST(DisplayContent, FallsBackToTheOnlyAlternative)
{
    const MimeMessage message = parseMessage("Content-Type: multipart/alternative; boundary=a\n\n--a\n"
                                             "Content-Type: text/html\n\n<p>only html</p>\n--a--\n");
    DisplayOptions options;
    options.preference = BodyPreference::Plain;
    EXPECT_EQ(buildDisplayContent(message, options).text, u"only html\n");
}

TEST(DisplayContent, DecodesCharsetTransferEncodingAndFlowed)
{
    const MimeMessage message = parseMessage("Content-Type: text/plain; charset=iso-8859-1; format=flowed\n"
                                             "Content-Transfer-Encoding: quoted-printable\n\n"
                                             "Caf=E9 is a soft=20\nbreak.\n");
    EXPECT_EQ(buildDisplayContent(message).text, u"Café is a soft break.\n");
}

TEST(DisplayContent, ShowsNestedMessagesInline)
{
    const MimeMessage message = parseMessage("Content-Type: multipart/mixed; boundary=o\n\n--o\n\nouter text\n--o\n"
                                             "Content-Type: message/rfc822\n\nFrom: Ann <ann@example.com>\n"
                                             "Subject: =?utf-8?q?inner_=C3=A9?=\n\ninner text\n--o--\n");
    const DisplayContent shown = buildDisplayContent(message);
    EXPECT_TRUE(shown.text.contains(u"outer text")) << shown.text.toStdString();
    EXPECT_TRUE(shown.text.contains(u"Subject: inner é")) << shown.text.toStdString();
    EXPECT_TRUE(shown.text.contains(u"inner text")) << shown.text.toStdString();
    EXPECT_TRUE(shown.html.contains(u"quire-embedded-message"));
}

TEST(DisplayContent, ResolvesCidImagesInRelated)
{
    const MimeMessage message = parseMessage(
        "Content-Type: multipart/related; boundary=r\n\n--r\nContent-Type: text/html\n\n"
        "<img src=\"cid:pic@x\"><img src=\"http://remote.example/a.png\">\n--r\nContent-Type: image/png\n"
        "Content-ID: <pic@x>\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--r--\n");
    const DisplayContent shown = buildDisplayContent(message);
    EXPECT_TRUE(shown.html.contains(u"src=\"cid:pic@x\"")) << shown.html.toStdString();
    EXPECT_FALSE(shown.html.contains(u"remote.example"));
    EXPECT_EQ(shown.blockedRemoteResources, 1);
}

TEST(PlainTextHtml, LinksAndQuotes)
{
    const QString html = plainTextToHtml(u"See https://example.com/a?b=1&c=2.\n> quoted <b>\n>> deeper\nback\n");
    EXPECT_EQ(html,
        u"<div class=\"quire-plain\" style=\"white-space: pre-wrap\">See <a "
        "href=\"https://example.com/a?b=1&amp;c=2\">https://example.com/a?b=1&amp;c=2</a>."
        "<blockquote class=\"quire-quote quire-quote-1\">quoted &lt;b&gt;"
        "<blockquote class=\"quire-quote quire-quote-2\">deeper</blockquote></blockquote>back</div>");
}

TEST(PlainTextHtml, DoesNotLinkOtherSchemes)
{
    const QString html = linkifyLine(u"javascript:alert(1) file:///etc/passwd mailto:a@b.example (http://x.example/)");
    EXPECT_FALSE(html.contains(u"href=\"javascript"));
    EXPECT_FALSE(html.contains(u"href=\"file"));
    EXPECT_TRUE(html.contains(u"<a href=\"mailto:a@b.example\">"));
    EXPECT_TRUE(html.contains(u"<a href=\"http://x.example/\">http://x.example/</a>)"));
}

struct TextRow {
    const char *name;
    const char *html;
    const char *text;
};

const TextRow kTextRows[] = {
    { "paragraphs", "<p>one</p><p>two</p>", "one\n\ntwo\n" },
    { "br_and_entities", "a&amp;b<br>c&nbsp;d &#x263A; &lt;", "a&b\nc\u00a0d \u263a <\n" },
    { "drops_script_style_head",
        "<html><head><title>T</title><style>p{}</style></head><body><script>x()</script>body</body></html>", "body\n" },
    { "unclosed_head", "<head><title>T</title><body>visible", "visible\n" },
    { "lists", "<ul><li>a</li><li>b</li></ul>", "* a\n* b\n" },
    { "collapses_whitespace", "  lots   of\n\n space  ", "lots of space\n" },
    { "keeps_pre", "<pre>a  b\n  c</pre>", "a  b\n  c\n" },
    { "table_cells", "<table><tr><td>a</td><td>b</td></tr></table>", "a\tb\n" },
};

class HtmlToTextTest : public ::testing::TestWithParam<TextRow>
{
};

TEST_P(HtmlToTextTest, Converts)
{
    EXPECT_EQ(htmlToText(QString::fromUtf8(GetParam().html)), QString::fromUtf8(GetParam().text));
}

INSTANTIATE_TEST_SUITE_P(Rows, HtmlToTextTest, ::testing::ValuesIn(kTextRows),
    [](const auto &info) { return std::string(info.param.name); });

} // namespace
