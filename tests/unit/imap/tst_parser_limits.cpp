// Behaviour that a row table cannot show: limits, spooling to files, error
// offsets across feeds, the greeting option, and typed values built by hand.
#include "core/imap/parser/ResponseParser.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace quire::imap;

std::vector<Response> drain(ResponseParser &parser)
{
    std::vector<Response> responses;
    while (std::optional<Response> response = parser.next())
        responses.push_back(std::move(*response));
    return responses;
}

TEST(ResponseParserTyped, FetchEqualsHandBuiltValue)
{
    ResponseParser parser;
    parser.feed(
        "* 7 FETCH (UID 9 FLAGS (\\Seen) ENVELOPE (NIL \"Hi\" ((\"A\" NIL \"a\" \"x\")) NIL NIL NIL NIL NIL NIL "
        "\"<m@x>\") BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 5 1 NIL NIL NIL "
        "NIL))\r\n");
    FetchResponse expected;
    expected.seq = 7;
    expected.uid = 9;
    expected.flags = QList<QByteArray> { "\\Seen" };
    Envelope envelope;
    envelope.subject = "Hi";
    envelope.from = { Address { QByteArray("A"), std::nullopt, QByteArray("a"), QByteArray("x") } };
    envelope.messageId = "<m@x>";
    expected.envelope = envelope;
    BodyStructure body;
    body.type = "text";
    body.subtype = "plain";
    body.parameters = { { "charset", "utf-8" } };
    body.encoding = "7bit";
    body.size = 5;
    body.lines = 1;
    expected.bodyStructure = body;
    expected.envelopeSource = "(NIL \"Hi\" ((\"A\" NIL \"a\" \"x\")) NIL NIL NIL NIL NIL NIL \"<m@x>\")";
    expected.bodyStructureSource = "(\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 5 1 NIL NIL NIL NIL)";
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 1u);
    EXPECT_EQ(responses[0], Response(expected));
    EXPECT_TRUE(envelope.from[0].host.has_value());
    EXPECT_FALSE(envelope.from[0].isGroupStart());
}

// The rows show the values; this shows that Sender and Reply-To repeating
// From's bytes share its list (no copy), and that nothing else does.
TEST(ResponseParserTyped, SenderAndReplyToRepeatingFromShareItsList)
{
    ResponseParser parser;
    parser.feed("* 1 FETCH (ENVELOPE (NIL NIL ((\"A\" NIL \"a\" \"x\")) ((\"A\" NIL \"a\" \"x\")) "
                "((\"A\" NIL \"a\" \"x\")(\"B\" NIL \"b\" \"y\")) ((\"A\" NIL \"a\" \"x\")) NIL NIL NIL NIL))\r\n");
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 1u);
    const Envelope &envelope = *std::get<FetchResponse>(responses[0]).envelope;
    const QList<Address> a = { Address { QByteArray("A"), std::nullopt, QByteArray("a"), QByteArray("x") } };
    EXPECT_EQ(envelope.from, a);
    EXPECT_EQ(envelope.sender, a);
    EXPECT_EQ(envelope.sender.constData(), envelope.from.constData());
    const Address b { QByteArray("B"), std::nullopt, QByteArray("b"), QByteArray("y") };
    EXPECT_EQ(envelope.replyTo, (QList<Address> { a[0], b }));
    EXPECT_EQ(envelope.to, a);
    EXPECT_EQ(envelope.to.constData(), envelope.from.constData());
    EXPECT_TRUE(envelope.cc.isEmpty());
}

TEST(ResponseParserTyped, CopyUidSets)
{
    ResponseParser parser;
    parser.feed("A4 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n");
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 1u);
    const auto &status = std::get<TaggedStatus>(responses[0]);
    ASSERT_TRUE(status.code);
    EXPECT_EQ(status.code->kind, ResponseCode::Kind::CopyUid);
    EXPECT_EQ(status.code->number, 38505u);
    EXPECT_TRUE(status.code->sourceUids.contains(319));
    EXPECT_EQ(status.code->uids.count(), 3u);
}

TEST(ResponseParserTyped, ThreadEqualsHandBuiltValue)
{
    ResponseParser parser;
    parser.feed("* THREAD (3 6 (4 23)(44 7 96))((1)(2))\r\n");
    ThreadResponse expected;
    expected.threads.push_back(
        ThreadNode { { 3, 6 }, { ThreadNode { { 4, 23 }, {} }, ThreadNode { { 44, 7, 96 }, {} } } });
    expected.threads.push_back(ThreadNode { {}, { ThreadNode { { 1 }, {} }, ThreadNode { { 2 }, {} } } });
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 1u);
    EXPECT_EQ(responses[0], Response(expected));
}

TEST(ResponseParserLimits, ThreadBranchNestingFollowsTheConfiguredLimitButChainsDoNot)
{
    ParserLimits limits;
    limits.maxNestingDepth = 4;
    ResponseParser parser(limits);
    QByteArray chain;
    for (int id = 1; id <= 1000; ++id)
        chain += QByteArray::number(id) + ' ';
    parser.feed("* THREAD ((((" + chain + "))))\r\n* THREAD (((((1)))))\r\n");
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 2u);
    const auto *thread = std::get_if<ThreadResponse>(&responses[0]);
    ASSERT_TRUE(thread);
    EXPECT_EQ(thread->threads.front().branches.front().branches.front().branches.front().chain.size(), 1000u);
    const auto *error = std::get_if<ParseError>(&responses[1]);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->message, QStringLiteral("nesting deeper than 4 levels"));
}

TEST(ResponseParserGreeting, FirstUntaggedStatusIsGreeting)
{
    ParserLimits limits;
    limits.expectGreeting = true;
    ResponseParser parser(limits);
    parser.feed("* PREAUTH ready\r\n* OK later\r\n");
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 2u);
    EXPECT_EQ(responses[0], Response(Greeting { StatusKind::Preauth, std::nullopt, "ready" }));
    EXPECT_EQ(responses[1], Response(UntaggedStatus { StatusKind::Ok, std::nullopt, "later" }));
}

TEST(ResponseParserLimits, LiteralOverCapIsSkippedAndNextResponseParses)
{
    ParserLimits limits;
    limits.maxLiteralSize = 10;
    ResponseParser parser(limits);
    parser.feed("* 1 FETCH (BODY[] {20}\r\n01234567890123456789)\r\n* 2 EXISTS\r\n");
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 2u);
    ASSERT_TRUE(std::holds_alternative<ParseError>(responses[0]));
    EXPECT_EQ(std::get<ParseError>(responses[0]).offset, 24);
    EXPECT_EQ(responses[1], Response(ExistsResponse { 2 }));
}

// {4294967295}: skipping would mean reading 4 GB. The error comes at once,
// before any of the literal, and nothing after it is parsed.
TEST(ResponseParserLimits, LiteralTooLargeToSkipIsFatalAtOnce)
{
    ParserLimits limits;
    limits.maxLiteralSize = 10;
    limits.maxSkippedLiteralSize = 100;
    ResponseParser parser(limits);
    parser.feed("* 1 EXISTS\r\n* 1 FETCH (BODY[] {4294967295}\r\n");
    std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 2u);
    EXPECT_EQ(responses[0], Response(ExistsResponse { 1 }));
    ASSERT_TRUE(std::holds_alternative<ParseError>(responses[1]));
    const ParseError &error = std::get<ParseError>(responses[1]);
    EXPECT_TRUE(error.fatal);
    EXPECT_EQ(
        error.message, QStringLiteral("literal of 4294967295 bytes exceeds the limit of 10 and is too large to skip"));
    parser.feed(QByteArray(1000, 'x') + "\r\n* 2 EXISTS\r\n");
    EXPECT_TRUE(drain(parser).empty());
    // Just over the skipping bound is fatal too; just under it is skipped.
    ResponseParser edge(limits);
    edge.feed("* 1 FETCH (BODY[] {100}\r\n" + QByteArray(100, 'y') + ")\r\n* 1 FETCH (BODY[] {101}\r\n");
    responses = drain(edge);
    ASSERT_EQ(responses.size(), 2u);
    EXPECT_FALSE(std::get<ParseError>(responses[0]).fatal);
    EXPECT_TRUE(std::get<ParseError>(responses[1]).fatal);
}

TEST(ResponseParserLimits, LongLineIsDiscardedUntilLineFeed)
{
    ParserLimits limits;
    limits.maxLineLength = 100;
    ResponseParser parser(limits);
    parser.feed("* OK ");
    for (int i = 0; i < 100; ++i)
        parser.feed(QByteArray(50, 'x'));
    parser.feed("\r\n* 3 EXISTS\r\n");
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 2u);
    EXPECT_TRUE(std::holds_alternative<ParseError>(responses[0]));
    EXPECT_EQ(responses[1], Response(ExistsResponse { 3 }));
}

TEST(ResponseParserLimits, LongLineEndingInLiteralStillSkipsTheLiteral)
{
    ParserLimits limits;
    limits.maxLineLength = 50;
    ResponseParser parser(limits);
    parser.feed("* 1 FETCH (X " + QByteArray(200, 'y') + " {5}\r\n)))))\r\n* 4 EXISTS\r\n");
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 2u);
    EXPECT_TRUE(std::holds_alternative<ParseError>(responses[0]));
    EXPECT_EQ(responses[1], Response(ExistsResponse { 4 }));
}

TEST(ResponseParserLimits, ResponseSizeCap)
{
    ParserLimits limits;
    limits.maxResponseSize = 1000;
    limits.literalFileThreshold = 1 << 20;
    ResponseParser parser(limits);
    QByteArray input = "* 1 FETCH (";
    for (int i = 0; i < 10; ++i)
        input += "BODY[" + QByteArray::number(i) + "] {200}\r\n" + QByteArray(200, 'a') + " ";
    input += ")\r\n* 5 EXISTS\r\n";
    parser.feed(input);
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 2u);
    EXPECT_TRUE(std::holds_alternative<ParseError>(responses[0]));
    EXPECT_EQ(responses[1], Response(ExistsResponse { 5 }));
}

TEST(ResponseParserLimits, ErrorOffsetCountsEarlierFeeds)
{
    ResponseParser parser;
    parser.feed("* 1 EXISTS\r\n");
    parser.feed("* 1 FETCH (UID x)\r\n");
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 2u);
    EXPECT_EQ(std::get<ParseError>(responses[1]).offset, 12 + 15);
    EXPECT_EQ(parser.bytesConsumed(), 31);
}

TEST(ResponseParserSpool, LargeLiteralGoesToFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ParserLimits limits;
    limits.literalFileThreshold = 1000;
    limits.spoolDirectory = dir.path();
    ResponseParser parser(limits);
    QByteArray body;
    for (int i = 0; i < 500; ++i)
        body += "line " + QByteArray::number(i) + "\r\n";
    const QByteArray input = "* 3 FETCH (UID 8 BODY[] {" + QByteArray::number(body.size()) + "}\r\n" + body + ")\r\n";
    for (qsizetype i = 0; i < input.size(); i += 7)
        parser.feed(QByteArrayView(input).sliced(i, std::min<qsizetype>(7, input.size() - i)));
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 1u);
    const auto &fetch = std::get<FetchResponse>(responses[0]);
    EXPECT_EQ(fetch.uid, 8u);
    ASSERT_EQ(fetch.sections.size(), 1);
    const MessageData &data = fetch.sections[0].data;
    ASSERT_TRUE(data.isSpooled());
    EXPECT_TRUE(data.bytes.isEmpty());
    EXPECT_EQ(data.size, body.size());
    EXPECT_TRUE(data.spoolPath.startsWith(dir.path()));
    QFile file(data.spoolPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), body);
}

TEST(ResponseParserSpool, SpoolFileRemovedWithLastCopy)
{
    ParserLimits limits;
    limits.literalFileThreshold = 4;
    QString path;
    {
        ResponseParser parser(limits);
        parser.feed("* 1 FETCH (BODY[] {8}\r\nabcdefgh)\r\n");
        std::optional<Response> response = parser.next();
        ASSERT_TRUE(response);
        path = std::get<FetchResponse>(*response).sections[0].data.spoolPath;
        EXPECT_TRUE(QFile::exists(path));
    }
    EXPECT_FALSE(QFile::exists(path));
}

TEST(ResponseParserSpool, LargeLiteralInStringFieldIsAnError)
{
    ParserLimits limits;
    limits.literalFileThreshold = 4;
    ResponseParser parser(limits);
    parser.feed("* LIST () \"/\" {8}\r\nabcdefgh\r\n* 1 EXISTS\r\n");
    const std::vector<Response> responses = drain(parser);
    ASSERT_EQ(responses.size(), 2u);
    EXPECT_TRUE(std::holds_alternative<ParseError>(responses[0]));
    EXPECT_EQ(std::get<ParseError>(responses[0]).offset, 19 + 8);
}

TEST(ResponseParserSingle, ParsesOneFramedResponse)
{
    EXPECT_EQ(parseSingleResponse("* 9 RECENT\r\n"), Response(RecentResponse { 9 }));
    EXPECT_TRUE(std::holds_alternative<ParseError>(parseSingleResponse("garbage")));
}

TEST(ResponseParserDump, DumpIsCompactJson)
{
    EXPECT_EQ(dump(ExistsResponse { 3 }), QStringLiteral("{\"count\":3,\"type\":\"exists\"}"));
}

} // namespace
