#pragma once

// The bar under the message's headers listing its attachments. Each one is
// a button with Open (saved to a private temporary folder first, then handed
// to the desktop with QDesktopServices) and Save As…; "Save All…" writes
// every file into a folder without overwriting anything there.

#include "core/mime/Attachments.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QHBoxLayout;
class QLabel;
class QTemporaryDir;
class QToolButton;

namespace quire::ui {

class AttachmentBar : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentBar(QWidget *parent = nullptr);
    ~AttachmentBar() override;

    // Hides the bar when the list is empty.
    void setAttachments(std::shared_ptr<const mime::MimeMessage> message, const QList<mime::AttachmentInfo> &list);
    const QList<mime::AttachmentInfo> &attachments() const { return m_attachments; }

    // The actions behind the buttons, for the menu and for tests. Each
    // returns the written path, or an empty string (and says why in an error
    // signal) when the file could not be written.
    QString saveTo(int index, const QString &path);
    QString saveToTemporaryFile(int index);
    QStringList saveAllInto(const QString &directory);

    // Asks for a file name (Save As…) or a folder (Save All…).
    void saveAs(int index);
    void saveAll();
    void open(int index);

Q_SIGNALS:
    void error(const QString &text);
    void saved(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString buttonText(const mime::AttachmentInfo &attachment) const;
    void retranslateUi();
    void rebuildButtons();

    std::shared_ptr<const mime::MimeMessage> m_message;
    QList<mime::AttachmentInfo> m_attachments;
    QLabel *m_title;
    QHBoxLayout *m_buttons;
    QToolButton *m_saveAll;
    std::unique_ptr<QTemporaryDir> m_openDir;
};

} // namespace quire::ui
