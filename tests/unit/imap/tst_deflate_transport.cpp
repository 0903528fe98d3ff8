// DeflateTransport against a real zlib peer playing the server: raw deflate
// (windowBits -15) both ways, fed in chunks, bounded per read.

#include "core/imap/transport/DeflateTransport.h"
#include "tests/support/FakeTransport.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <gtest/gtest.h>
#include <zlib.h>

namespace quire::imap {
namespace {

// The server's side of RFC 4978.
class ZlibPeer
{
public:
    ZlibPeer()
    {
        deflateInit2(&m_deflater, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
        inflateInit2(&m_inflater, -15);
    }
    ~ZlibPeer()
    {
        deflateEnd(&m_deflater);
        inflateEnd(&m_inflater);
    }
    ZlibPeer(const ZlibPeer &) = delete;
    ZlibPeer &operator=(const ZlibPeer &) = delete;

    QByteArray compress(const QByteArray &plain)
    {
        QByteArray out(int(deflateBound(&m_deflater, uLong(plain.size()))) + 64, '\0');
        m_deflater.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
        m_deflater.avail_in = uInt(plain.size());
        m_deflater.next_out = reinterpret_cast<Bytef *>(out.data());
        m_deflater.avail_out = uInt(out.size());
        EXPECT_EQ(deflate(&m_deflater, Z_SYNC_FLUSH), Z_OK);
        out.resize(out.size() - qsizetype(m_deflater.avail_out));
        return out;
    }

    QByteArray decompress(const QByteArray &compressed)
    {
        QByteArray out;
        m_inflater.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
        m_inflater.avail_in = uInt(compressed.size());
        char buffer[4096];
        do {
            m_inflater.next_out = reinterpret_cast<Bytef *>(buffer);
            m_inflater.avail_out = sizeof buffer;
            const int result = inflate(&m_inflater, Z_SYNC_FLUSH);
            EXPECT_TRUE(result == Z_OK || result == Z_BUF_ERROR);
            out.append(buffer, qsizetype(sizeof buffer - m_inflater.avail_out));
        } while (m_inflater.avail_out == 0);
        return out;
    }

private:
    z_stream m_deflater {};
    z_stream m_inflater {};
};

struct DeflateFixture : ::testing::Test {
    DeflateFixture()
    {
        auto fake = std::make_unique<test::FakeTransport>();
        inner = fake.get();
        inner->connectToServer();
        transport = std::make_unique<DeflateTransport>(std::move(fake), QByteArray(), 64 * 1024);
    }

    // Reads until `size` bytes came, waiting for the queued readyRead()s
    // that follow a bounded read.
    QByteArray readAtLeast(qsizetype size)
    {
        QSignalSpy readyRead(transport.get(), &Transport::readyRead);
        QByteArray all = transport->read();
        while (all.size() < size) {
            if (!readyRead.wait(2000))
                break;
            all += transport->read();
        }
        return all;
    }

    test::FakeTransport *inner = nullptr;
    std::unique_ptr<DeflateTransport> transport;
    ZlibPeer server;
};

TEST_F(DeflateFixture, ClientWritesAreSyncFlushedRawDeflate)
{
    transport->write("A1 NOOP\r\n");
    const QByteArray wire = inner->takeWritten();
    // Z_SYNC_FLUSH ends with an empty stored block: 00 00 ff ff.
    EXPECT_TRUE(wire.endsWith(QByteArray::fromHex("0000ffff")));
    EXPECT_EQ(server.decompress(wire), "A1 NOOP\r\n");
}

TEST_F(DeflateFixture, EachWriteDecodesOnItsOwn)
{
    for (int i = 0; i < 50; ++i) {
        const QByteArray command = "A" + QByteArray::number(i) + " UID FETCH 1:* (FLAGS)\r\n";
        transport->write(command);
        EXPECT_EQ(server.decompress(inner->takeWritten()), command);
    }
    EXPECT_GT(transport->compressedBytesWritten(), 0u);
}

TEST_F(DeflateFixture, LargeWriteRoundTrips)
{
    QByteArray message;
    for (int i = 0; i < 20000; ++i)
        message += "Line " + QByteArray::number(i * 7919 % 10007) + " of a long message\r\n";
    transport->write(message);
    EXPECT_EQ(server.decompress(inner->takeWritten()), message);
}

TEST_F(DeflateFixture, ServerBytesInflateWhateverTheChunking)
{
    const QByteArray plain = "* OK [CAPABILITY IMAP4rev1 COMPRESS=DEFLATE] ready\r\n* 3 EXISTS\r\n";
    const QByteArray compressed = server.compress(plain);
    QByteArray received;
    for (char byte : compressed) {
        inner->pushServerBytes(QByteArray(1, byte));
        received += transport->read();
    }
    EXPECT_EQ(received, plain);
    EXPECT_EQ(transport->compressedBytesRead(), quint64(compressed.size()));
}

TEST_F(DeflateFixture, StreamContinuesAcrossServerFlushes)
{
    QByteArray received;
    for (int i = 0; i < 100; ++i) {
        inner->pushServerBytes(server.compress("* " + QByteArray::number(i) + " EXISTS\r\n"));
        received += transport->read();
    }
    EXPECT_TRUE(received.startsWith("* 0 EXISTS\r\n* 1 EXISTS\r\n"));
    EXPECT_TRUE(received.endsWith("* 99 EXISTS\r\n"));
}

// read() reuses its buffer once the caller lets go of what it returned; bytes
// a caller still holds must stay as they were.
TEST_F(DeflateFixture, BytesStillHeldSurviveTheNextRead)
{
    inner->pushServerBytes(server.compress("* 1 EXISTS\r\n"));
    const QByteArray first = transport->read();
    inner->pushServerBytes(server.compress("* 2 RECENT\r\n"));
    const QByteArray second = transport->read();
    EXPECT_EQ(first, "* 1 EXISTS\r\n");
    EXPECT_EQ(second, "* 2 RECENT\r\n");
    inner->pushServerBytes(server.compress("* 3 EXPUNGE\r\n"));
    EXPECT_EQ(transport->read(), "* 3 EXPUNGE\r\n");
    EXPECT_EQ(first, "* 1 EXISTS\r\n");
}

TEST_F(DeflateFixture, BombIsInflatedInBoundedChunks)
{
    const QByteArray plain(8 * 1024 * 1024, 'a');
    const QByteArray compressed = server.compress(plain);
    ASSERT_LT(compressed.size(), 64 * 1024);
    inner->pushServerBytes(compressed);
    const QByteArray first = transport->read();
    EXPECT_EQ(first.size(), 64 * 1024);
    QByteArray all = first + readAtLeast(plain.size() - first.size());
    EXPECT_EQ(all.size(), plain.size());
    EXPECT_EQ(all, plain);
}

// Compressed input nobody reads stays in the inner transport (and so in
// TCP's window) instead of piling up here; read later, all of it comes.
TEST_F(DeflateFixture, UnreadInputStaysInTheInnerTransport)
{
    QByteArray plain;
    for (quint32 i = 0; plain.size() < 4 * 1024 * 1024; ++i)
        plain += QByteArray::number(i * 2654435761u, 36); // compresses little
    const QByteArray compressed = server.compress(plain);
    inner->setReadLimit(16 * 1024);
    for (qsizetype at = 0; at < compressed.size(); at += 100 * 1024)
        inner->pushServerBytes(compressed.mid(at, 100 * 1024));
    QCoreApplication::processEvents();
    EXPECT_LE(transport->compressedBytesRead(), quint64(DeflateTransport::CompressedAheadLimit + 16 * 1024));
    EXPECT_GE(inner->unreadBytes(), compressed.size() - DeflateTransport::CompressedAheadLimit - 16 * 1024);

    const QByteArray all = readAtLeast(plain.size());
    EXPECT_EQ(all.size(), plain.size());
    EXPECT_TRUE(all == plain);
    EXPECT_EQ(inner->unreadBytes(), 0);
}

TEST_F(DeflateFixture, CorruptStreamIsATypedError)
{
    QSignalSpy errors(transport.get(), &Transport::errorOccurred);
    // 0xff starts a block of the reserved type 3, which no deflater writes.
    inner->pushServerBytes(QByteArray::fromHex("ffffffff"));
    transport->read();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.front().front().value<TransportError>().kind, TransportErrorKind::CompressionFailed);
    EXPECT_FALSE(inner->isOpen());
}

TEST_F(DeflateFixture, StartTlsAfterCompressIsRefused)
{
    QSignalSpy errors(transport.get(), &Transport::errorOccurred);
    transport->startTls();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.front().front().value<TransportError>().kind, TransportErrorKind::InvalidState);
    EXPECT_EQ(inner->startTlsCount(), 0);
}

TEST(DeflateTransport, BytesReadBeforeTheLayerAreInflatedFirst)
{
    ZlibPeer server;
    auto fake = std::make_unique<test::FakeTransport>();
    test::FakeTransport *inner = fake.get();
    const QByteArray leftover = server.compress("* 1 EXISTS\r\n");
    DeflateTransport transport(std::move(fake), leftover);
    QSignalSpy readyRead(&transport, &Transport::readyRead);
    ASSERT_TRUE(readyRead.wait(2000));
    EXPECT_EQ(transport.read(), "* 1 EXISTS\r\n");
    inner->pushServerBytes(server.compress("* 2 EXISTS\r\n"));
    EXPECT_EQ(transport.read(), "* 2 EXISTS\r\n");
}

TEST(DeflateTransport, ForwardsDisconnectsAndErrors)
{
    auto fake = std::make_unique<test::FakeTransport>();
    test::FakeTransport *inner = fake.get();
    inner->connectToServer();
    DeflateTransport transport(std::move(fake));
    QSignalSpy errors(&transport, &Transport::errorOccurred);
    QSignalSpy disconnected(&transport, &Transport::disconnected);
    inner->dropConnection();
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(disconnected.size(), 1);
}

} // namespace
} // namespace quire::imap
