// quire-cli: Quire without a window, for scripts and for debugging servers.
#include "cli/Subcommands.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <array>
#include <cstdio>

namespace {

using quire::cli::Subcommand;

// Keep in step with docs/cli.md.
constexpr std::array<Subcommand, 2> kSubcommands {
    Subcommand { "render", "show how Quire reads an .eml file, as JSON", quire::cli::runRender },
    Subcommand { "parse", "decode raw IMAP server bytes from stdin into JSON lines", quire::cli::runParse },
};

void printUsage(QTextStream &out)
{
    out << "Usage: quire-cli [--version] [--help] <command> [args...]\n\nCommands:\n";
    for (const Subcommand &c : kSubcommands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(12) << QString::fromLatin1(c.summary) << '\n';
    out << "\nSee docs/cli.md for the full reference.\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("quire"));
    QCoreApplication::setApplicationVersion(quire::versionString());

    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.isEmpty()) {
        printUsage(err);
        return 2;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("--version")) {
        out << "quire-cli " << quire::versionString() << '\n';
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("help")) {
        printUsage(out);
        return 0;
    }
    for (const Subcommand &c : kSubcommands) {
        if (command == QLatin1String(c.name))
            return c.run(args);
    }
    err << "quire-cli: unknown command '" << command << "'\n";
    printUsage(err);
    return 2;
}
