#pragma once

// Folder › Subscriptions…: every folder of one account with a check box for
// its subscription, a filter, and Subscribe all / Unsubscribe all for what
// the filter shows. OK sends only what changed (SUBSCRIBE / UNSUBSCRIBE,
// journaled by the engine, so it works offline too).

#include <QDialog>
#include <QHash>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace quire::sync {
class MailEngine;
}

namespace quire::ui {

class SubscriptionsDialog : public QDialog
{
    Q_OBJECT

public:
    SubscriptionsDialog(sync::MailEngine *engine, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *folderList() const { return m_list; }
    // Checks or clears one folder, as a click on its box does.
    void setSubscribed(const QString &fullName, bool subscribed);
    // Full name -> wanted state, for the folders whose box changed.
    QHash<QString, bool> changes() const;

    void accept() override;

private:
    void fill();
    void setAllShown(bool subscribed);

    sync::MailEngine *m_engine;
    QLineEdit *m_filter;
    QListView *m_list;
    QStandardItemModel *m_folders;
    QSortFilterProxyModel *m_shown;
    QHash<QString, bool> m_initial;
};

} // namespace quire::ui
