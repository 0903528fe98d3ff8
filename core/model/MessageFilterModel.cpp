#include "core/model/MessageFilterModel.h"

namespace quire::model {

namespace {

template<typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

MessageFilterModel::MessageFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Flag changes must move rows when sorting by flags and hide them under
    // "unread only".
    setDynamicSortFilter(true);
}

void MessageFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_list = qobject_cast<MessageListModel *>(model);
    Q_ASSERT(m_list || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void MessageFilterModel::setSortKey(SortKey key, Qt::SortOrder order)
{
    m_sortKey = key;
    // QSortFilterProxyModel only re-sorts when the column or order changes,
    // so a new key needs an explicit invalidate.
    invalidate();
    sort(0, order);
}

void MessageFilterModel::setFilters(unsigned filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    invalidateFilter();
}

void MessageFilterModel::setQuickSearch(const QString &text)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_searchWords)
        return;
    m_searchWords = words;
    m_extraMatches.clear();
    invalidateFilter();
}

void MessageFilterModel::setExtraMatches(const QSet<quint32> &uids)
{
    if (uids == m_extraMatches)
        return;
    m_extraMatches = uids;
    if (!m_searchWords.isEmpty())
        invalidateFilter();
}

int MessageFilterModel::compareRows(const MessageRow &left, const MessageRow &right) const
{
    const MessageRows &rows = m_list->rows();
    switch (m_sortKey) {
    case SortKey::Arrival:
        return 0;
    case SortKey::Date:
        return threeWay(
            left.dateMs ? left.dateMs : left.internalDateMs, right.dateMs ? right.dateMs : right.internalDateMs);
    case SortKey::From:
        if (left.from == right.from)
            return 0;
        return rows.text(left.from).compare(rows.text(right.from), Qt::CaseInsensitive);
    case SortKey::Subject:
        // baseSubject is already case-folded: a plain comparison is enough.
        if (left.baseSubject == right.baseSubject)
            return 0;
        return rows.text(left.baseSubject).compare(rows.text(right.baseSubject));
    case SortKey::Size:
        return threeWay(left.size, right.size);
    case SortKey::Flags: {
        // Ascending puts flagged, then unread, first.
        const int leftRank = (left.has(FlagFlagged) ? 0 : 2) + (left.has(FlagSeen) ? 1 : 0);
        const int rightRank = (right.has(FlagFlagged) ? 0 : 2) + (right.has(FlagSeen) ? 1 : 0);
        return threeWay(leftRank, rightRank);
    }
    }
    return 0;
}

Qt::ItemFlags MessageFilterModel::flags(const QModelIndex &index) const
{
    if (!m_list || !index.isValid() || index.model() != this)
        return QSortFilterProxyModel::flags(index);
    return MessageListModel::kRowFlags;
}

bool MessageFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const MessageRow &a = m_list->rowAt(left.row());
    const MessageRow &b = m_list->rowAt(right.row());
    const int order = compareRows(a, b);
    // Ties fall back to arrival order, so equal keys never shuffle.
    return order != 0 ? order < 0 : a.uid < b.uid;
}

bool MessageFilterModel::matchesQuickSearch(const MessageRow &row) const
{
    const MessageRows &rows = m_list->rows();
    for (const QString &word : m_searchWords) {
        if (!rows.text(row.subject).contains(word, Qt::CaseInsensitive)
            && !rows.text(row.from).contains(word, Qt::CaseInsensitive)
            && !rows.text(row.to).contains(word, Qt::CaseInsensitive)
            && !rows.text(row.cc).contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool MessageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_list)
        return false;
    const MessageRow &row = m_list->rowAt(sourceRow);
    if ((m_filters & UnreadOnly) && row.has(FlagSeen))
        return false;
    if ((m_filters & FlaggedOnly) && !row.has(FlagFlagged))
        return false;
    if ((m_filters & WithAttachmentsOnly) && !(row.state & StateHasAttachments))
        return false;
    return m_searchWords.isEmpty() || m_extraMatches.contains(row.uid) || matchesQuickSearch(row);
}

} // namespace quire::model
