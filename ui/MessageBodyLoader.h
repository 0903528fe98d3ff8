#pragma once

// Gets the raw source of one message for the view: from the cache when it
// has BODY[] (stored under the same part id quire-cli uses, so either can
// fill it for the other), otherwise with UID FETCH BODY.PEEK[] through the
// engine's work queue, keeping the answer in the cache for offline reading.
// Only the latest request is answered; an older one that finishes late is
// dropped, so quick clicking through the list never shows a stale message.

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace quire::sync {
class AccountEngine;
}

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
    void failed(const QString &mailbox, quint32 uid);

private:
    void fetch(sync::AccountEngine *engine, const QString &mailbox, quint32 uid);
    void store(sync::AccountEngine *engine, const QString &mailbox, quint32 uid, const QByteArray &source);

    quint64 m_generation = 0;
};

} // namespace quire::ui
