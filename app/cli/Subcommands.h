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

} // namespace quire::cli
