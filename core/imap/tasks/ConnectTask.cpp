#include "core/imap/tasks/ConnectTask.h"

#include "core/Version.h"
#include "core/imap/session/Session.h"
#include "core/imap/tasks/ConnectionTasks.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnect, "quire.imap.connect")

namespace quire::imap {

QList<IdField> defaultClientId()
{
    return { { QStringLiteral("name"), QStringLiteral("Quire") }, { QStringLiteral("version"), versionString() } };
}

ConnectTask::ConnectTask(ConnectOptions options, CredentialProvider *credentials, QObject *parent)
    : Task(parent)
    , m_options(std::move(options))
    , m_credentials(credentials)
{
}

void ConnectTask::run()
{
    connect(session(), &Session::greetingReceived, this, [this] { next(); });
    if (session()->state() == ConnectionState::Disconnected)
        session()->open();
    else
        next();
}

void ConnectTask::commandCompleted(CommandId, const TaggedStatus &)
{
    // Every command belongs to a step task.
}

void ConnectTask::runStep(Task *step, Step kind)
{
    step->setParent(this);
    m_waitingForStep = true;
    connect(step, &Task::finished, this, [this, step, kind] {
        m_waitingForStep = false;
        step->deleteLater();
        const bool refused = step->outcome() == Outcome::Failed
            && (step->error()->kind == TaskErrorKind::No || step->error()->kind == TaskErrorKind::Bad);
        if (refused && kind == Step::Optional) {
            qCInfo(lcConnect) << "the server refused" << step->metaObject()->className()
                              << "; going on without it:" << step->error()->serverText;
            next();
        } else if (step->outcome() == Outcome::Failed && retryAfterRejectedToken(step))
            next();
        else if (step->outcome() == Outcome::Failed)
            fail(*step->error());
        else if (step->outcome() == Outcome::Cancelled)
            cancel();
        else
            next();
    });
    session()->start(step);
}

void ConnectTask::next()
{
    if (isFinished() || m_waitingForStep)
        return;
    Session &session = *this->session();
    const ConnectionState state = session.state();
    if (state != ConnectionState::NotAuthenticated && state != ConnectionState::Authenticated
        && state != ConnectionState::Selected)
        return; // not greeted yet
    if (!session.capabilitiesKnown()) {
        runStep(new CapabilityTask);
        return;
    }
    if (m_options.startTls && !m_startTlsDone && !session.transport()->isEncrypted()) {
        m_startTlsDone = true;
        if (state != ConnectionState::NotAuthenticated) {
            // PREAUTH on a clear connection: we cannot upgrade any more.
            fail({ TaskErrorKind::StartTlsUnavailable, "PREAUTH", std::nullopt, std::nullopt });
            return;
        }
        runStep(new StartTlsTask);
        return;
    }
    if (state == ConnectionState::NotAuthenticated) {
        if (m_credentialsRequested)
            return;
        m_credentialsRequested = true;
        if (!m_credentials) {
            fail({ TaskErrorKind::CredentialsUnavailable, {}, std::nullopt, std::nullopt });
            return;
        }
        QPointer<ConnectTask> self(this);
        m_credentials->requestCredentials([self](std::optional<Credentials> credentials) {
            if (!self || self->isFinished())
                return;
            if (!credentials) {
                self->fail({ TaskErrorKind::CredentialsUnavailable, {}, std::nullopt, std::nullopt });
                return;
            }
            self->authenticate(*credentials);
        });
        return;
    }
    if (!m_enableDone) {
        m_enableDone = true;
        QList<QByteArray> wanted;
        for (const QByteArray &extension :
            { QByteArray("CONDSTORE"), QByteArray("QRESYNC"), QByteArray("UTF8=ACCEPT") }) {
            if (session.hasCapability(extension))
                wanted.append(extension);
        }
        if (m_options.enableExtensions && session.hasCapability("ENABLE") && !wanted.isEmpty()) {
            runStep(new EnableTask(wanted), Step::Optional);
            return;
        }
    }
    if (!m_idDone) {
        m_idDone = true;
        if (m_options.sendId && session.hasCapability("ID")) {
            runStep(new IdTask(m_options.clientId), Step::Optional);
            return;
        }
    }
    if (!m_compressDone) {
        m_compressDone = true;
        if (m_options.compress && session.hasCapability("COMPRESS=DEFLATE")) {
            runStep(new CompressTask, Step::Optional);
            return;
        }
    }
    succeed();
}

bool ConnectTask::retryAfterRejectedToken(const Task *step)
{
    if (step->error()->kind != TaskErrorKind::OAuthTokenRejected)
        return false;
    if (const auto *oauth = qobject_cast<const OAuthAuthenticateTask *>(step))
        m_oauthFailure = oauth->failure();
    // The provider learns every refusal: the first makes it refresh, a
    // refusal of a fresh token makes it ask the user to sign in again.
    if (m_credentials)
        m_credentials->credentialsRejected();
    if (m_tokenRetried)
        return false;
    m_tokenRetried = true;
    m_credentialsRequested = false;
    return true;
}

void ConnectTask::authenticate(const Credentials &credentials)
{
    const Session &session = *this->session();
    using Authentication = ConnectOptions::Authentication;
    const Authentication method = m_options.authentication;
    if (method == Authentication::OAuth2 || method == Authentication::OAuthBearer
        || method == Authentication::XOAuth2) {
        const bool bearer = method == Authentication::OAuthBearer
            || (method == Authentication::OAuth2 && session.capabilities().hasAuthMechanism("OAUTHBEARER"));
        runStep(new OAuthAuthenticateTask(bearer ? OAuthMechanism::OAuthBearer : OAuthMechanism::XOAuth2,
            credentials.user, credentials.password, m_options.oauthHost, m_options.oauthPort));
        return;
    }
    const bool plain = m_options.authentication == ConnectOptions::Authentication::Plain
        || (m_options.authentication == ConnectOptions::Authentication::Automatic
            && session.capabilities().hasAuthMechanism("PLAIN"));
    if (plain)
        runStep(new AuthenticateTask(credentials.user, credentials.password));
    else
        runStep(new LoginTask(credentials.user, credentials.password));
}

} // namespace quire::imap
