#include "ui/MessageListPane.h"

#include "core/model/MessageFilterModel.h"
#include "core/model/MessageListModel.h"
#include "core/model/ModelRoles.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QStyledItemDelegate>

namespace quire::ui {

namespace {

using Column = model::MessageListModel::Column;
using SortKey = model::MessageFilterModel::SortKey;

// MessageFilterModel with the column titles in the user's language.
class TitledMessageFilterModel : public model::MessageFilterModel
{
public:
    using MessageFilterModel::MessageFilterModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return MessageFilterModel::headerData(section, orientation, role);
        if (role == Qt::ToolTipRole && section == model::MessageListModel::FlaggedColumn)
            //: Tooltip of the star column of the message list
            return MessageListPane::tr("Starred");
        if (role == Qt::ToolTipRole && section == model::MessageListModel::SeenColumn)
            //: Tooltip of the read/unread column of the message list
            return MessageListPane::tr("Read or unread: click a row's dot to change it");
        if (role != Qt::DisplayRole)
            return MessageFilterModel::headerData(section, orientation, role);
        switch (section) {
        case model::MessageListModel::SubjectColumn:
            return MessageListPane::tr("Subject", "column");
        case model::MessageListModel::FromColumn:
            //: Column title: the sender of a message
            return MessageListPane::tr("From", "column");
        case model::MessageListModel::DateColumn:
            return MessageListPane::tr("Date", "column");
        case model::MessageListModel::SizeColumn:
            return MessageListPane::tr("Size", "column");
        case model::MessageListModel::FlaggedColumn:
            //: Title of the narrow star (flag) column; a symbol fits best
            return MessageListPane::tr("★", "column");
        case model::MessageListModel::SeenColumn:
            //: Title of the narrow read/unread column; a symbol fits best
            return MessageListPane::tr("●", "column");
        case model::MessageListModel::AttachmentColumn:
            return MessageListPane::tr("Attachment", "column");
        default:
            return {};
        }
    }
};

// Paints the raw column values as a reader expects them: dates short and
// local, sizes in kB, a star, and unread messages in bold.
class MessageRowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(model::MessageSeenRole).toBool())
            option->font.setBold(true);
        if (index.data(model::MessageDeletedRole).toBool())
            option->font.setStrikeOut(true);
        switch (index.column()) {
        case model::MessageListModel::DateColumn:
            option->text = dateText(index.data().toDateTime());
            break;
        case model::MessageListModel::SizeColumn:
            option->text = QLocale().formattedDataSize(index.data().toLongLong(), 0);
            option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
            break;
        case model::MessageListModel::FlaggedColumn:
            option->text = index.data().toBool() ? QStringLiteral("★") : QStringLiteral("☆");
            option->displayAlignment = Qt::AlignCenter;
            break;
        case model::MessageListModel::SeenColumn:
            // A dot for unread, as in most readers; clicking toggles it.
            option->text = index.data().toBool() ? QStringLiteral("·") : QStringLiteral("●");
            option->displayAlignment = Qt::AlignCenter;
            break;
        default:
            break;
        }
    }

private:
    static QString dateText(const QDateTime &date)
    {
        if (!date.isValid())
            return {};
        const QDateTime local = date.toLocalTime();
        // Today's mail by time, older mail by date: what a glance needs.
        if (local.date() == QDate::currentDate())
            return QLocale().toString(local.time(), QLocale::ShortFormat);
        return QLocale().toString(local, QLocale::ShortFormat);
    }
};

SortKey sortKeyFor(int column)
{
    switch (column) {
    case model::MessageListModel::SubjectColumn:
        return SortKey::Subject;
    case model::MessageListModel::FromColumn:
        return SortKey::From;
    case model::MessageListModel::SizeColumn:
        return SortKey::Size;
    case model::MessageListModel::FlaggedColumn:
    case model::MessageListModel::SeenColumn:
        return SortKey::Flags;
    default:
        return SortKey::Date;
    }
}

} // namespace

MessageListPane::MessageListPane(QWidget *parent)
    : QTreeView(parent)
    , m_messages(new model::MessageListModel(this))
    , m_sorted(new TitledMessageFilterModel(this))
{
    setAccessibleName(tr("Messages"));
    setRootIsDecorated(false);
    setUniformRowHeights(true); // lets the view ask only for the rows it paints
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Dragged onto a folder, messages move; with Ctrl they are copied (Qt's platform convention).
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::MoveAction);
    setItemDelegate(new MessageRowDelegate(this));
    // A large folder shows its newest rows at once and the rest when a worker
    // has read them, so opening it never stalls the window.
    m_messages->setAsyncLoading(true);
    m_messages->setLoadThreadNice(5); // as the cache's own threads (AccountSession)
    m_sorted->setSourceModel(m_messages);
    setModel(m_sorted);

    QHeaderView *header = this->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    // The star and the read toggle go first, as in most readers; attachments
    // have no painter yet, so their column stays hidden.
    header->moveSection(header->visualIndex(model::MessageListModel::FlaggedColumn), 0);
    header->moveSection(header->visualIndex(model::MessageListModel::SeenColumn), 1);
    setColumnHidden(model::MessageListModel::AttachmentColumn, true);
    header->setSectionResizeMode(model::MessageListModel::SubjectColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(model::MessageListModel::FlaggedColumn, QHeaderView::Fixed);
    header->resizeSection(model::MessageListModel::FlaggedColumn, 28);
    header->setSectionResizeMode(model::MessageListModel::SeenColumn, QHeaderView::Fixed);
    header->resizeSection(model::MessageListModel::SeenColumn, 28);
    header->resizeSection(model::MessageListModel::FromColumn, 200);
    header->resizeSection(model::MessageListModel::DateColumn, 170);
    header->resizeSection(model::MessageListModel::SizeColumn, 70);
    header->setMinimumSectionSize(24);

    connect(header, &QHeaderView::sortIndicatorChanged, this, &MessageListPane::onSortIndicatorChanged);
    header->setSortIndicator(model::MessageListModel::DateColumn, Qt::DescendingOrder);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_messages, &model::MessageListModel::loadAboutToSwap, this, &MessageListPane::rememberBeforeSwap);
    connect(m_messages, &model::MessageListModel::loadFinished, this, &MessageListPane::restoreAfterSwap);
}

void MessageListPane::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    setAccessibleName(tr("Messages"));
    // Column titles come from headerData(); dates and sizes from QLocale() when painted.
    Q_EMIT m_sorted->headerDataChanged(Qt::Horizontal, 0, m_sorted->columnCount() - 1);
    viewport()->update();
}

void MessageListPane::setMailbox(sync::MailEngine *engine, const QString &mailbox)
{
    m_messages->setMailbox(engine, mailbox);
    scrollToTop();
    Q_EMIT selectionCleared();
}

quint32 MessageListPane::currentUid() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(model::MessageUidRole).toUInt() : 0;
}

bool MessageListPane::selectUid(quint32 uid)
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, model::MessageListModel::SubjectColumn);
        if (index.data(model::MessageUidRole).toUInt() == uid) {
            setCurrentIndex(index);
            scrollTo(index);
            return true;
        }
    }
    return false;
}

QModelIndex MessageListPane::indexOfUid(quint32 uid) const
{
    const int row = m_messages->rowOfUid(uid);
    if (row < 0)
        return {};
    return m_sorted->mapFromSource(m_messages->index(row, model::MessageListModel::SubjectColumn));
}

void MessageListPane::rememberBeforeSwap()
{
    ViewBeforeSwap view;
    for (const QModelIndex &row : selectionModel()->selectedRows())
        view.selected.append(row.data(model::MessageUidRole).toUInt());
    view.current = currentUid();
    view.atTop = verticalScrollBar()->value() == verticalScrollBar()->minimum();
    view.top = indexAt(QPoint(0, 0)).data(model::MessageUidRole).toUInt();
    m_beforeSwap = view;
}

void MessageListPane::restoreAfterSwap()
{
    if (!m_beforeSwap)
        return;
    const ViewBeforeSwap view = *m_beforeSwap; // kept until the end: onCurrentChanged stays quiet
    QItemSelection selection;
    for (quint32 uid : view.selected) {
        if (const QModelIndex index = indexOfUid(uid); index.isValid())
            selection.select(index, index);
    }
    const QModelIndex current = view.current ? indexOfUid(view.current) : QModelIndex();
    if (current.isValid())
        selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (const QModelIndex top = indexOfUid(view.top); !view.atTop && top.isValid())
        scrollTo(top, QAbstractItemView::PositionAtTop);
    else
        scrollToTop();
    // A message the user picked stays in view; a current row the view set by
    // itself (on focus) does not move the list.
    if (current.isValid() && view.selected.contains(view.current) && !viewport()->rect().contains(visualRect(current)))
        scrollTo(current);
    m_beforeSwap.reset();
    if (view.current && !current.isValid())
        Q_EMIT selectionCleared(); // the message went away meanwhile
}

void MessageListPane::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !header()->restoreState(state))
        return;
    onSortIndicatorChanged(header()->sortIndicatorSection(), header()->sortIndicatorOrder());
}

void MessageListPane::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    m_sorted->setSortKey(sortKeyFor(column), order);
}

void MessageListPane::onCurrentChanged(const QModelIndex &current)
{
    // The swap clears the current row and restoreAfterSwap puts it back: the
    // message view keeps showing the same message throughout.
    if (m_beforeSwap)
        return;
    if (!current.isValid()) {
        Q_EMIT selectionCleared();
        return;
    }
    Q_EMIT messageSelected(current.data(model::MessageUidRole).toUInt());
}

} // namespace quire::ui
