// quire-cli sync, list, show, search: bringing mail into the cache and
// reading it, online through the account engine or --offline from the cache.
#include "cli/AccountOptions.h"
#include "cli/MessageJson.h"
#include "cli/Subcommands.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/mime/MessageParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace quire::cli {

namespace {

// The whole message is cached as one part under this id; `show --offline`
// and the offline search read it back.
const QByteArray kWholeMessagePart = "BODY[]";
constexpr qsizetype kBodyBatch = 50;

// BODY[] of a FETCH response, read from its spool file when large.
std::optional<QByteArray> wholeMessage(const imap::FetchResponse &response)
{
    for (const imap::FetchBodySection &section : response.sections) {
        if (section.kind != imap::FetchBodySection::Kind::Body || !section.section.isEmpty() || section.data.nil)
            continue;
        if (!section.data.isSpooled())
            return section.data.bytes;
        QFile spool(section.data.spoolPath);
        if (!spool.open(QIODevice::ReadOnly))
            return std::nullopt;
        return spool.readAll();
    }
    return std::nullopt;
}

imap::FetchTask *bodyFetch(const QList<quint32> &uids)
{
    return new imap::FetchTask(imap::Fetch { imap::UidSet::fromNumbers(uids),
        { imap::FetchItem::uid(), imap::FetchItem::flags(), imap::FetchItem::bodySection(imap::BodySection {}, true) },
        std::nullopt, false });
}

// Keeps a fetched message in the cache, with its text for the offline search.
// The text is written first: the stored body is what marks the message done,
// so a crash between the two writes fetches it again instead of leaving a
// body that search never finds.
void storeMessage(AccountCommand &command, const QString &mailbox, quint32 uid, const QByteArray &raw)
{
    const quint32 uidValidity = command.engine()->uidValidity(mailbox);
    const QString text = renderMessageJson(raw, {}).value(QStringLiteral("text")).toString();
    if (auto indexed = command.cache()->setBodyText(mailbox, uidValidity, uid, text); !indexed)
        return command.fail(QStringLiteral("cannot index UID %1: %2").arg(uid).arg(indexed.error().detail));
    cache::PartRecord part;
    part.mailbox = mailbox;
    part.uidValidity = uidValidity;
    part.uid = uid;
    part.partId = kWholeMessagePart;
    part.mimeType = "message/rfc822";
    part.data = raw;
    if (auto stored = command.cache()->storePart(part); !stored)
        return command.fail(QStringLiteral("cannot cache UID %1: %2").arg(uid).arg(stored.error().detail));
}

// Fetches every cached message of the mailbox whose body is not cached yet.
void fetchBodies(AccountCommand &command, const QString &mailbox)
{
    auto rows
        = command.cache()->messages(mailbox, command.engine()->uidValidity(mailbox), cache::MessageColumns::Summary);
    if (!rows)
        return command.fail(QStringLiteral("cannot read the cache: %1").arg(rows.error().detail));
    QList<quint32> missing;
    for (const cache::MessageRecord &row : rows.value()) {
        if (!row.bodyCached)
            missing.append(row.uid);
    }
    for (qsizetype start = 0; start < missing.size(); start += kBodyBatch) {
        command.engine()->runInMailbox(
            mailbox, bodyFetch(missing.mid(start, kBodyBatch)), [&command, mailbox](imap::Task *task) {
                const auto &messages = static_cast<imap::FetchTask *>(task)->messages();
                for (auto it = messages.cbegin(); it != messages.cend(); ++it) {
                    if (std::optional<QByteArray> raw = wholeMessage(it.value()))
                        storeMessage(command, mailbox, it.key(), *raw);
                }
            });
    }
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
        if (!mailbox.attributes.contains(QStringLiteral("\\Noselect"), Qt::CaseInsensitive)
            && !mailbox.attributes.contains(QStringLiteral("\\NonExistent"), Qt::CaseInsensitive))
            out.append(mailbox.name);
    }
    return out;
}

} // namespace

int runSync(const QStringList &args)
{
    AccountCommand command(QStringLiteral("sync"),
        QStringLiteral("quire-cli sync [FOLDER...|--all] [--bodies] ACCOUNT-OPTIONS"),
        { QStringLiteral("--all"), QStringLiteral("--bodies") });
    if (std::optional<int> status = command.parse(args, {}, -1))
        return *status;
    const bool all = command.hasSwitch(QStringLiteral("--all"));
    if (all == !command.positional().isEmpty())
        return command.usageError(QStringLiteral("give either FOLDER names or --all"));
    if (command.arguments().offline)
        return command.usageError(QStringLiteral("sync needs the server and cannot run with --offline"));
    if (std::optional<int> status = command.setUp())
        return *status;
    QStringList mailboxes = command.positional();
    QJsonArray synced;
    if (command.connect()) {
        command.engine()->refreshMailboxes();
        if (command.settle() && all)
            mailboxes = selectableMailboxes(command);
        for (const QString &mailbox : mailboxes)
            command.engine()->syncMailbox(mailbox, true);
        if (command.settle() && command.hasSwitch(QStringLiteral("--bodies"))) {
            for (const QString &mailbox : mailboxes)
                fetchBodies(command, mailbox);
            command.settle();
        }
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
    if (command.arguments().offline) {
        auto part = command.cache()->part(mailbox, command.engine()->uidValidity(mailbox), uid, kWholeMessagePart);
        if (part && part.value())
            raw = part.value()->data;
        auto row = command.cache()->message(mailbox, command.engine()->uidValidity(mailbox), uid);
        if (row && row.value())
            flags = row.value()->flags;
    } else if (command.connect()) {
        command.engine()->runInMailbox(mailbox, bodyFetch({ uid }), [&](imap::Task *task) {
            if (task->outcome() != imap::Task::Outcome::Succeeded)
                return command.fail(QStringLiteral("the server refused the fetch: %1")
                                        .arg(QString::fromUtf8(task->error() ? task->error()->serverText : "")));
            const auto &messages = static_cast<imap::FetchTask *>(task)->messages();
            if (!messages.contains(uid))
                return;
            raw = wholeMessage(messages.value(uid));
            for (const QByteArray &flag : messages.value(uid).flags.value_or(QList<QByteArray>()))
                flags.append(QString::fromUtf8(flag));
            if (raw)
                storeMessage(command, mailbox, uid, *raw);
        });
        command.settle();
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
