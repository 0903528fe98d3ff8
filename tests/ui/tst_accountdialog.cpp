// The account dialog and the account list, offscreen: port defaults that
// follow the security choice, the "no encryption" gate, and saving through
// QSettings (a temporary file) and the PasswordProvider.

#include "core/account/PasswordProvider.h"
#include "ui/AccountDialog.h"
#include "ui/AccountListDialog.h"
#include "ui/AccountSettings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;
using namespace quire::ui;

namespace {

void chooseSecurity(AccountDialog &dialog, Security security)
{
    QComboBox *combo = dialog.securityCombo();
    combo->setCurrentIndex(combo->findData(int(security)));
}

// Types into a spin box the way a user does: select all, type, leave.
void typePort(AccountDialog &dialog, int port)
{
    QSpinBox *spin = dialog.portSpin();
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(port));
    spin->interpretText();
}

} // namespace

class AccountDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void portFollowsSecurityUntilTyped();
    void typedPortIsKept();
    void editedAccountWithCustomPortKeepsIt();
    void noneNeedsWarningAndConfirmation();
    void okNeedsServerAndUser();
    void savingRoundTripsThroughSettings();
    void passwordGoesToProviderNotSettings();
    void hostChangeDropsOldPin();
    void widgetsHaveAccessibleNames();
    void listAddsEditsAndRemoves();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

void AccountDialogTest::init()
{
    qunsetenv(PasswordProvider::environmentVariable);
    m_settings.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("quire.conf")), QSettings::IniFormat);
}

void AccountDialogTest::portFollowsSecurityUntilTyped()
{
    AccountDialog dialog(AccountConfig {}, nullptr, nullptr);
    QCOMPARE(dialog.portSpin()->value(), 993);
    chooseSecurity(dialog, Security::StartTls);
    QCOMPARE(dialog.portSpin()->value(), 143);
    chooseSecurity(dialog, Security::Plaintext);
    QCOMPARE(dialog.portSpin()->value(), 143);
    chooseSecurity(dialog, Security::ImplicitTls);
    QCOMPARE(dialog.portSpin()->value(), 993);
}

void AccountDialogTest::typedPortIsKept()
{
    AccountDialog dialog(AccountConfig {}, nullptr, nullptr);
    dialog.show();
    typePort(dialog, 10993);
    QCOMPARE(dialog.portSpin()->value(), 10993);
    chooseSecurity(dialog, Security::StartTls);
    QCOMPARE(dialog.portSpin()->value(), 10993);
    // Typing the default back lets it follow again.
    typePort(dialog, 143);
    chooseSecurity(dialog, Security::ImplicitTls);
    QCOMPARE(dialog.portSpin()->value(), 993);
}

void AccountDialogTest::editedAccountWithCustomPortKeepsIt()
{
    AccountConfig account;
    account.id = QStringLiteral("x");
    account.host = QStringLiteral("h");
    account.port = 2993;
    AccountDialog dialog(account, nullptr, nullptr);
    chooseSecurity(dialog, Security::StartTls);
    QCOMPARE(dialog.portSpin()->value(), 2993);
}

void AccountDialogTest::noneNeedsWarningAndConfirmation()
{
    AccountDialog dialog(AccountConfig {}, nullptr, nullptr);
    dialog.show();
    dialog.hostEdit()->setText(QStringLiteral("localhost"));
    dialog.userEdit()->setText(QStringLiteral("alice"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!dialog.plaintextWarning()->isVisible());

    chooseSecurity(dialog, Security::Plaintext);
    QVERIFY(dialog.plaintextWarning()->isVisible());
    QVERIFY(dialog.plaintextWarning()->text().contains(QStringLiteral("plain text")));
    QVERIFY(dialog.plaintextConfirmCheck()->isVisible());
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.testButton()->isEnabled());

    dialog.plaintextConfirmCheck()->click();
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.testButton()->isEnabled());

    // Switching away and back asks again.
    chooseSecurity(dialog, Security::StartTls);
    QVERIFY(!dialog.plaintextWarning()->isVisible());
    chooseSecurity(dialog, Security::Plaintext);
    QVERIFY(!dialog.plaintextConfirmCheck()->isChecked());
    QVERIFY(!dialog.okButton()->isEnabled());
}

void AccountDialogTest::okNeedsServerAndUser()
{
    AccountDialog dialog(AccountConfig {}, nullptr, nullptr);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.hostEdit()->setText(QStringLiteral("imap.example.com"));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.userEdit()->setText(QStringLiteral("alice"));
    QVERIFY(dialog.okButton()->isEnabled());
}

void AccountDialogTest::savingRoundTripsThroughSettings()
{
    AccountDialog dialog(AccountConfig {}, m_settings.get(), nullptr);
    dialog.nameEdit()->setText(QStringLiteral("Work"));
    dialog.hostEdit()->setText(QStringLiteral("imap.example.com"));
    chooseSecurity(dialog, Security::StartTls);
    dialog.userEdit()->setText(QStringLiteral("Alice"));
    dialog.caFileEdit()->setText(QStringLiteral("/etc/ssl/private-ca.pem"));
    dialog.okButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // A fresh QSettings on the same file sees what the dialog wrote.
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    const QList<AccountConfig> accounts = loadAccounts(reread);
    QCOMPARE(accounts.size(), 1);
    const AccountConfig &a = accounts.first();
    QCOMPARE(a.id, dialog.account().id);
    QCOMPARE(a.id, QStringLiteral("alice_imap.example.com"));
    QCOMPARE(a.displayName, QStringLiteral("Work"));
    QCOMPARE(a.host, QStringLiteral("imap.example.com"));
    QCOMPARE(a.port, quint16(143));
    QCOMPARE(a.security, Security::StartTls);
    QCOMPARE(a.userName, QStringLiteral("Alice"));
    QCOMPARE(a.caFile, QStringLiteral("/etc/ssl/private-ca.pem"));

    // Editing keeps the id and changes the values in place.
    AccountDialog edit(a, m_settings.get(), nullptr);
    QCOMPARE(edit.portSpin()->value(), 143);
    edit.nameEdit()->setText(QStringLiteral("Work mail"));
    edit.okButton()->click();
    QSettings again(m_settings->fileName(), QSettings::IniFormat);
    const QList<AccountConfig> edited = loadAccounts(again);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().displayName, QStringLiteral("Work mail"));
    QCOMPARE(edited.first().id, a.id);
}

void AccountDialogTest::passwordGoesToProviderNotSettings()
{
    PasswordProvider passwords(nullptr, {}); // no keyring: session memory only
    AccountDialog dialog(AccountConfig {}, m_settings.get(), &passwords);
    dialog.hostEdit()->setText(QStringLiteral("h.example"));
    dialog.userEdit()->setText(QStringLiteral("bob"));
    dialog.passwordEdit()->setText(QStringLiteral("hunter2-secret"));
    dialog.okButton()->click();
    const QString id = dialog.account().id;
    QCOMPARE(passwords.sessionStore().password(id), QStringLiteral("hunter2-secret"));
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("hunter2-secret"));

    // Editing pre-fills the password from the provider.
    AccountDialog edit(dialog.account(), m_settings.get(), &passwords);
    QTRY_COMPARE(edit.passwordEdit()->text(), QStringLiteral("hunter2-secret"));
}

void AccountDialogTest::hostChangeDropsOldPin()
{
    AccountConfig account;
    account.id = QStringLiteral("p");
    account.host = QStringLiteral("old.example");
    account.userName = QStringLiteral("u");
    account.pinnedSha256 = QStringLiteral("ab12");
    AccountDialog dialog(account, nullptr, nullptr);
    QCOMPARE(dialog.account().pinnedSha256, QStringLiteral("ab12"));
    dialog.hostEdit()->setText(QStringLiteral("new.example"));
    QVERIFY(dialog.account().pinnedSha256.isEmpty());
}

void AccountDialogTest::widgetsHaveAccessibleNames()
{
    AccountDialog dialog(AccountConfig {}, nullptr, nullptr);
    const QList<QWidget *> widgets { dialog.nameEdit(), dialog.hostEdit(), dialog.securityCombo(), dialog.portSpin(),
        dialog.userEdit(), dialog.methodCombo(), dialog.passwordEdit(), dialog.rememberCheck(), dialog.caFileEdit(),
        dialog.plaintextConfirmCheck(), dialog.testButton(), dialog.cancelTestButton(), dialog.testStatus() };
    for (QWidget *w : widgets)
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    // Tab goes down the form in reading order.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.nameEdit()->setFocus();
    const QList<QWidget *> expected { dialog.hostEdit(), dialog.securityCombo(), dialog.portSpin(), dialog.userEdit(),
        dialog.methodCombo(), dialog.passwordEdit(), dialog.rememberCheck(), dialog.caFileEdit() };
    for (QWidget *next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }
}

void AccountDialogTest::listAddsEditsAndRemoves()
{
    AccountConfig first;
    first.id = QStringLiteral("one");
    first.displayName = QStringLiteral("One");
    first.host = QStringLiteral("one.example");
    first.userName = QStringLiteral("u1");
    saveAccount(*m_settings, first);
    AccountConfig second = first;
    second.id = QStringLiteral("two");
    second.displayName = QStringLiteral("Two");
    saveAccount(*m_settings, second);

    PasswordProvider passwords(nullptr, {});
    passwords.sessionStore().setPassword(QStringLiteral("two"), QStringLiteral("pw"));
    AccountListDialog list(*m_settings, &passwords);
    QCOMPARE(list.list()->count(), 2);

    // Add: the setup dialog opens as a child; fill it in and press OK.
    list.addButton()->click();
    auto *add = list.findChild<AccountDialog *>();
    QVERIFY(add);
    add->hostEdit()->setText(QStringLiteral("three.example"));
    add->userEdit()->setText(QStringLiteral("u3"));
    add->okButton()->click();
    QTRY_COMPARE(list.list()->count(), 3);
    QTRY_VERIFY(!list.findChild<AccountDialog *>());

    // Remove "Two" (confirmed): gone from settings and from the session.
    list.setRemoveConfirmation([](const AccountConfig &) { return true; });
    list.list()->setCurrentRow(int(list.accounts().indexOf(second)));
    list.removeButton()->click();
    QCOMPARE(list.list()->count(), 2);
    QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    for (const AccountConfig &a : loadAccounts(reread))
        QVERIFY(a.id != QStringLiteral("two"));
    QVERIFY(!passwords.sessionStore().password(QStringLiteral("two")));

    // Declined: nothing happens.
    list.setRemoveConfirmation([](const AccountConfig &) { return false; });
    list.removeButton()->click();
    QCOMPARE(list.list()->count(), 2);
}

QTEST_MAIN(AccountDialogTest)
#include "tst_accountdialog.moc"
