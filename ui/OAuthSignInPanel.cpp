#include "ui/OAuthSignInPanel.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace quire::ui {

OAuthSignInPanel::OAuthSignInPanel(QWidget *parent)
    : QWidget(parent)
    , m_openBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_authorizationUrl = new QLineEdit;
    m_authorizationUrl->setAccessibleName(tr("Authorization URL"));
    m_authorizationUrl->setPlaceholderText(tr("https://login.example.com/authorize"));
    m_tokenUrl = new QLineEdit;
    m_tokenUrl->setAccessibleName(tr("Token URL"));
    m_tokenUrl->setPlaceholderText(tr("https://login.example.com/token"));
    m_scope = new QLineEdit;
    m_scope->setAccessibleName(tr("Scope"));
    m_clientId = new QLineEdit;
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setPlaceholderText(tr("The ID of your app registration with the provider"));
    m_clientSecret = new QLineEdit;
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_clientSecret->setPlaceholderText(tr("Only if the provider gave one (Google does)"));

    m_customFields = new QWidget;
    auto *custom = new QFormLayout(m_customFields);
    custom->setContentsMargins(0, 0, 0, 0);
    custom->addRow(tr("&Authorization URL:"), m_authorizationUrl);
    custom->addRow(tr("To&ken URL:"), m_tokenUrl);
    custom->addRow(tr("Sc&ope:"), m_scope);
    auto *client = new QFormLayout;
    client->setContentsMargins(0, 0, 0, 0);
    client->addRow(tr("Client I&D:"), m_clientId);
    client->addRow(tr("Client sec&ret:"), m_clientSecret);

    m_signInButton = new QPushButton(tr("Sign &In with the Provider…"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_cancelButton = new QPushButton(tr("Cancel Si&gn-In"));
    m_cancelButton->setAccessibleName(tr("Cancel sign-in"));
    m_cancelButton->setVisible(false);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0); // "busy": the provider does not say how far it is
    m_busy->setMaximumWidth(80);
    m_busy->setTextVisible(false);
    m_busy->setVisible(false);
    m_status = new QLabel(tr("Not signed in yet."));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Sign-in status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_signInButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_busy);
    row->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_customFields);
    layout->addLayout(client);
    layout->addLayout(row);

    connect(m_signInButton, &QPushButton::clicked, this, &OAuthSignInPanel::startSignIn);
    connect(m_cancelButton, &QPushButton::clicked, this, &OAuthSignInPanel::cancelSignIn);
    setProvider(QStringLiteral("google"));
}

OAuthSignInPanel::~OAuthSignInPanel()
{
    if (m_signIn)
        m_signIn->disconnect(this);
}

void OAuthSignInPanel::setProvider(const QString &providerId)
{
    if (providerId == m_providerId)
        return;
    cancelSignIn();
    m_providerId = providerId;
    m_customFields->setVisible(providerId == QLatin1String("custom"));
    const QString builtIn = builtInOAuthClientId(providerId);
    m_clientId->setPlaceholderText(builtIn.isEmpty() ? tr("The ID of your app registration with the provider")
                                                     : tr("Leave empty to use Quire's registration"));
    m_tokens.reset();
    m_status->setText(tr("Not signed in yet."));
}

void OAuthSignInPanel::load(const OAuthSettings &settings)
{
    setProvider(settings.provider.isEmpty() ? QStringLiteral("google") : settings.provider);
    m_authorizationUrl->setText(settings.authorizationUrl);
    m_tokenUrl->setText(settings.tokenUrl);
    m_scope->setText(settings.scope);
    m_clientId->setText(settings.clientId);
    m_clientSecret->setText(settings.clientSecret);
}

OAuthSettings OAuthSignInPanel::settings() const
{
    OAuthSettings settings;
    settings.provider = m_providerId;
    settings.clientId = m_clientId->text().trimmed();
    settings.clientSecret = m_clientSecret->text().trimmed();
    if (m_providerId == QLatin1String("custom")) {
        settings.authorizationUrl = m_authorizationUrl->text().trimmed();
        settings.tokenUrl = m_tokenUrl->text().trimmed();
        settings.scope = m_scope->text().trimmed();
    }
    return settings;
}

QString OAuthSignInPanel::describe(OAuthProviderProblem problem)
{
    switch (problem) {
    case OAuthProviderProblem::UnknownProvider:
        return tr("Choose a provider first.");
    case OAuthProviderProblem::MissingClientId:
        return tr("This provider needs a client ID: register Quire with it and enter the ID here. "
                  "docs/OAUTH2.md explains how.");
    case OAuthProviderProblem::InvalidAuthorizationUrl:
        return tr("The authorization URL must be an https:// address.");
    case OAuthProviderProblem::InvalidTokenUrl:
        return tr("The token URL must be an https:// address.");
    }
    return {};
}

QString OAuthSignInPanel::describe(const OAuthError &error)
{
    switch (error.kind) {
    case OAuthErrorKind::Cancelled:
        return tr("Sign-in cancelled.");
    case OAuthErrorKind::LoopbackUnavailable:
        return tr("Quire could not open a local port to receive the answer from your browser.");
    case OAuthErrorKind::AuthorizationDenied:
        if (error.code == QLatin1String("access_denied"))
            return tr("The provider did not give Quire access to this account (%1).")
                .arg(error.description.isEmpty() ? error.code : error.description);
        return tr("The provider refused the sign-in: %1")
            .arg(error.description.isEmpty() ? error.code : error.description);
    case OAuthErrorKind::InvalidGrant:
        return tr("The provider no longer accepts Quire's sign-in for this account. Please sign in again.");
    case OAuthErrorKind::TokenEndpoint:
        return tr("The provider refused to issue a token: %1. Check the client ID and secret.")
            .arg(error.description.isEmpty() ? error.code : error.description);
    case OAuthErrorKind::Network:
        return tr("The provider could not be reached: %1").arg(error.description);
    case OAuthErrorKind::InvalidResponse:
        return tr("The provider's answer could not be understood.");
    case OAuthErrorKind::Keyring:
        return tr("The system keyring could not be used: %1").arg(error.description);
    }
    return {};
}

void OAuthSignInPanel::startSignIn()
{
    const OAuthProviderResult resolved = resolveOAuthProvider(settings());
    if (!resolved.provider) {
        m_status->setText(describe(*resolved.problem));
        return;
    }
    m_tokens.reset();
    m_signIn = std::make_unique<OAuthSignIn>(*resolved.provider, m_loginHint, &m_network);
    m_signIn->setCallbackPage(tr("<html><body><h2>Quire is signed in.</h2><p>You can close this window and "
                                 "return to Quire.</p></body></html>"));
    connect(m_signIn.get(), &OAuthSignIn::openBrowser, this, [this](const QUrl &url) { m_openBrowser(url); });
    connect(m_signIn.get(), &OAuthSignIn::stageChanged, this, &OAuthSignInPanel::onStage);
    connect(m_signIn.get(), &OAuthSignIn::finished, this, &OAuthSignInPanel::onFinished);
    setRunning(true);
    m_status->setText(tr("Opening the provider's sign-in page in your browser…"));
    m_signIn->start();
}

void OAuthSignInPanel::onStage(OAuthSignIn::Stage stage)
{
    if (stage == OAuthSignIn::Stage::WaitingForBrowser)
        m_status->setText(tr("Waiting for you to sign in and allow access in your browser…"));
    else if (stage == OAuthSignIn::Stage::ExchangingCode)
        m_status->setText(tr("Access granted; getting the tokens…"));
}

void OAuthSignInPanel::onFinished(const OAuthTokenResult &result)
{
    // Not deleted here: we are inside its signal.
    m_signIn.release()->deleteLater();
    setRunning(false);
    if (result.tokens) {
        m_tokens = result.tokens;
        m_status->setText(tr("Signed in. Quire keeps the tokens in the system keyring when you press OK."));
    } else {
        m_status->setText(describe(*result.error));
    }
    Q_EMIT signInFinished(result.tokens.has_value());
}

void OAuthSignInPanel::cancelSignIn()
{
    if (m_signIn)
        m_signIn->cancel(); // finishes, and onFinished says so
}

void OAuthSignInPanel::setRunning(bool running)
{
    m_signInButton->setVisible(!running);
    m_cancelButton->setVisible(running);
    m_busy->setVisible(running);
    if (running)
        m_cancelButton->setFocus();
}

} // namespace quire::ui
