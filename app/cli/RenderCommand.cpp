// quire-cli render FILE.eml: how Quire reads a message, as JSON.
#include "cli/MessageJson.h"
#include "cli/Subcommands.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace quire::cli {

namespace {

using namespace quire::mime;

int usage(QTextStream &err)
{
    err << "Usage: quire-cli render [--prefer html|plain] FILE.eml\n";
    return 2;
}

} // namespace

int runRender(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    DisplayOptions options;
    QString path;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == u"--prefer" && i + 1 < args.size()) {
            const QString value = args[++i];
            if (value == u"html")
                options.preference = BodyPreference::Html;
            else if (value == u"plain")
                options.preference = BodyPreference::Plain;
            else
                return usage(err);
        } else if (arg.startsWith(u"--") || !path.isEmpty()) {
            return usage(err);
        } else {
            path = arg;
        }
    }
    if (path.isEmpty())
        return usage(err);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "quire-cli render: cannot read " << path << ": " << file.errorString() << '\n';
        return 1;
    }
    const QJsonObject json = renderMessageJson(file.readAll(), options);
    out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace quire::cli
