#include "ui/MessageViewPane.h"

#include "core/mime/Address.h"
#include "core/mime/DateTime.h"
#include "core/mime/DisplayContent.h"
#include "core/mime/EncodedWords.h"
#include "core/mime/MessageParser.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace quire::ui {

namespace {

QString addressesText(const QByteArray &raw)
{
    if (raw.isNull())
        return {};
    QStringList out;
    for (const mime::MailAddress &address : mime::parseAddressList(raw).allMailboxes())
        out.append(mime::formatAddress(address));
    return out.join(QStringLiteral(", "));
}

struct HeaderLine {
    QString label;
    QString value;
};

QList<HeaderLine> headerLines(const mime::HeaderList &headers)
{
    QList<HeaderLine> lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append({ label, value });
    };
    add(MessageViewPane::tr("From:"), addressesText(headers.value("From")));
    add(MessageViewPane::tr("To:"), addressesText(headers.value("To")));
    add(MessageViewPane::tr("Cc:"), addressesText(headers.value("Cc")));
    const QDateTime date = mime::parseMailDate(headers.value("Date"));
    if (date.isValid())
        add(MessageViewPane::tr("Date:"), QLocale().toString(date.toLocalTime(), QLocale::LongFormat));
    add(MessageViewPane::tr("Subject:"), mime::decodeHeaderValue(headers.value("Subject")));
    return lines;
}

QString headerTableHtml(const QList<HeaderLine> &lines)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\" width=\"100%\" "
                                  "style=\"background-color:#eef1f5; margin-bottom:8px;\">");
    for (const HeaderLine &line : lines) {
        html += QStringLiteral("<tr><td style=\"color:#555; padding-right:12px; white-space:nowrap;\"><b>%1</b></td>"
                               "<td width=\"100%\">%2</td></tr>")
                    .arg(line.label.toHtmlEscaped(), line.value.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace

RenderedMessage renderMessage(const QByteArray &source)
{
    const mime::MimeMessage message = mime::parseMessage(source);
    const mime::DisplayContent content = mime::buildDisplayContent(message);
    const QList<HeaderLine> lines = headerLines(message.root.headers);
    RenderedMessage rendered;
    rendered.html = headerTableHtml(lines) + content.html;
    for (const HeaderLine &line : lines)
        rendered.text += line.label + QLatin1Char(' ') + line.value + QLatin1Char('\n');
    rendered.text += QLatin1Char('\n') + content.text;
    rendered.blockedRemoteResources = content.blockedRemoteResources;
    return rendered;
}

MessageViewPane::MessageViewPane(QWidget *parent)
    : QWidget(parent)
    , m_blockedBar(new QLabel)
    , m_browser(new QTextBrowser)
{
    m_blockedBar->setStyleSheet(QStringLiteral("QLabel { background: #fff4c2; color: #3d3000; padding: 4px 8px; "
                                               "border-bottom: 1px solid #e0c860; }"));
    m_blockedBar->hide();
    // Links open nothing by themselves: a mail must not make the view fetch.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_blockedBar);
    layout->addWidget(m_browser);

    connect(&m_rendering, &QFutureWatcher<RenderedMessage>::finished, this, &MessageViewPane::onRendered);
    retranslateUi();
    showEmpty();
}

void MessageViewPane::retranslateUi()
{
    m_blockedBar->setAccessibleName(tr("Blocked remote content"));
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

void MessageViewPane::showNotice(const QString &text)
{
    ++m_generation;
    m_blockedBar->hide();
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

void MessageViewPane::showFailed()
{
    m_showAgain = [this] { showFailed(); };
    showNotice(tr("The message could not be loaded."));
}

void MessageViewPane::showMessage(const QByteArray &source)
{
    m_showAgain = [this, source] { showMessage(source); };
    m_renderingGeneration = ++m_generation;
    m_rendering.setFuture(QtConcurrent::run(renderMessage, source));
}

void MessageViewPane::onRendered()
{
    // A newer notice or message replaced this one while it was rendered.
    if (m_renderingGeneration != m_generation)
        return;
    const RenderedMessage rendered = m_rendering.result();
    m_browser->setHtml(rendered.html);
    if (rendered.blockedRemoteResources > 0) {
        m_blockedBar->setText(tr("%n remote image(s) were blocked.", nullptr, rendered.blockedRemoteResources));
        m_blockedBar->show();
    } else {
        m_blockedBar->hide();
    }
    Q_EMIT messageShown();
}

QString MessageViewPane::displayedText() const
{
    return m_browser->toPlainText();
}

} // namespace quire::ui
