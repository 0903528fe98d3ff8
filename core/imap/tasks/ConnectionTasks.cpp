#include "core/imap/tasks/ConnectionTasks.h"

#include "core/imap/session/Session.h"

namespace quire::imap {

namespace {

TaskError clientSideError(TaskErrorKind kind, QByteArray detail = {})
{
    return { kind, std::move(detail), std::nullopt, std::nullopt };
}

} // namespace

CapabilityTask::CapabilityTask(QObject *parent)
    : SingleCommandTask(Capability {}, parent)
{
}

bool CapabilityTask::offerUntagged(const Response &response)
{
    const auto *capability = std::get_if<CapabilityResponse>(&response);
    if (!capability)
        return false;
    m_advertised = capability->capabilities;
    return true;
}

NoopTask::NoopTask(QObject *parent)
    : SingleCommandTask(Noop {}, parent)
{
}

LogoutTask::LogoutTask(QObject *parent)
    : SingleCommandTask(Logout {}, parent)
{
}

bool LogoutTask::offerUntagged(const Response &response)
{
    const auto *status = std::get_if<UntaggedStatus>(&response);
    if (!status || status->status != StatusKind::Bye)
        return false;
    m_byeSeen = true;
    return true;
}

void LogoutTask::abort(const TaskError &error)
{
    // After LOGOUT went out, the connection closing is what we asked for,
    // even when it closes (or its deflate stream ends) before the OK.
    const bool sent = session() && session()->logoutSent();
    if (error.kind == TaskErrorKind::ConnectionLost && (m_byeSeen || sent))
        succeed();
    else
        fail(error);
}

LoginTask::LoginTask(const QString &user, const QString &password, QObject *parent)
    : SingleCommandTask(Login { user, password }, parent)
{
}

void LoginTask::run()
{
    if (session()->hasCapability("LOGINDISABLED")) {
        fail(clientSideError(TaskErrorKind::LoginDisabled));
        return;
    }
    SingleCommandTask::run();
}

AuthenticateTask::AuthenticateTask(const QString &user, const QString &password, QObject *parent)
    : SingleCommandTask(Authenticate::plain(user, password), parent)
{
}

StartTlsTask::StartTlsTask(QObject *parent)
    : SingleCommandTask(StartTls {}, parent)
{
}

void StartTlsTask::run()
{
    if (!session()->hasCapability("STARTTLS")) {
        fail(clientSideError(TaskErrorKind::StartTlsUnavailable));
        return;
    }
    SingleCommandTask::run();
}

CompressTask::CompressTask(QObject *parent)
    : SingleCommandTask(Compress {}, parent)
{
}

void CompressTask::run()
{
    if (!session()->hasCapability("COMPRESS=DEFLATE")) {
        fail(clientSideError(TaskErrorKind::CapabilityMissing, "COMPRESS=DEFLATE"));
        return;
    }
    SingleCommandTask::run();
}

EnableTask::EnableTask(QList<QByteArray> extensions, QObject *parent)
    : SingleCommandTask(Enable { std::move(extensions) }, parent)
{
}

void EnableTask::run()
{
    if (!session()->hasCapability("ENABLE") && !session()->hasCapability("IMAP4REV2")) {
        fail(clientSideError(TaskErrorKind::CapabilityMissing, "ENABLE"));
        return;
    }
    SingleCommandTask::run();
}

bool EnableTask::offerUntagged(const Response &response)
{
    const auto *enabled = std::get_if<EnabledResponse>(&response);
    if (!enabled)
        return false;
    m_enabled += enabled->capabilities;
    return true;
}

IdTask::IdTask(QList<IdField> fields, QObject *parent)
    : SingleCommandTask(Id { std::move(fields) }, parent)
{
}

bool IdTask::offerUntagged(const Response &response)
{
    const auto *id = std::get_if<IdResponse>(&response);
    if (!id)
        return false;
    m_serverId = *id;
    return true;
}

NamespaceTask::NamespaceTask(QObject *parent)
    : SingleCommandTask(Namespace {}, parent)
{
}

bool NamespaceTask::offerUntagged(const Response &response)
{
    const auto *namespaces = std::get_if<NamespaceResponse>(&response);
    if (!namespaces)
        return false;
    m_namespaces = *namespaces;
    return true;
}

NotifyTask::NotifyTask(Notify command, QObject *parent)
    : SingleCommandTask(std::move(command), parent)
{
}

QList<QByteArray> NotifyTask::badEvents() const
{
    if (!resultCode() || resultCode()->kind != ResponseCode::Kind::BadEvent)
        return {};
    return resultCode()->list;
}

void NotifyTask::run()
{
    if (!session()->hasCapability("NOTIFY")) {
        fail(clientSideError(TaskErrorKind::CapabilityMissing, "NOTIFY"));
        return;
    }
    SingleCommandTask::run();
}

} // namespace quire::imap
