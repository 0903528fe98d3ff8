#pragma once

// Help › Protocol Log: the IMAP traffic of every connection of every
// account, live, for troubleshooting. The lines come from
// imap::Session::protocolLog, which the session redacts itself (LOGIN and
// AUTHENTICATE become "<redacted>"), so no password or token ever reaches
// this window or a file saved from it. Non-modal. It records from the start
// into a bounded buffer, so the login is there when the window is opened later.

#include "core/imap/session/Session.h"

#include <QStringList>
#include <QWidget>

#include <deque>

class QPlainTextEdit;
class QPushButton;

namespace quire::sync {
class AccountEngine;
}

namespace quire::ui {

class ProtocolLogWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ProtocolLogWindow(QWidget *parent = nullptr);

    // Logs every session the engine starts (its main and background connections).
    void watch(sync::AccountEngine *engine, const QString &accountName);
    // One chunk of traffic as the session logged it; connection names it.
    void append(const QString &connection, imap::LogDirection direction, const QByteArray &bytes);

    QString text() const;
    void clear();
    // Writes the log (owner-only permissions); an error text, or empty.
    QString saveTo(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void saveAs();

    QPlainTextEdit *m_view;
    QPushButton *m_clear;
    QPushButton *m_save;
    QPushButton *m_close;
    std::deque<QString> m_lines; // the latest lines, shown or not
};

} // namespace quire::ui
