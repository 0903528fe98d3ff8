#pragma once

// Picks a folder of one account for "Move to…" and "Copy to…": every
// selectable folder by its full path, narrowed as the user types (any part
// of the path, case-insensitively), Enter or a double click to choose.

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace quire::sync {
class MailEngine;
}

namespace quire::ui {

class FolderPickerDialog : public QDialog
{
    Q_OBJECT

public:
    // `exclude` (the source folder of a move) is not offered.
    FolderPickerDialog(const sync::MailEngine *engine, const QString &exclude, QWidget *parent = nullptr);

    // The chosen folder's full name; empty when none is selected.
    QString selectedMailbox() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *folderList() const { return m_list; }
    int visibleCount() const;

    // Runs the dialog; empty when cancelled.
    static QString pick(const sync::MailEngine *engine, const QString &title, const QString &exclude, QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill(const sync::MailEngine *engine, const QString &exclude);
    void selectFirst();

    QLineEdit *m_filter;
    QListView *m_list;
    QStandardItemModel *m_folders;
    QSortFilterProxyModel *m_shown;
};

} // namespace quire::ui
