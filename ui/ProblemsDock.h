#pragma once

// Errors from the accounts' background work (a refused flag change, a lost
// connection, a sync that failed), kept in a dockable "Problems" list with
// their time, account, folder and details, so they can be read after the
// status bar message is gone. Never a modal box: the user works on. The
// window adds each EngineError with its sentence already put into words.

#include "core/sync/MailEngine.h"

#include <QDateTime>
#include <QDockWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace quire::ui {

class ProblemsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ProblemsDock(QWidget *parent = nullptr);

    // summary: the error in words (MainWindow's sentence for it).
    void addProblem(const QString &account, const sync::EngineError &error, const QString &summary,
        const QDateTime &when = QDateTime::currentDateTime());
    void clear();
    int count() const;

    // The status bar button: "N problems", shows the list; hidden while it is empty.
    QToolButton *statusButton() const { return m_statusButton; }
    QTreeWidget *list() const { return m_list; }
    // The details of the selected problem.
    QPlainTextEdit *details() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetails();
    void updateStatusButton();

    QTreeWidget *m_list;
    QPlainTextEdit *m_details;
    QPushButton *m_clear;
    QToolButton *m_statusButton;
};

} // namespace quire::ui
