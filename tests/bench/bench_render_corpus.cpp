// Render throughput over the mail corpus: parse, choose and decode the body,
// sanitise HTML, convert to text and list attachments, as opening a message
// does. Reports bytes/second of raw message. Needs QUIRE_CORPUS_DIR.
#include "core/mime/Attachments.h"
#include "core/mime/DisplayContent.h"
#include "core/mime/MessageParser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <benchmark/benchmark.h>
#include <cstdlib>

namespace {

QList<QByteArray> loadCorpus()
{
    QList<QByteArray> messages;
    const char *dir = std::getenv("QUIRE_CORPUS_DIR");
    if (!dir)
        return messages;
    QDirIterator it(QString::fromLocal8Bit(dir), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (name.endsWith(u".json") || name.endsWith(u".xml") || name.endsWith(u".list") || name.endsWith(u".tnef")
            || name.startsWith(u"LICENSE") || name.startsWith(u"COPYING") || name == u"SOURCE.txt"
            || path.contains(u"/gmime/filters/"))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            messages.append(file.readAll());
    }
    return messages;
}

void renderCorpus(benchmark::State &state, quire::mime::BodyPreference preference)
{
    using namespace quire::mime;
    static const QList<QByteArray> messages = loadCorpus();
    if (messages.isEmpty()) {
        state.SkipWithError("QUIRE_CORPUS_DIR not set or empty");
        return;
    }
    qint64 bytes = 0;
    for (auto _ : state) {
        for (const QByteArray &source : messages) {
            const MimeMessage message = parseMessage(source);
            DisplayOptions options;
            options.preference = preference;
            benchmark::DoNotOptimize(buildDisplayContent(message, options));
            benchmark::DoNotOptimize(listAttachments(message));
            bytes += source.size();
        }
    }
    state.SetBytesProcessed(bytes);
    state.counters["messages"] = double(messages.size());
}

void BM_RenderCorpusHtml(benchmark::State &state)
{
    renderCorpus(state, quire::mime::BodyPreference::Html);
}
void BM_RenderCorpusPlain(benchmark::State &state)
{
    renderCorpus(state, quire::mime::BodyPreference::Plain);
}

void BM_ParseCorpusOnly(benchmark::State &state)
{
    static const QList<QByteArray> messages = loadCorpus();
    qint64 bytes = 0;
    for (auto _ : state) {
        for (const QByteArray &source : messages) {
            benchmark::DoNotOptimize(quire::mime::parseMessage(source));
            bytes += source.size();
        }
    }
    state.SetBytesProcessed(bytes);
}

} // namespace

BENCHMARK(BM_RenderCorpusHtml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderCorpusPlain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ParseCorpusOnly)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
