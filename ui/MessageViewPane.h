#pragma once

// The message view: a header block (From, To, Cc, Date, Subject, decoded),
// the body as sanitised HTML with remote content blocked, and a bar above it
// saying how many remote resources were blocked. Parsing and sanitising run
// on a worker thread, so a huge message never freezes the window.

#include <QFutureWatcher>
#include <QWidget>

#include <functional>

class QLabel;
class QTextBrowser;

namespace quire::ui {

struct RenderedMessage {
    QString html; // header block and body, safe for QTextBrowser
    QString text; // header block and body as plain text
    int blockedRemoteResources = 0;
};

// Pure, thread-safe: what the view shows for a message's raw source.
RenderedMessage renderMessage(const QByteArray &source);

class MessageViewPane : public QWidget
{
    Q_OBJECT

public:
    explicit MessageViewPane(QWidget *parent = nullptr);

    void showEmpty();
    void showLoading();
    void showUnavailableOffline();
    void showFailed();
    void showMessage(const QByteArray &source);

    // What the reader sees now, as plain text (tests, accessibility checks).
    QString displayedText() const;
    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    // The rendered message is on screen (after showMessage's worker finished).
    void messageShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showNotice(const QString &text);
    void onRendered();

    QLabel *m_blockedBar;
    QTextBrowser *m_browser;
    QFutureWatcher<RenderedMessage> m_rendering;
    quint64 m_generation = 0;
    quint64 m_renderingGeneration = 0;
    // Shows what is on screen again, in a new language.
    std::function<void()> m_showAgain;
};

} // namespace quire::ui
