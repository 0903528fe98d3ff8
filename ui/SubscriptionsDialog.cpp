#include "ui/SubscriptionsDialog.h"

#include "core/cache/Cache.h"
#include "core/model/MailboxTreeNodes.h"
#include "core/sync/MailEngine.h"
#include "ui/FolderIcons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace quire::ui {

namespace {
constexpr int kFullNameRole = Qt::UserRole + 1;
}

SubscriptionsDialog::SubscriptionsDialog(sync::MailEngine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_filter(new QLineEdit)
    , m_list(new QListView)
    , m_folders(new QStandardItemModel(this))
    , m_shown(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Folder Subscriptions"));
    setAccessibleName(tr("Folder subscriptions"));
    auto *intro = new QLabel(tr("Subscribed folders are shown when \"Show Only Subscribed Folders\" is on."));
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&Filter:"));
    label->setBuddy(m_filter);
    m_filter->setPlaceholderText(tr("Type to filter folders"));
    m_filter->setAccessibleName(tr("Folder filter"));
    m_filter->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Folders and their subscriptions"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);

    fill();
    m_shown->setSourceModel(m_folders);
    m_shown->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_shown->setFilterRole(kFullNameRole);
    m_list->setModel(m_shown);
    connect(m_filter, &QLineEdit::textChanged, m_shown, &QSortFilterProxyModel::setFilterFixedString);

    auto *all = new QPushButton(tr("&Subscribe All Shown"));
    auto *none = new QPushButton(tr("&Unsubscribe All Shown"));
    all->setAccessibleName(tr("Subscribe to every folder shown"));
    none->setAccessibleName(tr("Unsubscribe from every folder shown"));
    connect(all, &QPushButton::clicked, this, [this] { setAllShown(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllShown(false); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(label);
    filterRow->addWidget(m_filter);
    auto *bulk = new QHBoxLayout;
    bulk->addWidget(all);
    bulk->addWidget(none);
    bulk->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filterRow);
    layout->addWidget(m_list);
    layout->addLayout(bulk);
    layout->addWidget(buttons);
    resize(460, 480);
}

void SubscriptionsDialog::fill()
{
    if (!m_engine)
        return;
    auto records = m_engine->cache()->mailboxes();
    if (!records)
        return;
    QList<cache::MailboxRecord> sorted = records.value();
    std::sort(sorted.begin(), sorted.end(), [](const cache::MailboxRecord &a, const cache::MailboxRecord &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const cache::MailboxRecord &record : std::as_const(sorted)) {
        auto *item = new QStandardItem(
            folderIcon(model::specialUseOf(record)), model::displayPath(record, {}).join(QStringLiteral(" / ")));
        item->setData(record.name, kFullNameRole);
        item->setCheckable(true);
        item->setCheckState(record.subscribed ? Qt::Checked : Qt::Unchecked);
        m_folders->appendRow(item);
        m_initial.insert(record.name, record.subscribed);
    }
}

void SubscriptionsDialog::setSubscribed(const QString &fullName, bool subscribed)
{
    for (int row = 0; row < m_folders->rowCount(); ++row) {
        QStandardItem *item = m_folders->item(row);
        if (item->data(kFullNameRole).toString() == fullName)
            item->setCheckState(subscribed ? Qt::Checked : Qt::Unchecked);
    }
}

void SubscriptionsDialog::setAllShown(bool subscribed)
{
    for (int row = 0; row < m_shown->rowCount(); ++row)
        m_folders->itemFromIndex(m_shown->mapToSource(m_shown->index(row, 0)))
            ->setCheckState(subscribed ? Qt::Checked : Qt::Unchecked);
}

QHash<QString, bool> SubscriptionsDialog::changes() const
{
    QHash<QString, bool> out;
    for (int row = 0; row < m_folders->rowCount(); ++row) {
        const QStandardItem *item = m_folders->item(row);
        const QString name = item->data(kFullNameRole).toString();
        const bool wanted = item->checkState() == Qt::Checked;
        if (m_initial.value(name) != wanted)
            out.insert(name, wanted);
    }
    return out;
}

void SubscriptionsDialog::accept()
{
    if (m_engine) {
        const QHash<QString, bool> wanted = changes();
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            m_engine->setSubscribed(it.key(), it.value());
    }
    QDialog::accept();
}

} // namespace quire::ui
