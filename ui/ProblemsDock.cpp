#include "ui/ProblemsDock.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace quire::ui {

namespace {

enum Column { TimeColumn, AccountColumn, FolderColumn, ProblemColumn };
constexpr int kDetailsRole = Qt::UserRole + 1;
constexpr int kTimeRole = Qt::UserRole + 2;
// Old problems go first: the list is for troubleshooting, not an archive.
constexpr int kMaxProblems = 500;

QString kindName(sync::EngineErrorKind kind)
{
    switch (kind) {
    case sync::EngineErrorKind::NotConnected:
        return QStringLiteral("NotConnected");
    case sync::EngineErrorKind::ServerRefused:
        return QStringLiteral("ServerRefused");
    case sync::EngineErrorKind::ProtocolError:
        return QStringLiteral("ProtocolError");
    case sync::EngineErrorKind::ConnectionLost:
        return QStringLiteral("ConnectionLost");
    case sync::EngineErrorKind::AuthenticationFailed:
        return QStringLiteral("AuthenticationFailed");
    case sync::EngineErrorKind::CertificateRejected:
        return QStringLiteral("CertificateRejected");
    case sync::EngineErrorKind::CacheFailed:
        return QStringLiteral("CacheFailed");
    case sync::EngineErrorKind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

} // namespace

ProblemsDock::ProblemsDock(QWidget *parent)
    : QDockWidget(parent)
    , m_list(new QTreeWidget)
    , m_details(new QPlainTextEdit)
    , m_clear(new QPushButton)
    , m_statusButton(new QToolButton)
{
    setObjectName(QStringLiteral("problemsDock"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    for (int column : { TimeColumn, AccountColumn, FolderColumn })
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("problemDetails"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);
    setWidget(content);

    m_statusButton->setAutoRaise(true);
    m_statusButton->setObjectName(QStringLiteral("problemsButton"));
    m_statusButton->setVisible(false);
    connect(m_statusButton, &QToolButton::clicked, this, [this] {
        show();
        raise();
        m_list->setFocus();
    });
    connect(m_clear, &QPushButton::clicked, this, &ProblemsDock::clear);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProblemsDock::showDetails);
    retranslate();
}

void ProblemsDock::addProblem(
    const QString &account, const sync::EngineError &error, const QString &summary, const QDateTime &when)
{
    auto *item = new QTreeWidgetItem;
    item->setData(TimeColumn, kTimeRole, when);
    item->setText(AccountColumn, account);
    item->setText(FolderColumn, error.mailbox);
    item->setText(ProblemColumn, summary);
    item->setToolTip(ProblemColumn, summary);
    // Details are for troubleshooting and bug reports: the engine's and the
    // server's own words, untranslated, below the sentence.
    QStringList details { summary, QString() };
    details << QStringLiteral("kind: %1").arg(kindName(error.kind));
    if (!error.detail.isEmpty())
        details << QStringLiteral("detail: %1").arg(error.detail);
    if (error.cause && !error.cause->serverText.isEmpty() && error.cause->serverText != error.detail.toUtf8())
        details << QStringLiteral("server: %1").arg(QString::fromUtf8(error.cause->serverText));
    item->setData(ProblemColumn, kDetailsRole, details.join(QLatin1Char('\n')));
    m_list->insertTopLevelItem(0, item); // newest first
    while (m_list->topLevelItemCount() > kMaxProblems)
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    if (!m_list->currentItem())
        m_list->setCurrentItem(item);
    retranslate(); // the time column, in the current locale
}

void ProblemsDock::clear()
{
    m_list->clear();
    m_details->clear();
    updateStatusButton();
}

int ProblemsDock::count() const
{
    return m_list->topLevelItemCount();
}

void ProblemsDock::showDetails()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const QString when = item ? item->text(TimeColumn) : QString();
    m_details->setPlainText(
        item ? when + QLatin1Char('\n') + item->data(ProblemColumn, kDetailsRole).toString() : QString());
}

void ProblemsDock::updateStatusButton()
{
    m_statusButton->setVisible(count() > 0);
    //: The status bar button that opens the Problems list
    m_statusButton->setText(tr("%n problem(s)", nullptr, count()));
}

void ProblemsDock::retranslate()
{
    setWindowTitle(tr("Problems"));
    //: Column headers of the Problems list
    m_list->setHeaderLabels({ tr("Time"), tr("Account"), tr("Folder"), tr("Problem") });
    m_list->setAccessibleName(tr("Problems"));
    m_details->setAccessibleName(tr("Details of the problem"));
    m_clear->setText(tr("C&lear"));
    m_statusButton->setToolTip(tr("Show the problems of the background work"));
    const QLocale locale;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        item->setText(
            TimeColumn, locale.toString(item->data(TimeColumn, kTimeRole).toDateTime(), QLocale::ShortFormat));
    }
    updateStatusButton();
    showDetails();
}

void ProblemsDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace quire::ui
