#pragma once

// Gets the raw source of one message for the view: from the cache when it
// has BODY[] (stored under the part id quire-cli uses too, so either can fill
// it for the other), otherwise through MailEngine::fetchMessageSource, which
// keeps the answer in the cache for offline reading. Offline, a message made
// available without its attachments shows its displayable source.
// Only the latest request is answered; an older one that finishes late is
// dropped, so quick clicking through the list never shows a stale message.

#include "core/sync/MailEngine.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace quire::sync {
class AccountEngine;
} // namespace quire::sync

namespace quire::ui {

class MessageBodyLoader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void load(sync::AccountEngine *engine, const QString &mailbox, quint32 uid);
    // Forgets the pending request (the selection went away).
    void cancel() { ++m_generation; }

Q_SIGNALS:
    void loaded(const QString &mailbox, quint32 uid, const QByteArray &source);
    // Not cached, and the engine is not online to fetch it.
    void unavailableOffline(const QString &mailbox, quint32 uid);
    void failed(const QString &mailbox, quint32 uid, const quire::sync::EngineError &error);

private:
    void watch(sync::AccountEngine *engine);
    void answer(quint64 generation, const QString &mailbox, quint32 uid, const QByteArray &source);
    void onArrived(const QString &mailbox, quint32 uid, const QByteArray &source);
    void onFailed(const QString &mailbox, quint32 uid, const sync::EngineError &error);

    quint64 m_generation = 0;
    QPointer<sync::AccountEngine> m_engine;
    // What the latest fetch waits for.
    QString m_pendingMailbox;
    quint32 m_pendingUid = 0;
    quint64 m_pendingGeneration = 0;
};

} // namespace quire::ui
