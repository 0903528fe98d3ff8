#include "ui/SubscribedFolderFilter.h"

#include "core/model/ModelRoles.h"

namespace quire::ui {

SubscribedFolderFilter::SubscribedFolderFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
}

void SubscribedFolderFilter::setOnlySubscribed(bool only)
{
    if (only == m_onlySubscribed)
        return;
    if (only && sourceModel())
        loadAll({});
    m_onlySubscribed = only;
    invalidateRowsFilter();
}

void SubscribedFolderFilter::loadAll(const QModelIndex &parent)
{
    QAbstractItemModel *source = sourceModel();
    if (source->canFetchMore(parent))
        source->fetchMore(parent);
    for (int row = 0; row < source->rowCount(parent); ++row)
        loadAll(source->index(row, 0, parent));
}

bool SubscribedFolderFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlySubscribed)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // Recursive filtering keeps the parents of an accepted folder by itself.
    return index.data(model::MailboxIsAccountRole).toBool() || index.data(model::MailboxSubscribedRole).toBool()
        || index.data(model::MailboxSpecialUseRole).toInt() == int(model::SpecialUse::Inbox);
}

} // namespace quire::ui
