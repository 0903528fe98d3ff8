// quire-cli parse: raw IMAP server bytes on stdin -> one JSON object per
// response on stdout. Streaming: stdin is read in chunks and each response is
// printed as soon as it is complete, so memory stays bounded by the parser's
// limits whatever the input size.
#include "cli/Subcommands.h"
#include "core/imap/parser/ResponseJson.h"
#include "core/imap/parser/ResponseParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace quire::cli {

namespace {

constexpr qint64 kReadSize = 64 * 1024;

void printUsage(QTextStream &stream)
{
    stream << "Usage: quire-cli parse < server-bytes\n\n"
              "Reads raw IMAP server output (CRLF lines, literals inline) on stdin and prints\n"
              "one compact JSON object per response. See docs/cli.md for the schema.\n";
}

} // namespace

int runParse(const QStringList &args)
{
    QTextStream err(stderr);
    if (!args.isEmpty()) {
        QTextStream out(stdout);
        const bool help = args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h");
        printUsage(help ? out : err);
        return help ? 0 : 2;
    }

    QFile input;
    QFile output;
    if (!input.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        err << "quire-cli parse: cannot read stdin: " << input.errorString() << '\n';
        return 1;
    }
    if (!output.open(stdout, QIODevice::WriteOnly)) {
        err << "quire-cli parse: cannot write stdout: " << output.errorString() << '\n';
        return 1;
    }

    imap::ParserLimits limits;
    // Print literal contents rather than the names of spool files that vanish
    // with the response; the literal cap still bounds memory.
    limits.literalFileThreshold = limits.maxLiteralSize + 1;
    imap::ResponseParser parser(limits);

    QByteArray chunk(kReadSize, Qt::Uninitialized);
    while (true) {
        const qint64 got = input.read(chunk.data(), kReadSize);
        if (got < 0) {
            err << "quire-cli parse: cannot read stdin: " << input.errorString() << '\n';
            return 1;
        }
        if (got == 0)
            break;
        parser.feed(QByteArrayView(chunk.constData(), got));
        while (std::optional<imap::Response> response = parser.next()) {
            output.write(QJsonDocument(imap::toJson(*response)).toJson(QJsonDocument::Compact));
            output.write("\n", 1);
        }
        output.flush();
    }
    // Bytes of an unfinished last response are dropped silently: a capture
    // may stop anywhere, and that is not a failure to read stdin.
    return 0;
}

} // namespace quire::cli
