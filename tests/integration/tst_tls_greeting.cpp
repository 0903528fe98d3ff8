// First integration test: TLS to a private IMAP server, trusting only the
// CA that tools/imap-server/start generated.
//
// The server comes from the env file named by QUIRE_IMAP_ENV (set per server
// by quire_add_integration_test(... PER_SERVER)), or else QUIRE_DOVECOT_ENV.
// Without either the test skips.

#include "tests/support/ServerEnvFile.h"

#include <QAbstractSocket>
#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

namespace {

constexpr int kTimeoutMs = 10000;

struct ServerEnv {
    QString kind;
    QString host;
    quint16 imapsPort = 0;
    QString caFile;
};

QSslConfiguration configTrusting(const QList<QSslCertificate> &cas)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    // Replaces the system CAs and turns off loading them on demand.
    conf.setCaCertificates(cas);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    return conf;
}

// Reads one CRLF-terminated line, waiting at most until the deadline.
QByteArray readLine(QSslSocket &socket, QDeadlineTimer deadline)
{
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return {};
    }
    return socket.readLine();
}

} // namespace

class TlsGreetingTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void handshakeWithPrivateCa();
    void handshakeFailsWithoutCa();
    void connectFailsWhenServerIsDown();

private:
    ServerEnv m_env;
    QSslCertificate m_ca;
};

void TlsGreetingTest::initTestCase()
{
    QString path = qEnvironmentVariable("QUIRE_IMAP_ENV");
    if (path.isEmpty())
        path = qEnvironmentVariable("QUIRE_DOVECOT_ENV");
    if (path.isEmpty())
        QSKIP("neither QUIRE_IMAP_ENV nor QUIRE_DOVECOT_ENV is set: no test server (run through ctest)");
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no working TLS backend");

    QString error;
    const auto vars = readServerEnvFile(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_env.kind = vars.value(QStringLiteral("SERVER_KIND"));
    m_env.host = vars.value(QStringLiteral("IMAP_HOST"));
    m_env.imapsPort = vars.value(QStringLiteral("IMAPS_PORT")).toUShort();
    m_env.caFile = vars.value(QStringLiteral("IMAP_CA_CERT"));
    QVERIFY2(!m_env.host.isEmpty() && m_env.imapsPort != 0, qPrintable(QStringLiteral("incomplete ") + path));

    const auto cas = QSslCertificate::fromPath(m_env.caFile, QSsl::Pem);
    QCOMPARE(cas.size(), 1);
    m_ca = cas.first();
    QVERIFY(!m_ca.isNull());
    qInfo("server %s at %s:%u", qPrintable(m_env.kind), qPrintable(m_env.host), m_env.imapsPort);
}

void TlsGreetingTest::handshakeWithPrivateCa()
{
    QSslSocket socket;
    socket.setSslConfiguration(configTrusting({ m_ca }));
    QList<QSslError> errors;
    connect(&socket, &QSslSocket::sslErrors, this, [&errors](const QList<QSslError> &e) { errors += e; });

    // Verified against the IP address in the certificate's SAN.
    socket.connectToHostEncrypted(m_env.host, m_env.imapsPort);
    QVERIFY2(socket.waitForConnected(kTimeoutMs), qPrintable(socket.errorString()));
    QVERIFY2(socket.waitForEncrypted(kTimeoutMs), qPrintable(socket.errorString()));
    QVERIFY(socket.isEncrypted());
    QVERIFY(errors.isEmpty());
    QVERIFY(socket.sslHandshakeErrors().isEmpty());
    QVERIFY(socket.peerCertificateChain().contains(socket.peerCertificate()));
    QCOMPARE(socket.peerCertificate().issuerDisplayName(), m_ca.subjectDisplayName());

    const QDeadlineTimer deadline(kTimeoutMs);
    const QByteArray greeting = readLine(socket, deadline);
    QVERIFY2(greeting.startsWith("* OK"), greeting.constData());

    socket.write("a1 CAPABILITY\r\n");
    QByteArray capability;
    QByteArray tagged;
    for (;;) {
        const QByteArray line = readLine(socket, deadline);
        QVERIFY2(!line.isEmpty(), "no complete CAPABILITY reply before the timeout");
        if (line.startsWith("* CAPABILITY "))
            capability = line.trimmed();
        if (line.startsWith("a1 ")) {
            tagged = line.trimmed();
            break;
        }
    }
    QVERIFY2(tagged.startsWith("a1 OK"), tagged.constData());
    const QList<QByteArray> caps = capability.toUpper().split(' ');
    QVERIFY2(caps.contains("IMAP4REV1"), capability.constData());
    QVERIFY2(caps.contains("IDLE"), capability.constData());

    socket.write("a2 LOGOUT\r\n");
    socket.flush();
    socket.disconnectFromHost();
}

void TlsGreetingTest::handshakeFailsWithoutCa()
{
    QSslSocket socket;
    socket.setSslConfiguration(configTrusting({}));
    socket.connectToHostEncrypted(m_env.host, m_env.imapsPort);
    QVERIFY2(socket.waitForConnected(kTimeoutMs), qPrintable(socket.errorString()));
    QVERIFY(!socket.waitForEncrypted(kTimeoutMs));
    QVERIFY(!socket.isEncrypted());
    QCOMPARE(socket.error(), QAbstractSocket::SslHandshakeFailedError);
    bool untrusted = false;
    for (const QSslError &e : socket.sslHandshakeErrors()) {
        untrusted |= e.error() == QSslError::UnableToGetLocalIssuerCertificate
            || e.error() == QSslError::UnableToVerifyFirstCertificate || e.error() == QSslError::CertificateUntrusted
            || e.error() == QSslError::SelfSignedCertificateInChain;
    }
    QVERIFY2(untrusted, qPrintable(socket.errorString()));
}

void TlsGreetingTest::connectFailsWhenServerIsDown()
{
    // A port that was free a moment ago: bind it, then close it again.
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    QSslSocket socket;
    socket.setSslConfiguration(configTrusting({ m_ca }));
    QDeadlineTimer timer(kTimeoutMs);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    QVERIFY(!socket.waitForConnected(kTimeoutMs));
    QVERIFY(!timer.hasExpired()); // refused at once, not a timeout
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY(!socket.isEncrypted());
}

QTEST_GUILESS_MAIN(TlsGreetingTest)
#include "tst_tls_greeting.moc"
