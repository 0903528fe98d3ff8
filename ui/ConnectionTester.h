#pragma once

// The "Test connection" button's work: connect with the account's security
// settings, read the server greeting, and for STARTTLS upgrade the
// connection, so that certificate problems show up before the first sync.
// It does not log in. Asynchronous throughout; cancel() stops it at once.
// No text for people here: the dialog turns the result into words.

#include "core/account/AccountConfig.h"
#include "core/imap/transport/SslSocketTransport.h"

#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace quire::ui {

struct ConnectionTestResult {
    enum class Outcome {
        Success,
        TransportFailed, // see error: refused, unknown host, TLS, certificate...
        NotImap, // the first line was not an IMAP greeting
        ServerBye, // "* BYE": the server refuses connections
        StartTlsRefused, // STARTTLS was answered NO/BAD
        Timeout, // connected, but the server stayed silent
    };
    Outcome outcome = Outcome::Success;
    QByteArray greeting; // the server's first line, without CRLF
    std::optional<imap::TransportError> error;
    bool encrypted = false;
};

// The transport settings an account asks for. pinOverride, when not empty,
// replaces the account's pin (the certificate dialog's "trust once").
imap::SslSocketSettings transportSettingsFor(const AccountConfig &account, const QString &pinOverride = {});

class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test; a running one is cancelled first. finished() follows
    // exactly once unless cancel() comes first.
    void start(const AccountConfig &account, const QString &pinOverride = {});
    void cancel();
    bool isRunning() const { return m_transport != nullptr; }
    // Bounds each wait for the server (greeting, STARTTLS answer).
    void setReplyTimeout(std::chrono::milliseconds timeout) { m_replyTimer.setInterval(timeout); }

Q_SIGNALS:
    void finished(const quire::ui::ConnectionTestResult &result);

private:
    enum class Step { Connecting, Greeting, StartTls, Handshake };

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onLine(const QByteArray &line);
    void finish(ConnectionTestResult result);
    void stopTransport();

    QPointer<imap::SslSocketTransport> m_transport;
    Step m_step = Step::Connecting;
    bool m_startTls = false;
    QByteArray m_buffer;
    QByteArray m_greeting;
    QTimer m_replyTimer;
};

} // namespace quire::ui

Q_DECLARE_METATYPE(quire::ui::ConnectionTestResult)
