#include "ui/MessageBodyLoader.h"

#include "core/imap/tasks/MessageTasks.h"
#include "core/sync/AccountEngine.h"

#include <QFile>

namespace quire::ui {

namespace {

// quire-cli keeps the whole message under this part id too.
const QByteArray kWholeMessagePart = "BODY[]";

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

} // namespace

void MessageBodyLoader::load(sync::AccountEngine *engine, const QString &mailbox, quint32 uid)
{
    const quint64 generation = ++m_generation;
    if (!engine)
        return;
    const quint32 uidValidity = engine->uidValidity(mailbox);
    auto cached = engine->cache()->part(mailbox, uidValidity, uid, kWholeMessagePart);
    if (cached && cached.value()) {
        // Queued, so that the caller has finished showing "Loading…" first
        // and every answer arrives the same way.
        QMetaObject::invokeMethod(
            this,
            [this, generation, mailbox, uid, data = cached.value()->data] {
                if (generation == m_generation)
                    Q_EMIT loaded(mailbox, uid, data);
            },
            Qt::QueuedConnection);
        return;
    }
    if (engine->connectionState() != sync::ConnectionState::Online) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, mailbox, uid] {
                if (generation == m_generation)
                    Q_EMIT unavailableOffline(mailbox, uid);
            },
            Qt::QueuedConnection);
        return;
    }
    fetch(engine, mailbox, uid);
}

void MessageBodyLoader::fetch(sync::AccountEngine *engine, const QString &mailbox, quint32 uid)
{
    const quint64 generation = m_generation;
    auto *task = new imap::FetchTask(imap::Fetch { imap::UidSet::fromNumbers({ uid }),
        { imap::FetchItem::uid(), imap::FetchItem::bodySection(imap::BodySection {}, true) }, std::nullopt, false });
    QPointer<MessageBodyLoader> self(this);
    QPointer<sync::AccountEngine> guardedEngine(engine);
    engine->runInMailbox(mailbox, task, [self, guardedEngine, generation, mailbox, uid](imap::Task *finished) {
        if (!self || !guardedEngine)
            return;
        const auto &messages = static_cast<imap::FetchTask *>(finished)->messages();
        const auto it = messages.constFind(uid);
        std::optional<QByteArray> source = it == messages.cend() ? std::nullopt : wholeMessage(it.value());
        // Cached even when the user moved on: they may come back.
        if (source)
            self->store(guardedEngine, mailbox, uid, *source);
        if (generation != self->m_generation)
            return;
        if (source)
            Q_EMIT self->loaded(mailbox, uid, *source);
        else
            Q_EMIT self->failed(mailbox, uid);
    });
}

void MessageBodyLoader::store(
    sync::AccountEngine *engine, const QString &mailbox, quint32 uid, const QByteArray &source)
{
    cache::PartRecord part;
    part.mailbox = mailbox;
    part.uidValidity = engine->uidValidity(mailbox);
    part.uid = uid;
    part.partId = kWholeMessagePart;
    part.mimeType = "message/rfc822";
    part.data = source;
    // A cache that cannot keep it costs a refetch later, nothing more.
    (void)engine->cache()->storePart(part);
}

} // namespace quire::ui
