#pragma once

// The OAuth2 part of the account dialog: the provider's client ID (and,
// for the custom provider, its endpoints and scope), a "Sign In" button
// that opens the provider's page in the browser and shows what is
// happening, a button to cancel, and failures in words. The tokens it gets
// are handed to the dialog, which keeps them in the keychain on OK.

#include "core/account/OAuthSignIn.h"

#include <QNetworkAccessManager>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QWidget;

namespace quire::ui {

class OAuthSignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OAuthSignInPanel(QWidget *parent = nullptr);
    ~OAuthSignInPanel() override;

    // "google", "microsoft" or "custom": which fields show.
    void setProvider(const QString &providerId);
    void load(const OAuthSettings &settings);
    OAuthSettings settings() const;
    // Pre-fills the provider's account chooser.
    void setLoginHint(const QString &user) { m_loginHint = user; }
    // How the authorization URL is opened; QDesktopServices by default.
    void setBrowserOpener(std::function<void(const QUrl &)> open) { m_openBrowser = std::move(open); }

    // Tokens from a sign-in in this dialog, if one succeeded.
    const std::optional<OAuthTokens> &tokens() const { return m_tokens; }
    bool isSigningIn() const { return m_signIn != nullptr; }
    void cancelSignIn();

    static QString describe(const OAuthError &error);
    static QString describe(OAuthProviderProblem problem);

    QPushButton *signInButton() const { return m_signInButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QLabel *status() const { return m_status; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *authorizationUrlEdit() const { return m_authorizationUrl; }
    QLineEdit *tokenUrlEdit() const { return m_tokenUrl; }
    QLineEdit *scopeEdit() const { return m_scope; }

Q_SIGNALS:
    void signInFinished(bool success);

private:
    void startSignIn();
    void onStage(OAuthSignIn::Stage stage);
    void onFinished(const OAuthTokenResult &result);
    void setRunning(bool running);

    QString m_providerId;
    QString m_loginHint;
    std::function<void(const QUrl &)> m_openBrowser;
    QNetworkAccessManager m_network;
    std::unique_ptr<OAuthSignIn> m_signIn;
    std::optional<OAuthTokens> m_tokens;

    QWidget *m_customFields = nullptr;
    QLineEdit *m_authorizationUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace quire::ui
