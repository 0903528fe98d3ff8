#include "ui/FolderPane.h"

#include "core/model/MailboxTreeModel.h"
#include "core/model/ModelRoles.h"
#include "ui/FolderIcons.h"
#include "ui/SubscribedFolderFilter.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QHeaderView>

namespace quire::ui {

namespace {

QString specialUseName(model::SpecialUse use)
{
    // The names users of other mail clients know for these folders, whatever
    // the server calls them.
    switch (use) {
    case model::SpecialUse::Inbox:
        //: The special folder where new mail arrives
        return FolderPane::tr("Inbox", "special folder");
    case model::SpecialUse::Drafts:
        //: The special folder for unfinished messages
        return FolderPane::tr("Drafts", "special folder");
    case model::SpecialUse::Sent:
        //: The special folder for sent messages
        return FolderPane::tr("Sent", "special folder");
    case model::SpecialUse::Trash:
        //: The special folder for deleted messages (\Trash)
        return FolderPane::tr("Trash", "special folder");
    case model::SpecialUse::Junk:
        //: The special folder for spam (\Junk)
        return FolderPane::tr("Junk", "special folder");
    case model::SpecialUse::Archive:
        //: The special folder for archived messages (\Archive), a noun
        return FolderPane::tr("Archive", "special folder");
    case model::SpecialUse::All:
        //: The special folder that shows all messages (\All)
        return FolderPane::tr("All Mail", "special folder");
    case model::SpecialUse::Flagged:
        //: The special folder that shows the flagged (starred) messages (\Flagged)
        return FolderPane::tr("Flagged", "special folder");
    case model::SpecialUse::None:
        break;
    }
    return {};
}

} // namespace

QVariant FolderDisplayModel::data(const QModelIndex &index, int role) const
{
    const auto use = model::SpecialUse(QIdentityProxyModel::data(index, model::MailboxSpecialUseRole).toInt());
    switch (role) {
    case Qt::DisplayRole: {
        QString name = specialUseName(use);
        if (name.isEmpty())
            name = QIdentityProxyModel::data(index, model::MailboxDisplayNameRole).toString();
        const int unread = QIdentityProxyModel::data(index, model::MailboxUnreadRole).toInt();
        //: A folder name and its count of unread messages
        return unread > 0 ? FolderPane::tr("%1 (%L2)").arg(name).arg(unread) : name;
    }
    case Qt::FontRole: {
        const bool isAccount = QIdentityProxyModel::data(index, model::MailboxIsAccountRole).toBool();
        if (!isAccount && QIdentityProxyModel::data(index, model::MailboxUnreadRole).toInt() <= 0)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::DecorationRole:
        return QIdentityProxyModel::data(index, model::MailboxIsAccountRole).toBool() ? accountIcon() : folderIcon(use);
    case Qt::ToolTipRole: {
        const int total = QIdentityProxyModel::data(index, model::MailboxTotalRole).toInt();
        const int unread = QIdentityProxyModel::data(index, model::MailboxUnreadRole).toInt();
        //: Tooltip of a folder: its message count, then how many of them are unread
        return FolderPane::tr("%Ln message(s), %L1 unread", nullptr, total).arg(unread);
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

void FolderDisplayModel::retranslate()
{
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
}

FolderPane::FolderPane(model::MailboxTreeModel *folders, QWidget *parent)
    : QTreeView(parent)
    , m_folders(folders)
    , m_subscribed(new SubscribedFolderFilter(this))
    , m_display(new FolderDisplayModel(this))
{
    setAccessibleName(tr("Folders"));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    // Messages dragged from the list and .eml files from elsewhere (MailboxTreeModel handles the drop).
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    m_subscribed->setSourceModel(folders);
    m_display->setSourceModel(m_subscribed);
    setModel(m_display);
    // Account nodes open by themselves: their folders are what the user came for.
    connect(m_display, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (parent.isValid())
            return;
        for (int row = first; row <= last; ++row)
            expand(m_display->index(row, 0));
    });
    expandAccounts();
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
}

void FolderPane::changeEvent(QEvent *event)
{
    QTreeView::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    setAccessibleName(tr("Folders"));
    m_display->retranslate();
}

void FolderPane::expandAccounts()
{
    for (int row = 0; row < m_display->rowCount(); ++row) {
        const QModelIndex account = m_display->index(row, 0);
        if (m_display->canFetchMore(account))
            m_display->fetchMore(account);
        expand(account);
    }
}

void FolderPane::selectMailbox(sync::MailEngine *engine, const QString &fullName)
{
    const QModelIndex source = m_folders->indexOfMailbox(engine, fullName);
    if (source.isValid())
        setCurrentIndex(toView(source));
}

QModelIndex FolderPane::toView(const QModelIndex &source) const
{
    return m_display->mapFromSource(m_subscribed->mapFromSource(source));
}

QModelIndex FolderPane::toSource(const QModelIndex &view) const
{
    return m_subscribed->mapToSource(m_display->mapToSource(view));
}

QModelIndex FolderPane::currentFolder() const
{
    return toSource(currentIndex());
}

void FolderPane::setShowOnlySubscribed(bool only)
{
    m_subscribed->setOnlySubscribed(only);
    expandAccounts();
}

void FolderPane::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid() || !current.data(model::MailboxSelectableRole).toBool())
        return;
    const QModelIndex source = toSource(current);
    Q_EMIT mailboxActivated(m_folders->engineFor(source), current.data(model::MailboxFullNameRole).toString());
}

} // namespace quire::ui
