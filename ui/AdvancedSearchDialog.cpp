#include "ui/AdvancedSearchDialog.h"

#include "core/sync/AccountEngine.h"
#include "ui/MessageSearch.h"
#include "ui/SearchCriterionRow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace quire::ui {

namespace {

// More rows than a person reads; the status line says when it stopped.
constexpr int kMaxResultRows = 5000;

enum Column { FolderColumn, SubjectColumn, FromColumn, DateColumn };
constexpr int kMailboxRole = Qt::UserRole;
constexpr int kUidRole = Qt::UserRole + 1;

bool isSelectable(const cache::MailboxRecord &mailbox)
{
    return !mailbox.attributes.contains(QStringLiteral("\\Noselect"), Qt::CaseInsensitive)
        && !mailbox.attributes.contains(QStringLiteral("\\NonExistent"), Qt::CaseInsensitive);
}

} // namespace

AdvancedSearchDialog::AdvancedSearchDialog(QWidget *parent)
    : QDialog(parent)
    , m_scope(new QComboBox)
    , m_match(new QComboBox)
    , m_scopeLabel(new QLabel)
    , m_matchLabel(new QLabel)
    , m_addButton(new QPushButton)
    , m_rowLayout(new QVBoxLayout)
    , m_searchButton(new QPushButton)
    , m_stopButton(new QPushButton)
    , m_status(new QLabel)
    , m_results(new QTreeWidget)
    , m_search(new MessageSearch(this))
{
    m_match->addItem(QString(), int(model::SearchQuery::Match::All));
    m_match->addItem(QString(), int(model::SearchQuery::Match::Any));
    m_status->setWordWrap(true);
    m_results->setColumnCount(4);
    m_results->setRootIsDecorated(false);
    m_results->setSortingEnabled(true);
    m_results->setUniformRowHeights(true);
    m_results->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);
    m_results->setColumnWidth(FolderColumn, 140);
    m_results->setColumnWidth(FromColumn, 180);
    m_results->setColumnWidth(DateColumn, 150);
    m_stopButton->setEnabled(false);
    m_searchButton->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_scopeLabel, m_scope);
    form->addRow(m_matchLabel, m_match);
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_addButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stopButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_searchButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(m_rowLayout);
    layout->addWidget(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    resize(760, 520);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addRow(); });
    connect(m_searchButton, &QPushButton::clicked, this, &AdvancedSearchDialog::search);
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        m_search->cancel();
        m_stopButton->setEnabled(false);
        m_status->setText(tr("Stopped. %n message(s) found so far.", nullptr, m_results->topLevelItemCount()));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &MessageSearch::found, this, &AdvancedSearchDialog::addResults);
    connect(m_search, &MessageSearch::finished, this, [this](const MessageSearch::Outcome &outcome) {
        m_stopButton->setEnabled(false);
        QString text = MessageSearch::describe(outcome);
        if (m_results->topLevelItemCount() >= kMaxResultRows)
            text += QLatin1Char(' ') + tr("Only the first %1 are listed.").arg(kMaxResultRows);
        m_status->setText(text);
        Q_EMIT searchFinished();
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT messageActivated(item->data(0, kMailboxRole).toString(), item->data(0, kUidRole).toUInt());
    });
    retranslateUi();
    addRow();
}

void AdvancedSearchDialog::retranslateUi()
{
    setWindowTitle(tr("Advanced Search"));
    setAccessibleName(tr("Advanced search"));
    m_scopeLabel->setText(tr("Search &in:"));
    m_scope->setAccessibleName(tr("Search in"));
    m_matchLabel->setText(tr("&Match:"));
    m_match->setItemText(0, tr("all of the conditions"));
    m_match->setItemText(1, tr("any of the conditions"));
    m_match->setAccessibleName(tr("Match"));
    m_addButton->setText(tr("&Add Condition"));
    m_addButton->setAccessibleName(tr("Add condition"));
    m_searchButton->setText(tr("&Search"));
    m_stopButton->setText(tr("S&top"));
    m_status->setAccessibleName(tr("Search status"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setHeaderLabels({ tr("Folder"), tr("Subject"), tr("From"), tr("Date") });
    if (m_scope->count() > 0)
        setMailbox(m_engine, m_mailbox); // "This folder (%1)", "All folders"
}

void AdvancedSearchDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void AdvancedSearchDialog::setMailbox(sync::AccountEngine *engine, const QString &mailbox)
{
    m_engine = engine;
    m_mailbox = mailbox;
    const int previous = m_scope->currentIndex();
    m_scope->clear();
    m_scope->addItem(mailbox.isEmpty() ? tr("No folder is open") : tr("This folder (%1)").arg(mailbox));
    m_scope->addItem(tr("All folders"));
    m_scope->setCurrentIndex(qMax(0, previous));
}

void AdvancedSearchDialog::setAllFolders(bool all)
{
    m_scope->setCurrentIndex(all ? 1 : 0);
}

void AdvancedSearchDialog::setMatch(model::SearchQuery::Match match)
{
    m_match->setCurrentIndex(m_match->findData(int(match)));
}

SearchCriterionRow *AdvancedSearchDialog::addRow()
{
    auto *row = new SearchCriterionRow;
    m_rows.append(row);
    m_rowLayout->addWidget(row);
    connect(row, &SearchCriterionRow::removeRequested, this, [this, row] { removeRow(row); });
    connect(row, &SearchCriterionRow::submitted, this, &AdvancedSearchDialog::search);
    return row;
}

void AdvancedSearchDialog::removeRow(SearchCriterionRow *row)
{
    m_rows.removeOne(row);
    row->deleteLater();
    if (m_rows.isEmpty())
        addRow();
}

model::SearchQuery AdvancedSearchDialog::query() const
{
    model::SearchQuery query;
    query.match = model::SearchQuery::Match(m_match->currentData().toInt());
    for (const SearchCriterionRow *row : m_rows)
        query.criteria.append(row->criterion());
    return query;
}

void AdvancedSearchDialog::setQuery(const model::SearchQuery &query)
{
    while (!m_rows.isEmpty())
        m_rows.takeLast()->deleteLater();
    setMatch(query.match);
    for (const model::SearchCriterion &criterion : query.criteria)
        addRow()->setCriterion(criterion);
    if (m_rows.isEmpty())
        addRow();
}

QStringList AdvancedSearchDialog::mailboxesToSearch() const
{
    if (m_scope->currentIndex() == 0)
        return m_mailbox.isEmpty() ? QStringList() : QStringList { m_mailbox };
    QStringList out;
    auto mailboxes = m_engine->cache()->mailboxes();
    for (const cache::MailboxRecord &mailbox : mailboxes ? mailboxes.value() : QList<cache::MailboxRecord>()) {
        if (isSelectable(mailbox))
            out.append(mailbox.name);
    }
    return out;
}

void AdvancedSearchDialog::search()
{
    const model::SearchQuery query = this->query();
    if (const QString problem = describe(query.problem()); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    m_results->clear();
    if (!m_engine) {
        m_status->setText(tr("No account is open."));
        return;
    }
    const QStringList mailboxes = mailboxesToSearch();
    if (mailboxes.isEmpty()) {
        m_status->setText(tr("There is no folder to search."));
        return;
    }
    const bool online = m_engine->connectionState() == sync::ConnectionState::Online;
    m_status->setText(online
            ? tr("Searching %n folder(s) on the server…", nullptr, int(mailboxes.size()))
            : tr("Offline: searching %n folder(s) in the local cache…", nullptr, int(mailboxes.size())));
    m_stopButton->setEnabled(true);
    m_results->setSortingEnabled(false);
    m_search->start(m_engine, mailboxes, query);
}

void AdvancedSearchDialog::addResults(const QString &mailbox, const QList<quint32> &uids)
{
    if (!m_engine)
        return;
    const quint32 uidValidity = m_engine->uidValidity(mailbox);
    QList<QTreeWidgetItem *> items;
    for (quint32 uid : uids) {
        if (m_results->topLevelItemCount() + items.size() >= kMaxResultRows)
            break;
        auto *item = new QTreeWidgetItem;
        item->setText(FolderColumn, mailbox);
        item->setData(0, kMailboxRole, mailbox);
        item->setData(0, kUidRole, uid);
        auto record = m_engine->cache()->message(mailbox, uidValidity, uid);
        if (record && record.value() && record.value()->hasEnvelope) {
            const cache::MessageRecord &r = *record.value();
            item->setText(SubjectColumn, r.subject);
            item->setText(FromColumn, r.from);
            item->setText(DateColumn, QLocale().toString(r.date.toLocalTime(), QLocale::ShortFormat));
            item->setData(DateColumn, Qt::UserRole, r.date);
        } else {
            item->setText(SubjectColumn, tr("(message %1, not downloaded yet)").arg(uid));
        }
        items.append(item);
    }
    m_results->addTopLevelItems(items);
    m_results->setSortingEnabled(true);
}

QString AdvancedSearchDialog::describe(model::SearchQuery::Problem problem)
{
    using Problem = model::SearchQuery::Problem;
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NoCriteria:
        return tr("Add at least one condition.");
    case Problem::EmptyText:
        return tr("A condition has no text to look for (keywords are single words without spaces).");
    case Problem::EmptyHeaderName:
        return tr("A header condition needs a field name such as X-Mailer, without spaces or a colon.");
    case Problem::InvalidDate:
        return tr("A date is not valid.");
    case Problem::InvalidUidSet:
        return tr("A UID set is not valid: use numbers and ranges such as 1:100,205.");
    }
    return {};
}

} // namespace quire::ui
