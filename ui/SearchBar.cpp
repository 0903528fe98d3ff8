#include "ui/SearchBar.h"

#include "core/model/MessageFilterModel.h"
#include "core/sync/AccountEngine.h"
#include "ui/MessageSearch.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace quire::ui {

namespace {
constexpr int kServerDelayMs = 400;
}

SearchBar::SearchBar(model::MessageFilterModel *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_field(new QLineEdit)
    , m_status(new QLabel)
    , m_advanced(new QToolButton)
    , m_search(new MessageSearch(this))
{
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    retranslateUi();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_field, 2);
    layout->addWidget(m_status, 3);
    layout->addWidget(m_advanced);

    m_delay.setSingleShot(true);
    m_delay.setInterval(kServerDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &SearchBar::startSearch);
    connect(m_field, &QLineEdit::textChanged, this, &SearchBar::onTextChanged);
    connect(m_advanced, &QToolButton::clicked, this, &SearchBar::advancedSearchRequested);
    connect(m_search, &MessageSearch::found, this, [this](const QString &mailbox, const QList<quint32> &uids) {
        if (mailbox == m_mailbox)
            m_filter->setExtraMatches(QSet<quint32>(uids.begin(), uids.end()));
    });
    connect(m_search, &MessageSearch::finished, this, [this](const MessageSearch::Outcome &outcome) {
        m_status->setText(MessageSearch::describe(outcome));
        Q_EMIT searchFinished();
    });
}

void SearchBar::retranslateUi()
{
    m_field->setPlaceholderText(tr("Search this folder (Ctrl+F)"));
    m_field->setAccessibleName(tr("Quick search"));
    m_status->setAccessibleName(tr("Search status"));
    m_advanced->setText(tr("Advanced…"));
    m_advanced->setToolTip(tr("Search with several conditions, in one folder or all (Ctrl+Shift+F)"));
    m_advanced->setAccessibleName(tr("Advanced search"));
}

void SearchBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SearchBar::setMailbox(sync::AccountEngine *engine, const QString &mailbox)
{
    m_engine = engine;
    m_mailbox = mailbox;
    m_field->clear();
    m_search->cancel();
    m_status->clear();
}

void SearchBar::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchBar::onTextChanged(const QString &text)
{
    m_search->cancel();
    // Instant: the rows the cache has, matched on their envelope fields.
    m_filter->setQuickSearch(text);
    if (text.trimmed().isEmpty()) {
        m_delay.stop();
        m_status->clear();
        return;
    }
    m_status->clear();
    m_delay.start();
}

void SearchBar::startSearch()
{
    const QString text = m_field->text().trimmed();
    if (text.isEmpty() || !m_engine)
        return;
    const bool online = m_engine->connectionState() == sync::ConnectionState::Online;
    m_status->setText(online ? tr("Searching the server…") : tr("Offline: searching the local cache…"));
    m_search->startQuick(m_engine, m_mailbox, text);
}

bool SearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
        m_field->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace quire::ui
