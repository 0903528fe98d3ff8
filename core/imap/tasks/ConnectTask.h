#pragma once

// Brings a session from a fresh transport to a usable, authenticated
// connection: greeting (OK / PREAUTH / BYE) -> CAPABILITY -> STARTTLS when
// configured (failing, never falling back, when it is not offered) and
// CAPABILITY again -> LOGIN or AUTHENTICATE PLAIN -> CAPABILITY unless the
// OK carried it -> ENABLE (CONDSTORE, QRESYNC, UTF8=ACCEPT when offered)
// -> ID -> COMPRESS=DEFLATE. Each step is its own task; this one only
// chains them. ENABLE, ID and COMPRESS are extras: a NO or BAD to one of
// them leaves a working connection without it (as Thunderbird and Trojitá
// do), while a lost connection or BYE fails the connect.

#include "core/imap/session/CredentialProvider.h"
#include "core/imap/tasks/OAuthAuthenticateTask.h"
#include "core/imap/tasks/Task.h"

namespace quire::imap {

// ("name" "Quire" "version" "<this build's version>")
QList<IdField> defaultClientId();

struct ConnectOptions {
    // Upgrade a plaintext connection with STARTTLS. With implicit TLS the
    // transport is already encrypted and this is ignored.
    bool startTls = false;
    enum class Authentication { Automatic, Login, Plain, OAuth2, OAuthBearer, XOAuth2 };
    // Automatic: AUTHENTICATE PLAIN when offered, else LOGIN. OAuth2:
    // OAUTHBEARER when offered, else XOAUTH2; the credentials' password is
    // then the access token. A refused token is reported to the provider
    // (credentialsRejected) and tried once more with fresh credentials.
    Authentication authentication = Authentication::Automatic;
    bool enableExtensions = true;
    bool sendId = true;
    bool compress = true;
    // What ID (RFC 2971) tells the server about us: name and version, as
    // Thunderbird and KMail send them, so server logs name the client.
    QList<IdField> clientId = defaultClientId();
    // Sent in the OAUTHBEARER message when set (RFC 7628 3.1).
    QString oauthHost;
    quint16 oauthPort = 0;
};

class ConnectTask : public Task
{
    Q_OBJECT
public:
    // The provider must outlive the task.
    ConnectTask(ConnectOptions options, CredentialProvider *credentials, QObject *parent = nullptr);
    void commandCompleted(CommandId id, const TaggedStatus &status) override;
    // The server's error JSON from the last refused OAuth2 token, if any.
    const std::optional<OAuthFailure> &oauthFailure() const { return m_oauthFailure; }

protected:
    void run() override;

private:
    void next();
    void authenticate(const Credentials &credentials);
    enum class Step { Required, Optional };
    void runStep(Task *step, Step kind = Step::Required);
    bool retryAfterRejectedToken(const Task *step);

    ConnectOptions m_options;
    CredentialProvider *m_credentials;
    bool m_waitingForStep = false;
    bool m_startTlsDone = false;
    bool m_credentialsRequested = false;
    bool m_enableDone = false;
    bool m_idDone = false;
    bool m_compressDone = false;
    bool m_tokenRetried = false;
    std::optional<OAuthFailure> m_oauthFailure;
};

} // namespace quire::imap
