#include "ui/ConnectionTester.h"

namespace quire::ui {

namespace {

constexpr std::chrono::seconds kReplyTimeout { 20 };
const QByteArray kStartTlsTag = QByteArrayLiteral("T1");

imap::SslSocketSettings::Tls tlsFor(Security security)
{
    switch (security) {
    case Security::ImplicitTls:
        return imap::SslSocketSettings::Tls::Implicit;
    case Security::StartTls:
        return imap::SslSocketSettings::Tls::StartTls;
    case Security::Plaintext:
        return imap::SslSocketSettings::Tls::None;
    }
    return imap::SslSocketSettings::Tls::Implicit;
}

} // namespace

imap::SslSocketSettings transportSettingsFor(const AccountConfig &account, const QString &pinOverride)
{
    imap::SslSocketSettings settings;
    settings.host = account.host.trimmed();
    settings.port = account.port;
    settings.tls = tlsFor(account.security);
    settings.extraCaFile = account.caFile;
    settings.pinnedSha256 = pinOverride.isEmpty() ? account.pinnedSha256 : pinOverride;
    return settings;
}

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    m_replyTimer.setSingleShot(true);
    m_replyTimer.setInterval(kReplyTimeout);
    connect(&m_replyTimer, &QTimer::timeout, this, [this] {
        ConnectionTestResult result;
        result.outcome = ConnectionTestResult::Outcome::Timeout;
        result.greeting = m_greeting;
        finish(result);
    });
}

ConnectionTester::~ConnectionTester()
{
    stopTransport();
}

void ConnectionTester::start(const AccountConfig &account, const QString &pinOverride)
{
    cancel();
    m_step = Step::Connecting;
    m_startTls = account.security == Security::StartTls;
    m_buffer.clear();
    m_greeting.clear();
    m_transport = new imap::SslSocketTransport(transportSettingsFor(account, pinOverride), this);
    connect(m_transport, &imap::Transport::connected, this, &ConnectionTester::onConnected);
    connect(m_transport, &imap::Transport::encrypted, this, &ConnectionTester::onEncrypted);
    connect(m_transport, &imap::Transport::readyRead, this, &ConnectionTester::onReadyRead);
    connect(m_transport, &imap::Transport::errorOccurred, this, [this](const imap::TransportError &error) {
        ConnectionTestResult result;
        result.outcome = ConnectionTestResult::Outcome::TransportFailed;
        result.error = error;
        result.greeting = m_greeting;
        finish(result);
    });
    m_transport->connectToServer();
}

void ConnectionTester::cancel()
{
    m_replyTimer.stop();
    stopTransport();
}

void ConnectionTester::stopTransport()
{
    if (!m_transport)
        return;
    // Signals from a transport we gave up on must not reach us any more.
    m_transport->disconnect(this);
    m_transport->close();
    m_transport->deleteLater();
    m_transport = nullptr;
}

void ConnectionTester::onConnected()
{
    m_step = Step::Greeting;
    m_replyTimer.start();
    onReadyRead(); // the greeting may already be here
}

void ConnectionTester::onEncrypted()
{
    // With implicit TLS, connected() came first and the greeting follows.
    if (m_step != Step::Handshake)
        return;
    ConnectionTestResult result;
    result.greeting = m_greeting;
    result.encrypted = true;
    finish(result);
}

void ConnectionTester::onReadyRead()
{
    if (!m_transport || m_step == Step::Connecting || m_step == Step::Handshake)
        return;
    m_buffer += m_transport->read();
    qsizetype end;
    while (m_transport && (end = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        onLine(line);
    }
}

void ConnectionTester::onLine(const QByteArray &line)
{
    if (m_step == Step::Greeting) {
        m_greeting = line;
        ConnectionTestResult result;
        result.greeting = line;
        if (line.startsWith("* BYE")) {
            result.outcome = ConnectionTestResult::Outcome::ServerBye;
        } else if (!line.startsWith("* OK") && !line.startsWith("* PREAUTH")) {
            result.outcome = ConnectionTestResult::Outcome::NotImap;
        } else if (m_startTls) {
            m_step = Step::StartTls;
            m_replyTimer.start();
            m_transport->write(kStartTlsTag + " STARTTLS\r\n");
            return;
        }
        result.encrypted = m_transport->isEncrypted();
        finish(result);
        return;
    }
    // Step::StartTls: untagged lines before the tagged answer are allowed.
    if (!line.startsWith(kStartTlsTag + ' '))
        return;
    if (line.mid(kStartTlsTag.size() + 1).startsWith("OK")) {
        m_step = Step::Handshake;
        m_replyTimer.stop();
        m_buffer.clear();
        m_transport->startTls();
        return;
    }
    ConnectionTestResult result;
    result.outcome = ConnectionTestResult::Outcome::StartTlsRefused;
    result.greeting = m_greeting;
    finish(result);
}

void ConnectionTester::finish(ConnectionTestResult result)
{
    m_replyTimer.stop();
    if (m_transport && result.outcome == ConnectionTestResult::Outcome::Success)
        m_transport->write("T2 LOGOUT\r\n");
    stopTransport();
    Q_EMIT finished(result);
}

} // namespace quire::ui
