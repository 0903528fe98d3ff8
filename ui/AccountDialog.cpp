#include "ui/AccountDialog.h"

#include "core/account/OAuthTokens.h"
#include "core/account/PasswordProvider.h"
#include "ui/AccountSettings.h"
#include "ui/CertificateDialog.h"
#include "ui/OAuthSignInPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace quire::ui {

namespace {

QString transportErrorText(const imap::TransportError &error)
{
    using Kind = imap::TransportErrorKind;
    switch (error.kind) {
    case Kind::ConnectionRefused:
        return AccountDialog::tr("The server refused the connection. Check the server name and port.");
    case Kind::HostNotFound:
        return AccountDialog::tr("The server name was not found. Check its spelling.");
    case Kind::Timeout:
        return AccountDialog::tr("The server did not answer in time.");
    case Kind::TlsHandshakeFailed:
        return AccountDialog::tr("The secure connection could not be set up. The server may not offer this "
                                 "security mode on this port.");
    case Kind::CertificateUntrusted:
        return AccountDialog::tr("The server's certificate is not trusted.");
    case Kind::CertificatePinMismatch:
        return AccountDialog::tr("The server's certificate has changed since you trusted it.");
    case Kind::RemoteClosed:
        return AccountDialog::tr("The server closed the connection.");
    case Kind::NetworkError:
    case Kind::CompressionFailed:
    case Kind::InvalidState:
        break;
    }
    return AccountDialog::tr("The connection failed.");
}

} // namespace

quint16 AccountDialog::defaultPort(Security security)
{
    return security == Security::ImplicitTls ? 993 : 143;
}

QString AccountDialog::describe(const ConnectionTestResult &result)
{
    using Outcome = ConnectionTestResult::Outcome;
    switch (result.outcome) {
    case Outcome::Success:
        return result.encrypted ? tr("Success: the server answered over an encrypted connection.")
                                : tr("Success: the server answered, but the connection is NOT encrypted.");
    case Outcome::TransportFailed: {
        QString text = result.error ? transportErrorText(*result.error) : tr("The connection failed.");
        if (result.error && !result.error->systemMessage.isEmpty())
            text += QLatin1Char(' ') + tr("(%1)").arg(result.error->systemMessage);
        return text;
    }
    case Outcome::NotImap:
        return tr("Something answered, but it is not an IMAP server. Check the port.");
    case Outcome::ServerBye:
        return tr("The server refuses connections right now: %1").arg(QString::fromUtf8(result.greeting));
    case Outcome::StartTlsRefused:
        return tr("The server does not allow STARTTLS. Try TLS on port 993.");
    case Outcome::Timeout:
        return tr("The server accepted the connection but did not answer in time. Check the security mode.");
    }
    return {};
}

AccountDialog::AccountDialog(
    const AccountConfig &account, QSettings *settings, PasswordProvider *passwords, QWidget *parent)
    : QDialog(parent)
    , m_initial(account)
    , m_settings(settings)
    , m_passwords(passwords)
{
    setWindowTitle(account.id.isEmpty() ? tr("Add Account") : tr("Edit Account"));
    setAccessibleName(windowTitle());
    buildForm();
    loadAccount(account);
    connect(&m_tester, &ConnectionTester::finished, this, &AccountDialog::onTestFinished);
    updateState();
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::buildForm()
{
    m_name = new QLineEdit;
    m_name->setAccessibleName(tr("Account name"));
    m_name->setPlaceholderText(tr("e.g. Work"));
    m_host = new QLineEdit;
    m_host->setAccessibleName(tr("Server"));
    m_host->setPlaceholderText(tr("imap.example.com"));
    m_security = new QComboBox;
    m_security->setAccessibleName(tr("Security"));
    m_security->addItem(tr("TLS (recommended)"), int(Security::ImplicitTls));
    m_security->addItem(tr("STARTTLS"), int(Security::StartTls));
    m_security->addItem(tr("None (unencrypted)"), int(Security::Plaintext));
    m_port = new QSpinBox;
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_user = new QLineEdit;
    m_user->setAccessibleName(tr("User name"));
    m_method = new QComboBox;
    m_method->setAccessibleName(tr("Sign-in method"));
    m_method->addItem(tr("Password"), QString());
    m_method->addItem(tr("OAuth2 (Google)"), QStringLiteral("google"));
    m_method->addItem(tr("OAuth2 (Microsoft 365)"), QStringLiteral("microsoft"));
    m_method->addItem(tr("OAuth2 (custom provider)"), QStringLiteral("custom"));
    m_oauth = new OAuthSignInPanel;
    m_password = new QLineEdit;
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember password in the system keyring"));
    m_remember->setAccessibleName(tr("Remember password"));
    m_remember->setChecked(true);
    if (m_passwords && m_passwords->keyringKnownUnavailable()) {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_remember->setText(tr("No keyring is available: Quire will ask for the password once per session."));
    }
    m_caFile = new QLineEdit;
    m_caFile->setAccessibleName(tr("Extra CA certificate file"));
    m_caFile->setPlaceholderText(tr("Optional: a PEM file for a private certificate authority"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose CA certificate file"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);

    // The warning and its confirmation sit in one red-framed box that spans
    // the form, so that they read as one thing and cannot be overlooked.
    m_plaintextBox = new QFrame;
    m_plaintextBox->setObjectName(QStringLiteral("plaintextBox"));
    m_plaintextBox->setFrameShape(QFrame::StyledPanel);
    m_plaintextBox->setStyleSheet(
        QStringLiteral("QFrame#plaintextBox { border: 2px solid #b00000; border-radius: 4px; }"));
    m_plaintextWarning = new QLabel(
        tr("<b>Warning:</b> without encryption, your password and all your mail travel over the network in "
           "plain text, where anyone on the way can read them. Use this only for a server on your own "
           "computer or a network you fully control."));
    m_plaintextWarning->setWordWrap(true);
    m_plaintextWarning->setStyleSheet(QStringLiteral("QLabel { color: #b00000; }"));
    m_plaintextWarning->setAccessibleName(tr("Unencrypted connection warning"));
    m_plaintextConfirm = new QCheckBox(tr("I understand, connect &without encryption"));
    m_plaintextConfirm->setAccessibleName(tr("Confirm unencrypted connection"));
    auto *plaintextLayout = new QVBoxLayout(m_plaintextBox);
    plaintextLayout->addWidget(m_plaintextWarning);
    plaintextLayout->addWidget(m_plaintextConfirm);

    m_test = new QPushButton(tr("&Test Connection"));
    m_test->setAccessibleName(tr("Test connection"));
    m_cancelTest = new QPushButton(tr("Stop &Test"));
    m_cancelTest->setAccessibleName(tr("Stop connection test"));
    m_cancelTest->setVisible(false);
    m_testStatus = new QLabel;
    m_testStatus->setWordWrap(true);
    m_testStatus->setAccessibleName(tr("Connection test result"));
    m_testStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_cancelTest);
    testRow->addWidget(m_testStatus, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Account &name:"), m_name);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(m_plaintextBox);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Sign-in &method:"), m_method);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(m_oauth);
    auto *caLabel = new QLabel(tr("&CA certificate:"));
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_buttons);

    // The order a person fills the form in, top to bottom.
    const QList<QWidget *> order { m_name, m_host, m_security, m_port, m_plaintextConfirm, m_user, m_method, m_password,
        m_remember, m_oauth, m_caFile, m_browse, m_test, m_cancelTest, m_buttons };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_security, &QComboBox::currentIndexChanged, this, &AccountDialog::onSecurityChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &AccountDialog::onPortEdited);
    connect(m_browse, &QPushButton::clicked, this, &AccountDialog::browseCaFile);
    connect(m_test, &QPushButton::clicked, this, [this] { startTest(); });
    connect(m_cancelTest, &QPushButton::clicked, this, &AccountDialog::cancelTest);
    for (QLineEdit *edit : { m_host, m_user })
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateState);
    connect(m_plaintextConfirm, &QCheckBox::toggled, this, &AccountDialog::updateState);
    connect(m_method, &QComboBox::currentIndexChanged, this, &AccountDialog::onMethodChanged);
    connect(m_user, &QLineEdit::textChanged, m_oauth, &OAuthSignInPanel::setLoginHint);
    setMinimumWidth(520);
}

void AccountDialog::loadAccount(const AccountConfig &account)
{
    m_name->setText(account.displayName);
    m_host->setText(account.host);
    m_user->setText(account.userName);
    m_caFile->setText(account.caFile);
    m_pinnedSha256 = account.pinnedSha256;
    {
        const QSignalBlocker block(m_security);
        m_security->setCurrentIndex(m_security->findData(int(account.security)));
    }
    m_settingPort = true;
    m_port->setValue(account.port);
    m_settingPort = false;
    m_portTyped = account.port != defaultPort(account.security);
    // An account saved as unencrypted was confirmed when it was saved.
    m_plaintextConfirm->setChecked(!account.id.isEmpty() && account.security == Security::Plaintext);
    m_oauth->load(account.oauth);
    m_oauth->setLoginHint(account.userName);
    m_method->setCurrentIndex(
        account.authMethod == AuthMethod::OAuth2 ? std::max(0, m_method->findData(account.oauth.provider)) : 0);
    onMethodChanged();
    if (m_passwords && !account.id.isEmpty()) {
        m_passwords->storedPassword(account.id, this, [this](PasswordOutcome outcome) {
            if (outcome.password && m_password->text().isEmpty())
                m_password->setText(*outcome.password);
            if (outcome.source == PasswordSource::Session && outcome.password)
                m_remember->setChecked(false);
        });
    }
}

Security AccountDialog::selectedSecurity() const
{
    return static_cast<Security>(m_security->currentData().toInt());
}

void AccountDialog::onSecurityChanged()
{
    if (!m_portTyped) {
        m_settingPort = true;
        m_port->setValue(defaultPort(selectedSecurity()));
        m_settingPort = false;
    }
    m_plaintextConfirm->setChecked(false);
    updateState();
}

QString AccountDialog::selectedProvider() const
{
    return m_method->currentData().toString();
}

void AccountDialog::onMethodChanged()
{
    const QString provider = selectedProvider();
    const bool oauth = !provider.isEmpty();
    m_form->setRowVisible(m_password, !oauth);
    m_form->setRowVisible(m_remember, !oauth);
    m_form->setRowVisible(m_oauth, oauth);
    if (!oauth) {
        m_oauth->cancelSignIn();
        return;
    }
    m_oauth->setProvider(provider);
    // A preset knows its server: fill it in unless the user typed one.
    const auto server = oauthPresetServer(provider);
    if (server && m_host->text().trimmed().isEmpty()) {
        m_host->setText(server->host);
        m_security->setCurrentIndex(m_security->findData(int(Security::ImplicitTls)));
        m_settingPort = true;
        m_port->setValue(server->port);
        m_settingPort = false;
    }
}

void AccountDialog::onPortEdited(int port)
{
    if (m_settingPort)
        return;
    // Typing the default back counts as "not chosen": it keeps following.
    m_portTyped = port != defaultPort(selectedSecurity());
}

void AccountDialog::updateState()
{
    const bool plaintext = selectedSecurity() == Security::Plaintext;
    m_plaintextBox->setVisible(plaintext);
    const bool securityOk = !plaintext || m_plaintextConfirm->isChecked();
    const bool hostOk = !m_host->text().trimmed().isEmpty();
    okButton()->setEnabled(securityOk && hostOk && !m_user->text().trimmed().isEmpty());
    m_test->setEnabled(securityOk && hostOk && !m_tester.isRunning());
}

QPushButton *AccountDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void AccountDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a CA Certificate"), m_caFile->text(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

AccountConfig AccountDialog::account() const
{
    AccountConfig a = m_initial;
    a.displayName = m_name->text().trimmed();
    a.host = m_host->text().trimmed();
    a.port = static_cast<quint16>(m_port->value());
    a.security = selectedSecurity();
    a.userName = m_user->text().trimmed();
    a.caFile = m_caFile->text().trimmed();
    a.pinnedSha256 = m_pinnedSha256;
    a.authMethod = selectedProvider().isEmpty() ? AuthMethod::Password : AuthMethod::OAuth2;
    a.oauth = a.authMethod == AuthMethod::OAuth2 ? m_oauth->settings() : OAuthSettings {};
    // A pin belongs to one server; a new host must prove itself again.
    if (a.host.compare(m_initial.host, Qt::CaseInsensitive) != 0 && m_pinnedSha256 == m_initial.pinnedSha256)
        a.pinnedSha256.clear();
    if (a.displayName.isEmpty())
        a.displayName = a.userName + QLatin1Char('@') + a.host;
    return a;
}

QString AccountDialog::password() const
{
    return m_password->text();
}

bool AccountDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void AccountDialog::accept()
{
    if (!okButton()->isEnabled())
        return;
    cancelTest();
    AccountConfig a = account();
    if (m_settings) {
        if (a.id.isEmpty())
            a.id = newAccountId(*m_settings, a.userName, a.host);
        saveAccount(*m_settings, a);
        m_settings->sync();
    }
    m_initial.id = a.id;
    if (a.authMethod == AuthMethod::OAuth2)
        storeOAuthTokens(a.id);
    else if (m_passwords && !a.id.isEmpty() && !password().isEmpty())
        m_passwords->storePassword(a.id, password(), rememberPassword(), nullptr, {});
    QDialog::accept();
}

void AccountDialog::storeOAuthTokens(const QString &accountId)
{
    m_oauth->cancelSignIn();
    if (!m_passwords || accountId.isEmpty() || !m_oauth->tokens())
        return;
    OAuthTokenStore(m_passwords->secretStore())
        .write(accountId, *m_oauth->tokens(), nullptr, [](const CredentialResult &) {});
}

void AccountDialog::reject()
{
    cancelTest();
    m_oauth->cancelSignIn();
    QDialog::reject();
}

void AccountDialog::startTest(const QString &pinOverride)
{
    m_testStatus->setText(tr("Connecting to %1…").arg(m_host->text().trimmed()));
    setTestRunning(true);
    m_tester.start(account(), pinOverride);
}

void AccountDialog::cancelTest()
{
    if (!m_tester.isRunning())
        return;
    m_tester.cancel();
    m_testStatus->setText(tr("Test stopped."));
    setTestRunning(false);
}

void AccountDialog::setTestRunning(bool running)
{
    m_cancelTest->setVisible(running);
    m_test->setVisible(!running);
    if (running)
        m_cancelTest->setFocus();
    else
        m_test->setFocus();
    updateState();
}

void AccountDialog::onTestFinished(const ConnectionTestResult &result)
{
    setTestRunning(false);
    m_testStatus->setText(describe(result));
    Q_EMIT connectionTestFinished(result);
    if (result.error && result.error->certificate)
        askAboutCertificate(result);
}

void AccountDialog::askAboutCertificate(const ConnectionTestResult &result)
{
    AccountConfig current = account();
    // Not yet saved: "Trust always" lands in this form and is saved with OK.
    auto *dialog = new CertificateDialog(current, *result.error, nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        switch (dialog->decision()) {
        case CertificateDialog::Decision::TrustAlways:
            m_pinnedSha256 = dialog->pinnedFingerprint();
            startTest();
            break;
        case CertificateDialog::Decision::TrustOnce:
            startTest(dialog->pinnedFingerprint());
            break;
        case CertificateDialog::Decision::Cancel:
            break;
        }
    });
    dialog->open();
    Q_EMIT certificateDialogOpened(dialog);
}

} // namespace quire::ui
