#pragma once

// A Transport for scripted tests: the test plays the server by pushing bytes
// and reads back what the client wrote. Everything is synchronous, so a
// scenario needs no event loop unless the code under test queues work.

#include "core/imap/transport/Transport.h"

namespace quire::test {

class FakeTransport : public imap::Transport
{
    Q_OBJECT

public:
    using imap::Transport::Transport;

    // Transport
    void connectToServer() override;
    void write(const QByteArray &bytes) override;
    QByteArray read() override;
    void startTls() override;
    qsizetype discardPendingInput() override;
    bool isEncrypted() const override { return m_encrypted; }
    void close() override;

    // The server side.
    // Queues bytes for the client and emits readyRead().
    void pushServerBytes(const QByteArray &bytes);
    // What the client wrote since the last call.
    QByteArray takeWritten();
    const QByteArray &allWritten() const { return m_allWritten; }
    // Drops the connection from the server side.
    void dropConnection();
    void failWith(const imap::TransportError &error);

    // connectToServer() emits connected() at once unless told otherwise.
    void setConnectsImmediately(bool immediately) { m_connectsImmediately = immediately; }
    // startTls() emits encrypted() at once unless told otherwise.
    void setTlsSucceeds(bool succeeds) { m_tlsSucceeds = succeeds; }
    void setEncrypted(bool encrypted) { m_encrypted = encrypted; }
    // read() hands over at most this much, as a socket transport does (0: all).
    void setReadLimit(qsizetype limit) { m_readLimit = limit; }
    qsizetype unreadBytes() const { return m_serverBytes.size(); }

    int connectCount() const { return m_connectCount; }
    int startTlsCount() const { return m_startTlsCount; }
    bool isOpen() const { return m_open; }
    // Bytes startTls() or discardPendingInput() threw away.
    qsizetype discardedBytes() const { return m_discarded; }

private:
    QByteArray m_serverBytes;
    QByteArray m_written;
    QByteArray m_allWritten;
    bool m_connectsImmediately = true;
    bool m_tlsSucceeds = true;
    bool m_encrypted = false;
    bool m_open = false;
    int m_connectCount = 0;
    int m_startTlsCount = 0;
    qsizetype m_discarded = 0;
    qsizetype m_readLimit = 0;
};

} // namespace quire::test
