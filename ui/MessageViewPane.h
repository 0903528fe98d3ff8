#pragma once

// The message view: a header block (From, To, Cc, Date, Subject, decoded),
// the body as sanitised HTML or as plain text (the reader's choice), a bar
// offering to load blocked remote content once or always for the sender,
// inline cid: images, and the attachment bar. Parsing and sanitising run on
// a worker thread, so a huge message never freezes the window.

#include "ui/MessageRendering.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace quire::ui {

class AttachmentBar;
class MessageBrowser;

class MessageViewPane : public QWidget
{
    Q_OBJECT

public:
    explicit MessageViewPane(QWidget *parent = nullptr);

    void showEmpty();
    void showLoading();
    void showUnavailableOffline();
    // A load that failed (refused, connection lost): says why, with Retry.
    void showFailed(const QString &why = {});
    // Renders the raw message with the current settings.
    void showMessage(const QByteArray &source);

    // Plain text instead of HTML; re-renders the message on screen.
    void setPreferPlainText(bool plain);
    bool prefersPlainText() const { return m_preferPlain; }
    // The remote-content bar's two buttons.
    void loadRemoteContentOnce();
    void loadRemoteContentAlwaysForSender();

    // The message on screen (empty when a notice is shown).
    QByteArray currentSource() const { return m_source; }
    const RenderedMessage &rendered() const { return m_rendered; }
    // What the reader sees now, as plain text (tests, accessibility checks).
    QString displayedText() const;
    QTextBrowser *browser() const;
    QWidget *remoteContentBar() const { return m_remoteBar; }
    QLabel *remoteContentLabel() const { return m_remoteLabel; }
    AttachmentBar *attachmentBar() const { return m_attachments; }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    // The rendered message is on screen (after showMessage's worker finished).
    void messageShown();
    // The user asked to load the failed message again.
    void retryRequested();
    // Attachment errors and the like, for the status bar.
    void problem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showNotice(const QString &text, bool retry = false);
    void render(bool allowRemote);
    void onRendered();

    QWidget *m_remoteBar;
    QLabel *m_remoteLabel;
    QPushButton *m_loadOnce;
    QPushButton *m_loadAlways;
    QPushButton *m_retry;
    MessageBrowser *m_browser;
    AttachmentBar *m_attachments;
    QFutureWatcher<RenderedMessage> m_rendering;
    quint64 m_generation = 0;
    quint64 m_renderingGeneration = 0;
    bool m_preferPlain = false;
    bool m_remoteAllowed = false;
    QByteArray m_source;
    RenderedMessage m_rendered;
    // Shows what is on screen again, in a new language.
    std::function<void()> m_showAgain;
};

} // namespace quire::ui
