#pragma once

// "Make Available Offline" for the folder pane's current folder (or, on an
// account, all its folders): downloads every message body the cache lacks,
// with or without attachments, through MailEngine::downloadForOffline. The
// status bar's ActivityIndicator shows its progress and can cancel it. A
// submenu of the File menu and of the folder pane's context menu.

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace quire::model {
class MailboxTreeModel;
}

namespace quire::ui {

class FolderPane;

class OfflineActions : public QObject
{
    Q_OBJECT

public:
    OfflineActions(FolderPane *pane, model::MailboxTreeModel *folders, QWidget *window);

    QMenu *menu() const { return m_menu; }
    QAction *withoutAttachments() const { return m_text; }
    QAction *withAttachments() const { return m_all; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void download(bool attachments);

    FolderPane *m_pane;
    model::MailboxTreeModel *m_folders;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_text;
    QAction *m_all;
};

} // namespace quire::ui
