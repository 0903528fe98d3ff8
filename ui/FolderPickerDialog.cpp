#include "ui/FolderPickerDialog.h"

#include "core/cache/Cache.h"
#include "core/model/MailboxTreeNodes.h"
#include "core/sync/MailEngine.h"
#include "ui/FolderIcons.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

namespace quire::ui {

namespace {
constexpr int kFullNameRole = Qt::UserRole + 1;
}

FolderPickerDialog::FolderPickerDialog(const sync::MailEngine *engine, const QString &exclude, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit)
    , m_list(new QListView)
    , m_folders(new QStandardItemModel(this))
    , m_shown(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Choose a Folder"));
    setAccessibleName(tr("Choose a folder"));
    m_filter->setPlaceholderText(tr("Type to filter folders"));
    m_filter->setAccessibleName(tr("Folder filter"));
    m_filter->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Folders"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    auto *label = new QLabel(tr("&Folder:"));
    label->setBuddy(m_filter);

    fill(engine, exclude);
    m_shown->setSourceModel(m_folders);
    m_shown->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_shown->setFilterRole(kFullNameRole);
    m_list->setModel(m_shown);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(420, 440);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Every word must appear, in any order: "arch 2024" finds "Archive/2024".
        QString pattern;
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            pattern += QStringLiteral("(?=.*%1)").arg(QRegularExpression::escape(word));
        m_shown->setFilterRegularExpression(QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption));
        selectFirst();
    });
    connect(m_list, &QAbstractItemView::doubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [ok](const QModelIndex &current) { ok->setEnabled(current.isValid()); });
    ok->setEnabled(false);
    m_filter->installEventFilter(this);
    selectFirst();
}

void FolderPickerDialog::fill(const sync::MailEngine *engine, const QString &exclude)
{
    if (!engine)
        return;
    auto records = engine->cache()->mailboxes();
    if (!records)
        return;
    struct Entry {
        QString path;
        QString fullName;
        model::SpecialUse use;
    };
    std::vector<Entry> entries;
    for (const cache::MailboxRecord &record : records.value()) {
        if (record.name == exclude || record.attributes.contains(QStringLiteral("\\Noselect"), Qt::CaseInsensitive)
            || record.attributes.contains(QStringLiteral("\\NonExistent"), Qt::CaseInsensitive))
            continue;
        entries.push_back(
            { model::displayPath(record, {}).join(QStringLiteral(" / ")), record.name, model::specialUseOf(record) });
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        // Special folders first, then the rest by path (so children follow their parent).
        const bool specialA = a.use != model::SpecialUse::None;
        const bool specialB = b.use != model::SpecialUse::None;
        if (specialA != specialB)
            return specialA;
        return model::sortsBefore(a.use, a.path, b.use, b.path);
    });
    for (const Entry &entry : entries) {
        auto *item = new QStandardItem(folderIcon(entry.use), entry.path);
        item->setData(entry.fullName, kFullNameRole);
        item->setToolTip(entry.fullName);
        m_folders->appendRow(item);
    }
}

void FolderPickerDialog::selectFirst()
{
    const QModelIndex first = m_shown->index(0, 0);
    m_list->setCurrentIndex(first);
}

int FolderPickerDialog::visibleCount() const
{
    return m_shown->rowCount();
}

QString FolderPickerDialog::selectedMailbox() const
{
    return m_list->currentIndex().data(kFullNameRole).toString();
}

// Up and Down in the filter move through the list, so the hands stay on the keys.
bool FolderPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString FolderPickerDialog::pick(
    const sync::MailEngine *engine, const QString &title, const QString &exclude, QWidget *parent)
{
    FolderPickerDialog dialog(engine, exclude, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedMailbox();
}

} // namespace quire::ui
