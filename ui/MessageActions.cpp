#include "ui/MessageActions.h"

#include "core/cache/Cache.h"
#include "core/mime/Attachments.h"
#include "core/model/MessageListModel.h"
#include "core/model/ModelRoles.h"
#include "core/sync/AccountEngine.h"
#include "ui/FolderIcons.h"
#include "ui/FolderPickerDialog.h"
#include "ui/MessageBodyLoader.h"
#include "ui/MessageListPane.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QToolBar>

namespace quire::ui {

namespace {

const QString kSeen = QStringLiteral("\\Seen");
const QString kFlagged = QStringLiteral("\\Flagged");
const QString kDeleted = QStringLiteral("\\Deleted");
const QString kJunk = QStringLiteral("$Junk");
const QString kNotJunk = QStringLiteral("$NotJunk");

bool hasFlag(const QModelIndex &row, const QString &flag)
{
    return row.data(model::MessageFlagsRole).toStringList().contains(flag, Qt::CaseInsensitive);
}

} // namespace

MessageActions::MessageActions(MessageListPane *list, QWidget *window)
    : QObject(window)
    , m_list(list)
    , m_window(window)
{
    m_markRead = makeAction(QStringLiteral("mail-mark-read"), Qt::Key_R, &MessageActions::onMarkRead);
    m_markUnread = makeAction(QStringLiteral("mail-mark-unread"), Qt::Key_U, &MessageActions::onMarkUnread);
    m_toggleStar = makeAction(QStringLiteral("mail-flagged"), Qt::Key_S, &MessageActions::onToggleStar);
    m_markJunk = makeAction(QStringLiteral("mail-mark-junk"), Qt::Key_J, &MessageActions::onMarkJunk);
    m_markNotJunk = makeAction(
        QStringLiteral("mail-mark-notjunk"), QKeySequence(Qt::SHIFT | Qt::Key_J), &MessageActions::onMarkNotJunk);
    m_delete = makeAction(QStringLiteral("edit-delete"), QKeySequence::Delete, &MessageActions::onDelete);
    m_expunge = makeAction(
        QStringLiteral("edit-clear"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MessageActions::onExpunge);
    m_undo = makeAction(QStringLiteral("edit-undo"), QKeySequence::Undo, &MessageActions::onUndo);
    m_moveTo = makeAction(
        QStringLiteral("mail-move"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &MessageActions::onMoveTo);
    m_copyTo = makeAction(
        QStringLiteral("edit-copy"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MessageActions::onCopyTo);
    m_saveAs = makeAction(QStringLiteral("document-save-as"), QKeySequence::Save, &MessageActions::onSaveAs);

    m_contextMenu = new QMenu(list);
    m_contextMenu->addActions({ m_markRead, m_markUnread, m_toggleStar, m_markJunk, m_markNotJunk });
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({ m_moveTo, m_copyTo, m_saveAs });
    m_contextMenu->addSeparator();
    m_contextMenu->addAction(m_delete);
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(list, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &position) { m_contextMenu->popup(m_list->viewport()->mapToGlobal(position)); });

    m_readOnly = new QLabel;
    m_readOnly->setVisible(false);
    retranslate();
    window->installEventFilter(this);

    // Every action also works while the list has focus, with no menu bar (tests, Qt::WindowShortcut).
    list->addActions(actions());
    connect(list, &QAbstractItemView::clicked, this, &MessageActions::onListClicked);
    connect(list->messages(), &QAbstractItemModel::modelReset, this, &MessageActions::onMailboxChanged);
    connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MessageActions::updateActions);
    connect(list->model(), &QAbstractItemModel::dataChanged, this, &MessageActions::updateActions);
    connect(list->model(), &QAbstractItemModel::rowsRemoved, this, &MessageActions::updateActions);
    onMailboxChanged();
}

QAction *MessageActions::makeAction(
    const QString &iconName, const QKeySequence &shortcut, void (MessageActions::*slot)())
{
    auto *action = new QAction(themedIcon(iconName), QString(), this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setObjectName(iconName);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

void MessageActions::retranslate()
{
    //: Menu command (a verb): set \Seen on the selected messages
    m_markRead->setText(tr("Mark as &Read"));
    m_markUnread->setText(tr("Mark as &Unread"));
    m_toggleStar->setText(tr("&Star / Unstar"));
    //: Menu command: mark the selected messages as spam
    m_markJunk->setText(tr("Mark as &Junk", "verb"));
    m_markNotJunk->setText(tr("Mark as &Not Junk"));
    m_delete->setText(tr("&Delete"));
    m_expunge->setText(tr("E&xpunge Deleted Messages"));
    m_moveTo->setText(tr("&Move to…"));
    m_copyTo->setText(tr("&Copy to…"));
    m_saveAs->setText(tr("Save &As…"));
    m_markRead->setToolTip(tr("Mark the selected messages as read"));
    m_markUnread->setToolTip(tr("Mark the selected messages as unread"));
    m_toggleStar->setToolTip(tr("Star or unstar the selected messages"));
    m_markJunk->setToolTip(tr("Mark the selected messages as junk"));
    m_markNotJunk->setToolTip(tr("Mark the selected messages as not junk"));
    m_expunge->setToolTip(tr("Remove the messages marked as deleted from this folder for good"));
    m_moveTo->setToolTip(tr("Move the selected messages to another folder"));
    m_copyTo->setToolTip(tr("Copy the selected messages to another folder"));
    m_saveAs->setToolTip(tr("Save the selected messages as .eml files"));
    m_contextMenu->setAccessibleName(tr("Message actions"));
    m_readOnly->setText(tr("Read-only folder"));
    m_readOnly->setAccessibleName(tr("This folder is read-only"));
    m_readOnly->setToolTip(
        tr("The server opened this folder read-only: messages cannot be changed, moved or deleted."));
    updateUndo(); // its text says what it would undo, in the new words too
    if (m_messageMenu)
        m_messageMenu->setTitle(tr("&Message"));
    if (m_toolBar) {
        for (QAction *action : m_toolBar->actions()) {
            if (QWidget *button = m_toolBar->widgetForAction(action))
                button->setAccessibleName(action->text().remove(QLatin1Char('&')));
        }
    }
    updateActions();
}

bool MessageActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

QList<QAction *> MessageActions::actions() const
{
    return { m_markRead, m_markUnread, m_toggleStar, m_markJunk, m_markNotJunk, m_delete, m_expunge, m_undo, m_moveTo,
        m_copyTo, m_saveAs };
}

void MessageActions::addMenus(QMenuBar *menuBar, QMenu *edit, QAction *before)
{
    // Undo goes first in the window's Edit menu.
    QAction *first = edit->actions().value(0);
    edit->insertAction(first, m_undo);
    if (first)
        edit->insertSeparator(first);
    auto *message = m_messageMenu = new QMenu(menuBar);
    message->addActions({ m_markRead, m_markUnread, m_toggleStar, m_markJunk, m_markNotJunk });
    message->addSeparator();
    message->addActions({ m_moveTo, m_copyTo, m_saveAs });
    message->addSeparator();
    message->addActions({ m_delete, m_expunge });
    menuBar->insertMenu(before, message);
    retranslate();
}

void MessageActions::addToToolBar(QToolBar *toolBar)
{
    m_toolBar = toolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({ m_delete, m_markJunk, m_toggleStar, m_markRead, m_markUnread, m_moveTo, m_undo });
    retranslate();
}

// --- state

sync::MailEngine *MessageActions::engine() const
{
    return m_list->messages()->engine();
}

QString MessageActions::mailbox() const
{
    return m_list->messages()->mailbox();
}

QList<QModelIndex> MessageActions::selectedRows() const
{
    return m_list->selectionModel()->selectedRows();
}

QList<quint32> MessageActions::selectedUids() const
{
    QList<quint32> uids;
    for (const QModelIndex &row : selectedRows())
        uids.append(row.data(model::MessageUidRole).toUInt());
    return uids;
}

QString MessageActions::trashOf(const sync::MailEngine *engine)
{
    if (!engine)
        return {};
    auto records = engine->cache()->mailboxes();
    if (!records)
        return {};
    QString byName;
    for (const cache::MailboxRecord &record : records.value()) {
        if (record.attributes.contains(QStringLiteral("\\Noselect"), Qt::CaseInsensitive))
            continue;
        if (record.specialUse.compare(QStringLiteral("\\Trash"), Qt::CaseInsensitive) == 0
            || record.attributes.contains(QStringLiteral("\\Trash"), Qt::CaseInsensitive))
            return record.name;
        const QString leaf = record.delimiter.isNull() ? record.name : record.name.section(record.delimiter, -1);
        if (byName.isEmpty() && leaf.compare(QStringLiteral("Trash"), Qt::CaseInsensitive) == 0)
            byName = record.name;
    }
    return byName;
}

void MessageActions::onMailboxChanged()
{
    sync::MailEngine *current = engine();
    if (current != m_engine) {
        for (const QMetaObject::Connection &connection : std::as_const(m_engineConnections))
            disconnect(connection);
        m_engineConnections.clear();
        m_engine = current;
        if (current) {
            m_engineConnections = {
                connect(current, &sync::MailEngine::mailboxSynced, this, &MessageActions::updateActions),
                connect(current, &sync::MailEngine::mailboxesChanged, this, &MessageActions::updateActions),
                connect(current, &sync::MailEngine::messagesMoved, this, &MessageActions::onMessagesMoved),
                connect(current, &sync::MailEngine::messagesCopied, this, &MessageActions::onMessagesCopied),
            };
        }
    }
    updateActions();
}

void MessageActions::updateActions()
{
    sync::MailEngine *current = engine();
    const sync::MailboxAccess access = current ? current->mailboxAccess(mailbox()) : sync::MailboxAccess {};
    const bool open = current && !mailbox().isEmpty();
    const bool selection = open && !selectedRows().isEmpty();
    m_markRead->setEnabled(selection && access.canStore(kSeen));
    m_markUnread->setEnabled(selection && access.canStore(kSeen));
    m_toggleStar->setEnabled(selection && access.canStore(kFlagged));
    m_markJunk->setEnabled(selection && access.canStore(kJunk));
    m_markNotJunk->setEnabled(selection && access.canStore(kNotJunk));
    m_delete->setEnabled(selection && access.canRemove());
    m_expunge->setEnabled(open && access.canRemove());
    m_moveTo->setEnabled(selection && access.canRemove());
    m_copyTo->setEnabled(selection);
    m_saveAs->setEnabled(selection && qobject_cast<sync::AccountEngine *>(current));
    const QString trash = trashOf(current);
    m_delete->setToolTip(trash.isEmpty() || trash == mailbox()
            ? tr("Mark the selected messages as deleted (Expunge removes them)")
            : tr("Move the selected messages to %1").arg(trash));
    m_readOnly->setVisible(open && access.readOnly);
    updateUndo();
}

void MessageActions::updateUndo()
{
    switch (m_last.kind) {
    case UndoRecord::Kind::None:
        m_undo->setText(tr("&Undo"));
        m_undo->setEnabled(false);
        return;
    case UndoRecord::Kind::Flags:
        m_undo->setText(tr("&Undo Flag Change"));
        m_undo->setEnabled(bool(m_last.engine));
        return;
    case UndoRecord::Kind::Move:
        m_undo->setText(tr("&Undo Move"));
        m_undo->setEnabled(m_last.engine && !m_last.targetUids.isEmpty());
        return;
    case UndoRecord::Kind::Copy:
        // Without the copies' UIDs (UIDPLUS) they cannot be told from the
        // messages the folder had before: the menu says so.
        m_undo->setText(
            m_last.targetUids.isEmpty() ? tr("Undo Copy (not available on this server)") : tr("&Undo Copy"));
        m_undo->setEnabled(m_last.engine && !m_last.targetUids.isEmpty());
        return;
    }
}

// --- flags

void MessageActions::setFlagsWithUndo(const QList<QModelIndex> &rows, const QStringList &add, const QStringList &remove)
{
    sync::MailEngine *current = engine();
    if (!current || rows.isEmpty())
        return;
    UndoRecord record;
    record.kind = UndoRecord::Kind::Flags;
    record.engine = current;
    record.mailbox = mailbox();
    QList<quint32> uids;
    for (const QModelIndex &row : rows) {
        FlagRestore restore;
        restore.uid = row.data(model::MessageUidRole).toUInt();
        for (const QString &flag : add) {
            if (!hasFlag(row, flag))
                restore.remove.append(flag);
        }
        for (const QString &flag : remove) {
            if (hasFlag(row, flag))
                restore.add.append(flag);
        }
        if (restore.add.isEmpty() && restore.remove.isEmpty())
            continue; // nothing changes for this one
        uids.append(restore.uid);
        record.flags.append(restore);
    }
    if (uids.isEmpty())
        return;
    current->setFlags(record.mailbox, uids, add, remove);
    m_last = record;
    updateUndo();
}

void MessageActions::onMarkRead()
{
    setFlagsWithUndo(selectedRows(), { kSeen }, {});
}

void MessageActions::onMarkUnread()
{
    setFlagsWithUndo(selectedRows(), {}, { kSeen });
}

void MessageActions::onToggleStar()
{
    const QList<QModelIndex> rows = selectedRows();
    const bool allStarred = std::all_of(
        rows.begin(), rows.end(), [](const QModelIndex &row) { return row.data(model::MessageFlaggedRole).toBool(); });
    if (allStarred)
        setFlagsWithUndo(rows, {}, { kFlagged });
    else
        setFlagsWithUndo(rows, { kFlagged }, {});
}

void MessageActions::onMarkJunk()
{
    setFlagsWithUndo(selectedRows(), { kJunk }, { kNotJunk });
    Q_EMIT statusMessage(tr("Marked %n message(s) as junk.", nullptr, int(selectedRows().size())));
}

void MessageActions::onMarkNotJunk()
{
    setFlagsWithUndo(selectedRows(), { kNotJunk }, { kJunk });
}

// The star and the read dot in the list are toggles.
void MessageActions::onListClicked(const QModelIndex &index)
{
    const QString flag = index.column() == model::MessageListModel::FlaggedColumn ? kFlagged
        : index.column() == model::MessageListModel::SeenColumn                   ? kSeen
                                                                                  : QString();
    if (flag.isEmpty() || !engine())
        return;
    if (!engine()->mailboxAccess(mailbox()).canStore(flag)) {
        Q_EMIT statusMessage(tr("The server does not allow changing this flag in this folder."));
        return;
    }
    const QModelIndex row = index.siblingAtColumn(0);
    if (hasFlag(row, flag))
        setFlagsWithUndo({ row }, {}, { flag });
    else
        setFlagsWithUndo({ row }, { flag }, {});
}

// --- delete, expunge, move, copy

void MessageActions::onDelete()
{
    sync::MailEngine *current = engine();
    const QList<quint32> uids = selectedUids();
    if (!current || uids.isEmpty())
        return;
    const QString trash = trashOf(current);
    if (trash.isEmpty() || trash == mailbox()) {
        setFlagsWithUndo(selectedRows(), { kDeleted }, {});
        Q_EMIT statusMessage(tr("Marked %n message(s) as deleted; Expunge removes them.", nullptr, int(uids.size())));
        return;
    }
    moveSelectionTo(trash);
}

void MessageActions::onExpunge()
{
    if (sync::MailEngine *current = engine()) {
        current->expungeMailbox(mailbox());
        Q_EMIT statusMessage(tr("Removing the messages marked as deleted from %1.").arg(mailbox()));
    }
}

void MessageActions::moveSelectionTo(const QString &target)
{
    sync::MailEngine *current = engine();
    const QList<quint32> uids = selectedUids();
    if (!current || uids.isEmpty() || target.isEmpty() || target == mailbox())
        return;
    // The undo record follows the server's confirmation (it names the new UIDs).
    m_last = {};
    updateUndo();
    current->moveMessages(mailbox(), uids, target);
    Q_EMIT statusMessage(tr("Moved %n message(s) to %1.", nullptr, int(uids.size())).arg(target));
}

void MessageActions::copySelectionTo(const QString &target)
{
    sync::MailEngine *current = engine();
    const QList<quint32> uids = selectedUids();
    if (!current || uids.isEmpty() || target.isEmpty())
        return;
    // As for a move, the undo record follows the server's confirmation.
    m_last = {};
    updateUndo();
    current->copyMessages(mailbox(), uids, target);
    Q_EMIT statusMessage(tr("Copied %n message(s) to %1.", nullptr, int(uids.size())).arg(target));
}

void MessageActions::onMoveTo()
{
    const QString target = FolderPickerDialog::pick(engine(), tr("Move to Folder"), mailbox(), m_window);
    moveSelectionTo(target);
}

void MessageActions::onCopyTo()
{
    const QString target = FolderPickerDialog::pick(engine(), tr("Copy to Folder"), QString(), m_window);
    copySelectionTo(target);
}

// Any confirmed move of this engine can be undone: the list's, a drag onto a
// folder, or a delete to Trash. The undo's own move is not recorded.
void MessageActions::onMessagesMoved(
    const QString &from, const QList<quint32> &uids, const QString &to, const QList<quint32> &targetUids)
{
    if (m_undoingMove && m_undoingMove->from == from && m_undoingMove->to == to && m_undoingMove->uids == uids) {
        m_undoingMove.reset();
        return;
    }
    m_last = UndoRecord { UndoRecord::Kind::Move, m_engine, from, {}, uids, to, targetUids };
    updateUndo();
}

// Any confirmed copy of this engine can be undone (the menu's, a Ctrl-drag):
// the copies are removed by the UIDs COPYUID gave them.
void MessageActions::onMessagesCopied(
    const QString &from, const QList<quint32> &uids, const QString &to, const QList<quint32> &targetUids)
{
    m_last = UndoRecord { UndoRecord::Kind::Copy, m_engine, from, {}, uids, to, targetUids };
    updateUndo();
    if (targetUids.isEmpty())
        Q_EMIT statusMessage(tr("The server did not say which messages are the copies (no UIDPLUS), so this "
                                "copy cannot be undone."));
}

void MessageActions::onUndo()
{
    const UndoRecord record = std::exchange(m_last, {});
    updateUndo();
    if (!record.engine)
        return;
    if (record.kind == UndoRecord::Kind::Flags) {
        for (const FlagRestore &restore : record.flags)
            record.engine->setFlags(record.mailbox, { restore.uid }, restore.add, restore.remove);
        Q_EMIT statusMessage(tr("Undid the flag change."));
    } else if (record.kind == UndoRecord::Kind::Move && !record.targetUids.isEmpty()) {
        m_undoingMove = PendingUndoMove { record.target, record.mailbox, record.targetUids };
        record.engine->moveMessages(record.target, record.targetUids, record.mailbox);
        Q_EMIT statusMessage(
            tr("Moving %n message(s) back to %1.", nullptr, int(record.uids.size())).arg(record.mailbox));
    } else if (record.kind == UndoRecord::Kind::Copy && !record.targetUids.isEmpty()) {
        record.engine->deleteMessages(record.target, record.targetUids);
        Q_EMIT statusMessage(tr("Removing the %n copied message(s) from %1.", nullptr, int(record.targetUids.size()))
                                 .arg(record.target));
    }
}

// --- save as .eml

void MessageActions::onSaveAs()
{
    const QList<QModelIndex> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path;
    if (rows.size() == 1) {
        const QString subject = rows.front().data(model::MessageSubjectRole).toString();
        const QString name
            = mime::sanitizeFileName((subject.isEmpty() ? tr("message") : subject) + QStringLiteral(".eml"));
        path = QFileDialog::getSaveFileName(
            m_window, tr("Save Message"), QDir(documents).filePath(name), tr("Email messages (*.eml)"));
    } else {
        path = QFileDialog::getExistingDirectory(m_window, tr("Save Messages to Folder"), documents);
    }
    if (!path.isEmpty())
        saveSelectionTo(path);
}

void MessageActions::saveSelectionTo(const QString &path)
{
    const QList<QModelIndex> rows = selectedRows();
    QList<std::pair<quint32, QString>> queue;
    if (rows.size() == 1) {
        queue.append({ rows.front().data(model::MessageUidRole).toUInt(), path });
    } else {
        const QDir directory(path);
        QSet<QString> taken;
        for (const QModelIndex &row : rows) {
            const QString subject = row.data(model::MessageSubjectRole).toString();
            QString file = mime::uniqueSavePath(
                directory, (subject.isEmpty() ? tr("message") : subject) + QStringLiteral(".eml"));
            // Files are written later: names chosen now must differ from each other too.
            for (int n = 1; taken.contains(file); ++n)
                file = directory.filePath(QStringLiteral("%1 (%2).eml").arg(QFileInfo(file).completeBaseName()).arg(n));
            taken.insert(file);
            queue.append({ row.data(model::MessageUidRole).toUInt(), file });
        }
    }
    saveNext(queue);
}

// One at a time: a loader answers only its latest request.
void MessageActions::saveNext(QList<std::pair<quint32, QString>> queue)
{
    auto *engine = qobject_cast<sync::AccountEngine *>(this->engine());
    if (queue.isEmpty() || !engine)
        return;
    const auto [uid, file] = queue.takeFirst();
    auto *loader = new MessageBodyLoader(this);
    const QString source = mailbox();
    connect(loader, &MessageBodyLoader::loaded, this,
        [this, loader, file, queue](const QString &, quint32, const QByteArray &bytes) {
            loader->deleteLater();
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
                Q_EMIT saveFailed(tr("Could not write %1: %2").arg(file, out.errorString()));
                return;
            }
            Q_EMIT saved(file);
            Q_EMIT statusMessage(tr("Saved %1.").arg(file));
            saveNext(queue);
        });
    connect(loader, &MessageBodyLoader::unavailableOffline, this, [this, loader](const QString &, quint32 uid) {
        loader->deleteLater();
        Q_EMIT saveFailed(tr("Message %1 is not available offline.").arg(uid));
    });
    connect(loader, &MessageBodyLoader::failed, this, [this, loader](const QString &, quint32 uid) {
        loader->deleteLater();
        Q_EMIT saveFailed(tr("Message %1 could not be read from the server.").arg(uid));
    });
    loader->load(engine, source, uid);
}

} // namespace quire::ui
