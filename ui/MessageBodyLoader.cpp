#include "ui/MessageBodyLoader.h"

#include "core/sync/AccountEngine.h"
#include "core/sync/MessageBodies.h"

namespace quire::ui {

namespace {

std::optional<QByteArray> cachedSource(
    sync::AccountEngine *engine, const QString &mailbox, quint32 uid, const QByteArray &partId)
{
    auto cached = engine->cache()->part(mailbox, engine->uidValidity(mailbox), uid, partId);
    if (cached && cached.value())
        return cached.value()->data;
    return std::nullopt;
}

} // namespace

void MessageBodyLoader::load(sync::AccountEngine *engine, const QString &mailbox, quint32 uid)
{
    const quint64 generation = ++m_generation;
    if (!engine)
        return;
    std::optional<QByteArray> cached = cachedSource(engine, mailbox, uid, sync::kWholeMessagePart);
    const bool online = engine->connectionState() == sync::ConnectionState::Online;
    if (!cached && !online)
        cached = cachedSource(engine, mailbox, uid, sync::kDisplayablePart);
    if (cached) {
        // Queued, so that the caller has finished showing "Loading…" first
        // and every answer arrives the same way.
        QMetaObject::invokeMethod(
            this, [this, generation, mailbox, uid, data = *cached] { answer(generation, mailbox, uid, data); },
            Qt::QueuedConnection);
        return;
    }
    if (!online) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, mailbox, uid] {
                if (generation == m_generation)
                    Q_EMIT unavailableOffline(mailbox, uid);
            },
            Qt::QueuedConnection);
        return;
    }
    watch(engine);
    m_pendingMailbox = mailbox;
    m_pendingUid = uid;
    m_pendingGeneration = generation;
    engine->fetchMessageSource(mailbox, uid);
}

void MessageBodyLoader::watch(sync::AccountEngine *engine)
{
    if (m_engine == engine)
        return;
    if (m_engine)
        m_engine->disconnect(this);
    m_engine = engine;
    connect(engine, &sync::MailEngine::messageSourceArrived, this, &MessageBodyLoader::onArrived);
    connect(engine, &sync::MailEngine::messageSourceFailed, this, &MessageBodyLoader::onFailed);
}

void MessageBodyLoader::answer(quint64 generation, const QString &mailbox, quint32 uid, const QByteArray &source)
{
    if (generation == m_generation)
        Q_EMIT loaded(mailbox, uid, source);
}

void MessageBodyLoader::onArrived(const QString &mailbox, quint32 uid, const QByteArray &source)
{
    // The engine has cached it, so a request the user moved away from is
    // not lost: coming back finds it in the cache.
    if (mailbox == m_pendingMailbox && uid == m_pendingUid)
        answer(m_pendingGeneration, mailbox, uid, source);
}

void MessageBodyLoader::onFailed(const QString &mailbox, quint32 uid, const sync::EngineError &error)
{
    if (mailbox != m_pendingMailbox || uid != m_pendingUid || m_pendingGeneration != m_generation)
        return;
    if (m_engine) {
        if (std::optional<QByteArray> display = cachedSource(m_engine, mailbox, uid, sync::kDisplayablePart))
            return answer(m_pendingGeneration, mailbox, uid, *display);
    }
    Q_EMIT failed(mailbox, uid, error);
}

} // namespace quire::ui
