// quire-cli flag, copy, move, delete, expunge, append: changes to messages,
// made through the account engine so that they go through its journal (and
// are replayed next time if the connection drops half way).
#include "cli/AccountOptions.h"
#include "cli/Subcommands.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace quire::cli {

namespace {

const QString kMailboxOptions = QStringLiteral("ACCOUNT-OPTIONS");

// "+seen" -> "\\Seen"; keywords ("+$Label1") pass through. Empty when the
// name is not a valid flag.
QString flagName(const QString &word)
{
    static const QHash<QString, QString> known {
        { QStringLiteral("seen"), QStringLiteral("\\Seen") },
        { QStringLiteral("flagged"), QStringLiteral("\\Flagged") },
        { QStringLiteral("answered"), QStringLiteral("\\Answered") },
        { QStringLiteral("deleted"), QStringLiteral("\\Deleted") },
        { QStringLiteral("draft"), QStringLiteral("\\Draft") },
        { QStringLiteral("junk"), QStringLiteral("$Junk") },
        { QStringLiteral("notjunk"), QStringLiteral("$NotJunk") },
        { QStringLiteral("forwarded"), QStringLiteral("$Forwarded") },
        { QStringLiteral("phishing"), QStringLiteral("$Phishing") },
    };
    const auto it = known.constFind(word.toLower());
    if (it != known.cend())
        return *it;
    // An IMAP atom: no specials, no backslash (system flags are named above).
    static const QRegularExpression keyword(QStringLiteral("^[!#$&'+\\-.0-9:;<=>?@A-Z^_`a-z|~]+$"));
    return keyword.match(word).hasMatch() ? word : QString();
}

// The rows of these UIDs as the cache now has them.
QJsonArray rowsJson(AccountCommand &command, const QString &mailbox, const QList<quint32> &uids)
{
    QJsonArray out;
    const quint32 uidValidity = command.engine()->uidValidity(mailbox);
    for (quint32 uid : uids) {
        auto row = command.cache()->message(mailbox, uidValidity, uid);
        if (row && row.value())
            out.append(messageRowJson(*row.value()));
    }
    return out;
}

QJsonArray uidsJson(const QList<quint32> &uids)
{
    QJsonArray out;
    for (quint32 uid : uids)
        out.append(double(uid));
    return out;
}

// The shape of every command here: parse, refuse --offline, connect, sync the
// folder (so the cache knows its UIDVALIDITY and rows), apply, settle, print.
struct MessageChange {
    QString name;
    QString usage;
    QStringList required;
    qsizetype maxPositional;
    bool takesUids = true;
    // Checks the arguments after FOLDER [UIDS]; returns an error message.
    std::function<QString(const QStringList &)> check;
    std::function<void(AccountCommand &, const QString &mailbox, const QList<quint32> &uids)> apply;
    std::function<void(AccountCommand &, const QString &mailbox, const QList<quint32> &uids, QJsonObject &)> report;
};

int runMessageChange(const MessageChange &change, const QStringList &args)
{
    AccountCommand command(change.name, change.usage);
    if (std::optional<int> status = command.parse(args, change.required, change.maxPositional))
        return *status;
    if (command.arguments().offline)
        return command.usageError(
            QStringLiteral("%1 changes the server and cannot run with --offline").arg(change.name));
    const QStringList &positional = command.positional();
    const QString mailbox = positional[0];
    QList<quint32> uids;
    if (change.takesUids) {
        std::optional<QList<quint32>> parsed = parseUidSet(positional[1]);
        if (!parsed)
            return command.usageError(QStringLiteral("'%1' is not a UID set like 1:3,7").arg(positional[1]));
        uids = *parsed;
    }
    if (change.check) {
        const QString problem = change.check(positional);
        if (!problem.isEmpty())
            return command.usageError(problem);
    }
    if (std::optional<int> status = command.setUp())
        return *status;
    QJsonObject json { { QStringLiteral("command"), change.name }, { QStringLiteral("mailbox"), mailbox } };
    if (change.takesUids)
        json.insert(QStringLiteral("uids"), uidsJson(uids));
    if (command.connect()) {
        command.engine()->syncMailbox(mailbox, false);
        if (command.settle()) {
            change.apply(command, mailbox, uids);
            if (command.settle() && change.report)
                change.report(command, mailbox, uids, json);
        }
    }
    return command.finish(json);
}

QStringList flagsFrom(const QStringList &positional, QChar sign)
{
    QStringList out;
    for (qsizetype i = 2; i < positional.size(); ++i) {
        if (positional[i].startsWith(sign))
            out.append(flagName(positional[i].mid(1)));
    }
    return out;
}

} // namespace

int runFlag(const QStringList &args)
{
    MessageChange change;
    change.name = QStringLiteral("flag");
    change.usage = QStringLiteral("quire-cli flag FOLDER UIDS +FLAG|-FLAG... ") + kMailboxOptions;
    change.required = { QStringLiteral("FOLDER"), QStringLiteral("UIDS"), QStringLiteral("+FLAG or -FLAG") };
    change.maxPositional = -1;
    change.check = [](const QStringList &positional) {
        for (qsizetype i = 2; i < positional.size(); ++i) {
            const QString &word = positional[i];
            if (word.size() < 2 || (word[0] != u'+' && word[0] != u'-') || flagName(word.mid(1)).isEmpty())
                return QStringLiteral("'%1' is not a flag change like +seen, -flagged or +$Label1").arg(word);
        }
        return QString();
    };
    change.apply = [](AccountCommand &command, const QString &mailbox, const QList<quint32> &uids) {
        const QStringList &positional = command.positional();
        command.engine()->setFlags(mailbox, uids, flagsFrom(positional, u'+'), flagsFrom(positional, u'-'));
    };
    change.report = [](AccountCommand &command, const QString &mailbox, const QList<quint32> &uids, QJsonObject &json) {
        json.insert(QStringLiteral("added"), QJsonArray::fromStringList(flagsFrom(command.positional(), u'+')));
        json.insert(QStringLiteral("removed"), QJsonArray::fromStringList(flagsFrom(command.positional(), u'-')));
        json.insert(QStringLiteral("messages"), rowsJson(command, mailbox, uids));
    };
    return runMessageChange(change, args);
}

namespace {

MessageChange transfer(const QString &name, bool move)
{
    MessageChange change;
    change.name = name;
    change.usage = QStringLiteral("quire-cli %1 FOLDER UIDS TARGET ").arg(name) + kMailboxOptions;
    change.required = { QStringLiteral("FOLDER"), QStringLiteral("UIDS"), QStringLiteral("TARGET") };
    change.maxPositional = 3;
    change.apply = [move](AccountCommand &command, const QString &mailbox, const QList<quint32> &uids) {
        if (move)
            command.engine()->moveMessages(mailbox, uids, command.positional()[2]);
        else
            command.engine()->copyMessages(mailbox, uids, command.positional()[2]);
    };
    change.report = [](AccountCommand &command, const QString &, const QList<quint32> &, QJsonObject &json) {
        json.insert(QStringLiteral("target"), command.positional()[2]);
    };
    return change;
}

} // namespace

int runCopy(const QStringList &args)
{
    return runMessageChange(transfer(QStringLiteral("copy"), false), args);
}

int runMove(const QStringList &args)
{
    return runMessageChange(transfer(QStringLiteral("move"), true), args);
}

int runDelete(const QStringList &args)
{
    MessageChange change;
    change.name = QStringLiteral("delete");
    change.usage = QStringLiteral("quire-cli delete FOLDER UIDS ") + kMailboxOptions;
    change.required = { QStringLiteral("FOLDER"), QStringLiteral("UIDS") };
    change.maxPositional = 2;
    change.apply = [](AccountCommand &command, const QString &mailbox, const QList<quint32> &uids) {
        command.engine()->deleteMessages(mailbox, uids);
    };
    change.report = [](AccountCommand &command, const QString &mailbox, const QList<quint32> &uids, QJsonObject &json) {
        // Rows still cached are marked \Deleted and wait for an expunge
        // (servers without UIDPLUS); the others are gone.
        json.insert(QStringLiteral("messages"), rowsJson(command, mailbox, uids));
    };
    return runMessageChange(change, args);
}

int runExpunge(const QStringList &args)
{
    MessageChange change;
    change.name = QStringLiteral("expunge");
    change.usage = QStringLiteral("quire-cli expunge FOLDER ") + kMailboxOptions;
    change.required = { QStringLiteral("FOLDER") };
    change.maxPositional = 1;
    change.takesUids = false;
    change.apply = [](AccountCommand &command, const QString &mailbox, const QList<quint32> &) {
        command.engine()->expungeMailbox(mailbox);
    };
    change.report = [](AccountCommand &command, const QString &mailbox, const QList<quint32> &, QJsonObject &json) {
        auto uids = command.cache()->uids(mailbox, command.engine()->uidValidity(mailbox));
        json.insert(QStringLiteral("remaining"), uids ? double(uids.value().size()) : QJsonValue());
    };
    return runMessageChange(change, args);
}

int runAppend(const QStringList &args)
{
    MessageChange change;
    change.name = QStringLiteral("append");
    change.usage = QStringLiteral("quire-cli append FOLDER FILE.eml ") + kMailboxOptions;
    change.required = { QStringLiteral("FOLDER"), QStringLiteral("FILE.eml") };
    change.maxPositional = 2;
    change.takesUids = false;
    change.check = [](const QStringList &positional) {
        const QFileInfo file(positional[1]);
        return file.isFile() && file.isReadable() ? QString()
                                                  : QStringLiteral("cannot read the file '%1'").arg(positional[1]);
    };
    change.apply = [](AccountCommand &command, const QString &mailbox, const QList<quint32> &) {
        // The journal keeps the path and reads the file when it sends it.
        command.engine()->appendMessage(mailbox, QFileInfo(command.positional()[1]).absoluteFilePath());
    };
    change.report = [](AccountCommand &command, const QString &, const QList<quint32> &, QJsonObject &json) {
        json.insert(QStringLiteral("file"), command.positional()[1]);
    };
    return runMessageChange(change, args);
}

} // namespace quire::cli
