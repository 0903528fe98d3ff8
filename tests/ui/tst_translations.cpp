// The UI in Russian, run with LANG=ru_RU.UTF-8 (tests/ui/CMakeLists.txt): the
// system locale picks Russian by itself, and the main window, every dialog its
// menus open and the dialogs Quire shows on its own have no Latin-only text
// left, except the names that stay untranslated (UiTexts.cpp). Qt's own
// buttons count too: they come from qtbase_ru.qm.
//
// Then switching: a window built in English speaks German, then Russian, as
// soon as View > Language says so, and the pseudo-locale brackets every text.
#include "core/account/PasswordProvider.h"
#include "tests/ui/UiTexts.h"
#include "ui/AccountDialog.h"
#include "ui/AccountListDialog.h"
#include "ui/AccountSettings.h"
#include "ui/CertificateDialog.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/MessageListPane.h"
#include "ui/MessageViewPane.h"
#include "ui/PasswordPromptDialog.h"
#include "ui/PreferencesDialog.h"
#include "ui/ViewSettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace quire;
using namespace quire::ui;

namespace {

bool hasCyrillic(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Cyrillic; });
}

bool hasLatin(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Latin; });
}

bool hasLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// "where: text" for every text of the tree without the pseudo-locale's brackets,
// except Qt's own (the pseudo-locale has no qtbase translation).
QStringList unbracketedTexts(QWidget *root, const QStringList &qtTexts = {})
{
    QStringList found;
    for (const tests::UiText &seen : tests::collectUiTexts(root)) {
        if (qtTexts.contains(seen.text) || qtTexts.contains(QString(seen.text).remove(QLatin1Char('&'))))
            continue;
        if (!seen.text.contains(QStringLiteral("⟦")) && hasLetter(tests::withoutAllowedNames(seen.text)))
            found.append(seen.where + QStringLiteral(": ") + seen.text);
    }
    return found;
}

// The texts of Qt's standard dialog buttons (OK, Cancel, Close) in the tree.
QStringList standardButtonTexts(QWidget *root)
{
    QStringList texts;
    for (const QDialogButtonBox *box : root->findChildren<QDialogButtonBox *>()) {
        for (QAbstractButton *button : box->buttons()) {
            if (box->standardButton(button) != QDialogButtonBox::NoButton)
                texts << button->text() << QString(button->text()).remove(QLatin1Char('&'));
        }
    }
    return texts;
}

QAction *languageAction(QMainWindow &window, const QString &code)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->isCheckable() && action->data().toString() == code && action->actionGroup())
            return action;
    }
    return nullptr;
}

// "where: text" for every Latin-only text in the tree.
QStringList latinOnlyTexts(QWidget *root)
{
    QStringList found;
    for (const tests::UiText &seen : tests::collectUiTexts(root)) {
        const QString rest = tests::withoutAllowedNames(seen.text);
        if (hasLatin(rest) && !hasCyrillic(rest))
            found.append(seen.where + QStringLiteral(": ") + seen.text);
    }
    return found;
}

imap::TransportError certificateError(imap::TransportErrorKind kind)
{
    imap::PeerCertificate cert;
    cert.subject = QStringLiteral("CN=почта.пример.рф");
    cert.issuer = QStringLiteral("CN=Частный центр сертификации");
    cert.notBefore = QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC);
    cert.notAfter = QDateTime(QDate(2025, 1, 2), QTime(3, 4), Qt::UTC);
    cert.sha256Hex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    return { kind, QString(), cert };
}

AccountConfig exampleAccount()
{
    AccountConfig a;
    a.id = QStringLiteral("work");
    a.displayName = QStringLiteral("Работа");
    a.host = QStringLiteral("imap.example.com");
    a.userName = QStringLiteral("алиса");
    a.pinnedSha256 = QStringLiteral("ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100");
    return a;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void systemLocaleChoosesRussian();
    void mainWindowHasNoLatinOnlyText();
    void dialogsFromTheMenusHaveNoLatinOnlyText();
    void otherDialogsHaveNoLatinOnlyText_data();
    void otherDialogsHaveNoLatinOnlyText();
    void languageMenuSwitchesAtOnce();
    void pseudoLocaleBracketsEveryText();
    void messageViewShowsAgainInTheNewLanguage();
    void cleanup();

private:
    QTemporaryDir m_dir;
    Language m_language;
};

void TranslationsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QVERIFY2(QLocale::system().language() == QLocale::Russian, "run with LANG=ru_RU.UTF-8 (through ctest)");
    m_language.apply(QString());
}

void TranslationsTest::systemLocaleChoosesRussian()
{
    QCOMPARE(m_language.effective(), QStringLiteral("ru"));
    QCOMPARE(QLocale().language(), QLocale::Russian);
    // qtbase_ru.qm is loaded: Qt's own words are Russian too.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
}

void TranslationsTest::mainWindowHasNoLatinOnlyText()
{
    MainWindow window({});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.menuBar()->actions().isEmpty());
    const QStringList found = latinOnlyTexts(&window);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

// Every menu command that opens a window: the window is checked and closed
// while it is up (some run their own event loop, as QMessageBox::aboutQt).
void TranslationsTest::dialogsFromTheMenusHaveNoLatinOnlyText()
{
    MainWindow window({});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList found;
    QStringList opened;
    QTimer closer;
    closer.setInterval(20);
    connect(&closer, &QTimer::timeout, this, [&] {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top == &window || !top->isVisible() || qobject_cast<QMenu *>(top))
                continue;
            opened.append(top->windowTitle());
            found += latinOnlyTexts(top);
            top->close();
        }
    });
    closer.start();

    QList<QAction *> pending = window.menuBar()->actions();
    int triggered = 0;
    while (!pending.isEmpty()) {
        QAction *action = pending.takeFirst();
        if (QMenu *menu = action->menu()) {
            pending += menu->actions();
            continue;
        }
        // Quitting and toggles (Work Offline) open nothing.
        if (action->isSeparator() || action->isCheckable() || !action->isEnabled()
            || action->menuRole() == QAction::QuitRole)
            continue;
        action->trigger();
        ++triggered;
        QTest::qWait(60);
    }
    const auto othersClosed = [&window] {
        const QWidgetList tops = QApplication::topLevelWidgets();
        return std::none_of(tops.cbegin(), tops.cend(),
            [&window](QWidget *w) { return w != &window && w->isVisible() && !qobject_cast<QMenu *>(w); });
    };
    QTRY_VERIFY(othersClosed());
    QVERIFY(triggered > 0);
    QVERIFY2(!opened.isEmpty(), "no menu command opened a window");
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TranslationsTest::otherDialogsHaveNoLatinOnlyText_data()
{
    QTest::addColumn<QString>("which");
    for (const char *which :
        { "new account", "new unencrypted account", "edit account", "account list", "untrusted certificate",
            "changed certificate", "password", "password refused, no keyring", "preferences", "preferences, no tray" })
        QTest::newRow(which) << QString::fromLatin1(which);
}

void TranslationsTest::otherDialogsHaveNoLatinOnlyText()
{
    QFETCH(QString, which);
    QSettings settings(m_dir.filePath(QStringLiteral("quire.conf")), QSettings::IniFormat);
    std::unique_ptr<QDialog> dialog;
    if (which == QLatin1String("new account") || which == QLatin1String("new unencrypted account")) {
        auto *account = new AccountDialog(AccountConfig {}, &settings, nullptr);
        if (which.contains(QLatin1String("unencrypted"))) {
            auto *security = account->findChild<QComboBox *>();
            security->setCurrentIndex(security->findData(int(Security::Plaintext)));
        }
        dialog.reset(account);
    } else if (which == QLatin1String("edit account")) {
        dialog = std::make_unique<AccountDialog>(exampleAccount(), &settings, nullptr);
    } else if (which == QLatin1String("account list")) {
        AccountConfig plain = exampleAccount();
        plain.security = Security::Plaintext;
        saveAccount(settings, plain);
        dialog = std::make_unique<AccountListDialog>(settings, nullptr);
    } else if (which == QLatin1String("untrusted certificate")) {
        dialog = std::make_unique<CertificateDialog>(
            exampleAccount(), certificateError(imap::TransportErrorKind::CertificateUntrusted), nullptr);
    } else if (which == QLatin1String("changed certificate")) {
        dialog = std::make_unique<CertificateDialog>(
            exampleAccount(), certificateError(imap::TransportErrorKind::CertificatePinMismatch), nullptr);
    } else if (which.startsWith(QLatin1String("preferences"))) {
        // A sender on the list is data, not text of ours: a Cyrillic address.
        ViewSettings::allowRemoteContentFor(QStringLiteral("иван@пример.рф"));
        dialog = std::make_unique<PreferencesDialog>(!which.contains(QLatin1String("no tray")));
    } else {
        const bool refused = which.contains(QLatin1String("refused"));
        dialog = std::make_unique<PasswordPromptDialog>(PasswordPrompt { exampleAccount(), !refused, refused });
    }
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    const QStringList found = latinOnlyTexts(dialog.get());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TranslationsTest::languageMenuSwitchesAtOnce()
{
    m_language.apply(QStringLiteral("en"));
    MainWindow window({});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(window.messageListPane()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Subject"));

    QAction *german = languageAction(window, QStringLiteral("de"));
    QVERIFY(german);
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
    german->trigger();
    QCOMPARE(m_language.current(), QStringLiteral("de"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QTRY_COMPARE(file->title(), QStringLiteral("&Datei"));
    QCOMPARE(window.messageListPane()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Betreff"));
    QVERIFY(german->isChecked());
    // The choice is remembered for the next start.
    QCOMPARE(languageSetting(QSettings()), QStringLiteral("de"));

    languageAction(window, QStringLiteral("ru"))->trigger();
    QTRY_COMPARE(file->title(), QStringLiteral("&Файл"));
    QVERIFY(QTest::qWaitFor([&] { return latinOnlyTexts(&window).isEmpty(); }, 2000));

    // Back to the system's language (Russian here): the setting is gone.
    languageAction(window, QString())->trigger();
    QCOMPARE(m_language.effective(), QStringLiteral("ru"));
    QVERIFY(languageSetting(QSettings()).isEmpty());
}

// The pseudo-locale makes a text that escaped tr() or retranslateUi() stand
// out: it has no brackets. Qt's own buttons are not ours and stay as they are.
// The windows the menus open without blocking the main window (not modal, kept
// between openings, as Advanced Search) may be open while the language
// changes, so they switch too.
void TranslationsTest::pseudoLocaleBracketsEveryText()
{
    MainWindow window({});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QAction *> pending = window.menuBar()->actions();
    while (!pending.isEmpty()) {
        QAction *action = pending.takeFirst();
        if (QMenu *menu = action->menu())
            pending += menu->actions();
        else if (!action->isSeparator() && !action->isCheckable() && action->isEnabled()
            && action->menuRole() != QAction::QuitRole && action->menuRole() != QAction::AboutQtRole)
            action->trigger();
    }
    m_language.apply(QStringLiteral("pseudo"));
    QCOMPARE(m_language.effective(), QStringLiteral("pseudo"));
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QTRY_VERIFY(file->title().startsWith(QStringLiteral("⟦&Fîĺé")));
    // About 40% wider: "&File" has four letters.
    QVERIFY(file->title().size() >= QStringLiteral("&File").size() + 2);
    QStringList found = unbracketedTexts(&window);
    int nonModal = 0;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top == &window || !top->isVisible() || qobject_cast<QMenu *>(top))
            continue;
        // Modal dialogs, built anew each time (WA_DeleteOnClose), keep the language
        // they opened in: nobody can reach View › Language while they are up.
        if (top->windowModality() == Qt::NonModal && !top->testAttribute(Qt::WA_DeleteOnClose)) {
            ++nonModal;
            found += unbracketedTexts(top, standardButtonTexts(top));
        }
        top->close();
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    QVERIFY(nonModal > 0); // Edit › Advanced Search

    QSettings settings(m_dir.filePath(QStringLiteral("pseudo.conf")), QSettings::IniFormat);
    AccountDialog dialog(exampleAccount(), &settings, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    found = unbracketedTexts(&dialog, standardButtonTexts(&dialog));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TranslationsTest::messageViewShowsAgainInTheNewLanguage()
{
    m_language.apply(QStringLiteral("en"));
    MessageViewPane view;
    view.show();
    QSignalSpy shown(&view, &MessageViewPane::messageShown);
    view.showMessage("From: Alice <alice@example.org>\r\nSubject: Hello\r\n\r\nBody\r\n");
    QVERIFY(shown.wait());
    QVERIFY(view.displayedText().contains(QStringLiteral("Subject:")));
    m_language.apply(QStringLiteral("de"));
    QTRY_VERIFY(view.displayedText().contains(QStringLiteral("Betreff:")));
    QVERIFY(view.displayedText().contains(QStringLiteral("Von:")));

    view.showEmpty();
    QCOMPARE(view.displayedText(), QStringLiteral("Keine Nachricht ausgewählt"));
    m_language.apply(QStringLiteral("ru"));
    QTRY_COMPARE(view.displayedText(), QStringLiteral("Сообщение не выбрано"));
}

void TranslationsTest::cleanup()
{
    m_language.apply(QString());
    QSettings().remove(QStringLiteral("ui/language"));
}

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
