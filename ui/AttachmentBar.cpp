#include "ui/AttachmentBar.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUrl>

namespace quire::ui {

namespace {

bool writeFile(const QString &path, const QByteArray &data, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        *why = file.errorString();
        return false;
    }
    return true;
}

} // namespace

AttachmentBar::AttachmentBar(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_buttons(new QHBoxLayout)
    , m_saveAll(new QToolButton)
{
    setObjectName(QStringLiteral("attachmentBar"));
    setStyleSheet(QStringLiteral("#attachmentBar { background: #f2f4f7; border-top: 1px solid #d5d9e0; }"));
    setAttribute(Qt::WA_StyledBackground);
    retranslateUi();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_title);
    layout->addLayout(m_buttons);
    layout->addStretch(1);
    layout->addWidget(m_saveAll);
    connect(m_saveAll, &QToolButton::clicked, this, &AttachmentBar::saveAll);
    hide();
}

AttachmentBar::~AttachmentBar() = default;

void AttachmentBar::retranslateUi()
{
    setAccessibleName(tr("Attachments"));
    m_saveAll->setText(tr("Save All…"));
    m_saveAll->setAccessibleName(tr("Save all attachments"));
}

void AttachmentBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    retranslateUi();
    // The buttons' texts and menus were made in the old language.
    rebuildButtons();
}

QString AttachmentBar::buttonText(const mime::AttachmentInfo &attachment) const
{
    const QString name = attachment.fileName.isEmpty() ? tr("(unnamed)") : attachment.fileName;
    return tr("%1 (%2)").arg(name, QLocale().formattedDataSize(attachment.size, 0));
}

void AttachmentBar::setAttachments(
    std::shared_ptr<const mime::MimeMessage> message, const QList<mime::AttachmentInfo> &list)
{
    m_message = std::move(message);
    m_attachments = list;
    rebuildButtons();
}

void AttachmentBar::rebuildButtons()
{
    const QList<mime::AttachmentInfo> &list = m_attachments;
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    setVisible(!list.isEmpty());
    m_title->setText(tr("%n attachment(s):", nullptr, int(list.size())));
    for (int index = 0; index < list.size(); ++index) {
        auto *button = new QToolButton;
        button->setText(buttonText(list[index]));
        button->setToolTip(QString::fromLatin1(list[index].mimeType));
        button->setAccessibleName(tr("Attachment %1").arg(list[index].fileName));
        button->setPopupMode(QToolButton::MenuButtonPopup);
        auto *menu = new QMenu(button);
        menu->addAction(tr("&Open"), this, [this, index] { open(index); });
        menu->addAction(tr("&Save As…"), this, [this, index] { saveAs(index); });
        button->setMenu(menu);
        connect(button, &QToolButton::clicked, this, [this, index] { open(index); });
        m_buttons->addWidget(button);
    }
}

QString AttachmentBar::saveTo(int index, const QString &path)
{
    if (!m_message || index < 0 || index >= m_attachments.size())
        return {};
    QString why;
    if (!writeFile(path, mime::attachmentData(*m_message, m_attachments[index]), &why)) {
        Q_EMIT error(tr("Could not save \"%1\": %2").arg(path, why));
        return {};
    }
    Q_EMIT saved(path);
    return path;
}

QString AttachmentBar::saveToTemporaryFile(int index)
{
    if (index < 0 || index >= m_attachments.size())
        return {};
    if (!m_openDir || !m_openDir->isValid())
        m_openDir = std::make_unique<QTemporaryDir>();
    if (!m_openDir->isValid()) {
        Q_EMIT error(tr("Could not create a temporary folder: %1").arg(m_openDir->errorString()));
        return {};
    }
    const QString path = mime::uniqueSavePath(QDir(m_openDir->path()), m_attachments[index].fileName);
    const QString written = saveTo(index, path);
    // Read-only: an application must not edit a copy the user will never see again.
    if (!written.isEmpty())
        QFile::setPermissions(written, QFileDevice::ReadOwner);
    return written;
}

QStringList AttachmentBar::saveAllInto(const QString &directory)
{
    QStringList written;
    for (int index = 0; index < m_attachments.size(); ++index) {
        const QString path = saveTo(index, mime::uniqueSavePath(QDir(directory), m_attachments[index].fileName));
        if (!path.isEmpty())
            written.append(path);
    }
    return written;
}

void AttachmentBar::open(int index)
{
    const QString path = saveToTemporaryFile(index);
    if (!path.isEmpty() && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        Q_EMIT error(tr("No application is set up to open \"%1\".").arg(QFileInfo(path).fileName()));
}

void AttachmentBar::saveAs(int index)
{
    if (index < 0 || index >= m_attachments.size())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString suggested = QDir(folder).filePath(mime::sanitizeFileName(m_attachments[index].fileName));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Attachment"), suggested);
    if (!path.isEmpty())
        saveTo(index, path);
}

void AttachmentBar::saveAll()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Save All Attachments"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!folder.isEmpty())
        saveAllInto(folder);
}

} // namespace quire::ui
