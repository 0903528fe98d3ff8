#pragma once

// What the user can do to the selected messages: read, unread, star, junk,
// delete, expunge, move, copy, save as .eml, and undo the last flag change,
// move or copy. Each is a QAction with a shortcut, shown in the menus, on the
// toolbar and in the list's context menu, and enabled only when the open
// mailbox allows it (MailboxAccess: [READ-ONLY], PERMANENTFLAGS).
//
// Every change goes to the engine (UID STORE, MOVE, COPY), which applies it
// to the cache at once and journals it, so it works offline too. Delete
// moves to the account's Trash when it has one; otherwise (and inside Trash)
// it marks \Deleted, and Expunge removes the marked messages.

#include "core/sync/MailEngine.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QMenuBar;
class QModelIndex;
class QToolBar;
class QWidget;

namespace quire::ui {

class MessageListPane;

class MessageActions : public QObject
{
    Q_OBJECT

public:
    MessageActions(MessageListPane *list, QWidget *window);

    QAction *markRead() const { return m_markRead; }
    QAction *markUnread() const { return m_markUnread; }
    QAction *toggleStar() const { return m_toggleStar; }
    QAction *markJunk() const { return m_markJunk; }
    QAction *markNotJunk() const { return m_markNotJunk; }
    QAction *deleteMessages() const { return m_delete; }
    QAction *expunge() const { return m_expunge; }
    QAction *undo() const { return m_undo; }
    QAction *moveTo() const { return m_moveTo; }
    QAction *copyTo() const { return m_copyTo; }
    QAction *saveAs() const { return m_saveAs; }
    QList<QAction *> actions() const;

    // Puts Undo at the top of `edit` and adds the "Message" menu before `before` (null: at the end).
    void addMenus(QMenuBar *menuBar, QMenu *edit, QAction *before);
    void addToToolBar(QToolBar *toolBar);
    // Shown in the status bar while the open mailbox is read-only.
    QLabel *readOnlyIndicator() const { return m_readOnly; }

    // The account's Trash (special use, else a folder named Trash); empty: none.
    static QString trashOf(const sync::MailEngine *engine);

    // What the actions do, for tests and callers that already know the target.
    void moveSelectionTo(const QString &mailbox);
    void copySelectionTo(const QString &mailbox);
    // Saves each selected message as an .eml file: one message to `path`, several into
    // the folder `path`. Emits saved() once per file or saveFailed().
    void saveSelectionTo(const QString &path);

Q_SIGNALS:
    // A short note for the status bar ("Moved 3 messages to Trash").
    void statusMessage(const QString &text);
    void saved(const QString &filePath);
    void saveFailed(const QString &why);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // One flag change to put back: per UID, what to add and what to remove.
    struct FlagRestore {
        quint32 uid = 0;
        QStringList add;
        QStringList remove;
    };
    struct UndoRecord {
        enum class Kind { None, Flags, Move, Copy } kind = Kind::None;
        QPointer<sync::MailEngine> engine;
        QString mailbox; // where flags changed, or where a move or copy came from
        QList<FlagRestore> flags;
        QList<quint32> uids; // moved or copied
        QString target;
        QList<quint32> targetUids; // in target, from COPYUID
    };
    struct PendingUndoMove {
        QString from;
        QString to;
        QList<quint32> uids;
    };

    QAction *makeAction(const QString &iconName, const QKeySequence &shortcut, void (MessageActions::*slot)());
    void retranslate();
    sync::MailEngine *engine() const;
    QString mailbox() const;
    QList<QModelIndex> selectedRows() const;
    QList<quint32> selectedUids() const;
    void setFlagsWithUndo(const QList<QModelIndex> &rows, const QStringList &add, const QStringList &remove);
    void onMarkRead();
    void onMarkUnread();
    void onToggleStar();
    void onMarkJunk();
    void onMarkNotJunk();
    void onDelete();
    void onExpunge();
    void onUndo();
    void onMoveTo();
    void onCopyTo();
    void onSaveAs();
    void onListClicked(const QModelIndex &index);
    void onMailboxChanged();
    void onMessagesMoved(
        const QString &from, const QList<quint32> &uids, const QString &to, const QList<quint32> &targetUids);
    void onMessagesCopied(
        const QString &from, const QList<quint32> &uids, const QString &to, const QList<quint32> &targetUids);
    void saveNext(QList<std::pair<quint32, QString>> queue);
    void updateActions();
    void updateUndo();

    MessageListPane *m_list;
    QWidget *m_window;
    QPointer<sync::MailEngine> m_engine; // whose signals are connected
    QList<QMetaObject::Connection> m_engineConnections;
    UndoRecord m_last;
    std::optional<PendingUndoMove> m_undoingMove;

    QAction *m_markRead;
    QAction *m_markUnread;
    QAction *m_toggleStar;
    QAction *m_markJunk;
    QAction *m_markNotJunk;
    QAction *m_delete;
    QAction *m_expunge;
    QAction *m_undo;
    QAction *m_moveTo;
    QAction *m_copyTo;
    QAction *m_saveAs;
    QMenu *m_contextMenu;
    QMenu *m_messageMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_readOnly;
};

} // namespace quire::ui
