// quire-cli sync, list, show, search: bringing mail into the cache and
// reading it, online through the account engine or --offline from the cache.
#include "cli/AccountOptions.h"
#include "cli/MessageJson.h"
#include "cli/Subcommands.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/sync/AccountEngine.h"
#include "core/sync/MessageBodies.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace quire::cli {

namespace {

// Downloads the bodies the cache lacks, with progress on stderr; false
// when the download did not finish.
bool downloadBodies(AccountCommand &command, const QStringList &mailboxes, bool attachments)
{
    sync::AccountEngine *engine = command.engine();
    std::optional<sync::DownloadOutcome> outcome;
    QObject progress;
    QObject::connect(
        engine, &sync::MailEngine::offlineDownloadProgress, &progress, [](const QString &mailbox, int done, int total) {
            QTextStream(stderr) << "quire-cli sync: " << mailbox << ": bodies " << done << '/' << total << '\n';
        });
    QObject::connect(engine, &sync::MailEngine::offlineDownloadFinished, &progress,
        [&outcome](sync::DownloadOutcome finished) { outcome = finished; });
    engine->downloadForOffline(mailboxes, attachments);
    command.settle();
    if (outcome != sync::DownloadOutcome::Finished && !command.failed())
        command.fail(QStringLiteral("the body download did not finish; run again to resume"));
    return outcome == sync::DownloadOutcome::Finished;
}

QJsonArray rowsJson(const QList<cache::MessageRecord> &rows)
{
    QJsonArray out;
    for (const cache::MessageRecord &row : rows)
        out.append(messageRowJson(row));
    return out;
}

QJsonArray rowsJson(AccountCommand &command, const QString &mailbox, const QList<quint32> &uids)
{
    QJsonArray out;
    const quint32 uidValidity = command.engine()->uidValidity(mailbox);
    for (quint32 uid : uids) {
        auto row = command.cache()->message(mailbox, uidValidity, uid);
        if (row && row.value())
            out.append(messageRowJson(*row.value()));
        else
            out.append(QJsonObject { { QStringLiteral("uid"), double(uid) } });
    }
    return out;
}

// Mailboxes that can hold messages, from the cache's folder list.
QStringList selectableMailboxes(AccountCommand &command)
{
    QStringList out;
    auto mailboxes = command.cache()->mailboxes();
    if (!mailboxes)
        return out;
    for (const cache::MailboxRecord &mailbox : mailboxes.value()) {
        if (sync::isSelectable(mailbox))
            out.append(mailbox.name);
    }
    return out;
}

} // namespace

int runSync(const QStringList &args)
{
    AccountCommand command(QStringLiteral("sync"),
        QStringLiteral("quire-cli sync [FOLDER...|--all] [--bodies [--no-attachments]] ACCOUNT-OPTIONS"),
        { QStringLiteral("--all"), QStringLiteral("--bodies"), QStringLiteral("--no-attachments") });
    if (std::optional<int> status = command.parse(args, {}, -1))
        return *status;
    const bool all = command.hasSwitch(QStringLiteral("--all"));
    if (all == !command.positional().isEmpty())
        return command.usageError(QStringLiteral("give either FOLDER names or --all"));
    if (command.hasSwitch(QStringLiteral("--no-attachments")) && !command.hasSwitch(QStringLiteral("--bodies")))
        return command.usageError(QStringLiteral("--no-attachments goes with --bodies"));
    if (command.arguments().offline)
        return command.usageError(QStringLiteral("sync needs the server and cannot run with --offline"));
    if (std::optional<int> status = command.setUp())
        return *status;
    QStringList mailboxes = command.positional();
    QJsonArray synced;
    if (command.connect()) {
        if (all) {
            command.engine()->refreshMailboxes();
            if (command.settle())
                mailboxes = selectableMailboxes(command);
        }
        for (const QString &mailbox : mailboxes)
            command.engine()->syncMailbox(mailbox, true);
        // Named folders are synced before the folder list is refreshed:
        // Dovecot answers a SELECT that follows a LIST in the same session
        // 50-250 ms later (100k INBOX), without one at once.
        if (!all)
            command.engine()->refreshMailboxes();
        if (command.settle() && command.hasSwitch(QStringLiteral("--bodies")) && !mailboxes.isEmpty())
            downloadBodies(command, mailboxes, !command.hasSwitch(QStringLiteral("--no-attachments")));
    }
    for (const QString &mailbox : mailboxes) {
        auto record = command.cache()->mailbox(mailbox);
        auto uids = command.cache()->uids(mailbox, command.engine()->uidValidity(mailbox));
        QJsonObject entry { { QStringLiteral("name"), mailbox },
            { QStringLiteral("uidValidity"), double(command.engine()->uidValidity(mailbox)) },
            { QStringLiteral("messages"), uids ? double(uids.value().size()) : 0.0 } };
        if (record && record.value())
            entry.insert(QStringLiteral("highestModSeq"), double(record.value()->state.highestModSeq));
        synced.append(entry);
    }
    return command.finish(QJsonObject { { QStringLiteral("synced"), synced } });
}

int runList(const QStringList &args)
{
    AccountCommand command(QStringLiteral("list"), QStringLiteral("quire-cli list FOLDER [--offline] ACCOUNT-OPTIONS"));
    if (std::optional<int> status = command.parse(args, { QStringLiteral("FOLDER") }, 1))
        return *status;
    if (std::optional<int> status = command.setUp())
        return *status;
    const QString mailbox = command.positional()[0];
    if (!command.arguments().offline && command.connect()) {
        command.engine()->syncMailbox(mailbox, true);
        command.settle();
    }
    const quint32 uidValidity = command.engine()->uidValidity(mailbox);
    if (uidValidity == 0 && !command.failed())
        command.fail(QStringLiteral("'%1' is not in the cache; run without --offline or sync it first").arg(mailbox));
    auto rows = command.cache()->messages(mailbox, uidValidity, cache::MessageColumns::Summary);
    return command.finish(
        QJsonObject { { QStringLiteral("mailbox"), mailbox }, { QStringLiteral("uidValidity"), double(uidValidity) },
            { QStringLiteral("messages"), rows ? rowsJson(rows.value()) : QJsonArray() } });
}

int runShow(const QStringList &args)
{
    AccountCommand command(
        QStringLiteral("show"), QStringLiteral("quire-cli show FOLDER UID [--offline] ACCOUNT-OPTIONS"));
    if (std::optional<int> status = command.parse(args, { QStringLiteral("FOLDER"), QStringLiteral("UID") }, 2))
        return *status;
    bool validUid = false;
    const quint32 uid = command.positional()[1].toUInt(&validUid);
    if (!validUid || uid == 0)
        return command.usageError(QStringLiteral("'%1' is not a UID").arg(command.positional()[1]));
    if (std::optional<int> status = command.setUp())
        return *status;
    const QString mailbox = command.positional()[0];
    std::optional<QByteArray> raw;
    QStringList flags;
    const auto readCache = [&] {
        const quint32 uidValidity = command.engine()->uidValidity(mailbox);
        auto part = command.cache()->part(mailbox, uidValidity, uid, sync::kWholeMessagePart);
        if (!part || !part.value())
            part = command.cache()->part(mailbox, uidValidity, uid, sync::kDisplayablePart);
        if (part && part.value())
            raw = part.value()->data;
        auto row = command.cache()->message(mailbox, uidValidity, uid);
        if (row && row.value())
            flags = row.value()->flags;
    };
    if (command.arguments().offline) {
        readCache();
    } else if (command.connect()) {
        QObject answers;
        QObject::connect(command.engine(), &sync::MailEngine::messageSourceArrived, &answers,
            [&](const QString &, quint32 arrivedUid, const QByteArray &source) {
                if (arrivedUid == uid)
                    raw = source;
            });
        QString why;
        QObject::connect(command.engine(), &sync::MailEngine::messageSourceFailed, &answers,
            [&](const QString &, quint32 failedUid, const sync::EngineError &error) {
                if (failedUid == uid)
                    why = error.detail;
            });
        command.engine()->fetchMessageSource(mailbox, uid);
        if (command.settle() && !raw)
            command.fail(QStringLiteral("cannot fetch UID %1 from '%2': %3").arg(uid).arg(mailbox, why));
        // The fetch ran right after a sync of the mailbox: the cached flags are the server's.
        auto row = command.cache()->message(mailbox, command.engine()->uidValidity(mailbox), uid);
        if (row && row.value())
            flags = row.value()->flags;
    }
    if (!raw && !command.failed())
        command.fail(QStringLiteral("no message with UID %1 in '%2'%3")
                         .arg(uid)
                         .arg(mailbox, command.arguments().offline ? QStringLiteral(" in the cache") : QString()));
    QJsonObject json = raw ? renderMessageJson(*raw, {}) : QJsonObject();
    json.insert(QStringLiteral("mailbox"), mailbox);
    json.insert(QStringLiteral("uid"), double(uid));
    json.insert(QStringLiteral("flags"), QJsonArray::fromStringList(flags));
    return command.finish(json);
}

int runSearch(const QStringList &args)
{
    AccountCommand command(
        QStringLiteral("search"), QStringLiteral("quire-cli search FOLDER QUERY [--offline] ACCOUNT-OPTIONS"));
    if (std::optional<int> status = command.parse(args, { QStringLiteral("FOLDER"), QStringLiteral("QUERY") }, 2))
        return *status;
    if (command.positional()[1].trimmed().isEmpty())
        return command.usageError(QStringLiteral("the QUERY is empty"));
    if (std::optional<int> status = command.setUp())
        return *status;
    const QString mailbox = command.positional()[0];
    const QString query = command.positional()[1];
    QList<quint32> uids;
    if (command.arguments().offline) {
        auto hits = command.cache()->search(mailbox, query);
        if (!hits)
            command.fail(QStringLiteral("cannot search the cache: %1").arg(hits.error().detail));
        for (const cache::SearchHit &hit : hits ? hits.value() : QList<cache::SearchHit>()) {
            if (hit.uidValidity == command.engine()->uidValidity(mailbox))
                uids.append(hit.uid);
        }
        std::sort(uids.begin(), uids.end());
    } else if (command.connect()) {
        // Synced first so the hits can be shown with their envelopes.
        command.engine()->syncMailbox(mailbox, true);
        auto *search = new imap::SearchTask({ imap::SearchKey::text(query) });
        bool answered = false;
        command.engine()->runInMailbox(mailbox, search, [&](imap::Task *task) {
            answered = true;
            if (task->outcome() != imap::Task::Outcome::Succeeded)
                return command.fail(QStringLiteral("the server refused the search: %1")
                                        .arg(QString::fromUtf8(task->error() ? task->error()->serverText : "")));
            uids = static_cast<imap::SearchTask *>(task)->uids();
            if (static_cast<imap::SearchTask *>(task)->usedAsciiFallback())
                QTextStream(stderr) << "quire-cli search: the server has no UTF-8 search; results may be incomplete\n";
        });
        if (command.settle() && !answered)
            command.fail(QStringLiteral("the search did not run"));
        std::sort(uids.begin(), uids.end());
    }
    QJsonArray uidArray;
    for (quint32 uid : uids)
        uidArray.append(double(uid));
    return command.finish(QJsonObject { { QStringLiteral("mailbox"), mailbox }, { QStringLiteral("query"), query },
        { QStringLiteral("source"), command.arguments().offline ? QStringLiteral("cache") : QStringLiteral("server") },
        { QStringLiteral("uids"), uidArray }, { QStringLiteral("messages"), rowsJson(command, mailbox, uids) } });
}

} // namespace quire::cli
