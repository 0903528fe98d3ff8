#include "ui/FolderActions.h"

#include "core/cache/Cache.h"
#include "core/model/MailboxTreeModel.h"
#include "core/model/ModelRoles.h"
#include "ui/FolderIcons.h"
#include "ui/FolderPane.h"
#include "ui/SubscriptionsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

namespace quire::ui {

namespace {

const QString kOnlySubscribedKey = QStringLiteral("folders/onlySubscribed");

bool isInbox(const QModelIndex &index)
{
    return index.data(model::MailboxSpecialUseRole).toInt() == int(model::SpecialUse::Inbox);
}

QString nameOf(const QModelIndex &index)
{
    return index.data(model::MailboxDisplayNameRole).toString();
}

} // namespace

FolderActions::FolderActions(FolderPane *pane, model::MailboxTreeModel *folders, QWidget *window)
    : QObject(window)
    , m_pane(pane)
    , m_folders(folders)
    , m_window(window)
    , m_contextMenu(new QMenu(pane))
    , m_new(new QAction(themedIcon(QStringLiteral("folder-new")), QString(), this))
    , m_rename(new QAction(QString(), this))
    , m_delete(new QAction(themedIcon(QStringLiteral("edit-delete")), QString(), this))
    , m_subscriptions(new QAction(QString(), this))
    , m_onlySubscribed(new QAction(QString(), this))
{
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_rename->setShortcut(Qt::Key_F2);
    m_delete->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_subscriptions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_onlySubscribed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_onlySubscribed->setCheckable(true);
    // Rename and delete act on the folder pane's current folder: only while it has focus.
    for (QAction *action : { m_rename, m_delete })
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    pane->addActions(actions());
    retranslate();

    connect(m_new, &QAction::triggered, this, &FolderActions::onNew);
    connect(m_rename, &QAction::triggered, this, &FolderActions::onRename);
    connect(m_delete, &QAction::triggered, this, &FolderActions::onDelete);
    connect(m_subscriptions, &QAction::triggered, this, &FolderActions::onSubscriptions);
    connect(m_onlySubscribed, &QAction::toggled, this, &FolderActions::onOnlySubscribed);

    m_contextMenu->addActions({ m_new, m_rename, m_delete });
    m_contextMenu->addSeparator();
    m_contextMenu->addActions({ m_subscriptions, m_onlySubscribed });
    pane->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(pane, &QWidget::customContextMenuRequested, this,
        [this](const QPoint &position) { m_contextMenu->popup(m_pane->viewport()->mapToGlobal(position)); });
    connect(pane->selectionModel(), &QItemSelectionModel::currentChanged, this, &FolderActions::updateActions);
    connect(folders, &QAbstractItemModel::dataChanged, this, &FolderActions::updateActions);
    connect(folders, &QAbstractItemModel::rowsRemoved, this, &FolderActions::updateActions);
    window->installEventFilter(this);

    m_onlySubscribed->setChecked(QSettings().value(kOnlySubscribedKey, false).toBool());
    updateActions();
}

QList<QAction *> FolderActions::actions() const
{
    return { m_new, m_rename, m_delete, m_subscriptions, m_onlySubscribed };
}

void FolderActions::retranslate()
{
    m_new->setText(tr("&New Folder…"));
    m_new->setToolTip(tr("Create a folder inside the selected one"));
    m_rename->setText(tr("&Rename Folder…"));
    m_rename->setToolTip(tr("Rename the selected folder"));
    m_delete->setText(tr("&Delete Folder…"));
    m_delete->setToolTip(tr("Delete the selected folder and its messages from the server"));
    m_subscriptions->setText(tr("&Subscriptions…"));
    m_subscriptions->setToolTip(tr("Choose which folders this account subscribes to"));
    m_onlySubscribed->setText(tr("Show &Only Subscribed Folders"));
    m_contextMenu->setAccessibleName(tr("Folder actions"));
    if (m_menu)
        m_menu->setTitle(tr("F&older"));
}

bool FolderActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void FolderActions::addMenu(QMenuBar *menuBar, QAction *before)
{
    m_menu = new QMenu(menuBar);
    m_menu->addActions({ m_new, m_rename, m_delete });
    m_menu->addSeparator();
    m_menu->addActions({ m_subscriptions, m_onlySubscribed });
    menuBar->insertMenu(before, m_menu);
    retranslate();
}

QModelIndex FolderActions::current() const
{
    return m_pane->currentFolder();
}

void FolderActions::updateActions()
{
    const QModelIndex folder = current();
    const bool isAccount = folder.data(model::MailboxIsAccountRole).toBool();
    const bool exists = folder.data(model::MailboxExistsRole).toBool();
    const bool noInferiors = folder.data(model::MailboxAttributesRole)
                                 .toStringList()
                                 .contains(QStringLiteral("\\Noinferiors"), Qt::CaseInsensitive);
    m_new->setEnabled(folder.isValid() && (isAccount || !noInferiors));
    m_rename->setEnabled(exists && !isInbox(folder));
    m_delete->setEnabled(exists && !isInbox(folder));
    m_subscriptions->setEnabled(folder.isValid());
}

// --- create, rename, delete

QChar FolderActions::delimiterNear(const QModelIndex &index) const
{
    const sync::MailEngine *engine = m_folders->engineFor(index);
    if (!engine)
        return QLatin1Char('/');
    auto records = engine->cache()->mailboxes();
    if (records) {
        const QString fullName = index.data(model::MailboxFullNameRole).toString();
        for (const cache::MailboxRecord &record : records.value()) {
            if (record.name == fullName && !record.delimiter.isNull())
                return record.delimiter;
        }
        for (const cache::MailboxRecord &record : records.value()) {
            if (!record.delimiter.isNull())
                return record.delimiter;
        }
    }
    return QLatin1Char('/');
}

QString FolderActions::checkName(const QModelIndex &parent, const QString &name, const QModelIndex &self) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A folder needs a name.");
    const QChar delimiter = delimiterNear(parent.isValid() ? parent : self);
    if (trimmed.contains(delimiter))
        return tr("A folder name cannot contain \"%1\": the server uses it to separate folders.").arg(delimiter);
    for (int row = 0; row < m_folders->rowCount(parent); ++row) {
        const QModelIndex sibling = m_folders->index(row, 0, parent);
        if (sibling != self && nameOf(sibling).compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("There is already a folder named \"%1\" here.").arg(trimmed);
    }
    return {};
}

QString FolderActions::createFolder(const QModelIndex &parent, const QString &name)
{
    if (m_folders->canFetchMore(parent))
        m_folders->fetchMore(parent);
    if (QString error = checkName(parent, name, {}); !error.isEmpty())
        return error;
    m_folders->createMailbox(parent, name.trimmed());
    Q_EMIT statusMessage(tr("Creating the folder \"%1\".").arg(name.trimmed()));
    return {};
}

QString FolderActions::renameFolder(const QModelIndex &folder, const QString &newName)
{
    if (newName.trimmed() == nameOf(folder))
        return {};
    if (QString error = checkName(folder.parent(), newName, folder); !error.isEmpty())
        return error;
    m_folders->renameMailbox(folder, newName.trimmed());
    Q_EMIT statusMessage(tr("Renaming the folder \"%1\" to \"%2\".").arg(nameOf(folder), newName.trimmed()));
    return {};
}

QString FolderActions::deleteQuestion(const QModelIndex &folder) const
{
    const int messages = folder.data(model::MailboxTotalRole).toInt();
    const QString name = folder.data(model::MailboxFullNameRole).toString();
    if (m_folders->hasChildren(folder))
        return tr("Delete the folder \"%1\" and its %n message(s) from the server? Its subfolders may be deleted "
                  "too. This cannot be undone.",
            nullptr, messages)
            .arg(name);
    return tr(
        "Delete the folder \"%1\" and its %n message(s) from the server? This cannot be undone.", nullptr, messages)
        .arg(name);
}

void FolderActions::deleteFolderNow(const QModelIndex &folder)
{
    const QString name = folder.data(model::MailboxFullNameRole).toString();
    m_folders->deleteMailbox(folder);
    Q_EMIT statusMessage(tr("Deleting the folder \"%1\".").arg(name));
}

void FolderActions::onNew()
{
    QModelIndex parent = current();
    if (!parent.isValid())
        return;
    QString name;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(m_window, tr("New Folder"),
            parent.data(model::MailboxIsAccountRole).toBool()
                ? tr("Name of the new folder:")
                : tr("Name of the new folder inside \"%1\":").arg(nameOf(parent)),
            QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        const QString error = createFolder(parent, name);
        if (error.isEmpty())
            return;
        QMessageBox::warning(m_window, tr("New Folder"), error);
    }
}

void FolderActions::onRename()
{
    const QModelIndex folder = current();
    if (!m_rename->isEnabled() || !folder.isValid())
        return;
    QString name = nameOf(folder);
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(
            m_window, tr("Rename Folder"), tr("New name of \"%1\":").arg(nameOf(folder)), QLineEdit::Normal, name, &ok);
        if (!ok)
            return;
        const QString error = renameFolder(folder, name);
        if (error.isEmpty())
            return;
        QMessageBox::warning(m_window, tr("Rename Folder"), error);
    }
}

void FolderActions::onDelete()
{
    const QPersistentModelIndex folder = current();
    if (!m_delete->isEnabled() || !folder.isValid())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete Folder"), deleteQuestion(folder),
        QMessageBox::Yes | QMessageBox::Cancel, m_window);
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("&Delete Folder"));
    box.setAccessibleName(tr("Confirm deleting a folder"));
    if (box.exec() == QMessageBox::Yes && folder.isValid())
        deleteFolderNow(folder);
}

// --- subscriptions

void FolderActions::onSubscriptions()
{
    const QModelIndex folder = current();
    sync::MailEngine *engine = m_folders->engineFor(folder);
    if (!engine)
        return;
    SubscriptionsDialog dialog(engine, m_window);
    dialog.exec();
}

void FolderActions::onOnlySubscribed(bool only)
{
    QSettings().setValue(kOnlySubscribedKey, only);
    m_pane->setShowOnlySubscribed(only);
}

} // namespace quire::ui
