#include "core/account/PasswordProvider.h"

#include <QPointer>
#include <QTimer>

namespace quire {

namespace {

std::function<void(PasswordOutcome)> guarded(QObject *context, std::function<void(PasswordOutcome)> done)
{
    if (!context)
        return done;
    return [guard = QPointer<QObject>(context), done = std::move(done)](PasswordOutcome outcome) {
        if (guard && done)
            done(std::move(outcome));
    };
}

std::optional<QString> environmentPassword()
{
    // Empty counts as unset: "QUIRE_PASSWORD= quire" must not log in with "".
    const QString value = qEnvironmentVariable(PasswordProvider::environmentVariable);
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

} // namespace

PasswordProvider::PasswordProvider(CredentialStore *keyring, PasswordAsker ask)
    : m_keyring(keyring)
    , m_ask(std::move(ask))
{
}

void PasswordProvider::storedPassword(
    const QString &accountId, QObject *context, std::function<void(PasswordOutcome)> done)
{
    done = guarded(context, std::move(done));
    const bool refused = m_failedLogins.contains(accountId);
    if (const auto fromEnvironment = environmentPassword(); fromEnvironment && !refused) {
        QTimer::singleShot(0, [done, password = *fromEnvironment] {
            done({ password, PasswordSource::Environment, std::nullopt });
        });
        return;
    }
    auto fromSession = [this, accountId, done](std::optional<CredentialError> keyringError) {
        PasswordOutcome outcome { m_session.password(accountId), PasswordSource::Session, keyringError };
        QTimer::singleShot(0, [done, outcome] { done(outcome); });
    };
    // A refused keyring password would only be refused again; the session
    // copy is already gone (loginFailed), so this asks the user.
    if (!m_keyring || m_keyringUnavailable || refused) {
        fromSession(std::nullopt);
        return;
    }
    m_keyring->readPassword(accountId, context, [this, done, fromSession](const CredentialResult &result) {
        if (result.ok()) {
            done({ result.password, PasswordSource::Keyring, std::nullopt });
            return;
        }
        if (result.is(CredentialErrorKind::NoKeyring))
            m_keyringUnavailable = true;
        fromSession(result.is(CredentialErrorKind::NotFound) ? std::nullopt : result.error);
    });
}

void PasswordProvider::passwordFor(
    const AccountConfig &account, QObject *context, std::function<void(PasswordOutcome)> done)
{
    done = guarded(context, std::move(done));
    storedPassword(account.id, context, [this, account, context, done](PasswordOutcome outcome) {
        if (outcome.password) {
            done(std::move(outcome));
            return;
        }
        ask(account, outcome.keyringError, context, done);
    });
}

void PasswordProvider::ask(const AccountConfig &account, std::optional<CredentialError> keyringError, QObject *context,
    std::function<void(PasswordOutcome)> done)
{
    if (!m_ask) {
        done({ std::nullopt, PasswordSource::User, keyringError });
        return;
    }
    PasswordPrompt prompt { account, m_keyring && !m_keyringUnavailable, m_failedLogins.contains(account.id) };
    m_ask(prompt, [this, accountId = account.id, context, keyringError, done](std::optional<PasswordAnswer> answer) {
        if (!answer) {
            done({ std::nullopt, PasswordSource::User, keyringError });
            return;
        }
        storePassword(accountId, answer->password, answer->remember, context, {});
        done({ answer->password, PasswordSource::User, keyringError });
    });
}

void PasswordProvider::storePassword(
    const QString &accountId, const QString &password, bool remember, QObject *context, CredentialCallback done)
{
    m_session.setPassword(accountId, password);
    m_failedLogins.remove(accountId);
    done = guardedCallback(context, std::move(done));
    if (!m_keyring || m_keyringUnavailable) {
        // Nothing to write to; the session copy is all there is. Reported as
        // NoKeyring only when the user wanted it kept.
        CredentialResult result;
        if (remember)
            result.error = CredentialError { CredentialErrorKind::NoKeyring, QString() };
        QTimer::singleShot(0, [done, result] {
            if (done)
                done(result);
        });
        return;
    }
    auto report = [this, done](const CredentialResult &result) {
        if (result.is(CredentialErrorKind::NoKeyring))
            m_keyringUnavailable = true;
        if (done)
            done(result);
    };
    if (remember)
        m_keyring->writePassword(accountId, password, nullptr, report);
    else
        m_keyring->deletePassword(accountId, nullptr, report);
}

void PasswordProvider::loginFailed(const QString &accountId)
{
    m_session.forget(accountId);
    m_failedLogins.insert(accountId);
}

void PasswordProvider::forgetAccount(const QString &accountId, QObject *context, CredentialCallback done)
{
    m_session.forget(accountId);
    m_failedLogins.remove(accountId);
    // The account's OAuth2 tokens go with it (OAuthTokenStore's key).
    const QString tokensKey = accountId + QLatin1String("/oauth2");
    m_session.forget(tokensKey);
    if (m_keyring && !m_keyringUnavailable)
        m_keyring->deletePassword(tokensKey, nullptr, [](const CredentialResult &) {});
    done = guardedCallback(context, std::move(done));
    if (!m_keyring || m_keyringUnavailable) {
        QTimer::singleShot(0, [done] {
            if (done)
                done({});
        });
        return;
    }
    m_keyring->deletePassword(accountId, nullptr, [done](const CredentialResult &result) {
        if (done)
            done(result);
    });
}

} // namespace quire
