#pragma once

// AUTHENTICATE OAUTHBEARER (RFC 7628) or XOAUTH2 with an OAuth2 access
// token, the initial response on the command line when SASL-IR is offered.
//
// A refused token is answered by the server with a challenge carrying a
// base64 JSON error ("+ eyJzdGF0dXMiOi..."). The client must reply once
// more, with ^A for OAUTHBEARER (RFC 7628 3.2.3) and an empty line for
// XOAUTH2, and the server then ends with NO. The task decodes that JSON into
// an OAuthFailure and fails with TaskErrorKind::OAuthTokenRejected, so the
// caller can refresh the token and try again.

#include "core/imap/tasks/Task.h"

#include <QString>

namespace quire::imap {

// The error a server sends in its OAuth challenge (RFC 7628 3.2.2).
struct OAuthFailure {
    QByteArray status; // "invalid_token", "insufficient_scope", or Google's "401"
    QByteArray scope; // the scope the server wants, when it says
    QByteArray schemes;
    QByteArray openidConfiguration; // discovery URL, when given
    friend bool operator==(const OAuthFailure &, const OAuthFailure &) = default;
};

// Decodes a challenge's base64 text; nullopt when it is not base64 JSON
// holding a "status".
std::optional<OAuthFailure> parseOAuthFailure(const QByteArray &base64Challenge);

enum class OAuthMechanism { OAuthBearer, XOAuth2 };

class OAuthAuthenticateTask : public Task
{
    Q_OBJECT
public:
    // host and port go into the OAUTHBEARER message (empty/0 leaves them out).
    OAuthAuthenticateTask(OAuthMechanism mechanism, const QString &user, const QString &accessToken,
        const QString &host = {}, quint16 port = 0, QObject *parent = nullptr);

    bool offerContinuation(CommandId id, const ContinuationRequest &request) override;
    void commandCompleted(CommandId id, const TaggedStatus &status) override;
    // Set when the server sent its error JSON.
    const std::optional<OAuthFailure> &failure() const { return m_failure; }

protected:
    void run() override;

private:
    OAuthMechanism m_mechanism;
    QString m_user;
    QString m_token;
    QString m_host;
    quint16 m_port;
    CommandId m_command = 0;
    bool m_challengeAnswered = false;
    std::optional<OAuthFailure> m_failure;
};

} // namespace quire::imap
