#pragma once

// What the user can do to folders: create, rename, delete (after asking),
// manage subscriptions and show only subscribed folders. Each is a QAction
// with a shortcut, in the Folder menu and the folder pane's context menu.
// The requests go to MailboxTreeModel, which asks the engine (CREATE,
// RENAME, DELETE, SUBSCRIBE, journaled like any change).

#include <QObject>
#include <QPersistentModelIndex>

class QAction;
class QMenu;
class QMenuBar;
class QSettings;
class QWidget;

namespace quire::model {
class MailboxTreeModel;
}

namespace quire::ui {

class FolderPane;

class FolderActions : public QObject
{
    Q_OBJECT

public:
    FolderActions(FolderPane *pane, model::MailboxTreeModel *folders, QWidget *window);

    QAction *newFolder() const { return m_new; }
    QAction *renameFolder() const { return m_rename; }
    QAction *deleteFolder() const { return m_delete; }
    QAction *subscriptions() const { return m_subscriptions; }
    QAction *onlySubscribed() const { return m_onlySubscribed; }
    QList<QAction *> actions() const;
    // The folder pane's context menu, for other folder actions to join.
    QMenu *contextMenu() const { return m_contextMenu; }

    // Adds the "Folder" menu before `before` (null: at the end).
    void addMenu(QMenuBar *menuBar, QAction *before);

    // What the actions do once the user has answered, for tests. Each returns
    // an error to show, or an empty string when the request went to the engine.
    QString createFolder(const QModelIndex &parent, const QString &name);
    QString renameFolder(const QModelIndex &folder, const QString &newName);
    void deleteFolderNow(const QModelIndex &folder);
    // The question Delete asks before it deletes `folder`.
    QString deleteQuestion(const QModelIndex &folder) const;

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QModelIndex current() const;
    QChar delimiterNear(const QModelIndex &index) const;
    QString checkName(const QModelIndex &parent, const QString &name, const QModelIndex &self) const;
    void retranslate();
    void updateActions();
    void onNew();
    void onRename();
    void onDelete();
    void onSubscriptions();
    void onOnlySubscribed(bool only);

    FolderPane *m_pane;
    model::MailboxTreeModel *m_folders;
    QWidget *m_window;
    QMenu *m_contextMenu;
    QMenu *m_menu = nullptr;
    QAction *m_new;
    QAction *m_rename;
    QAction *m_delete;
    QAction *m_subscriptions;
    QAction *m_onlySubscribed;
};

} // namespace quire::ui
