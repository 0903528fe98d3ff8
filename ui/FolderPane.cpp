#include "ui/FolderPane.h"

#include "core/model/MailboxTreeModel.h"
#include "core/model/ModelRoles.h"

#include <QApplication>
#include <QFont>
#include <QHeaderView>
#include <QIcon>
#include <QStyle>

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

QIcon folderIcon(model::SpecialUse use, bool isAccount)
{
    QStyle *style = QApplication::style();
    if (isAccount)
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    switch (use) {
    case model::SpecialUse::Inbox:
        return QIcon::fromTheme(QStringLiteral("mail-folder-inbox"), style->standardIcon(QStyle::SP_DirHomeIcon));
    case model::SpecialUse::Sent:
        return QIcon::fromTheme(QStringLiteral("mail-folder-sent"), style->standardIcon(QStyle::SP_ArrowRight));
    case model::SpecialUse::Trash:
        return QIcon::fromTheme(QStringLiteral("user-trash"), style->standardIcon(QStyle::SP_TrashIcon));
    case model::SpecialUse::Drafts:
        return QIcon::fromTheme(QStringLiteral("document-edit"), style->standardIcon(QStyle::SP_FileIcon));
    case model::SpecialUse::Junk:
        return QIcon::fromTheme(QStringLiteral("mail-mark-junk"), style->standardIcon(QStyle::SP_MessageBoxWarning));
    default:
        return QIcon::fromTheme(QStringLiteral("folder"), style->standardIcon(QStyle::SP_DirIcon));
    }
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
        return folderIcon(use, QIdentityProxyModel::data(index, model::MailboxIsAccountRole).toBool());
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

FolderPane::FolderPane(model::MailboxTreeModel *folders, QWidget *parent)
    : QTreeView(parent)
    , m_folders(folders)
    , m_display(new FolderDisplayModel(this))
{
    setAccessibleName(tr("Folders"));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    m_display->setSourceModel(folders);
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
        setCurrentIndex(m_display->mapFromSource(source));
}

void FolderPane::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid() || !current.data(model::MailboxSelectableRole).toBool())
        return;
    const QModelIndex source = m_display->mapToSource(current);
    Q_EMIT mailboxActivated(m_folders->engineFor(source), current.data(model::MailboxFullNameRole).toString());
}

} // namespace quire::ui
