#pragma once

// The real transport: TCP via QSslSocket, with implicit TLS or a plaintext
// start that the session upgrades with STARTTLS. Certificates are checked
// against the system CAs plus an optional extra CA file; an optional pinned
// SHA-256 fingerprint of the leaf certificate overrides that check. The
// system CAs are read once per process off the calling thread
// (SystemCertificates.h); a TLS connection that asks before they are read
// starts connecting when they are.

#include "core/imap/transport/Transport.h"

#include <QFutureWatcher>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class QSslSocket;

namespace quire::imap {

struct SslSocketSettings {
    enum class Tls {
        Implicit, // TLS from the first byte (imaps)
        StartTls, // plaintext until the session calls startTls()
        None, // plaintext throughout; only when the user asked for it
    };

    QString host;
    quint16 port = 993;
    Tls tls = Tls::Implicit;
    QString extraCaFile; // PEM, trusted in addition to the system CAs
    // Hex SHA-256 of the leaf certificate's DER; colons, spaces and case are
    // ignored. A match accepts the certificate even when self-signed.
    QString pinnedSha256;
    // Bounds the TCP connect and each TLS handshake.
    std::chrono::milliseconds timeout { 30'000 };
};

// Lower-case hex SHA-256 of the DER encoding, the form pins are kept in.
QByteArray certificateSha256Hex(const QSslCertificate &certificate);
PeerCertificate describeCertificate(const QSslCertificate &certificate);

class SslSocketTransport : public Transport
{
    Q_OBJECT

public:
    // What one read() hands over at most; readyRead() follows for the rest.
    static constexpr qint64 ReadChunk = 256 * 1024;
    // What waits received and unread at most. Beyond it the socket is not
    // read, so the server's sends wait in TCP's window: a session that
    // pauses its input (a cache writer behind, 100,000 envelopes coming)
    // holds at most this much, not the rest of the response.
    static constexpr qint64 ReadBuffer = 1024 * 1024;

    explicit SslSocketTransport(SslSocketSettings settings, QObject *parent = nullptr);
    ~SslSocketTransport() override;

    void connectToServer() override;
    void write(const QByteArray &bytes) override;
    void flush() override;
    QByteArray read() override;
    void startTls() override;
    qsizetype discardPendingInput() override;
    bool isEncrypted() const override;
    void close() override;

    // Problems in the extra CA file show up here, not as a failed connect:
    // a missing file is not a reason to refuse the system CAs.
    bool extraCaFileLoaded() const { return m_extraCaFileLoaded; }

private:
    void configureTls(const QList<QSslCertificate> &systemAuthorities);
    void startConnecting();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onTimeout();
    void fail(TransportError error);
    bool pinMatches(const QSslCertificate &certificate) const;

    SslSocketSettings m_settings;
    QByteArray m_pin; // normalised m_settings.pinnedSha256
    QSslSocket *m_socket;
    QByteArray m_readBuffer; // see read()
    QTimer m_timeout;
    QList<QSslCertificate> m_extraAuthorities;
    bool m_extraCaFileLoaded = false;
    // While connectToServer waits for the system CAs; reset to stop waiting.
    std::unique_ptr<QFutureWatcher<QList<QSslCertificate>>> m_authoritiesWatcher;
    bool m_failed = false;
    // Set by the certificate check, reported when the socket gives up.
    std::optional<TransportError> m_pendingError;
};

} // namespace quire::imap
