#pragma once

// Why a connection failed, as a typed value: core never formats messages for
// people (no tr() here); the UI turns the kind into words and, for
// certificate problems, shows the peer certificate so the user can decide to
// trust (pin) it.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace quire::imap {

// What the UI needs to show a certificate dialog.
struct PeerCertificate {
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256Hex; // lower-case hex of the DER encoding, no separators
    friend bool operator==(const PeerCertificate &, const PeerCertificate &) = default;
};

enum class TransportErrorKind {
    ConnectionRefused,
    HostNotFound,
    Timeout,
    TlsHandshakeFailed,
    CertificateUntrusted, // no pin, and the chain or name did not verify
    CertificatePinMismatch, // a pin is configured and the leaf is another certificate
    RemoteClosed,
    NetworkError, // any other socket failure
    CompressionFailed, // the peer's deflate stream is corrupt
    InvalidState, // e.g. STARTTLS requested on a transport that cannot do it
};

struct TransportError {
    TransportErrorKind kind = TransportErrorKind::NetworkError;
    QString systemMessage; // Qt's or zlib's own text, for logs
    std::optional<PeerCertificate> certificate; // for the certificate kinds
    friend bool operator==(const TransportError &, const TransportError &) = default;
};

} // namespace quire::imap

Q_DECLARE_METATYPE(quire::imap::TransportError)
