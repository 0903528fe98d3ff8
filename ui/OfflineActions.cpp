#include "ui/OfflineActions.h"

#include "core/model/MailboxTreeModel.h"
#include "core/model/ModelRoles.h"
#include "ui/FolderPane.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QMenu>

namespace quire::ui {

OfflineActions::OfflineActions(FolderPane *pane, model::MailboxTreeModel *folders, QWidget *window)
    : QObject(window)
    , m_pane(pane)
    , m_folders(folders)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_text(m_menu->addAction(QString()))
    , m_all(m_menu->addAction(QString()))
{
    m_menu->setObjectName(QStringLiteral("makeAvailableOffline"));
    m_text->setObjectName(QStringLiteral("offlineWithoutAttachments"));
    m_all->setObjectName(QStringLiteral("offlineWithAttachments"));
    connect(m_text, &QAction::triggered, this, [this] { download(false); });
    connect(m_all, &QAction::triggered, this, [this] { download(true); });
    connect(pane->selectionModel(), &QItemSelectionModel::currentChanged, this, &OfflineActions::updateActions);
    connect(folders, &QAbstractItemModel::rowsRemoved, this, &OfflineActions::updateActions);
    window->installEventFilter(this);
    retranslate();
    updateActions();
}

void OfflineActions::download(bool attachments)
{
    const QModelIndex folder = m_pane->currentFolder();
    sync::MailEngine *engine = m_folders->engineFor(folder);
    if (!engine)
        return;
    // On an account: every folder of it (the engine reads an empty list so).
    const bool account = folder.data(model::MailboxIsAccountRole).toBool();
    const QString mailbox = folder.data(model::MailboxFullNameRole).toString();
    engine->downloadForOffline(account ? QStringList() : QStringList { mailbox }, attachments);
}

void OfflineActions::updateActions()
{
    const QModelIndex folder = m_pane->currentFolder();
    const bool possible = m_folders->engineFor(folder)
        && (folder.data(model::MailboxIsAccountRole).toBool() || folder.data(model::MailboxSelectableRole).toBool());
    m_menu->menuAction()->setEnabled(possible);
    m_text->setEnabled(possible);
    m_all->setEnabled(possible);
}

void OfflineActions::retranslate()
{
    m_menu->setTitle(tr("Make Available &Offline"));
    m_menu->menuAction()->setToolTip(
        tr("Download the messages of the selected folder, to read them without a connection"));
    m_text->setText(tr("&Messages Without Attachments"));
    m_all->setText(tr("Messages &Including Attachments"));
}

bool OfflineActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace quire::ui
