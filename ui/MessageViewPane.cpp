#include "ui/MessageViewPane.h"

#include "ui/AttachmentBar.h"
#include "ui/MessageBrowser.h"
#include "ui/ViewSettings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace quire::ui {

MessageViewPane::MessageViewPane(QWidget *parent)
    : QWidget(parent)
    , m_remoteBar(new QWidget)
    , m_remoteLabel(new QLabel)
    , m_loadOnce(new QPushButton)
    , m_loadAlways(new QPushButton)
    , m_retry(new QPushButton)
    , m_browser(new MessageBrowser)
    , m_attachments(new AttachmentBar)
    , m_preferPlain(ViewSettings::preferPlainText())
{
    m_remoteBar->setObjectName(QStringLiteral("remoteContentBar"));
    m_remoteBar->setAttribute(Qt::WA_StyledBackground);
    m_remoteBar->setStyleSheet(QStringLiteral("#remoteContentBar { background: #fff4c2; "
                                              "border-bottom: 1px solid #e0c860; } QLabel { color: #3d3000; }"));
    auto *remoteLayout = new QHBoxLayout(m_remoteBar);
    remoteLayout->setContentsMargins(8, 2, 8, 2);
    remoteLayout->addWidget(m_remoteLabel, 1);
    remoteLayout->addWidget(m_loadOnce);
    remoteLayout->addWidget(m_loadAlways);
    m_remoteBar->hide();
    m_retry->hide();

    auto *retryRow = new QHBoxLayout;
    retryRow->addStretch(1);
    retryRow->addWidget(m_retry);
    retryRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_remoteBar);
    layout->addWidget(m_browser, 1);
    layout->addLayout(retryRow);
    layout->addWidget(m_attachments);

    connect(&m_rendering, &QFutureWatcher<RenderedMessage>::finished, this, &MessageViewPane::onRendered);
    connect(m_loadOnce, &QPushButton::clicked, this, &MessageViewPane::loadRemoteContentOnce);
    connect(m_loadAlways, &QPushButton::clicked, this, &MessageViewPane::loadRemoteContentAlwaysForSender);
    connect(m_retry, &QPushButton::clicked, this, &MessageViewPane::retryRequested);
    connect(m_attachments, &AttachmentBar::error, this, &MessageViewPane::problem);
    retranslateUi();
    showEmpty();
}

void MessageViewPane::retranslateUi()
{
    m_remoteBar->setAccessibleName(tr("Blocked remote content"));
    m_loadOnce->setText(tr("Load Once"));
    m_loadOnce->setAccessibleName(tr("Load remote content once"));
    m_loadAlways->setAccessibleName(tr("Always load remote content from this sender"));
    m_retry->setText(tr("&Retry"));
    m_retry->setAccessibleName(tr("Retry loading the message"));
    m_browser->setAccessibleName(tr("Message"));
}

void MessageViewPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslateUi();
    // Notices, header labels and dates are in the old language until shown again.
    // A copy: showing again replaces m_showAgain while it runs.
    if (const std::function<void()> again = m_showAgain)
        again();
}

QTextBrowser *MessageViewPane::browser() const
{
    return m_browser;
}

void MessageViewPane::showNotice(const QString &text, bool retry)
{
    ++m_generation;
    m_source.clear();
    m_rendered = {};
    m_remoteBar->hide();
    m_attachments->setAttachments(nullptr, {});
    m_retry->setVisible(retry);
    m_browser->setMessageResources({}, false);
    m_browser->setHtml(
        QStringLiteral("<p align=\"center\" style=\"color:#777; margin-top:24px;\">%1</p>").arg(text.toHtmlEscaped()));
}

void MessageViewPane::showEmpty()
{
    m_showAgain = [this] { showEmpty(); };
    showNotice(tr("No message selected"));
}

void MessageViewPane::showLoading()
{
    m_showAgain = [this] { showLoading(); };
    showNotice(tr("Loading…"));
}

void MessageViewPane::showUnavailableOffline()
{
    m_showAgain = [this] { showUnavailableOffline(); };
    showNotice(tr("Not available offline"));
}

void MessageViewPane::showFailed(const QString &why)
{
    m_showAgain = [this, why] { showFailed(why); };
    showNotice(
        why.isEmpty() ? tr("The message could not be loaded.") : tr("The message could not be loaded: %1").arg(why),
        true);
}

void MessageViewPane::showMessage(const QByteArray &source)
{
    showNotice(tr("Loading…"));
    m_source = source;
    // In a new language the headers render again, remote content as it was.
    m_showAgain = [this] { render(m_remoteAllowed); };
    render(false);
}

void MessageViewPane::render(bool allowRemote)
{
    m_renderingGeneration = ++m_generation;
    m_remoteAllowed = allowRemote;
    RenderOptions options;
    options.preferPlainText = m_preferPlain;
    options.allowRemoteContent = allowRemote;
    // The sender is only known after parsing: a sender on the list re-renders once.
    m_rendering.setFuture(QtConcurrent::run([source = m_source, options] { return renderMessage(source, options); }));
}

void MessageViewPane::onRendered()
{
    // A newer notice or message replaced this one while it was rendered.
    if (m_renderingGeneration != m_generation)
        return;
    RenderedMessage rendered = m_rendering.result();
    if (!m_remoteAllowed && rendered.blockedRemoteResources > 0
        && ViewSettings::isRemoteContentAllowedFor(rendered.senderAddress)) {
        render(true);
        return;
    }
    m_rendered = std::move(rendered);
    m_retry->hide();
    m_browser->setMessageResources(m_rendered.embeddedImages, m_remoteAllowed);
    m_browser->setHtml(m_rendered.html);
    // Block means no bar: the reader chose not to be asked.
    if (m_rendered.blockedRemoteResources > 0 && !m_remoteAllowed
        && ViewSettings::remoteContentPolicy() == ViewSettings::RemoteContentPolicy::Ask) {
        m_remoteLabel->setText(
            tr("%n remote image(s) were blocked to protect your privacy.", nullptr, m_rendered.blockedRemoteResources));
        m_loadAlways->setText(tr("Always for %1").arg(m_rendered.senderAddress));
        m_loadAlways->setVisible(!m_rendered.senderAddress.isEmpty());
        m_remoteBar->show();
    } else {
        m_remoteBar->hide();
    }
    m_attachments->setAttachments(m_rendered.message, m_rendered.attachments);
    Q_EMIT messageShown();
}

void MessageViewPane::setPreferPlainText(bool plain)
{
    if (plain == m_preferPlain)
        return;
    m_preferPlain = plain;
    if (!m_source.isEmpty())
        render(m_remoteAllowed);
}

void MessageViewPane::loadRemoteContentOnce()
{
    if (!m_source.isEmpty())
        render(true);
}

void MessageViewPane::loadRemoteContentAlwaysForSender()
{
    ViewSettings::allowRemoteContentFor(m_rendered.senderAddress);
    loadRemoteContentOnce();
}

QString MessageViewPane::displayedText() const
{
    return m_browser->toPlainText();
}

} // namespace quire::ui
