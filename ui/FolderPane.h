#pragma once

// The folder pane: the MailboxTreeModel of every account, shown with
// special-use folders named in the user's language, unread counts in bold,
// and special-use icons. Clicking a selectable folder announces it.

#include <QIdentityProxyModel>
#include <QTreeView>

namespace quire::model {
class MailboxTreeModel;
}

namespace quire::sync {
class MailEngine;
}

namespace quire::ui {

class SubscribedFolderFilter;

// Turns the tree model's data roles into what the view paints: words,
// fonts and icons. The roles themselves pass through unchanged.
class FolderDisplayModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The words changed language: views ask for every row again.
    void retranslate();
};

class FolderPane : public QTreeView
{
    Q_OBJECT

public:
    explicit FolderPane(model::MailboxTreeModel *folders, QWidget *parent = nullptr);

    // Loads and opens every account node. Needed after a first LIST: an
    // account that had no folders could not be expanded before.
    void expandAccounts();
    // Selects the folder (when loaded) as if the user had clicked it.
    void selectMailbox(sync::MailEngine *engine, const QString &fullName);
    // The current node as a MailboxTreeModel index (invalid when none).
    QModelIndex currentFolder() const;
    // Hides folders that are not subscribed (FolderActions' toggle).
    void setShowOnlySubscribed(bool only);

Q_SIGNALS:
    void mailboxActivated(quire::sync::MailEngine *engine, const QString &fullName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);

    QModelIndex toView(const QModelIndex &source) const;
    QModelIndex toSource(const QModelIndex &view) const;

    model::MailboxTreeModel *m_folders;
    SubscribedFolderFilter *m_subscribed;
    FolderDisplayModel *m_display;
};

} // namespace quire::ui
