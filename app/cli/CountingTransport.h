#pragma once

// A Transport decorator that counts the bytes that cross it, for --stats.
// It sits right on the socket transport, under the DeflateTransport that
// COMPRESS=DEFLATE puts on top, so it counts what really goes over the
// connection (before TLS framing); the session's protocol log counts the
// decompressed bytes.

#include "core/imap/transport/Transport.h"

#include <memory>

namespace quire::cli {

struct WireCounts {
    qint64 sent = 0;
    qint64 received = 0;
};

class CountingTransport : public imap::Transport
{
    Q_OBJECT

public:
    // counts must outlive the transport.
    CountingTransport(std::unique_ptr<imap::Transport> inner, WireCounts *counts);

    void connectToServer() override { m_inner->connectToServer(); }
    void write(const QByteArray &bytes) override;
    QByteArray read() override;
    void startTls() override { m_inner->startTls(); }
    qsizetype discardPendingInput() override;
    bool isEncrypted() const override { return m_inner->isEncrypted(); }
    void close() override { m_inner->close(); }

private:
    std::unique_ptr<imap::Transport> m_inner;
    WireCounts *m_counts;
};

} // namespace quire::cli
