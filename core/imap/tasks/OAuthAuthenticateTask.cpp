#include "core/imap/tasks/OAuthAuthenticateTask.h"

#include "core/imap/session/Session.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace quire::imap {

std::optional<OAuthFailure> parseOAuthFailure(const QByteArray &base64Challenge)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(base64Challenge.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded);
    const QJsonObject object = document.object();
    if (!object.contains(QLatin1String("status")))
        return std::nullopt;
    // Google sends "status":"401" as a string; be lenient about numbers too.
    const QJsonValue status = object.value(QLatin1String("status"));
    OAuthFailure failure;
    failure.status = status.isDouble() ? QByteArray::number(status.toInt()) : status.toString().toUtf8();
    failure.scope = object.value(QLatin1String("scope")).toString().toUtf8();
    failure.schemes = object.value(QLatin1String("schemes")).toString().toUtf8();
    failure.openidConfiguration = object.value(QLatin1String("openid-configuration")).toString().toUtf8();
    return failure;
}

OAuthAuthenticateTask::OAuthAuthenticateTask(OAuthMechanism mechanism, const QString &user, const QString &accessToken,
    const QString &host, quint16 port, QObject *parent)
    : Task(parent)
    , m_mechanism(mechanism)
    , m_user(user)
    , m_token(accessToken)
    , m_host(host)
    , m_port(port)
{
}

void OAuthAuthenticateTask::run()
{
    const QByteArray name = m_mechanism == OAuthMechanism::OAuthBearer ? "OAUTHBEARER" : "XOAUTH2";
    if (!session()->capabilities().hasAuthMechanism(name)) {
        fail({ TaskErrorKind::CapabilityMissing, "AUTH=" + name, std::nullopt, std::nullopt });
        return;
    }
    m_command
        = send(m_mechanism == OAuthMechanism::OAuthBearer ? Authenticate::oauthBearer(m_user, m_token, m_host, m_port)
                                                          : Authenticate::xoauth2(m_user, m_token));
}

bool OAuthAuthenticateTask::offerContinuation(CommandId id, const ContinuationRequest &request)
{
    if (id != m_command || m_challengeAnswered)
        return false; // a second challenge: the session cancels with "*"
    m_challengeAnswered = true;
    m_failure = parseOAuthFailure(request.text);
    if (!m_failure)
        m_failure = OAuthFailure { "invalid_challenge", {}, {}, {} };
    // RFC 7628 3.2.3: the client answers the error with a lone ^A; XOAUTH2
    // expects an empty response. Either way the server then says NO.
    session()->continueAuthentication(
        id, m_mechanism == OAuthMechanism::OAuthBearer ? QByteArray("\x01") : QByteArray());
    return true;
}

void OAuthAuthenticateTask::commandCompleted(CommandId id, const TaggedStatus &status)
{
    if (id != m_command)
        return;
    if (status.status == StatusKind::Ok) {
        succeed();
        return;
    }
    TaskError error = errorFromStatus(status);
    // A NO is about the token unless the server says it is having trouble
    // itself ([UNAVAILABLE]): then a refresh would not help.
    const bool unavailable = status.code && status.code->name == "UNAVAILABLE";
    if (status.status == StatusKind::No && !unavailable)
        error.kind = TaskErrorKind::OAuthTokenRejected;
    fail(std::move(error));
}

} // namespace quire::imap
