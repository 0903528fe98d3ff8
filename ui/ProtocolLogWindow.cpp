#include "ui/ProtocolLogWindow.h"

#include "core/sync/AccountEngine.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTime>
#include <QVBoxLayout>

namespace quire::ui {

namespace {
constexpr int kMaxLines = 5000;
// A big FETCH answer is cut: the log is for the conversation, not the mail.
constexpr int kMaxChunk = 2000;
} // namespace

ProtocolLogWindow::ProtocolLogWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(new QPlainTextEdit)
    , m_clear(new QPushButton)
    , m_save(new QPushButton)
    , m_close(new QPushButton)
{
    setObjectName(QStringLiteral("protocolLogWindow"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setMaximumBlockCount(kMaxLines);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_clear);
    buttons->addWidget(m_save);
    buttons->addStretch();
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_clear, &QPushButton::clicked, this, &ProtocolLogWindow::clear);
    connect(m_save, &QPushButton::clicked, this, &ProtocolLogWindow::saveAs);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    resize(760, 480);
    retranslate();
}

void ProtocolLogWindow::watch(sync::AccountEngine *engine, const QString &accountName)
{
    connect(engine, &sync::AccountEngine::sessionStarted, this, [this, engine, accountName](imap::Session *session) {
        // The engine's own connection, or the one for counts and background work.
        //: The protocol log's name for an account's second connection; %1 is the account
        const QString connection = session == engine->session() ? accountName : tr("%1 (background)").arg(accountName);
        connect(session, &imap::Session::protocolLog, this,
            [this, connection](
                imap::LogDirection direction, const QByteArray &bytes) { append(connection, direction, bytes); });
    });
}

void ProtocolLogWindow::append(const QString &connection, imap::LogDirection direction, const QByteArray &bytes)
{
    QByteArray shown = bytes.left(kMaxChunk);
    if (bytes.size() > kMaxChunk)
        shown += " […]";
    // One chunk may hold many responses: each line gets the time and the connection.
    const QString prefix = QStringLiteral("%1 %2 %3 ")
                               .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")), connection,
                                   direction == imap::LogDirection::Sent ? QStringLiteral("C:") : QStringLiteral("S:"));
    for (QByteArray line : shown.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        m_lines.push_back(prefix + QString::fromUtf8(line));
        // A hidden window only keeps the lines; showEvent puts them in.
        if (isVisible())
            m_view->appendPlainText(m_lines.back());
    }
    while (m_lines.size() > kMaxLines)
        m_lines.pop_front();
}

QString ProtocolLogWindow::text() const
{
    QStringList lines(m_lines.cbegin(), m_lines.cend());
    return lines.join(QLatin1Char('\n'));
}

void ProtocolLogWindow::clear()
{
    m_lines.clear();
    m_view->clear();
}

QString ProtocolLogWindow::saveTo(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write((text() + QLatin1Char('\n')).toUtf8()) < 0 || !file.flush()) {
        //: %1 is a file name, %2 the system's reason
        return tr("Could not save the protocol log to %1: %2").arg(path, file.errorString());
    }
    return {};
}

void ProtocolLogWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Protocol Log"), QStringLiteral("quire-protocol.log"), tr("Log files (*.log *.txt)"));
    if (path.isEmpty())
        return;
    const QString error = saveTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save Protocol Log"), error);
}

void ProtocolLogWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_view->setPlainText(text());
    m_view->moveCursor(QTextCursor::End);
    m_view->horizontalScrollBar()->setValue(0); // the start of the lines: time, connection, direction
}

void ProtocolLogWindow::retranslate()
{
    setWindowTitle(tr("Protocol Log"));
    m_view->setAccessibleName(tr("IMAP traffic, passwords removed"));
    m_clear->setText(tr("C&lear"));
    m_save->setText(tr("&Save As…"));
    m_close->setText(tr("&Close"));
}

void ProtocolLogWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace quire::ui
