#include "core/imap/transport/SslSocketTransport.h"

#include "core/imap/transport/SystemCertificates.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>

namespace quire::imap {

namespace {

QByteArray normalisedPin(const QString &pin)
{
    QByteArray hex;
    for (QChar c : pin) {
        if (c.isLetterOrNumber())
            hex += c.toLower().toLatin1();
    }
    return hex;
}

TransportErrorKind kindOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return TransportErrorKind::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError:
        return TransportErrorKind::HostNotFound;
    case QAbstractSocket::SocketTimeoutError:
        return TransportErrorKind::Timeout;
    case QAbstractSocket::RemoteHostClosedError:
        return TransportErrorKind::RemoteClosed;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return TransportErrorKind::TlsHandshakeFailed;
    default:
        return TransportErrorKind::NetworkError;
    }
}

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

} // namespace

QByteArray certificateSha256Hex(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256).toHex();
}

PeerCertificate describeCertificate(const QSslCertificate &certificate)
{
    return { certificate.subjectDisplayName().isEmpty() ? joined(certificate.subjectInfo(QSslCertificate::CommonName))
                                                        : certificate.subjectDisplayName(),
        certificate.issuerDisplayName(), certificate.effectiveDate(), certificate.expiryDate(),
        certificateSha256Hex(certificate) };
}

SslSocketTransport::SslSocketTransport(SslSocketSettings settings, QObject *parent)
    : Transport(parent)
    , m_settings(std::move(settings))
    , m_pin(normalisedPin(m_settings.pinnedSha256))
    , m_socket(new QSslSocket(this))
{
    m_socket->setReadBufferSize(ReadBuffer);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(m_settings.timeout);
    connect(&m_timeout, &QTimer::timeout, this, &SslSocketTransport::onTimeout);
    connect(m_socket, &QSslSocket::connected, this, &SslSocketTransport::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SslSocketTransport::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &SslSocketTransport::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SslSocketTransport::onSocketError);
    connect(m_socket, &QSslSocket::readyRead, this, &Transport::readyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &Transport::disconnected);
    if (!m_settings.extraCaFile.isEmpty()) {
        QFile file(m_settings.extraCaFile);
        if (file.open(QIODevice::ReadOnly))
            m_extraAuthorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        m_extraCaFileLoaded = !m_extraAuthorities.isEmpty();
    }
}

SslSocketTransport::~SslSocketTransport() = default;

void SslSocketTransport::configureTls(const QList<QSslCertificate> &systemAuthorities)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(systemAuthorities + m_extraAuthorities);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(m_settings.host);
}

void SslSocketTransport::connectToServer()
{
    m_failed = false;
    m_pendingError.reset();
    m_authoritiesWatcher.reset();
    m_timeout.start(); // the wait for the system CAs counts too
    if (m_settings.tls == SslSocketSettings::Tls::None)
        return startConnecting();
    const QFuture<QList<QSslCertificate>> authorities = systemCaCertificates();
    if (authorities.isFinished()) {
        configureTls(authorities.result());
        return startConnecting();
    }
    m_authoritiesWatcher = std::make_unique<QFutureWatcher<QList<QSslCertificate>>>();
    connect(m_authoritiesWatcher.get(), &QFutureWatcherBase::finished, this, [this] {
        // Not deleted in its own signal.
        QFutureWatcher<QList<QSslCertificate>> *watcher = m_authoritiesWatcher.release();
        watcher->deleteLater();
        configureTls(watcher->result());
        startConnecting();
    });
    m_authoritiesWatcher->setFuture(authorities);
}

void SslSocketTransport::startConnecting()
{
    if (m_settings.tls == SslSocketSettings::Tls::Implicit)
        m_socket->connectToHostEncrypted(m_settings.host, m_settings.port);
    else
        m_socket->connectToHost(m_settings.host, m_settings.port);
}

void SslSocketTransport::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void SslSocketTransport::flush()
{
    m_socket->flush();
}

QByteArray SslSocketTransport::read()
{
    // Read into a buffer kept from one read to the next: a new 256 KB array
    // per read, freed after parsing, made glibc's free consolidate all its
    // small free chunks each time (a fifth of the parsing thread's malloc
    // time). The caller shares the bytes; once it lets go, the next read
    // reuses them, and a caller still holding them gets them untouched.
    if (!m_readBuffer.isDetached())
        m_readBuffer = QByteArray();
    m_readBuffer.resize(qsizetype(std::min(m_socket->bytesAvailable(), ReadChunk)));
    const qint64 got = m_socket->read(m_readBuffer.data(), m_readBuffer.size());
    m_readBuffer.resize(qsizetype(std::max<qint64>(got, 0)));
    const QByteArray bytes = m_readBuffer;
    // The socket only says readyRead for bytes it has not announced yet.
    if (m_socket->bytesAvailable() > 0)
        queueReadyRead();
    return bytes;
}

void SslSocketTransport::startTls()
{
    if (m_settings.tls != SslSocketSettings::Tls::StartTls || m_socket->isEncrypted()) {
        fail({ TransportErrorKind::InvalidState, QStringLiteral("STARTTLS is not configured for this connection"),
            std::nullopt });
        return;
    }
    discardPendingInput();
    m_timeout.start();
    m_socket->startClientEncryption();
}

qsizetype SslSocketTransport::discardPendingInput()
{
    return m_socket->readAll().size();
}

bool SslSocketTransport::isEncrypted() const
{
    return m_socket->isEncrypted();
}

void SslSocketTransport::close()
{
    m_authoritiesWatcher.reset();
    m_timeout.stop();
    m_socket->disconnectFromHost();
}

void SslSocketTransport::onConnected()
{
    // With implicit TLS the session may only talk once encrypted() came.
    if (m_settings.tls == SslSocketSettings::Tls::Implicit)
        return;
    m_timeout.stop();
    Q_EMIT connected();
}

void SslSocketTransport::onEncrypted()
{
    m_timeout.stop();
    const QSslCertificate peer = m_socket->peerCertificate();
    // A valid chain is not enough when the user pinned another certificate.
    if (!m_pin.isEmpty() && !pinMatches(peer)) {
        fail({ TransportErrorKind::CertificatePinMismatch, QString(), describeCertificate(peer) });
        return;
    }
    if (m_settings.tls == SslSocketSettings::Tls::Implicit)
        Q_EMIT connected();
    Q_EMIT encrypted();
}

bool SslSocketTransport::pinMatches(const QSslCertificate &certificate) const
{
    return !certificate.isNull() && certificateSha256Hex(certificate) == m_pin;
}

void SslSocketTransport::onSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate peer = m_socket->peerCertificate();
    if (!m_pin.isEmpty()) {
        if (pinMatches(peer)) {
            // The user vouched for exactly this certificate; chain and name
            // checks add nothing, which is what makes self-signed servers work.
            m_socket->ignoreSslErrors(errors);
            return;
        }
        m_pendingError
            = TransportError { TransportErrorKind::CertificatePinMismatch, QString(), describeCertificate(peer) };
        return;
    }
    QStringList messages;
    for (const QSslError &error : errors)
        messages += error.errorString();
    m_pendingError
        = TransportError { TransportErrorKind::CertificateUntrusted, joined(messages), describeCertificate(peer) };
}

void SslSocketTransport::onSocketError()
{
    if (m_pendingError) {
        TransportError error = *m_pendingError;
        m_pendingError.reset();
        fail(std::move(error));
        return;
    }
    fail({ kindOf(m_socket->error()), m_socket->errorString(), std::nullopt });
}

void SslSocketTransport::onTimeout()
{
    fail({ TransportErrorKind::Timeout, QString(), std::nullopt });
}

void SslSocketTransport::fail(TransportError error)
{
    // A failure is reported once; the socket error that follows an abort
    // would otherwise report it a second time with less detail.
    if (m_failed)
        return;
    m_failed = true;
    m_authoritiesWatcher.reset();
    m_timeout.stop();
    Q_EMIT errorOccurred(error);
    m_socket->abort();
}

} // namespace quire::imap
