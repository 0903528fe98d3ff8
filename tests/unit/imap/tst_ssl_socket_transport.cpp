// SslSocketTransport against a local TLS server, with a CA and a leaf
// certificate that openssl makes for each run.

#include "core/imap/transport/SslSocketTransport.h"
#include "core/imap/transport/SystemCertificates.h"

#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace quire::imap {
namespace {

// A CA and a leaf for "localhost" signed by it, made with openssl.
class TestCertificates
{
public:
    TestCertificates()
    {
        m_ok = run({ "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                   path("ca.key"), "-out", path("ca.pem"), "-days", "2", "-subj", "/CN=Quire Test CA", "-addext",
                   "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign" })
            && run({ "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                path("leaf.key"), "-out", path("leaf.csr"), "-subj", "/CN=localhost" })
            && writeExtensions()
            && run({ "x509", "-req", "-in", path("leaf.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
                "-CAcreateserial", "-out", path("leaf.pem"), "-days", "2", "-extfile", path("leaf.ext") });
        if (!m_ok)
            return;
        leaf = QSslCertificate::fromPath(path("leaf.pem")).value(0);
        QFile keyFile(path("leaf.key"));
        m_ok = keyFile.open(QIODevice::ReadOnly);
        key = QSslKey(keyFile.readAll(), QSsl::Ec);
        m_ok = m_ok && !leaf.isNull() && !key.isNull();
    }

    bool ok() const { return m_ok; }
    QString caFile() const { return path("ca.pem"); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QSslCertificate leaf;
    QSslKey key;

private:
    bool run(const QStringList &arguments)
    {
        QProcess openssl;
        openssl.start("openssl", arguments);
        return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit
            && openssl.exitCode() == 0;
    }

    bool writeExtensions()
    {
        QFile file(path("leaf.ext"));
        return file.open(QIODevice::WriteOnly)
            && file.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                          "extendedKeyUsage=serverAuth\n")
            > 0;
    }

    QTemporaryDir m_dir;
    bool m_ok = false;
};

// The server side: TLS at once, or a plaintext start that the test upgrades.
class TlsTestServer : public QTcpServer
{
public:
    TlsTestServer(const TestCertificates &certificates, bool implicitTls)
        : m_certificates(certificates)
        , m_implicitTls(implicitTls)
    {
        listen(QHostAddress::LocalHost);
    }

    QSslSocket *client = nullptr;

    void startEncryption()
    {
        client->setLocalCertificate(m_certificates.leaf);
        client->setPrivateKey(m_certificates.key);
        client->setPeerVerifyMode(QSslSocket::VerifyNone);
        client->startServerEncryption();
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        client = new QSslSocket(this);
        client->setSocketDescriptor(descriptor);
        addPendingConnection(client);
        if (m_implicitTls)
            startEncryption();
    }

private:
    const TestCertificates &m_certificates;
    bool m_implicitTls;
};

class SslTransportTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { certificates = new TestCertificates; }
    static void TearDownTestSuite()
    {
        delete certificates;
        certificates = nullptr;
    }

    void SetUp() override
    {
        if (!QSslSocket::supportsSsl() || !certificates->ok())
            GTEST_SKIP() << "no TLS backend or no openssl";
    }

    SslSocketSettings settingsFor(const TlsTestServer &server, SslSocketSettings::Tls tls)
    {
        SslSocketSettings settings;
        settings.host = QStringLiteral("localhost");
        settings.port = server.serverPort();
        settings.tls = tls;
        settings.timeout = std::chrono::milliseconds(5000);
        return settings;
    }

    // Implicit TLS to `server`, trusting the test CA through extraCaFile.
    SslSocketSettings trustingTestCa(const TlsTestServer &server)
    {
        SslSocketSettings settings = settingsFor(server, SslSocketSettings::Tls::Implicit);
        settings.extraCaFile = certificates->caFile();
        return settings;
    }

    static bool connectEncrypted(SslSocketTransport &transport)
    {
        QSignalSpy encrypted(&transport, &Transport::encrypted);
        transport.connectToServer();
        return encrypted.wait(10000);
    }

    static TransportError waitForError(SslSocketTransport &transport)
    {
        QSignalSpy errors(&transport, &Transport::errorOccurred);
        EXPECT_TRUE(errors.wait(10000));
        return errors.isEmpty() ? TransportError {} : errors.front().front().value<TransportError>();
    }

    static TestCertificates *certificates;
};

TestCertificates *SslTransportTest::certificates = nullptr;

TEST_F(SslTransportTest, TrustsTheExtraCaFile)
{
    TlsTestServer server(*certificates, true);
    SslSocketTransport transport(trustingTestCa(server));
    QSignalSpy encrypted(&transport, &Transport::encrypted);
    QSignalSpy connected(&transport, &Transport::connected);
    transport.connectToServer();
    ASSERT_TRUE(encrypted.wait(10000));
    EXPECT_EQ(connected.size(), 1);
    EXPECT_TRUE(transport.extraCaFileLoaded());
    EXPECT_TRUE(transport.isEncrypted());

    QSignalSpy readyRead(&transport, &Transport::readyRead);
    server.client->write("* OK IMAP4rev1 ready\r\n");
    ASSERT_TRUE(readyRead.wait(5000));
    EXPECT_EQ(transport.read(), "* OK IMAP4rev1 ready\r\n");
}

TEST(SystemCaCertificates, AreReadOnceForTheWholeProcess)
{
    QFutureWatcher<QList<QSslCertificate>> first;
    QSignalSpy finished(&first, &QFutureWatcherBase::finished);
    first.setFuture(systemCaCertificates());
    ASSERT_TRUE(first.isFinished() || finished.wait(30000));
    EXPECT_EQ(first.result(), QSslConfiguration::systemCaCertificates());
    // Every later connection gets them at once, without reading them again.
    const QFuture<QList<QSslCertificate>> later = systemCaCertificates();
    EXPECT_TRUE(later.isFinished());
    EXPECT_EQ(later.result(), first.result());
}

TEST_F(SslTransportTest, ClosedWhileTheCertificatesAreReadItNeverConnects)
{
    TlsTestServer server(*certificates, true);
    SslSocketTransport transport(trustingTestCa(server));
    QSignalSpy encrypted(&transport, &Transport::encrypted);
    QSignalSpy incoming(&server, &QTcpServer::newConnection);
    transport.connectToServer(); // the first in this process: it waits for the read
    transport.close();
    QFutureWatcher<QList<QSslCertificate>> read;
    QSignalSpy finished(&read, &QFutureWatcherBase::finished);
    read.setFuture(systemCaCertificates());
    ASSERT_TRUE(read.isFinished() || finished.wait(30000));
    EXPECT_FALSE(incoming.wait(300));
    EXPECT_TRUE(encrypted.isEmpty());

    transport.connectToServer();
    ASSERT_TRUE(encrypted.wait(10000));
}

TEST_F(SslTransportTest, UnknownCaIsUntrustedWithCertificateDetails)
{
    TlsTestServer server(*certificates, true);
    SslSocketTransport transport(settingsFor(server, SslSocketSettings::Tls::Implicit));
    transport.connectToServer();
    const TransportError error = waitForError(transport);
    EXPECT_EQ(error.kind, TransportErrorKind::CertificateUntrusted);
    ASSERT_TRUE(error.certificate);
    EXPECT_EQ(error.certificate->sha256Hex, certificateSha256Hex(certificates->leaf));
    EXPECT_EQ(error.certificate->subject, "localhost");
    EXPECT_EQ(error.certificate->issuer, "Quire Test CA");
    EXPECT_TRUE(error.certificate->notBefore.isValid());
    EXPECT_GT(error.certificate->notAfter, error.certificate->notBefore);
}

TEST_F(SslTransportTest, MatchingPinAcceptsAnUntrustedCertificate)
{
    TlsTestServer server(*certificates, true);
    SslSocketSettings settings = settingsFor(server, SslSocketSettings::Tls::Implicit);
    // Upper case with colons, as users copy fingerprints from other tools.
    const QByteArray hex = certificateSha256Hex(certificates->leaf).toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs += QString::fromLatin1(hex.mid(i, 2));
    settings.pinnedSha256 = pairs.join(':');
    SslSocketTransport transport(settings);
    QSignalSpy encrypted(&transport, &Transport::encrypted);
    QSignalSpy errors(&transport, &Transport::errorOccurred);
    transport.connectToServer();
    ASSERT_TRUE(encrypted.wait(10000));
    EXPECT_TRUE(errors.isEmpty());
}

TEST_F(SslTransportTest, PinMismatchFailsEvenWithATrustedChain)
{
    TlsTestServer server(*certificates, true);
    SslSocketSettings settings = trustingTestCa(server);
    settings.pinnedSha256 = QString(64, QLatin1Char('a'));
    SslSocketTransport transport(settings);
    QSignalSpy encrypted(&transport, &Transport::encrypted);
    transport.connectToServer();
    const TransportError error = waitForError(transport);
    EXPECT_EQ(error.kind, TransportErrorKind::CertificatePinMismatch);
    ASSERT_TRUE(error.certificate);
    EXPECT_EQ(error.certificate->sha256Hex, certificateSha256Hex(certificates->leaf));
    EXPECT_TRUE(encrypted.isEmpty());
}

TEST_F(SslTransportTest, PinMismatchWithUntrustedChain)
{
    TlsTestServer server(*certificates, true);
    SslSocketSettings settings = settingsFor(server, SslSocketSettings::Tls::Implicit);
    settings.pinnedSha256 = QString(64, QLatin1Char('b'));
    SslSocketTransport transport(settings);
    transport.connectToServer();
    const TransportError error = waitForError(transport);
    EXPECT_EQ(error.kind, TransportErrorKind::CertificatePinMismatch);
    ASSERT_TRUE(error.certificate);
    EXPECT_EQ(error.certificate->subject, "localhost");
}

TEST_F(SslTransportTest, StartTlsDiscardsPlaintextSentAfterTheOk)
{
    TlsTestServer server(*certificates, false);
    SslSocketSettings settings = settingsFor(server, SslSocketSettings::Tls::StartTls);
    settings.extraCaFile = certificates->caFile();
    SslSocketTransport transport(settings);
    QSignalSpy connected(&transport, &Transport::connected);
    transport.connectToServer();
    ASSERT_TRUE(connected.wait(5000));
    ASSERT_TRUE(server.client || QSignalSpy(&server, &QTcpServer::newConnection).wait(5000));

    QSignalSpy readyRead(&transport, &Transport::readyRead);
    server.client->write("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n");
    ASSERT_TRUE(readyRead.wait(5000));
    EXPECT_FALSE(transport.isEncrypted());
    EXPECT_EQ(transport.read(), "* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n");

    // A man in the middle appends a response to the server's OK; the client
    // must not later mistake it for something said over TLS.
    server.client->write("A1 OK Begin TLS\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n");
    server.client->flush();
    ASSERT_TRUE(readyRead.wait(5000));
    server.startEncryption();
    QSignalSpy encrypted(&transport, &Transport::encrypted);
    transport.startTls();
    ASSERT_TRUE(encrypted.wait(10000));
    EXPECT_TRUE(transport.isEncrypted());
    EXPECT_TRUE(transport.read().isEmpty());

    QSignalSpy secureRead(&transport, &Transport::readyRead);
    server.client->write("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n");
    ASSERT_TRUE(secureRead.wait(5000));
    EXPECT_EQ(transport.read(), "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n");
}

TEST_F(SslTransportTest, DiscardPendingInputReportsWhatItDropped)
{
    TlsTestServer server(*certificates, false);
    SslSocketTransport transport(settingsFor(server, SslSocketSettings::Tls::StartTls));
    QSignalSpy connected(&transport, &Transport::connected);
    transport.connectToServer();
    ASSERT_TRUE(connected.wait(5000));
    ASSERT_TRUE(server.client || QSignalSpy(&server, &QTcpServer::newConnection).wait(5000));
    QSignalSpy readyRead(&transport, &Transport::readyRead);
    server.client->write("12345");
    ASSERT_TRUE(readyRead.wait(5000));
    EXPECT_EQ(transport.discardPendingInput(), 5);
    EXPECT_TRUE(transport.read().isEmpty());
}

// Bytes whose position can be checked: no piece lost, doubled or reordered.
QByteArray numberedBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + (i / 7 + i) % 26);
    return bytes;
}

// What arrived comes a bounded piece at a time, and the rest is announced
// even when nothing new arrives.
TEST_F(SslTransportTest, ALargeInputIsReadInBoundedPiecesAllOfIt)
{
    TlsTestServer server(*certificates, true);
    SslSocketTransport transport(trustingTestCa(server));
    ASSERT_TRUE(connectEncrypted(transport));
    const QByteArray sent = numberedBytes(SslSocketTransport::ReadChunk * 2 + 17);
    ASSERT_LT(sent.size(), SslSocketTransport::ReadBuffer);
    server.client->write(sent);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return server.client->bytesToWrite() + server.client->encryptedBytesToWrite() == 0; }, 10000));
    QTest::qWait(200); // all of it received, none of it read

    QByteArray received = transport.read();
    EXPECT_GT(received.size(), 0);
    EXPECT_LE(received.size(), SslSocketTransport::ReadChunk);
    qint64 largestRead = received.size();
    QObject::connect(&transport, &Transport::readyRead, [&] {
        const QByteArray bytes = transport.read();
        largestRead = std::max<qint64>(largestRead, bytes.size());
        received += bytes;
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return received.size() >= sent.size(); }, 10000)) << received.size();
    EXPECT_TRUE(received == sent);
    EXPECT_LE(largestRead, SslSocketTransport::ReadChunk);
}

// Input nobody reads (a paused session) stays in the server's send queue,
// not in the client's memory; read later, all of it arrives.
TEST_F(SslTransportTest, UnreadInputHoldsTheServerBack)
{
    TlsTestServer server(*certificates, true);
    SslSocketTransport transport(trustingTestCa(server));
    ASSERT_TRUE(connectEncrypted(transport));
    // Far more than loopback's socket buffers (a few MB each way) hold.
    const QByteArray sent = numberedBytes(48 * 1024 * 1024);
    server.client->write(sent);
    // Until the server's queue stops shrinking: it sends what TCP lets it.
    auto unsent = [&] { return server.client->bytesToWrite() + server.client->encryptedBytesToWrite(); };
    qint64 queued = unsent();
    for (int unchanged = 0; unchanged < 5 && queued > 0;) {
        QTest::qWait(100);
        const qint64 now = unsent();
        unchanged = now == queued ? unchanged + 1 : 0;
        queued = now;
    }
    EXPECT_GT(queued, 24 * 1024 * 1024) << "the client took in what it did not read";

    QByteArray received;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            received += transport.read();
            return received.size() >= sent.size();
        },
        60000))
        << received.size();
    EXPECT_TRUE(received == sent);
}

TEST_F(SslTransportTest, StartTlsOnImplicitTlsIsRefused)
{
    TlsTestServer server(*certificates, true);
    SslSocketTransport transport(trustingTestCa(server));
    ASSERT_TRUE(connectEncrypted(transport));
    QSignalSpy errors(&transport, &Transport::errorOccurred);
    transport.startTls();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.front().front().value<TransportError>().kind, TransportErrorKind::InvalidState);
}

TEST_F(SslTransportTest, HandshakeThatNeverHappensTimesOut)
{
    TlsTestServer server(*certificates, false); // accepts TCP, never speaks TLS
    SslSocketSettings settings = settingsFor(server, SslSocketSettings::Tls::Implicit);
    settings.timeout = std::chrono::milliseconds(300);
    SslSocketTransport transport(settings);
    transport.connectToServer();
    EXPECT_EQ(waitForError(transport).kind, TransportErrorKind::Timeout);
}

TEST_F(SslTransportTest, ClosedPortIsConnectionRefused)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    SslSocketSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.tls = SslSocketSettings::Tls::None;
    SslSocketTransport transport(settings);
    transport.connectToServer();
    EXPECT_EQ(waitForError(transport).kind, TransportErrorKind::ConnectionRefused);
}

TEST_F(SslTransportTest, RemoteCloseIsReported)
{
    TlsTestServer server(*certificates, false);
    SslSocketSettings settings = settingsFor(server, SslSocketSettings::Tls::None);
    SslSocketTransport transport(settings);
    QSignalSpy connected(&transport, &Transport::connected);
    transport.connectToServer();
    ASSERT_TRUE(connected.wait(5000));
    ASSERT_TRUE(server.client || QSignalSpy(&server, &QTcpServer::newConnection).wait(5000));
    QSignalSpy disconnected(&transport, &Transport::disconnected);
    QSignalSpy errors(&transport, &Transport::errorOccurred);
    server.client->disconnectFromHost();
    ASSERT_TRUE(disconnected.wait(5000));
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_EQ(errors.front().front().value<TransportError>().kind, TransportErrorKind::RemoteClosed);
}

} // namespace
} // namespace quire::imap
