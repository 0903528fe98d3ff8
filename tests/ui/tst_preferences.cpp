// Edit › Preferences…: the dialog loads and saves each setting, and what it
// saves takes effect at once: the language of the main window, plain text in
// the message view, the check interval and cache limit in the engine.

#include "core/cache/Cache.h"
#include "core/sync/AccountEngine.h"
#include "ui/AccountSession.h"
#include "ui/AppSettings.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/MessageViewPane.h"
#include "ui/PreferencesDialog.h"
#include "ui/ViewActions.h"
#include "ui/ViewSettings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace quire;
using namespace quire::ui;
using std::chrono::minutes;

namespace {

template<typename T> T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

void press(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    dialog->findChild<QDialogButtonBox *>()->button(which)->click();
}

// An account that is never reached: the port is closed on 127.0.0.1.
AccountConfig unreachableAccount()
{
    AccountConfig account;
    account.id = QStringLiteral("prefs");
    account.displayName = QStringLiteral("Prefs");
    account.host = QStringLiteral("127.0.0.1");
    account.port = 1;
    account.userName = QStringLiteral("alice");
    return account;
}

} // namespace

class PreferencesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void loadsEachSetting();
    void savesEachSetting();
    void cancelSavesNothing();
    void forgetsSenders();
    void languageRetranslatesTheMainWindow();
    void plainTextReachesTheMessageView();
    void cacheLimitAndIntervalReachTheEngine();
    void menuOpensItWithoutBlocking();

private:
    Language m_language;
};

void PreferencesTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QuireTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
}

void PreferencesTest::init()
{
    QSettings().clear();
    m_language.apply(QStringLiteral("en"));
}

void PreferencesTest::loadsEachSetting()
{
    ViewSettings::setPreferPlainText(true);
    ViewSettings::setRemoteContentPolicy(ViewSettings::RemoteContentPolicy::Block);
    ViewSettings::allowRemoteContentFor(QStringLiteral("Ivan@example.org"));
    AppSettings::setCacheSizeLimitMiB(300);
    AppSettings::setCheckInterval(minutes(7));
    AppSettings::setNotificationsEnabled(false);
    m_language.apply(QStringLiteral("de"));

    PreferencesDialog dialog(true);
    QCOMPARE(child<QComboBox>(&dialog, "format")->currentData().toBool(), true);
    QCOMPARE(child<QComboBox>(&dialog, "remoteContentPolicy")->currentData().toInt(),
        int(ViewSettings::RemoteContentPolicy::Block));
    auto *senders = child<QListWidget>(&dialog, "remoteContentSenders");
    QCOMPARE(senders->count(), 1);
    QCOMPARE(senders->item(0)->text(), QStringLiteral("ivan@example.org"));
    QCOMPARE(child<QSpinBox>(&dialog, "cacheSizeLimit")->value(), 300);
    QCOMPARE(child<QSpinBox>(&dialog, "checkInterval")->value(), 7);
    QVERIFY(!child<QCheckBox>(&dialog, "notifications")->isChecked());
    QCOMPARE(child<QComboBox>(&dialog, "language")->currentData().toString(), QStringLiteral("de"));
    // Shown in the language it loaded in.
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
}

void PreferencesTest::savesEachSetting()
{
    PreferencesDialog dialog(true);
    // The defaults: HTML, ask with a bar, 1 GiB, every minute, notifications on, no language chosen.
    QCOMPARE(child<QComboBox>(&dialog, "format")->currentData().toBool(), false);
    QCOMPARE(child<QComboBox>(&dialog, "remoteContentPolicy")->currentData().toInt(),
        int(ViewSettings::RemoteContentPolicy::Ask));
    QCOMPARE(child<QSpinBox>(&dialog, "cacheSizeLimit")->value(), 1024);
    QCOMPARE(child<QSpinBox>(&dialog, "checkInterval")->value(), 1);
    QVERIFY(child<QCheckBox>(&dialog, "notifications")->isChecked());

    auto *format = child<QComboBox>(&dialog, "format");
    format->setCurrentIndex(format->findData(true));
    auto *remote = child<QComboBox>(&dialog, "remoteContentPolicy");
    remote->setCurrentIndex(remote->findData(int(ViewSettings::RemoteContentPolicy::Always)));
    child<QSpinBox>(&dialog, "cacheSizeLimit")->setValue(0);
    child<QSpinBox>(&dialog, "checkInterval")->setValue(15);
    child<QCheckBox>(&dialog, "notifications")->setChecked(false);
    QSignalSpy applied(&dialog, &PreferencesDialog::applied);
    press(&dialog, QDialogButtonBox::Apply);
    QCOMPARE(applied.size(), 1);

    QVERIFY(ViewSettings::preferPlainText());
    QCOMPARE(ViewSettings::remoteContentPolicy(), ViewSettings::RemoteContentPolicy::Always);
    QVERIFY(ViewSettings::isRemoteContentAllowedFor(QStringLiteral("anyone@example.org")));
    QCOMPARE(AppSettings::cacheSizeLimitMiB(), 0);
    QCOMPARE(AppSettings::cacheSizeLimitBytes(), 0);
    QCOMPARE(AppSettings::checkInterval(), minutes(15));
    QVERIFY(!AppSettings::notificationsEnabled());

    // Block: not even a listed sender's remote content loads by itself.
    ViewSettings::allowRemoteContentFor(QStringLiteral("ivan@example.org"));
    remote->setCurrentIndex(remote->findData(int(ViewSettings::RemoteContentPolicy::Block)));
    press(&dialog, QDialogButtonBox::Ok);
    QCOMPARE(ViewSettings::remoteContentPolicy(), ViewSettings::RemoteContentPolicy::Block);
    QVERIFY(!ViewSettings::isRemoteContentAllowedFor(QStringLiteral("ivan@example.org")));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void PreferencesTest::cancelSavesNothing()
{
    PreferencesDialog dialog(true);
    child<QSpinBox>(&dialog, "checkInterval")->setValue(30);
    auto *language = child<QComboBox>(&dialog, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));
    press(&dialog, QDialogButtonBox::Cancel);
    QCOMPARE(AppSettings::checkInterval(), minutes(1));
    QCOMPARE(m_language.current(), QStringLiteral("en"));
    QVERIFY(!QSettings().contains(QStringLiteral("mail/checkIntervalMinutes")));
}

void PreferencesTest::forgetsSenders()
{
    for (const char *sender : { "a@example.org", "b@example.org", "c@example.org" })
        ViewSettings::allowRemoteContentFor(QString::fromLatin1(sender));
    PreferencesDialog dialog(true);
    auto *senders = child<QListWidget>(&dialog, "remoteContentSenders");
    auto *forget = child<QPushButton>(&dialog, "forgetSender");
    QVERIFY(!forget->isEnabled()); // nothing selected yet
    senders->item(1)->setSelected(true);
    QVERIFY(forget->isEnabled());
    forget->click();
    press(&dialog, QDialogButtonBox::Apply);
    QCOMPARE(ViewSettings::remoteContentSenders(), QStringList({ "a@example.org", "c@example.org" }));
    QVERIFY(!ViewSettings::isRemoteContentAllowedFor(QStringLiteral("b@example.org")));

    child<QPushButton>(&dialog, "forgetAllSenders")->click();
    QVERIFY(!child<QPushButton>(&dialog, "forgetAllSenders")->isEnabled());
    press(&dialog, QDialogButtonBox::Apply);
    QVERIFY(ViewSettings::remoteContentSenders().isEmpty());
}

void PreferencesTest::languageRetranslatesTheMainWindow()
{
    MainWindow window({});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QCOMPARE(file->title(), QStringLiteral("&File"));

    PreferencesDialog *dialog = window.showPreferences();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->windowModality(), Qt::WindowModal); // open(), not exec(): nothing blocks
    auto *language = child<QComboBox>(dialog, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));
    press(dialog, QDialogButtonBox::Apply);
    QCOMPARE(m_language.current(), QStringLiteral("ru"));
    QCOMPARE(languageSetting(QSettings()), QStringLiteral("ru"));
    QTRY_COMPARE(file->title(), QStringLiteral("&Файл"));
    // The dialog itself switched, and View › Language shows the same choice.
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Настройки"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("ru"));
    bool checkedRussian = false;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->actionGroup() && action->isCheckable() && action->data().toString() == QLatin1String("ru"))
            checkedRussian = action->isChecked();
    }
    QVERIFY(checkedRussian);
    press(dialog, QDialogButtonBox::Cancel);

    // And the other way: a choice in the menu shows in a dialog opened later.
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->actionGroup() && action->isCheckable() && action->data().toString() == QLatin1String("de"))
            action->trigger();
    }
    dialog = window.showPreferences();
    QCOMPARE(child<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("de"));
    dialog->close();
}

void PreferencesTest::plainTextReachesTheMessageView()
{
    MainWindow window({});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MessageViewPane *view = window.messageViewPane();
    QVERIFY(!view->prefersPlainText());
    QSignalSpy shown(view, &MessageViewPane::messageShown);
    view->showMessage("From: Alice <alice@example.org>\r\nSubject: Both\r\nMIME-Version: 1.0\r\n"
                      "Content-Type: multipart/alternative; boundary=b\r\n\r\n"
                      "--b\r\nContent-Type: text/plain\r\n\r\nthe plain version\r\n"
                      "--b\r\nContent-Type: text/html\r\n\r\n<p>the <b>HTML</b> version</p>\r\n--b--\r\n");
    QVERIFY(shown.wait());
    QVERIFY(view->displayedText().contains(QStringLiteral("the HTML version")));

    PreferencesDialog *dialog = window.showPreferences();
    auto *format = child<QComboBox>(dialog, "format");
    format->setCurrentIndex(format->findData(true));
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(view->prefersPlainText());
    QVERIFY(window.viewActions()->plainTextAction()->isChecked());
    QTRY_VERIFY(view->displayedText().contains(QStringLiteral("the plain version")));
    QVERIFY(!view->displayedText().contains(QStringLiteral("the HTML version")));
    // A view made later (next start) starts in plain text too.
    QVERIFY(MessageViewPane().prefersPlainText());
}

void PreferencesTest::cacheLimitAndIntervalReachTheEngine()
{
    AppSettings::setCacheSizeLimitMiB(64);
    AppSettings::setCheckInterval(minutes(5));
    {
        // A new session's engine is built with the settings.
        AccountSession session(unreachableAccount(), nullptr);
        QVERIFY(session.engine());
        QCOMPARE(session.engine()->cache()->sizeLimit(), qint64(64) * 1024 * 1024);
        QCOMPARE(session.engine()->options().statusInterval, minutes(5));
        QCOMPARE(session.engine()->options().pollInterval, minutes(5));
    }

    // A running engine takes new values from the dialog at once.
    MainWindow window({ unreachableAccount() });
    QCOMPARE(window.sessions().size(), 1);
    sync::AccountEngine *engine = window.sessions().constFirst()->engine();
    QVERIFY(engine);
    PreferencesDialog *dialog = window.showPreferences();
    child<QSpinBox>(dialog, "cacheSizeLimit")->setValue(10);
    child<QSpinBox>(dialog, "checkInterval")->setValue(2);
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(engine->cache()->sizeLimit(), qint64(10) * 1024 * 1024);
    QCOMPARE(engine->options().statusInterval, minutes(2));
    QCOMPARE(engine->options().pollInterval, minutes(2));
}

void PreferencesTest::menuOpensItWithoutBlocking()
{
    MainWindow window({});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *preferences = window.findChild<QAction *>(QStringLiteral("preferences"));
    QVERIFY(preferences);
    QCOMPARE(preferences->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->trigger(); // returns: the dialog is window-modal, not exec()'d
    auto *dialog = window.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->close();
    QTRY_VERIFY(!window.findChild<PreferencesDialog *>()); // deleted on close
}

QTEST_MAIN(PreferencesTest)
#include "tst_preferences.moc"
