// quire-cli folders, mkdir, rename, rmdir, subscribe, unsubscribe: the folder
// list and changes to it, through the account engine's journal.
#include "cli/AccountOptions.h"
#include "cli/Subcommands.h"

#include <QJsonArray>
#include <QJsonObject>

namespace quire::cli {

namespace {

QJsonObject folderJson(const cache::MailboxRecord &mailbox)
{
    QJsonObject out { { QStringLiteral("name"), mailbox.name },
        { QStringLiteral("delimiter"),
            mailbox.delimiter.isNull() ? QJsonValue() : QJsonValue(QString(mailbox.delimiter)) },
        { QStringLiteral("attributes"), QJsonArray::fromStringList(mailbox.attributes) },
        { QStringLiteral("subscribed"), mailbox.subscribed },
        { QStringLiteral("messages"), double(mailbox.state.messages) },
        { QStringLiteral("unseen"), double(mailbox.state.unseen) },
        { QStringLiteral("uidValidity"), double(mailbox.state.uidValidity) },
        { QStringLiteral("uidNext"), double(mailbox.state.uidNext) } };
    if (!mailbox.specialUse.isEmpty())
        out.insert(QStringLiteral("specialUse"), mailbox.specialUse);
    return out;
}

QJsonArray foldersJson(AccountCommand &command)
{
    auto mailboxes = command.cache()->mailboxes();
    QJsonArray out;
    if (!mailboxes) {
        command.fail(QStringLiteral("cannot read the cache: %1").arg(mailboxes.error().detail));
        return out;
    }
    for (const cache::MailboxRecord &mailbox : mailboxes.value())
        out.append(folderJson(mailbox));
    return out;
}

// One change to the folder list: connect, apply, wait until the server
// confirmed it (the journal is empty), refresh the list and print it.
int runFolderChange(const QString &name, const QString &usage, const QStringList &required, const QStringList &args,
    const std::function<void(sync::AccountEngine &, const QStringList &)> &apply)
{
    AccountCommand command(name, usage);
    if (std::optional<int> status = command.parse(args, required, required.size()))
        return *status;
    if (command.arguments().offline)
        return command.usageError(QStringLiteral("%1 changes the server and cannot run with --offline").arg(name));
    if (std::optional<int> status = command.setUp())
        return *status;
    QJsonObject json { { QStringLiteral("command"), name } };
    if (command.connect()) {
        apply(*command.engine(), command.positional());
        if (command.settle()) {
            command.engine()->refreshMailboxes();
            command.settle();
        }
    }
    for (qsizetype i = 0; i < required.size(); ++i)
        json.insert(required[i].toLower(), command.positional().at(i));
    json.insert(QStringLiteral("folders"), foldersJson(command));
    return command.finish(json);
}

} // namespace

int runFolders(const QStringList &args)
{
    AccountCommand command(QStringLiteral("folders"), QStringLiteral("quire-cli folders [--offline] ACCOUNT-OPTIONS"));
    if (std::optional<int> status = command.parse(args, {}, 0))
        return *status;
    if (std::optional<int> status = command.setUp())
        return *status;
    if (!command.arguments().offline && command.connect()) {
        command.engine()->refreshMailboxes();
        command.settle();
    }
    return command.finish(QJsonObject { { QStringLiteral("folders"), foldersJson(command) } });
}

int runMkdir(const QStringList &args)
{
    return runFolderChange(QStringLiteral("mkdir"), QStringLiteral("quire-cli mkdir NAME ACCOUNT-OPTIONS"),
        { QStringLiteral("NAME") }, args,
        [](sync::AccountEngine &engine, const QStringList &names) { engine.createMailbox(names[0]); });
}

int runRename(const QStringList &args)
{
    return runFolderChange(QStringLiteral("rename"), QStringLiteral("quire-cli rename OLD NEW ACCOUNT-OPTIONS"),
        { QStringLiteral("OLD"), QStringLiteral("NEW") }, args,
        [](sync::AccountEngine &engine, const QStringList &names) { engine.renameMailbox(names[0], names[1]); });
}

int runRmdir(const QStringList &args)
{
    return runFolderChange(QStringLiteral("rmdir"), QStringLiteral("quire-cli rmdir NAME ACCOUNT-OPTIONS"),
        { QStringLiteral("NAME") }, args,
        [](sync::AccountEngine &engine, const QStringList &names) { engine.deleteMailbox(names[0]); });
}

int runSubscribe(const QStringList &args)
{
    return runFolderChange(QStringLiteral("subscribe"), QStringLiteral("quire-cli subscribe NAME ACCOUNT-OPTIONS"),
        { QStringLiteral("NAME") }, args,
        [](sync::AccountEngine &engine, const QStringList &names) { engine.setSubscribed(names[0], true); });
}

int runUnsubscribe(const QStringList &args)
{
    return runFolderChange(QStringLiteral("unsubscribe"), QStringLiteral("quire-cli unsubscribe NAME ACCOUNT-OPTIONS"),
        { QStringLiteral("NAME") }, args,
        [](sync::AccountEngine &engine, const QStringList &names) { engine.setSubscribed(names[0], false); });
}

} // namespace quire::cli
