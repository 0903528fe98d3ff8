#pragma once

// View › Message Source: the raw message as the server sent it
// (BODY.PEEK[]), read-only, in a fixed-width font. Bytes that are not UTF-8
// show as Latin-1, so nothing is hidden.

#include <QDialog>

class QPlainTextEdit;

namespace quire::ui {

class MessageSourceDialog : public QDialog
{
    Q_OBJECT

public:
    MessageSourceDialog(const QByteArray &source, const QString &subject, QWidget *parent = nullptr);
    QPlainTextEdit *text() const { return m_text; }

    // The raw bytes as text: UTF-8 when valid, Latin-1 otherwise.
    static QString sourceText(const QByteArray &source);

private:
    QPlainTextEdit *m_text;
};

} // namespace quire::ui
