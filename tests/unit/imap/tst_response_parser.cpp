// The response-parser table: every row is parsed whole, at every split point
// into two chunks (see splitPoints for the largest rows), and byte by byte,
// and all three must give the same responses (operator==) as well as the
// expected JSON.
#include "ParserRow.h"
#include "core/imap/parser/ResponseJson.h"
#include "core/imap/parser/ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cctype>
#include <gtest/gtest.h>

namespace quire::imap {
// Readable failures: gtest prints responses as their JSON dump.
void PrintTo(const Response &response, std::ostream *os)
{
    *os << dump(response).toStdString();
}
} // namespace quire::imap

namespace {

using namespace quire::imap;

std::vector<Response> parseInChunks(const QByteArray &input, const std::vector<qsizetype> &splits)
{
    ResponseParser parser;
    qsizetype from = 0;
    for (qsizetype split : splits) {
        parser.feed(QByteArrayView(input).sliced(from, split - from));
        from = split;
    }
    parser.feed(QByteArrayView(input).sliced(from));
    std::vector<Response> responses;
    while (std::optional<Response> response = parser.next())
        responses.push_back(std::move(*response));
    return responses;
}

QJsonArray expectedArray(const char *expected)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(expected), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << "bad expectation: " << expected;
    return document.isArray() ? document.array() : QJsonArray { document.object() };
}

// Round-trips through text so that integer/double representations agree.
QJsonObject normalised(const QJsonObject &object)
{
    return QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
}

std::vector<ParserRow> allRows()
{
    std::vector<ParserRow> rows;
    for (auto table : { statusRows, untaggedRows, fetchRows, bodyStructureRows, rfcExampleRows, quirkRows,
             malformedRows, threadRows }) {
        std::vector<ParserRow> part = table();
        rows.insert(rows.end(), part.begin(), part.end());
    }
    return rows;
}

class ResponseParserTable : public ::testing::TestWithParam<ParserRow>
{
};

TEST_P(ResponseParserTable, ParsesToExpectedJson)
{
    const ParserRow &row = GetParam();
    const std::vector<Response> responses = parseInChunks(row.input, {});
    const QJsonArray expected = expectedArray(row.expected);
    ASSERT_EQ(qsizetype(responses.size()), expected.size()) << "input: " << row.input.toStdString();
    for (size_t i = 0; i < responses.size(); ++i) {
        QJsonObject actual = normalised(toJson(responses[i]));
        const QJsonObject wanted = normalised(expected.at(qsizetype(i)).toObject());
        if (wanted.value(QStringLiteral("type")) == QStringLiteral("error")) {
            // Errors match on what the row cares to state.
            for (const QString &key : { QStringLiteral("error"), QStringLiteral("offset") }) {
                if (!wanted.contains(key))
                    actual.remove(key);
            }
        }
        EXPECT_EQ(actual, wanted) << "response " << i << "\n  actual:   "
                                  << QJsonDocument(actual).toJson(QJsonDocument::Compact).toStdString()
                                  << "\n  expected: "
                                  << QJsonDocument(wanted).toJson(QJsonDocument::Compact).toStdString();
    }
}

// Every split point costs a whole parse, so for the few rows of hundreds of
// kilobytes (deep THREAD chains) this takes every point near both ends and
// 256 spread over the middle; the byte-by-byte run below still covers all.
std::vector<qsizetype> splitPoints(qsizetype size)
{
    constexpr qsizetype everyPointUpTo = 16 * 1024;
    constexpr qsizetype ends = 256;
    constexpr qsizetype middle = 256;
    std::vector<qsizetype> points;
    for (qsizetype split = 1; split < size; ++split) {
        if (size <= everyPointUpTo || split < ends || split >= size - ends)
            points.push_back(split);
        else if (split % ((size - 2 * ends) / middle + 1) == 0)
            points.push_back(split);
    }
    return points;
}

TEST_P(ResponseParserTable, SameResultAtEverySplitPoint)
{
    const ParserRow &row = GetParam();
    const std::vector<Response> whole = parseInChunks(row.input, {});
    for (qsizetype split : splitPoints(row.input.size()))
        ASSERT_EQ(parseInChunks(row.input, { split }), whole) << "split at " << split;
}

TEST_P(ResponseParserTable, SameResultByteByByte)
{
    const ParserRow &row = GetParam();
    std::vector<qsizetype> everyByte;
    for (qsizetype i = 1; i < row.input.size(); ++i)
        everyByte.push_back(i);
    EXPECT_EQ(parseInChunks(row.input, everyByte), parseInChunks(row.input, {}));
}

// A cache keeps the ENVELOPE and BODYSTRUCTURE texts instead of the parsed
// values, so reading one back must give the value the response carried.
TEST_P(ResponseParserTable, KeptSourcesReadBackAsTheParsedValues)
{
    for (const Response &response : parseInChunks(GetParam().input, {})) {
        const auto *fetch = std::get_if<FetchResponse>(&response);
        if (!fetch)
            continue;
        EXPECT_EQ(fetch->envelope.has_value(), !fetch->envelopeSource.isEmpty());
        if (fetch->envelope) {
            EXPECT_EQ(parseEnvelope(fetch->envelopeSource), fetch->envelope) << fetch->envelopeSource.toStdString();
        }
        EXPECT_EQ(fetch->bodyStructure.has_value(), !fetch->bodyStructureSource.isEmpty());
        if (fetch->bodyStructure) {
            EXPECT_EQ(parseBodyStructure(fetch->bodyStructureSource), fetch->bodyStructure)
                << fetch->bodyStructureSource.toStdString();
        }
    }
}

std::string rowName(const ::testing::TestParamInfo<ParserRow> &info)
{
    std::string name = std::to_string(info.index) + "_" + info.param.name;
    for (char &c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return name;
}

INSTANTIATE_TEST_SUITE_P(Rows, ResponseParserTable, ::testing::ValuesIn(allRows()), rowName);

TEST(ResponseParserTableSize, HasAtLeastThreeHundredRows)
{
    EXPECT_GE(allRows().size(), 300u);
}

// The parser's queue compacts what a reader took while the reader lags.
TEST(ResponseQueue, ResponsesComeOutInOrderHoweverTheReaderKeepsUp)
{
    ResponseParser parser;
    quint32 fed = 0;
    const auto feed = [&](int count) {
        QByteArray bytes;
        for (int i = 0; i < count; ++i)
            bytes += "* " + QByteArray::number(++fed) + " EXISTS\r\n";
        parser.feed(bytes);
    };
    quint32 taken = 0;
    const auto take = [&](int count) {
        for (int i = 0; i < count; ++i) {
            std::optional<Response> response = parser.next();
            ASSERT_TRUE(response);
            ASSERT_TRUE(std::holds_alternative<ExistsResponse>(*response));
            EXPECT_EQ(std::get<ExistsResponse>(*response).count, ++taken);
        }
    };
    feed(100);
    take(70);
    feed(100);
    take(90);
    feed(1000);
    take(1040);
    EXPECT_FALSE(parser.hasResponse());
    EXPECT_FALSE(parser.next());
    feed(3);
    EXPECT_TRUE(parser.hasResponse());
    take(3);
    EXPECT_FALSE(parser.next());
}

FetchResponse onlyFetch(const QByteArray &input)
{
    ResponseParser parser;
    parser.feed(input);
    std::optional<Response> response = parser.next();
    EXPECT_TRUE(response && std::holds_alternative<FetchResponse>(*response));
    return response ? std::get<FetchResponse>(*response) : FetchResponse {};
}

TEST(FetchSource, IsTheServersTextLiteralsIncluded)
{
    const FetchResponse fetch
        = onlyFetch("* 1 FETCH (UID 4 ENVELOPE  (NIL {3}\r\na\"b NIL NIL NIL NIL NIL NIL NIL NIL) "
                    "BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1) FLAGS ())\r\n");
    EXPECT_EQ(fetch.envelopeSource, "(NIL {3}\r\na\"b NIL NIL NIL NIL NIL NIL NIL NIL)");
    EXPECT_EQ(fetch.bodyStructureSource, "(\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)");
    ASSERT_TRUE(fetch.envelope);
    EXPECT_EQ(fetch.envelope->subject, "a\"b");
}

TEST(FetchSource, ReadsBackOnlyOneWholeValue)
{
    EXPECT_EQ(parseEnvelope("NIL"), Envelope {});
    EXPECT_EQ(parseEnvelope(" (NIL \"s\" NIL NIL NIL NIL NIL NIL NIL NIL) ")->subject, "s");
    EXPECT_FALSE(parseEnvelope("(NIL \"s\" NIL NIL NIL NIL NIL NIL NIL NIL) NIL"));
    EXPECT_FALSE(parseEnvelope("(NIL \"s\""));
    EXPECT_FALSE(parseEnvelope(""));
    EXPECT_FALSE(parseBodyStructure("(\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1) )"));
    ParserLimits shallow;
    shallow.maxNestingDepth = 2;
    EXPECT_FALSE(parseBodyStructure("(((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1) \"mixed\") \"mixed\")", shallow));
}

// The JSON form does not say which codes the parser knows; the NOTIFY codes
// must come out typed, since the session and the engine act on their kind.
struct CodeRow {
    const char *name;
    QByteArray input;
    ResponseCode expected;
};

ResponseCode code(ResponseCode::Kind kind, QByteArray name, QList<QByteArray> list = {})
{
    ResponseCode c;
    c.kind = kind;
    c.name = std::move(name);
    c.list = std::move(list);
    return c;
}

class ResponseCodeTable : public ::testing::TestWithParam<CodeRow>
{
};

TEST_P(ResponseCodeTable, ParsesToTypedCode)
{
    const std::vector<Response> responses = parseInChunks(GetParam().input, {});
    ASSERT_EQ(responses.size(), 1u);
    std::optional<ResponseCode> parsed;
    if (const auto *tagged = std::get_if<TaggedStatus>(&responses.front()))
        parsed = tagged->code;
    else if (const auto *untagged = std::get_if<UntaggedStatus>(&responses.front()))
        parsed = untagged->code;
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, GetParam().expected);
}

using Kind = ResponseCode::Kind;
INSTANTIATE_TEST_SUITE_P(Notify, ResponseCodeTable,
    ::testing::Values(CodeRow { "overflow", "* OK [NOTIFICATIONOVERFLOW] too many\r\n",
                          code(Kind::NotificationOverflow, "NOTIFICATIONOVERFLOW") },
        CodeRow { "overflow_lower", "* OK [notificationoverflow] x\r\n",
            code(Kind::NotificationOverflow, "NOTIFICATIONOVERFLOW") },
        CodeRow { "badevent_list", "A1 NO [BADEVENT (MessageNew MessageExpunge)] no\r\n",
            code(Kind::BadEvent, "BADEVENT", { "MessageNew", "MessageExpunge" }) },
        CodeRow { "badevent_bare", "A1 NO [BADEVENT AnnotationChange] no\r\n",
            code(Kind::BadEvent, "BADEVENT", { "AnnotationChange" }) },
        CodeRow { "badevent_empty", "A1 NO [BADEVENT ()] no\r\n", code(Kind::BadEvent, "BADEVENT", {}) }),
    [](const ::testing::TestParamInfo<CodeRow> &info) { return std::string(info.param.name); });

} // namespace
