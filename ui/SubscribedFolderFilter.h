#pragma once

// "Show only subscribed folders": hides folders the user has not subscribed
// to, but keeps the account nodes, INBOX and any folder with a subscribed
// folder below it (so the path to it stays visible).

#include <QSortFilterProxyModel>

namespace quire::ui {

class SubscribedFolderFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SubscribedFolderFilter(QObject *parent = nullptr);

    bool onlySubscribed() const { return m_onlySubscribed; }
    // Turning it on loads every level of the tree: a subscribed folder deep
    // down must be found even when its parents were never opened.
    void setOnlySubscribed(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void loadAll(const QModelIndex &parent);

    bool m_onlySubscribed = false;
};

} // namespace quire::ui
