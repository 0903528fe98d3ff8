#pragma once

#include <QStringList>

// One entry point per quire-cli subcommand. Each takes the arguments after the
// subcommand name and returns the process exit status.
namespace quire::cli {

struct Subcommand {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
};

// quire-cli render FILE.eml (RenderCommand.cpp)
int runRender(const QStringList &args);

// quire-cli parse < server-bytes (ParseCommand.cpp)
int runParse(const QStringList &args);

// The account commands (docs/cli.md, "Account commands").
// FolderCommands.cpp
int runFolders(const QStringList &args);
int runMkdir(const QStringList &args);
int runRename(const QStringList &args);
int runRmdir(const QStringList &args);
int runSubscribe(const QStringList &args);
int runUnsubscribe(const QStringList &args);
// SyncCommands.cpp
int runSync(const QStringList &args);
int runList(const QStringList &args);
int runShow(const QStringList &args);
int runSearch(const QStringList &args);
// MessageCommands.cpp
int runFlag(const QStringList &args);
int runCopy(const QStringList &args);
int runMove(const QStringList &args);
int runDelete(const QStringList &args);
int runExpunge(const QStringList &args);
int runAppend(const QStringList &args);

} // namespace quire::cli
