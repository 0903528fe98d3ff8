// Search against the private Dovecot, through the main window: a message
// whose Cyrillic and Japanese words are only in its body is found by the
// quick filter bar (a server SEARCH with CHARSET UTF-8 completes the local
// filter), by the advanced search dialog over all folders, and offline by the
// cache's full-text index, with the status line saying which answered.
// Skips without QUIRE_DOVECOT_ENV (run through ctest).
#include "DovecotTestAccount.h"
#include "core/account/PasswordProvider.h"
#include "core/cache/Cache.h"
#include "core/model/MessageFilterModel.h"
#include "core/model/ModelRoles.h"
#include "core/sync/AccountEngine.h"
#include "ui/AccountSession.h"
#include "ui/AdvancedSearchDialog.h"
#include "ui/FolderPane.h"
#include "ui/MainWindow.h"
#include "ui/MessageListPane.h"
#include "ui/MessageViewPane.h"
#include "ui/SearchBar.h"
#include "ui/SearchCriterionRow.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace quire;
using namespace quire::ui;

namespace {

constexpr int kTimeoutMs = 30000;

const char kMessage[] = "From: Anna <anna@example.org>\r\n"
                        "To: alice@example.org\r\n"
                        "Subject: Quarterly minutes\r\n"
                        "Date: Tue, 10 Sep 2024 10:00:00 +0300\r\n"
                        "Message-ID: <search-test@example.org>\r\n"
                        "MIME-Version: 1.0\r\n"
                        "Content-Type: text/plain; charset=UTF-8\r\n"
                        "Content-Transfer-Encoding: 8bit\r\n"
                        "\r\n"
                        "Квартальный отчёт согласован: жмыхоцветный вариант.\r\n"
                        "会議の議事録を添付します。\r\n";

bool hasMailbox(const QAbstractItemModel *model, const QString &fullName, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(model::MailboxFullNameRole).toString() == fullName || hasMailbox(model, fullName, index))
            return true;
    }
    return false;
}

} // namespace

class SearchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsCyrillicAndJapaneseBodyText();

private:
    // Types into the quick filter bar and waits for the server or cache answer.
    bool quickSearch(MainWindow &window, const QString &text);

    AccountConfig m_account;
};

void SearchTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QuireTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_search"));
    if (qEnvironmentVariableIsEmpty("QUIRE_DOVECOT_ENV"))
        QSKIP("QUIRE_DOVECOT_ENV is not set: no test server (run through ctest)");
    const std::optional<AccountConfig> account = testing::dovecotTestAccount(QStringLiteral("search-test"));
    QVERIFY2(account, "the test server's env file is incomplete");
    m_account = *account;
}

bool SearchTest::quickSearch(MainWindow &window, const QString &text)
{
    QSignalSpy finished(window.searchBar(), &SearchBar::searchFinished);
    window.searchBar()->field()->setText(text);
    return finished.wait(kTimeoutMs);
}

void SearchTest::findsCyrillicAndJapaneseBodyText()
{
    PasswordProvider passwords(nullptr, [](const PasswordPrompt &, auto answer) { answer(std::nullopt); });
    MainWindow window({ m_account }, &passwords);
    window.resize(1100, 700);
    window.show();
    QVERIFY(!window.sessions().isEmpty());
    sync::AccountEngine *engine = window.sessions().first()->engine();
    QVERIFY(engine);
    QTRY_VERIFY_WITH_TIMEOUT(engine->connectionState() == sync::ConnectionState::Online, kTimeoutMs);

    // A folder of its own (with a Cyrillic name), holding one message.
    const QString folder = QStringLiteral("Поиск %1").arg(QDateTime::currentMSecsSinceEpoch());
    QTemporaryDir dir;
    const QString eml = dir.filePath(QStringLiteral("message.eml"));
    QFile file(eml);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(kMessage) > 0);
    file.close();
    engine->createMailbox(folder);
    engine->appendMessage(folder, eml);
    QTRY_VERIFY_WITH_TIMEOUT(engine->isQuiet(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(hasMailbox(window.folderPane()->model(), folder), kTimeoutMs);
    window.folderPane()->selectMailbox(engine, folder);
    MessageListPane *list = window.messageListPane();
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, kTimeoutMs);
    const quint32 uid = list->model()->index(0, 0).data(model::MessageUidRole).toUInt();
    QVERIFY(uid > 0);

    // The words are only in the body: the local filter alone finds nothing,
    // the server's SEARCH does.
    QVERIFY(quickSearch(window, QStringLiteral("жмыхоцвет")));
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY2(window.searchBar()->status()->text().contains(QStringLiteral("server")),
        qPrintable(window.searchBar()->status()->text()));
    QVERIFY(quickSearch(window, QStringLiteral("議事録")));
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(quickSearch(window, QStringLiteral("согласован nosuchwordanywhere")));
    QCOMPARE(list->model()->rowCount(), 0);
    // Instant: the subject matches before any server answer.
    window.searchBar()->field()->setText(QStringLiteral("quarterly"));
    QCOMPARE(list->model()->rowCount(), 1);
    window.searchBar()->field()->clear();

    // The advanced search, in every folder: BODY and NOT SUBJECT.
    AdvancedSearchDialog *dialog = window.showAdvancedSearch();
    dialog->setAllFolders(true);
    model::SearchQuery query;
    model::SearchCriterion body;
    body.field = model::SearchCriterion::Field::Body;
    body.text = QStringLiteral("жмыхоцветный"); // in no generated message
    model::SearchCriterion notSubject;
    notSubject.field = model::SearchCriterion::Field::Subject;
    notSubject.text = QStringLiteral("holiday");
    notSubject.negated = true;
    query.criteria = { body, notSubject };
    dialog->setQuery(query);
    QSignalSpy dialogDone(dialog, &AdvancedSearchDialog::searchFinished);
    dialog->search();
    QVERIFY(dialogDone.wait(kTimeoutMs * 2));
    QTreeWidget *results = dialog->results();
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->text(0), folder);
    QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("Quarterly minutes"));
    const QString shotDir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR");
    if (!shotDir.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(dialog->grab().save(QDir(shotDir).filePath(QStringLiteral("advanced-search.png"))));
    }
    dialog->close();

    // Reading the message puts its text into the full-text index ...
    MessageViewPane *view = window.messageViewPane();
    QSignalSpy shown(view, &MessageViewPane::messageShown);
    QVERIFY(list->selectUid(uid));
    QVERIFY(shown.wait(kTimeoutMs));
    // ... so offline the cache finds it, and says it was the cache.
    engine->goOffline();
    QTRY_COMPARE_WITH_TIMEOUT(engine->connectionState(), sync::ConnectionState::Offline, kTimeoutMs);
    QVERIFY(quickSearch(window, QStringLiteral("議事録")));
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY2(window.searchBar()->status()->text().contains(QStringLiteral("Offline")),
        qPrintable(window.searchBar()->status()->text()));
    QVERIFY(quickSearch(window, QStringLiteral("несуществующее")));
    QCOMPARE(list->model()->rowCount(), 0);
    if (!shotDir.isEmpty()) {
        QVERIFY(quickSearch(window, QStringLiteral("согласован")));
        QTest::qWait(200);
        QVERIFY(window.grab().save(QDir(shotDir).filePath(QStringLiteral("quick-search-offline.png"))));
    }

    // Leave the server as it was.
    window.searchBar()->field()->clear();
    engine->goOnline();
    QTRY_COMPARE_WITH_TIMEOUT(engine->connectionState(), sync::ConnectionState::Online, kTimeoutMs);
    engine->deleteMailbox(folder);
    QTRY_VERIFY_WITH_TIMEOUT(engine->isQuiet(), kTimeoutMs);
}

QTEST_MAIN(SearchTest)
#include "tst_search.moc"
