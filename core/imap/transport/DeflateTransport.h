#pragma once

// COMPRESS=DEFLATE (RFC 4978) as a decorator: raw deflate both ways, with a
// sync flush after every write so each command reaches the server whole.
// Inflating is bounded per read() so that a small hostile input cannot make
// one call allocate without limit; the rest follows on the next readyRead().

#include "core/imap/transport/Transport.h"

#include <memory>

namespace quire::imap {

class DeflateTransport : public Transport
{
    Q_OBJECT

public:
    // Largest plaintext one read() returns.
    static constexpr qsizetype DefaultReadLimit = 256 * 1024;
    // Compressed input taken from the inner transport ahead of inflating,
    // once this much waits: the rest stays there, and in TCP's window, while
    // nobody reads (a session pausing its input).
    static constexpr qsizetype CompressedAheadLimit = 64 * 1024;

    // Takes over an established connection. compressedLeftover holds bytes
    // the session already read after the COMPRESS OK: the server compresses
    // from the first byte after that line.
    explicit DeflateTransport(std::unique_ptr<Transport> inner, QByteArray compressedLeftover = {},
        qsizetype readLimit = DefaultReadLimit, QObject *parent = nullptr);
    ~DeflateTransport() override;

    void connectToServer() override;
    void write(const QByteArray &bytes) override;
    void flush() override;
    QByteArray read() override;
    void startTls() override;
    qsizetype discardPendingInput() override;
    bool isEncrypted() const override;
    void close() override;

    // Bytes written to and read from the wire, for the compression ratio.
    quint64 compressedBytesWritten() const { return m_compressedOut; }
    quint64 compressedBytesRead() const { return m_compressedIn; }

private:
    void onInnerReadyRead();
    void takeInnerInput();
    void fail(const char *zlibMessage);

    struct Streams;
    std::unique_ptr<Transport> m_inner;
    std::unique_ptr<Streams> m_streams;
    QByteArray m_pendingCompressed;
    QByteArray m_plain; // see read()
    qsizetype m_readLimit;
    quint64 m_compressedOut = 0;
    quint64 m_compressedIn = 0;
    bool m_failed = false;
    bool m_inflaterMayHoldOutput = false;
};

} // namespace quire::imap
