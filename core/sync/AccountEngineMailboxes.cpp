// The folder list: LIST (with LIST-STATUS counts when offered, else STATUS
// per folder) and the folder operations, which are journaled like any change.

#include "core/cache/BackgroundWriter.h"
#include "core/imap/commands/ModifiedUtf7.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/sync/AccountEngine.h"
#include "core/sync/BackgroundConnection.h"

#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace quire::sync {

namespace {

using Kind = cache::JournalEntry::Kind;

const QList<imap::StatusItem> kStatusItems { imap::StatusItem::Messages, imap::StatusItem::Unseen,
    imap::StatusItem::Recent };

QStringList strings(const QList<QByteArray> &list)
{
    QStringList out;
    for (const QByteArray &b : list)
        out.append(QString::fromUtf8(b));
    return out;
}

QString specialUseOf(const QList<QByteArray> &attributes)
{
    static const QSet<QByteArray> uses { "\\all", "\\archive", "\\drafts", "\\flagged", "\\junk", "\\sent", "\\trash" };
    for (const QByteArray &a : attributes) {
        if (uses.contains(a.toLower()))
            return QString::fromUtf8(a);
    }
    return {};
}

} // namespace

void AccountEngine::refreshMailboxes()
{
    if (m_background && m_background->isReady())
        return m_background->run([this](imap::Session &session, auto done) { listMailboxes(&session, done); });
    enqueue({ {}, [this](auto done) { listMailboxes(m_session.get(), done); } });
}

void AccountEngine::openBackground()
{
    if (!m_options.backgroundConnection || m_background || !m_options.transportFactory)
        return;
    m_closingBackground = false;
    m_background = new BackgroundConnection(
        m_options.transportFactory(), m_options.session, m_options.connect, m_credentials, this);
    BackgroundConnection *background = m_background;
    connect(background, &BackgroundConnection::ready, this, [this, background] {
        m_backgroundRetryDelay = m_options.firstRetry;
        if (background->session()->hasCapability("NOTIFY"))
            return startNotify(background);
        startStatusTimer();
    });
    connect(background, &BackgroundConnection::idle, this, [this] {
        if (isQuiet())
            Q_EMIT quiet();
    });
    connect(background, &BackgroundConnection::lost, this, [this, background](const QString &why) {
        qCInfo(lcEngine) << "background connection closed:" << why;
        if (background != m_background)
            return;
        m_statusTimer.stop();
        m_notifying = false;
        m_background = nullptr;
        background->deleteLater();
        // Closed by us, or the first connection went too: connecting again
        // opens a new one. Otherwise only this one dropped (a server's idle
        // timeout, a NAT forgetting it) and it comes back by itself.
        if (m_connectionState == ConnectionState::Online && !m_closingBackground) {
            m_backgroundRetryTimer.start(m_backgroundRetryDelay);
            m_backgroundRetryDelay = std::min(m_backgroundRetryDelay * 2, m_options.lastRetry);
        }
        if (isQuiet())
            Q_EMIT quiet();
    });
    Q_EMIT sessionStarted(background->session());
    background->open();
}

void AccountEngine::closeBackground()
{
    m_statusTimer.stop();
    m_backgroundRetryTimer.stop();
    m_notifying = false;
    if (m_background) {
        m_closingBackground = true;
        m_background->close();
    }
}

// The other folders' counts, on the timer: only over the second connection,
// never interrupting the first one's IDLE.
void AccountEngine::refreshCounts()
{
    if (!m_background || !m_background->isReady() || !m_background->isIdle())
        return;
    m_background->run([this](imap::Session &session, auto done) {
        if (session.hasCapability("LIST-STATUS"))
            return listMailboxes(&session, done);
        QStringList names;
        auto cached = m_cache->mailboxes();
        for (const cache::MailboxRecord &record : cached ? cached.value() : QList<cache::MailboxRecord>()) {
            if (isSelectable(record))
                names.append(record.name);
        }
        statusOthers(&session, names, done);
    });
}

void AccountEngine::listChildren(const QString &parent, QChar delimiter)
{
    if (m_connectionState != ConnectionState::Online || (!parent.isEmpty() && delimiter.isNull())) {
        Q_EMIT childrenListed(parent, false);
        return;
    }
    const ListLevel level { false, parent, delimiter };
    if (m_background && m_background->isReady())
        return m_background->run(
            [this, level](imap::Session &session, auto done) { listLevel(&session, level, done); });
    enqueue({ {}, [this, level](auto done) { listLevel(m_session.get(), level, done); } });
}

bool AccountEngine::knowsChildren(const QString &parent) const
{
    return m_listedEverything || m_listedLevels.contains(parent);
}

bool AccountEngine::ListLevel::contains(const cache::MailboxRecord &record) const
{
    const QString &name = record.name;
    if (everything)
        return true;
    if (parent.isEmpty())
        return record.delimiter.isNull() || !name.contains(record.delimiter);
    const qsizetype start = parent.size() + 1;
    return name.size() > start && name.startsWith(parent) && name[parent.size()] == delimiter
        && name.indexOf(delimiter, start) < 0;
}

void AccountEngine::listLevel(imap::Session *session, const ListLevel &level, std::function<void()> done)
{
    imap::List command;
    if (!level.everything)
        command.patterns = { level.parent.isEmpty() ? QStringLiteral("%") : level.parent + level.delimiter + u'%' };
    const bool listStatus = session->hasCapability("LIST-STATUS");
    if (session->hasCapability("LIST-EXTENDED"))
        command.returning.subscribed = true;
    if (session->hasCapability("SPECIAL-USE"))
        command.returning.specialUse = true;
    if (listStatus)
        command.returning.status = kStatusItems;
    auto *list = new imap::ListTask(command);
    // Every way out says how a one-level LIST ended, for the model waiting on it.
    auto finished = [this, level, done](bool ok) {
        if (!level.everything)
            Q_EMIT childrenListed(level.parent, ok);
        done();
    };
    runTaskOn(session, list, [this, session, list, listStatus, level, command, finished](imap::Task *) {
        if (list->outcome() != imap::Task::Outcome::Succeeded) {
            emitError(EngineErrorKind::ServerRefused, {}, QString::fromUtf8(list->error()->serverText));
            return finished(false);
        }
        const QList<imap::MailboxListEntry> entries = list->mailboxes();
        const QList<imap::StatusResponse> statuses = list->statuses();
        auto finishList = [this, session, entries, statuses, listStatus, level, finished](QSet<QString> subscribed) {
            QList<cache::MailboxRecord> records;
            QSet<QString> seen;
            QStringList selectable;
            for (const imap::MailboxListEntry &e : entries) {
                // A NOTIFY deletion that arrived while this LIST ran.
                if (e.attributes.contains("\\NonExistent") || e.attributes.contains("\\nonexistent"))
                    continue;
                cache::MailboxRecord record;
                record.name = e.name;
                record.rawName = e.rawName;
                record.delimiter = e.delimiter ? QChar::fromLatin1(*e.delimiter) : QChar();
                record.attributes = strings(e.attributes);
                record.specialUse = specialUseOf(e.attributes);
                record.subscribed = subscribed.contains(e.name) || e.attributes.contains("\\Subscribed")
                    || e.attributes.contains("\\subscribed");
                records.append(record);
                seen.insert(e.name);
                if (isSelectable(record))
                    selectable.append(e.name);
            }
            m_cache->upsertMailboxes(records);
            forgetUnlisted(level, seen);
            if (level.everything)
                m_listedEverything = true;
            else
                m_listedLevels.insert(level.parent);
            if (listStatus) {
                for (const imap::StatusResponse &s : statuses)
                    applyCounts(imap::decodeServerMailboxName(*session, s.mailbox), s);
                Q_EMIT mailboxesChanged();
                return finished(true);
            }
            Q_EMIT mailboxesChanged();
            statusOthers(session, selectable, [finished] { finished(true); });
        };
        if (session->hasCapability("LIST-EXTENDED"))
            return finishList({});
        imap::Lsub lsubCommand;
        lsubCommand.pattern = command.patterns.front();
        auto *lsub = new imap::LsubTask(lsubCommand);
        runTaskOn(session, lsub, [lsub, finishList](imap::Task *) {
            QSet<QString> subscribed;
            for (const imap::MailboxListEntry &e : lsub->mailboxes())
                subscribed.insert(e.name);
            finishList(subscribed);
        });
    });
}

// Folders deleted elsewhere leave the cache: those of the listed level the
// LIST did not name, unless a journaled CREATE of ours has not reached the
// server yet. Folders of other levels were not asked about and stay.
void AccountEngine::forgetUnlisted(const ListLevel &level, const QSet<QString> &seen)
{
    QSet<QString> pendingCreates;
    if (auto pending = m_cache->pendingJournal()) {
        for (const cache::JournalEntry &entry : pending.value()) {
            if (entry.kind == Kind::CreateMailbox || entry.kind == Kind::RenameMailbox)
                pendingCreates.insert(entry.kind == Kind::CreateMailbox ? entry.mailbox : entry.targetMailbox);
        }
    }
    auto cached = m_cache->mailboxes();
    if (!cached)
        return;
    for (const cache::MailboxRecord &record : cached.value()) {
        if (level.contains(record) && !seen.contains(record.name) && !pendingCreates.contains(record.name))
            m_cache->removeMailbox(record.name);
    }
}

// STATUS for every folder but the selected one (RFC 3501 discourages
// STATUS on the selected mailbox; its counts come from the sync).
void AccountEngine::statusOthers(imap::Session *session, const QStringList &names, std::function<void()> done)
{
    QStringList rest = names;
    rest.removeAll(m_selected);
    if (rest.isEmpty())
        return done();
    const QString name = rest.takeFirst();
    auto *status = new imap::StatusTask(name, kStatusItems);
    runTaskOn(session, status, [this, session, status, name, rest, done](imap::Task *) {
        if (status->error() && status->error()->kind == imap::TaskErrorKind::ConnectionLost)
            return done();
        if (status->outcome() == imap::Task::Outcome::Succeeded)
            applyCounts(name, status->status());
        statusOthers(session, rest, done);
    });
}

// One folder's counts from a STATUS (asked for, in a LIST-STATUS reply, or
// pushed by NOTIFY).
void AccountEngine::applyCounts(const QString &name, const imap::StatusResponse &s)
{
    auto record = m_cache->mailbox(name);
    if (!record || !record.value())
        return;
    cache::MailboxSyncState state = record.value()->state;
    // Only the counts: the sync fields must stay what the last sync saw, or
    // the next QRESYNC would skip changes.
    state.messages = quint32(s.messages.value_or(state.messages));
    state.unseen = quint32(s.unseen.value_or(state.unseen));
    state.recent = quint32(s.recent.value_or(state.recent));
    if (state != record.value()->state) {
        m_cache->setMailboxState(name, state);
        Q_EMIT mailboxStatusChanged(name);
    }
}

void AccountEngine::recountUnseenSoon(const QString &mailbox)
{
    // Other folders' counts come from STATUS or NOTIFY.
    if (mailbox != m_openMailbox && mailbox != m_selected)
        return;
    m_unseenRecounts.insert(mailbox);
    m_unseenRecountTimer.start();
}

void AccountEngine::recountUnseen(const QString &mailbox)
{
    auto record = m_cache->mailbox(mailbox);
    if (!record || !record.value() || record.value()->state.uidValidity == 0)
        return;
    const quint32 uidValidity = record.value()->state.uidValidity;
    cache::BackgroundWriter *writer = m_cache->backgroundWriter();
    if (!writer)
        return applyUnseenCount(mailbox, uidValidity, m_cache->unseenCount(mailbox, uidValidity));
    // Counted on the writer's thread, after the rows it is writing: the
    // scan of a 100,000-message folder was a third of the stall as its first
    // sync ended.
    writer->postRead([mailbox, uidValidity](cache::Cache &cache) { return cache.unseenCount(mailbox, uidValidity); },
        this,
        [this, mailbox, uidValidity](
            const cache::Result<quint32> &unseen) { applyUnseenCount(mailbox, uidValidity, unseen); });
}

void AccountEngine::applyUnseenCount(const QString &mailbox, quint32 uidValidity, const cache::Result<quint32> &unseen)
{
    if (!unseen) {
        qCWarning(lcEngine) << "cannot count the unread messages of" << mailbox << unseen.error().detail;
        return;
    }
    auto record = m_cache->mailbox(mailbox);
    if (!record || !record.value() || record.value()->state.uidValidity != uidValidity)
        return; // reset meanwhile: that sync counts again
    cache::MailboxSyncState state = record.value()->state;
    if (unseen.value() == state.unseen)
        return;
    state.unseen = unseen.value();
    m_cache->setMailboxState(mailbox, state);
    Q_EMIT mailboxStatusChanged(mailbox);
}

void AccountEngine::createMailbox(const QString &name)
{
    cache::MailboxRecord record;
    record.name = name;
    record.rawName = imap::encodeMailboxName(name);
    record.subscribed = true;
    if (m_cache->upsertMailboxes({ record }))
        Q_EMIT mailboxesChanged();
    cache::JournalEntry entry;
    entry.kind = Kind::CreateMailbox;
    entry.mailbox = name;
    journal(entry);
    // Most servers subscribe nothing by themselves; a folder you made should show.
    entry.kind = Kind::Subscribe;
    journal(entry);
}

void AccountEngine::renameMailbox(const QString &from, const QString &to)
{
    if (m_cache->renameMailbox(from, to, imap::encodeMailboxName(to)))
        Q_EMIT mailboxesChanged();
    if (m_openMailbox == from)
        m_openMailbox = to;
    cache::JournalEntry entry;
    entry.kind = Kind::RenameMailbox;
    entry.mailbox = from;
    entry.targetMailbox = to;
    journal(entry);
}

void AccountEngine::deleteMailbox(const QString &name)
{
    if (m_cache->removeMailbox(name))
        Q_EMIT mailboxesChanged();
    if (m_openMailbox == name)
        m_openMailbox.clear();
    cache::JournalEntry entry;
    entry.kind = Kind::DeleteMailbox;
    entry.mailbox = name;
    journal(entry);
}

void AccountEngine::setSubscribed(const QString &name, bool subscribed)
{
    auto record = m_cache->mailbox(name);
    if (record && record.value()) {
        cache::MailboxRecord updated = *record.value();
        updated.subscribed = subscribed;
        if (m_cache->upsertMailboxes({ updated }))
            Q_EMIT mailboxesChanged();
    }
    cache::JournalEntry entry;
    entry.kind = subscribed ? Kind::Subscribe : Kind::Unsubscribe;
    entry.mailbox = name;
    journal(entry);
}

} // namespace quire::sync
