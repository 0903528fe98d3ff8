// Response parser throughput on what a first sync of a large folder looks
// like: 100,000 "* N FETCH (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE
// BODYSTRUCTURE)" responses of about 750 bytes each (Dovecot's shape), fed in
// 16 KiB reads. Reports bytes per second. BM_ParseAndConvertFetchStream
// adds what a sync's network thread does next with each response (the
// cache's record: decoded header values, address lists, the envelope and
// body-structure blobs), the part of a cold sync before the writer.
#include "core/imap/parser/ResponseParser.h"
#include "core/sync/MessageConversion.h"

#include <benchmark/benchmark.h>
#include <random>

namespace {

using namespace quire::imap;

constexpr int kMessages = 100000;
constexpr qsizetype kReadSize = 16 * 1024;

const char *const kNames[] = { "Alice Example", "Bob Builder", "=?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?=", "Carol",
    "=?ISO-8859-1?Q?Fran=E7ois?=", "Dave O'Brien" };
const char *const kSubjects[] = {
    "Re: Quarterly report draft for review",
    "=?UTF-8?B?w4RuZGVydW5nZW4gYW0gUHJvamVrdHBsYW4gZsO8ciBuw6RjaHN0ZSBXb2NoZQ==?=",
    "Meeting notes: infrastructure planning",
    "=?UTF-8?Q?Caf=C3=A9_order_confirmation_=E2=80=94_thank_you?=",
    "[project-dev] Patch v3 0/7: rework the sync engine",
};

QByteArray address(std::mt19937 &rng)
{
    const char *name = kNames[rng() % std::size(kNames)];
    return "((\"" + QByteArray(name) + "\" NIL \"user" + QByteArray::number(rng() % 1000) + "\" \"example.org\"))";
}

QByteArray bodyStructure(std::mt19937 &rng)
{
    const QByteArray text = "(\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" "
        + QByteArray::number(rng() % 20000) + " " + QByteArray::number(rng() % 400) + " NIL NIL NIL NIL)";
    const QByteArray html = "(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" "
        + QByteArray::number(rng() % 60000) + " " + QByteArray::number(rng() % 900) + " NIL NIL NIL NIL)";
    const QByteArray alternative
        = "(" + text + html + " \"alternative\" (\"boundary\" \"b1_" + QByteArray::number(rng()) + "\") NIL NIL NIL)";
    if (rng() % 3 != 0)
        return alternative;
    const QByteArray attachment = "(\"application\" \"pdf\" (\"name\" \"report.pdf\") NIL NIL \"base64\" "
        + QByteArray::number(rng() % 900000) + " NIL (\"attachment\" (\"filename\" \"report.pdf\")) NIL NIL)";
    return "(" + alternative + attachment + " \"mixed\" (\"boundary\" \"b0_" + QByteArray::number(rng())
        + "\") NIL NIL NIL)";
}

QByteArray makeStream()
{
    std::mt19937 rng(42);
    QByteArray stream;
    stream.reserve(qsizetype(kMessages) * 800);
    for (int i = 1; i <= kMessages; ++i) {
        const QByteArray from = address(rng);
        stream += "* " + QByteArray::number(i) + " FETCH (UID " + QByteArray::number(1000 + i)
            + (rng() % 2 ? " FLAGS (\\Seen)" : " FLAGS (\\Seen \\Answered $Forwarded)")
            + " ENVELOPE (\"Tue, 14 May 2024 09:" + QByteArray::number(10 + rng() % 50) + ":00 +0200\" \""
            + kSubjects[rng() % std::size(kSubjects)] + "\" " + from + " " + from + " " + from + " " + address(rng)
            + (rng() % 2 ? " " + address(rng) : QByteArray(" NIL")) + " NIL \"<prev" + QByteArray::number(rng())
            + "@example.org>\" \"<" + QByteArray::number(rng()) + "." + QByteArray::number(i)
            + "@mail.example.org>\") INTERNALDATE \"14-May-2024 09:12:44 +0200\" RFC822.SIZE "
            + QByteArray::number(2000 + rng() % 100000) + " BODYSTRUCTURE " + bodyStructure(rng) + ")\r\n";
    }
    return stream;
}

// Feeds `stream` to a parser in kReadSize reads, handing each response over.
template<typename Handle> void parseInReads(const QByteArray &stream, Handle &&handle)
{
    ResponseParser parser;
    for (qsizetype pos = 0; pos < stream.size(); pos += kReadSize) {
        parser.feed(QByteArrayView(stream).sliced(pos, std::min(kReadSize, stream.size() - pos)));
        while (std::optional<Response> response = parser.next())
            handle(*response);
    }
}

void BM_ParseFetchStream(benchmark::State &state)
{
    static const QByteArray stream = makeStream();
    qint64 responses = 0;
    for (auto _ : state) {
        parseInReads(stream, [&](const Response &response) {
            benchmark::DoNotOptimize(response);
            ++responses;
        });
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * stream.size());
    state.counters["bytes_per_response"] = double(stream.size()) / kMessages;
    state.counters["responses"] = double(responses) / double(state.iterations());
}
BENCHMARK(BM_ParseFetchStream)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_ParseAndConvertFetchStream(benchmark::State &state)
{
    static const QByteArray stream = makeStream();
    qint64 records = 0;
    for (auto _ : state) {
        parseInReads(stream, [&](const Response &response) {
            const auto *fetch = std::get_if<FetchResponse>(&response);
            if (!fetch)
                return;
            std::optional<quire::cache::MessageRecord> record = quire::sync::messageRecordFrom(*fetch);
            benchmark::DoNotOptimize(record);
            records += record ? 1 : 0;
        });
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * stream.size());
    state.counters["records"] = double(records) / double(state.iterations());
}
BENCHMARK(BM_ParseAndConvertFetchStream)->Unit(benchmark::kMillisecond)->MinTime(3.0);

} // namespace

BENCHMARK_MAIN();
