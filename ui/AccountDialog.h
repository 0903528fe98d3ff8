#pragma once

// Setting up or editing one account: server, port, security, user name,
// password (kept by the PasswordProvider, in the keyring when the user ticks
// "remember") or an OAuth2 sign-in (OAuthSignInPanel; the tokens go to the
// keychain), an optional extra CA, and a "Test connection" button that
// runs without blocking and can be cancelled.

#include "core/account/AccountConfig.h"
#include "ui/ConnectionTester.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;

namespace quire {
class PasswordProvider;
}

namespace quire::ui {

class CertificateDialog;
class OAuthSignInPanel;

class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    // account: the one to edit, or a default AccountConfig (empty id) for a
    // new one. On OK the account is written to settings (a new id is
    // chosen) and the password handed to passwords; either may be null in
    // tests that only look at the form.
    AccountDialog(
        const AccountConfig &account, QSettings *settings, PasswordProvider *passwords, QWidget *parent = nullptr);
    ~AccountDialog() override;

    // The account as the form describes it now (id as given or as saved).
    AccountConfig account() const;
    QString password() const;
    bool rememberPassword() const;

    static quint16 defaultPort(Security security);
    // A test result in words, for the status line.
    static QString describe(const ConnectionTestResult &result);

    // For tests: the widgets a user works with.
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *hostEdit() const { return m_host; }
    QComboBox *securityCombo() const { return m_security; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *methodCombo() const { return m_method; }
    OAuthSignInPanel *oauthPanel() const { return m_oauth; }
    QCheckBox *rememberCheck() const { return m_remember; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QCheckBox *plaintextConfirmCheck() const { return m_plaintextConfirm; }
    QLabel *plaintextWarning() const { return m_plaintextWarning; }
    QPushButton *okButton() const;
    QPushButton *testButton() const { return m_test; }
    QPushButton *cancelTestButton() const { return m_cancelTest; }
    QLabel *testStatus() const { return m_testStatus; }

    void accept() override;
    void reject() override;

Q_SIGNALS:
    // A connection test ended (not emitted when cancelled).
    void connectionTestFinished(const quire::ui::ConnectionTestResult &result);
    // The certificate dialog for a failed test is open (tests answer it).
    void certificateDialogOpened(quire::ui::CertificateDialog *dialog);

private:
    void buildForm();
    void loadAccount(const AccountConfig &account);
    void onSecurityChanged();
    void onPortEdited(int port);
    void updateState();
    void browseCaFile();
    void startTest(const QString &pinOverride = {});
    void cancelTest();
    void onTestFinished(const ConnectionTestResult &result);
    void askAboutCertificate(const ConnectionTestResult &result);
    void setTestRunning(bool running);
    Security selectedSecurity() const;
    void onMethodChanged();
    QString selectedProvider() const; // empty for "Password"
    void storeOAuthTokens(const QString &accountId);

    AccountConfig m_initial;
    QSettings *m_settings;
    PasswordProvider *m_passwords;
    QString m_pinnedSha256; // the pin as it will be saved (Trust always may change it)
    bool m_portTyped = false; // the user chose a port: keep it when security changes
    bool m_settingPort = false;
    ConnectionTester m_tester;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QComboBox *m_security = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_method = nullptr;
    OAuthSignInPanel *m_oauth = nullptr;
    QFormLayout *m_form = nullptr;
    QCheckBox *m_remember = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QFrame *m_plaintextBox = nullptr;
    QLabel *m_plaintextWarning = nullptr;
    QCheckBox *m_plaintextConfirm = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_cancelTest = nullptr;
    QLabel *m_testStatus = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace quire::ui
