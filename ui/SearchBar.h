#pragma once

// The quick filter bar above the message list. Typing filters the open
// folder at once over what the cache knows (subject, sender, recipients);
// a moment later a server SEARCH (or, offline, the cache's full-text index)
// adds the messages whose body or not-yet-fetched envelope matches, and the
// line beside the field says which of the two answered.

#include <QString>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace quire::model {
class MessageFilterModel;
}

namespace quire::sync {
class AccountEngine;
}

namespace quire::ui {

class MessageSearch;

class SearchBar : public QWidget
{
    Q_OBJECT

public:
    explicit SearchBar(model::MessageFilterModel *filter, QWidget *parent = nullptr);

    // The open folder; clears the search.
    void setMailbox(sync::AccountEngine *engine, const QString &mailbox);
    // Puts the cursor into the field (Ctrl+F / Edit › Find).
    void focusSearch();
    QLineEdit *field() const { return m_field; }
    QLabel *status() const { return m_status; }
    // How long typing must pause before the server is asked.
    void setServerDelay(int milliseconds) { m_delay.setInterval(milliseconds); }

Q_SIGNALS:
    void advancedSearchRequested();
    // The server or cache search for the current text finished.
    void searchFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onTextChanged(const QString &text);
    void startSearch();

    model::MessageFilterModel *m_filter;
    QLineEdit *m_field;
    QLabel *m_status;
    QToolButton *m_advanced;
    MessageSearch *m_search;
    QTimer m_delay;
    sync::AccountEngine *m_engine = nullptr;
    QString m_mailbox;
};

} // namespace quire::ui
