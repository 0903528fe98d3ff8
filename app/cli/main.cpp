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
constexpr std::array<Subcommand, 18> kSubcommands {
    Subcommand { "render", "show how Quire reads an .eml file, as JSON", quire::cli::runRender },
    Subcommand { "parse", "decode raw IMAP server bytes from stdin into JSON lines", quire::cli::runParse },
    Subcommand { "folders", "list an account's folders", quire::cli::runFolders },
    Subcommand { "sync", "bring folders into the local cache", quire::cli::runSync },
    Subcommand { "list", "list the messages of a folder", quire::cli::runList },
    Subcommand { "show", "fetch and render one message", quire::cli::runShow },
    Subcommand { "search", "search a folder on the server or in the cache", quire::cli::runSearch },
    Subcommand { "flag", "add or remove flags (+seen, -flagged, ...)", quire::cli::runFlag },
    Subcommand { "copy", "copy messages to another folder", quire::cli::runCopy },
    Subcommand { "move", "move messages to another folder", quire::cli::runMove },
    Subcommand { "delete", "mark messages deleted (and expunge them with UIDPLUS)", quire::cli::runDelete },
    Subcommand { "expunge", "expunge a folder", quire::cli::runExpunge },
    Subcommand { "append", "upload an .eml file to a folder", quire::cli::runAppend },
    Subcommand { "mkdir", "create a folder", quire::cli::runMkdir },
    Subcommand { "rename", "rename a folder", quire::cli::runRename },
    Subcommand { "rmdir", "delete a folder", quire::cli::runRmdir },
    Subcommand { "subscribe", "subscribe to a folder", quire::cli::runSubscribe },
    Subcommand { "unsubscribe", "unsubscribe from a folder", quire::cli::runUnsubscribe },
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
    // The GUI's names, so --account reads its settings file and the default
    // cache directory is the one the GUI uses.
    QCoreApplication::setOrganizationName(QStringLiteral("Quire"));
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
