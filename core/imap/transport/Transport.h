#pragma once

// An abstract byte stream to an IMAP server. The session owns one and knows
// nothing of sockets: implementations are SslSocketTransport (TCP with TLS
// or STARTTLS), DeflateTransport (COMPRESS=DEFLATE on top of another
// transport) and, in tests, FakeTransport.

#include "core/imap/transport/TransportError.h"

#include <QByteArray>
#include <QObject>

namespace quire::imap {

class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts connecting; connected() or errorOccurred() follows.
    virtual void connectToServer() = 0;
    virtual void write(const QByteArray &bytes) = 0;
    // Hands what write() buffered to the operating system now, instead of
    // when control returns to the event loop: for a caller about to do
    // local work while the server answers.
    virtual void flush() { }
    // Everything received and not yet read. May return less than is pending
    // (DeflateTransport and SslSocketTransport bound each read); readyRead() follows for the rest.
    virtual QByteArray read() = 0;
    // Upgrades a plaintext connection to TLS (after the server's
    // "OK Begin TLS"). Anything still unread is discarded first: the server
    // cannot have sent those bytes legitimately, so they would be injected.
    virtual void startTls() = 0;
    // Drops input received but not yet read, and says how many bytes that
    // was. startTls() does this itself; the session may call it earlier.
    virtual qsizetype discardPendingInput() = 0;
    virtual bool isEncrypted() const = 0;
    // Closes gracefully; disconnected() follows.
    virtual void close() = 0;

protected:
    // readyRead() from the event loop, once however often asked before it:
    // for an implementation whose read() left bytes behind.
    void queueReadyRead();

private:
    bool m_readyReadQueued = false;

Q_SIGNALS:
    void connected();
    void encrypted();
    void readyRead();
    void disconnected();
    void errorOccurred(const quire::imap::TransportError &error);
};

} // namespace quire::imap
