#pragma once

#include <QString>

namespace quire {

// How the connection to the server is secured.
enum class Security {
    ImplicitTls, // imaps, usually port 993
    StartTls, // imap on port 143, upgraded before login; never falls back
    Plaintext, // only when the user explicitly asks for it
};

// One IMAP account as the engine needs it. Where it is stored (settings, the
// command line) is the business of ui/ and app/; the password lives in the
// CredentialStore, never here.
struct AccountConfig {
    QString id;
    QString displayName;
    QString host;
    quint16 port = 993;
    Security security = Security::ImplicitTls;
    QString userName;
    QString caFile; // extra trusted CA (PEM), optional
    QString pinnedSha256; // pinned certificate fingerprint, hex, optional

    bool operator==(const AccountConfig &) const = default;
};

QString securityToString(Security s);
// Returns false when text names no known security mode.
bool securityFromString(const QString &text, Security *out);

} // namespace quire
