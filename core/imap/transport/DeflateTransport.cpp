#include "core/imap/transport/DeflateTransport.h"

#include <zlib.h>

namespace quire::imap {

namespace {

// RFC 4978: raw deflate, no zlib header; a 32 KiB window.
constexpr int RawDeflateWindowBits = -15;
constexpr int MemoryLevel = 8;
constexpr qsizetype OutputStep = 16 * 1024;

} // namespace

struct DeflateTransport::Streams {
    z_stream deflater {};
    z_stream inflater {};
    bool deflaterReady = false;
    bool inflaterReady = false;

    Streams()
    {
        deflaterReady = deflateInit2(&deflater, Z_DEFAULT_COMPRESSION, Z_DEFLATED, RawDeflateWindowBits, MemoryLevel,
                            Z_DEFAULT_STRATEGY)
            == Z_OK;
        inflaterReady = inflateInit2(&inflater, RawDeflateWindowBits) == Z_OK;
    }
    ~Streams()
    {
        if (deflaterReady)
            deflateEnd(&deflater);
        if (inflaterReady)
            inflateEnd(&inflater);
    }
    Streams(const Streams &) = delete;
    Streams &operator=(const Streams &) = delete;
};

DeflateTransport::DeflateTransport(
    std::unique_ptr<Transport> inner, QByteArray compressedLeftover, qsizetype readLimit, QObject *parent)
    : Transport(parent)
    , m_inner(std::move(inner))
    , m_streams(std::make_unique<Streams>())
    , m_pendingCompressed(std::move(compressedLeftover))
    , m_readLimit(std::max<qsizetype>(readLimit, 1))
{
    m_inner->setParent(nullptr);
    connect(m_inner.get(), &Transport::connected, this, &Transport::connected);
    connect(m_inner.get(), &Transport::encrypted, this, &Transport::encrypted);
    connect(m_inner.get(), &Transport::disconnected, this, &Transport::disconnected);
    connect(m_inner.get(), &Transport::errorOccurred, this, &Transport::errorOccurred);
    connect(m_inner.get(), &Transport::readyRead, this, &DeflateTransport::onInnerReadyRead);
    m_compressedIn += quint64(m_pendingCompressed.size());
    if (!m_pendingCompressed.isEmpty())
        queueReadyRead();
}

DeflateTransport::~DeflateTransport() = default;

void DeflateTransport::connectToServer()
{
    // Compression starts on a connection that is already up.
    Q_EMIT errorOccurred({ TransportErrorKind::InvalidState, QStringLiteral("connect after COMPRESS"), std::nullopt });
}

void DeflateTransport::flush()
{
    if (!m_failed)
        m_inner->flush();
}

void DeflateTransport::write(const QByteArray &bytes)
{
    if (m_failed)
        return;
    if (!m_streams->deflaterReady) {
        fail("deflateInit2 failed");
        return;
    }
    z_stream &stream = m_streams->deflater;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    QByteArray compressed;
    // Z_SYNC_FLUSH ends on a byte boundary, so the server can inflate the
    // whole command now instead of waiting for more.
    do {
        const qsizetype used = compressed.size();
        compressed.resize(used + OutputStep);
        stream.next_out = reinterpret_cast<Bytef *>(compressed.data() + used);
        stream.avail_out = uInt(OutputStep);
        const int result = deflate(&stream, Z_SYNC_FLUSH);
        if (result != Z_OK && result != Z_BUF_ERROR) {
            fail(stream.msg ? stream.msg : "deflate failed");
            return;
        }
        compressed.resize(used + OutputStep - qsizetype(stream.avail_out));
    } while (stream.avail_out == 0);
    m_compressedOut += quint64(compressed.size());
    m_inner->write(compressed);
}

QByteArray DeflateTransport::read()
{
    takeInnerInput();
    if (m_failed || (m_pendingCompressed.isEmpty() && !m_inflaterMayHoldOutput))
        return {};
    if (!m_streams->inflaterReady) {
        fail("inflateInit2 failed");
        return {};
    }
    z_stream &stream = m_streams->inflater;
    stream.next_in = reinterpret_cast<Bytef *>(m_pendingCompressed.data());
    stream.avail_in = uInt(m_pendingCompressed.size());
    // Inflated into a buffer kept from one read to the next, as
    // SslSocketTransport::read() does, for the same reason: a new array of
    // up to the read limit per read, freed after parsing, is glibc's slow path.
    if (!m_plain.isDetached())
        m_plain = QByteArray();
    m_plain.resize(0);
    QByteArray &plain = m_plain;
    while ((stream.avail_in > 0 || m_inflaterMayHoldOutput) && plain.size() < m_readLimit) {
        const qsizetype step = std::min(OutputStep, m_readLimit - plain.size());
        const qsizetype used = plain.size();
        plain.resize(used + step);
        stream.next_out = reinterpret_cast<Bytef *>(plain.data() + used);
        stream.avail_out = uInt(step);
        const int result = inflate(&stream, Z_SYNC_FLUSH);
        plain.resize(used + step - qsizetype(stream.avail_out));
        if (result == Z_STREAM_END || (result != Z_OK && result != Z_BUF_ERROR)) {
            // The peer never ends the stream while the connection lives, so
            // an end is as much a protocol error as corrupt data.
            fail(stream.msg ? stream.msg : "deflate stream ended");
            return plain;
        }
        // A full output buffer may mean zlib holds more for us even when
        // every input byte is consumed.
        m_inflaterMayHoldOutput = stream.avail_out == 0;
        if (result == Z_BUF_ERROR)
            break;
    }
    m_pendingCompressed.remove(0, m_pendingCompressed.size() - qsizetype(stream.avail_in));
    takeInnerInput();
    // The output limit left work behind: ask to be read again, from the
    // event loop, so other work gets a turn between chunks.
    if (!m_pendingCompressed.isEmpty() || m_inflaterMayHoldOutput)
        queueReadyRead();
    return plain;
}

void DeflateTransport::takeInnerInput()
{
    if (m_pendingCompressed.size() >= CompressedAheadLimit)
        return;
    const QByteArray compressed = m_inner->read();
    m_compressedIn += quint64(compressed.size());
    m_pendingCompressed += compressed;
}

void DeflateTransport::onInnerReadyRead()
{
    takeInnerInput();
    Q_EMIT readyRead();
}

void DeflateTransport::startTls()
{
    // TLS must come before compression (RFC 4978 section 4).
    Q_EMIT errorOccurred({ TransportErrorKind::InvalidState, QStringLiteral("STARTTLS after COMPRESS"), std::nullopt });
}

qsizetype DeflateTransport::discardPendingInput()
{
    const qsizetype discarded = m_pendingCompressed.size();
    m_pendingCompressed.clear();
    return discarded + m_inner->discardPendingInput();
}

bool DeflateTransport::isEncrypted() const
{
    return m_inner->isEncrypted();
}

void DeflateTransport::close()
{
    m_inner->close();
}

void DeflateTransport::fail(const char *zlibMessage)
{
    if (m_failed)
        return;
    m_failed = true;
    Q_EMIT errorOccurred({ TransportErrorKind::CompressionFailed, QString::fromLatin1(zlibMessage), std::nullopt });
    m_inner->close();
}

} // namespace quire::imap
