#pragma once

// Edit › Advanced Search: any number of conditions (every RFC 3501 search
// key, each one negatable), matched all together or any of them, in the
// open folder or in every folder of the account. Online the server answers
// (UID SEARCH); offline the cache does, and the dialog says so. Double-click
// a result to open it in the main window. Not modal: the reader may keep it
// open while reading the hits.

#include "core/model/SearchQuery.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace quire::sync {
class AccountEngine;
}

namespace quire::ui {

class MessageSearch;
class SearchCriterionRow;

class AdvancedSearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AdvancedSearchDialog(QWidget *parent = nullptr);

    // The account and folder the search starts from.
    void setMailbox(sync::AccountEngine *engine, const QString &mailbox);
    void setAllFolders(bool all);
    void setMatch(model::SearchQuery::Match match);
    // The conditions on screen; setQuery replaces them.
    model::SearchQuery query() const;
    void setQuery(const model::SearchQuery &query);

    void search();
    QTreeWidget *results() const { return m_results; }
    QLabel *status() const { return m_status; }
    QList<SearchCriterionRow *> rows() const { return m_rows; }
    SearchCriterionRow *addRow();

    // What a query's problem means, in words (empty for none).
    static QString describe(model::SearchQuery::Problem problem);

Q_SIGNALS:
    void messageActivated(const QString &mailbox, quint32 uid);
    void searchFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Not modal, so it may be open when the language changes.
    void retranslateUi();
    void removeRow(SearchCriterionRow *row);
    void addResults(const QString &mailbox, const QList<quint32> &uids);
    QStringList mailboxesToSearch() const;

    QPointer<sync::AccountEngine> m_engine;
    QString m_mailbox;
    QComboBox *m_scope;
    QComboBox *m_match;
    QLabel *m_scopeLabel;
    QLabel *m_matchLabel;
    QPushButton *m_addButton;
    QVBoxLayout *m_rowLayout;
    QList<SearchCriterionRow *> m_rows;
    QPushButton *m_searchButton;
    QPushButton *m_stopButton;
    QLabel *m_status;
    QTreeWidget *m_results;
    MessageSearch *m_search;
};

} // namespace quire::ui
