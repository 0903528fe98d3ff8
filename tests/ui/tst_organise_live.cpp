// Flags, delete, move and offline changes through the main window, against
// the private Dovecot (user bob, in folders of this test's own): star a
// message and the server has \Flagged; Delete puts it in Trash and Undo
// brings it back; Undo of a copy removes the copy; Save As writes the
// server's exact bytes; a drop on a folder moves it (a copy drop copies); a flag
// changed while working offline reaches the server after going online.
// Skips without QUIRE_DOVECOT_ENV (run through ctest).
#include "core/account/PasswordProvider.h"
#include "core/cache/Cache.h"
#include "core/imap/session/Session.h"
#include "core/imap/tasks/ConnectTask.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "core/imap/transport/SslSocketTransport.h"
#include "core/model/MessageListModel.h"
#include "core/model/ModelRoles.h"
#include "core/sync/AccountEngine.h"
#include "tests/support/ServerEnvFile.h"
#include "ui/FolderPane.h"
#include "ui/MainWindow.h"
#include "ui/MessageActions.h"
#include "ui/MessageListPane.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace quire;
using namespace quire::ui;

namespace {

constexpr int kTimeoutMs = 20000;

QModelIndex findMailbox(const QAbstractItemModel *model, const QString &fullName, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(model::MailboxFullNameRole).toString() == fullName)
            return index;
        if (const QModelIndex found = findMailbox(model, fullName, index); found.isValid())
            return found;
    }
    return {};
}

} // namespace

class OrganiseLiveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void starringStoresFlaggedOnTheServer();
    void deleteMovesToTrashAndUndoBringsItBack();
    void undoCopyRemovesOnlyTheCopies();
    void saveAsWritesExactlyTheServersBytes();
    void droppingOnAFolderMovesOrCopies();
    void offlineFlagChangeLandsAfterGoingOnline();

private:
    std::unique_ptr<imap::Transport> transport() const;
    bool run(imap::Task &task);
    QList<quint32> serverSearch(const QString &mailbox, const QByteArray &messageId);
    QStringList serverFlags(const QString &mailbox, const QByteArray &messageId);
    QByteArray serverSource(const QString &mailbox, const QByteArray &messageId);
    void openFolder(const QString &name, int rows = 4);
    int rowOf(const QByteArray &messageId) const;
    void selectRow(int row);

    QHash<QString, QString> m_env;
    imap::FixedCredentialProvider m_bob { { QStringLiteral("bob"), QStringLiteral("bobpw") } };
    std::unique_ptr<imap::Session> m_other; // the independent client that checks the server
    AccountConfig m_account;
    QString m_source;
    QString m_target;
    QList<QByteArray> m_ids;
    std::unique_ptr<PasswordProvider> m_passwords;
    std::unique_ptr<MainWindow> m_window;
};

std::unique_ptr<imap::Transport> OrganiseLiveTest::transport() const
{
    imap::SslSocketSettings settings;
    settings.host = m_env.value(QStringLiteral("IMAP_HOST"));
    settings.port = quint16(m_env.value(QStringLiteral("IMAPS_PORT")).toUInt());
    settings.extraCaFile = m_env.value(QStringLiteral("IMAP_CA_CERT"));
    return std::make_unique<imap::SslSocketTransport>(settings);
}

bool OrganiseLiveTest::run(imap::Task &task)
{
    m_other->start(&task);
    if (!QTest::qWaitFor([&] { return task.isFinished(); }, kTimeoutMs))
        return false;
    return task.outcome() == imap::Task::Outcome::Succeeded;
}

QList<quint32> OrganiseLiveTest::serverSearch(const QString &mailbox, const QByteArray &messageId)
{
    imap::SelectTask select(imap::Select { mailbox, true });
    if (!run(select))
        return {};
    imap::SearchTask search({ imap::SearchKey::header(QStringLiteral("Message-ID"), QString::fromUtf8(messageId)) });
    return run(search) ? search.uids() : QList<quint32>();
}

QStringList OrganiseLiveTest::serverFlags(const QString &mailbox, const QByteArray &messageId)
{
    const QList<quint32> uids = serverSearch(mailbox, messageId);
    if (uids.size() != 1)
        return {};
    imap::FetchTask fetch(imap::Fetch { imap::UidSet::single(uids.front()),
        { imap::FetchItem::uid(), imap::FetchItem::flags() }, std::nullopt, false });
    if (!run(fetch) || fetch.messages().isEmpty())
        return {};
    QStringList flags;
    for (const QByteArray &flag : fetch.messages().first().flags.value_or(QList<QByteArray>()))
        flags.append(QString::fromUtf8(flag));
    return flags;
}

// BODY.PEEK[] of the message, as the independent client reads it.
QByteArray OrganiseLiveTest::serverSource(const QString &mailbox, const QByteArray &messageId)
{
    const QList<quint32> uids = serverSearch(mailbox, messageId);
    if (uids.size() != 1)
        return {};
    imap::FetchTask fetch(imap::Fetch { imap::UidSet::single(uids.front()),
        { imap::FetchItem::uid(), imap::FetchItem::bodySection(imap::BodySection {}, true) }, std::nullopt, false });
    if (!run(fetch) || fetch.messages().isEmpty() || fetch.messages().first().sections.isEmpty())
        return {};
    return fetch.messages().first().sections.first().data.bytes;
}

void OrganiseLiveTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = qEnvironmentVariable("QUIRE_DOVECOT_ENV");
    if (path.isEmpty())
        QSKIP("QUIRE_DOVECOT_ENV is not set: no test server (run through ctest)");
    m_env = readServerEnvFile(path);
    QVERIFY(!m_env.isEmpty());
    imap::SessionConfig config;
    config.keepAliveInterval = std::chrono::milliseconds(0);
    m_other = std::make_unique<imap::Session>(transport(), config);
    imap::ConnectTask login(imap::ConnectOptions {}, &m_bob);
    QVERIFY(run(login));

    m_account.id = QStringLiteral("organise-test");
    m_account.displayName = QStringLiteral("Test (bob)");
    m_account.host = m_env.value(QStringLiteral("IMAP_HOST"));
    m_account.port = m_env.value(QStringLiteral("IMAPS_PORT")).toUShort();
    m_account.security = Security::ImplicitTls;
    m_account.userName = QStringLiteral("bob");
    m_account.caFile = m_env.value(QStringLiteral("IMAP_CA_CERT"));
    qputenv(PasswordProvider::environmentVariable, "bobpw");
}

// Each test: two fresh folders, four messages in the first, a cold cache.
void OrganiseLiveTest::init()
{
    const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(10);
    m_source = QStringLiteral("quire-ui-%1").arg(tag);
    m_target = QStringLiteral("quire-ui-%1-to").arg(tag);
    for (const QString &name : { m_source, m_target }) {
        imap::CreateTask create(name);
        QVERIFY(run(create));
    }
    m_ids.clear();
    for (int n = 0; n < 4; ++n) {
        const QByteArray id = "<" + QUuid::createUuid().toByteArray(QUuid::Id128) + "@quire.test>";
        m_ids.append(id);
        const QByteArray message = "From: Alice <alice@example.org>\r\nTo: bob@example.org\r\nSubject: organise "
            + QByteArray::number(n) + "\r\nMessage-ID: " + id + "\r\n\r\nbody " + QByteArray::number(n) + "\r\n";
        imap::AppendTask append(imap::Append { m_source, {}, std::nullopt, message });
        QVERIFY(run(append));
    }
    QDir(cache::defaultCacheDirectory(m_account.id)).removeRecursively();
    m_passwords = std::make_unique<PasswordProvider>(
        nullptr, [](const PasswordPrompt &, auto answer) { answer(std::nullopt); });
    m_window = std::make_unique<MainWindow>(QList<AccountConfig> { m_account }, m_passwords.get());
    m_window->resize(1100, 700);
    m_window->show();
    openFolder(m_source);
}

void OrganiseLiveTest::cleanup()
{
    m_window.reset();
    m_passwords.reset();
}

void OrganiseLiveTest::openFolder(const QString &name, int rows)
{
    FolderPane *folders = m_window->folderPane();
    QTRY_VERIFY_WITH_TIMEOUT(findMailbox(folders->model(), name).isValid(), kTimeoutMs);
    folders->setCurrentIndex(findMailbox(folders->model(), name));
    MessageListPane *list = m_window->messageListPane();
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), rows, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->index(0, 0).data(model::MessageHasEnvelopeRole).toBool(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(list->messages()->engine()->mailboxAccess(name).known, kTimeoutMs);
}

int OrganiseLiveTest::rowOf(const QByteArray &messageId) const
{
    const QAbstractItemModel *model = m_window->messageListPane()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(model::MessageSubjectRole).toString()
            == QStringLiteral("organise %1").arg(m_ids.indexOf(messageId)))
            return row;
    }
    return -1;
}

void OrganiseLiveTest::selectRow(int row)
{
    MessageListPane *list = m_window->messageListPane();
    list->setFocus();
    list->setCurrentIndex(list->model()->index(row, model::MessageListModel::SubjectColumn));
}

void OrganiseLiveTest::starringStoresFlaggedOnTheServer()
{
    MessageListPane *list = m_window->messageListPane();
    const int row = rowOf(m_ids[0]);
    QVERIFY(row >= 0);
    const QModelIndex star = list->model()->index(row, model::MessageListModel::FlaggedColumn);
    QVERIFY(!star.data(model::MessageFlaggedRole).toBool());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(star).center());
    QVERIFY(star.data(model::MessageFlaggedRole).toBool()); // at once, before the server answers
    QTRY_VERIFY_WITH_TIMEOUT(serverFlags(m_source, m_ids[0]).contains(QStringLiteral("\\Flagged")), kTimeoutMs);

    // The keyboard does the same: S stars the selected message.
    selectRow(rowOf(m_ids[1]));
    QTest::keyClick(list, Qt::Key_S);
    QTRY_VERIFY_WITH_TIMEOUT(serverFlags(m_source, m_ids[1]).contains(QStringLiteral("\\Flagged")), kTimeoutMs);
    // And Undo takes it back.
    QTest::keySequence(list, QKeySequence::Undo);
    QTRY_VERIFY_WITH_TIMEOUT(!serverFlags(m_source, m_ids[1]).contains(QStringLiteral("\\Flagged")), kTimeoutMs);
}

void OrganiseLiveTest::deleteMovesToTrashAndUndoBringsItBack()
{
    MessageListPane *list = m_window->messageListPane();
    auto *actions = m_window->findChild<MessageActions *>();
    QVERIFY(actions);
    QCOMPARE(MessageActions::trashOf(list->messages()->engine()), QStringLiteral("Trash"));
    selectRow(rowOf(m_ids[2]));
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 3, kTimeoutMs); // gone from the list at once
    QTRY_COMPARE_WITH_TIMEOUT(serverSearch(QStringLiteral("Trash"), m_ids[2]).size(), 1, kTimeoutMs);
    QVERIFY(serverSearch(m_source, m_ids[2]).isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(actions->undo()->isEnabled(), kTimeoutMs); // once the server named the new UID
    actions->undo()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(serverSearch(m_source, m_ids[2]).size(), 1, kTimeoutMs);
    QVERIFY(serverSearch(QStringLiteral("Trash"), m_ids[2]).isEmpty());
}

// Dovecot has UIDPLUS: COPYUID names the copies, and Undo removes exactly
// those (UID STORE \Deleted, UID EXPUNGE), not the originals.
void OrganiseLiveTest::undoCopyRemovesOnlyTheCopies()
{
    auto *actions = m_window->findChild<MessageActions *>();
    QVERIFY(actions);
    selectRow(rowOf(m_ids[1]));
    actions->copySelectionTo(m_target);
    QTRY_COMPARE_WITH_TIMEOUT(serverSearch(m_target, m_ids[1]).size(), 1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(actions->undo()->isEnabled(), kTimeoutMs); // once COPYUID named the copy
    QVERIFY(actions->undo()->text().contains(QStringLiteral("Copy")));
    actions->undo()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(serverSearch(m_target, m_ids[1]).isEmpty(), kTimeoutMs);
    QCOMPARE(serverSearch(m_source, m_ids[1]).size(), 1);
    QVERIFY(!serverFlags(m_source, m_ids[1]).contains(QStringLiteral("\\Deleted")));
    QCOMPARE(m_window->messageListPane()->model()->rowCount(), 4);
}

// File › Save As: one message to a file, several into a folder; each file
// holds exactly what BODY.PEEK[] returns, and the message stays unread.
void OrganiseLiveTest::saveAsWritesExactlyTheServersBytes()
{
    auto *actions = m_window->findChild<MessageActions *>();
    QVERIFY(actions);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSignalSpy saved(actions, &MessageActions::saved);
    QSignalSpy failed(actions, &MessageActions::saveFailed);

    selectRow(rowOf(m_ids[2]));
    const QString one = dir.filePath(QStringLiteral("one.eml"));
    actions->saveSelectionTo(one);
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, kTimeoutMs);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(saved.takeFirst().first().toString(), one);
    const QByteArray expected = serverSource(m_source, m_ids[2]);
    QVERIFY(expected.contains("Message-ID: " + m_ids[2]));
    QFile file(one);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected);
    QVERIFY(!serverFlags(m_source, m_ids[2]).contains(QStringLiteral("\\Seen")));

    MessageListPane *list = m_window->messageListPane();
    const QString folder = dir.filePath(QStringLiteral("several"));
    QVERIFY(QDir().mkpath(folder));
    list->clearSelection();
    for (const QByteArray &id : { m_ids[0], m_ids[3] })
        list->selectionModel()->select(
            list->model()->index(rowOf(id), 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    actions->saveSelectionTo(folder);
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() == 2 || !failed.isEmpty(), kTimeoutMs);
    QCOMPARE(failed.size(), 0);
    QHash<QByteArray, QByteArray> written; // Message-ID -> file bytes
    for (const QList<QVariant> &signal : std::as_const(saved)) {
        QFile each(signal.first().toString());
        QVERIFY(each.open(QIODevice::ReadOnly));
        QCOMPARE(QFileInfo(each).absolutePath(), QFileInfo(folder).absoluteFilePath());
        const QByteArray bytes = each.readAll();
        for (const QByteArray &id : { m_ids[0], m_ids[3] })
            if (bytes.contains("Message-ID: " + id))
                written.insert(id, bytes);
    }
    QCOMPARE(written.size(), 2);
    QCOMPARE(written.value(m_ids[0]), serverSource(m_source, m_ids[0]));
    QCOMPARE(written.value(m_ids[3]), serverSource(m_source, m_ids[3]));
}

void OrganiseLiveTest::droppingOnAFolderMovesOrCopies()
{
    MessageListPane *list = m_window->messageListPane();
    FolderPane *folders = m_window->folderPane();
    const auto dropOnTarget = [&](const QByteArray &messageId, Qt::DropAction action) {
        const QModelIndex row = list->model()->index(rowOf(messageId), 0);
        std::unique_ptr<QMimeData> data(list->model()->mimeData({ row }));
        QVERIFY(data);
        const QModelIndex target = findMailbox(folders->model(), m_target);
        QVERIFY(target.isValid());
        folders->scrollTo(target);
        const QPoint at = folders->visualRect(target).center();
        // What a real drag delivers: the actions the list offers, the one Qt
        // proposes for the keys held (Ctrl: copy), and the keys themselves.
        // (The offscreen platform's QDrag::exec returns at once, so the
        // drag's own event loop cannot carry them.) The drop is not accepted
        // by design: the engine takes moved rows out of the list itself.
        const Qt::DropActions offered = list->model()->supportedDragActions();
        QCOMPARE(offered, Qt::CopyAction | Qt::MoveAction);
        const Qt::KeyboardModifiers keys = action == Qt::CopyAction ? Qt::ControlModifier : Qt::NoModifier;
        QDragEnterEvent enter(at, offered, data.get(), Qt::LeftButton, keys);
        enter.setDropAction(action);
        QCoreApplication::sendEvent(folders->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, offered, data.get(), Qt::LeftButton, keys);
        move.setDropAction(action);
        QCoreApplication::sendEvent(folders->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, offered, data.get(), Qt::LeftButton, keys);
        drop.setDropAction(action);
        QCoreApplication::sendEvent(folders->viewport(), &drop);
    };

    dropOnTarget(m_ids[0], Qt::MoveAction);
    QTRY_COMPARE_WITH_TIMEOUT(serverSearch(m_target, m_ids[0]).size(), 1, kTimeoutMs);
    QVERIFY(serverSearch(m_source, m_ids[0]).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 3, kTimeoutMs);

    dropOnTarget(m_ids[1], Qt::CopyAction); // what Qt proposes while Ctrl is held
    QTRY_COMPARE_WITH_TIMEOUT(serverSearch(m_target, m_ids[1]).size(), 1, kTimeoutMs);
    QCOMPARE(serverSearch(m_source, m_ids[1]).size(), 1);
    QCOMPARE(list->model()->rowCount(), 3); // the copy leaves the list as it was
    // Both ended up where the drops put them, as the target folder shows them.
    openFolder(m_target, 2);
    QVERIFY(rowOf(m_ids[0]) >= 0);
    QVERIFY(rowOf(m_ids[1]) >= 0);
}

void OrganiseLiveTest::offlineFlagChangeLandsAfterGoingOnline()
{
    MessageListPane *list = m_window->messageListPane();
    auto *engine = qobject_cast<sync::AccountEngine *>(list->messages()->engine());
    QVERIFY(engine);
    QAction *workOffline = m_window->findChild<QAction *>(QStringLiteral("workOffline"));
    QVERIFY(workOffline);
    workOffline->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(engine->connectionState(), sync::ConnectionState::Offline, kTimeoutMs);

    const int row = rowOf(m_ids[3]);
    selectRow(row);
    QTest::keyClick(list, Qt::Key_S);
    QVERIFY(list->model()->index(row, 0).data(model::MessageFlaggedRole).toBool()); // shown at once, offline
    QTest::qWait(300);
    QVERIFY(!serverFlags(m_source, m_ids[3]).contains(QStringLiteral("\\Flagged"))); // not sent while offline

    workOffline->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(serverFlags(m_source, m_ids[3]).contains(QStringLiteral("\\Flagged")), kTimeoutMs);
}

QTEST_MAIN(OrganiseLiveTest)
#include "tst_organise_live.moc"
