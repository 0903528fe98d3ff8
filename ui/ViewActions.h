#pragma once

// The View and Go menus of the main window: plain text or HTML, loading
// remote content, the message source, printing and print preview, the
// layout of the three panes, and next/previous unread message. Each action
// has a shortcut. The window only puts the menus in its menu bar.

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QPrinter;
class QWidget;

namespace quire::ui {

class MessageListPane;
class MessageViewPane;

class ViewActions : public QObject
{
    Q_OBJECT

public:
    ViewActions(MessageListPane *list, MessageViewPane *view, QWidget *window);

    // Its actions at the top of the window's View menu, a Go menu into the
    // bar, and Print and Print Preview into file, before `before`.
    void addMenus(QMenuBar *bar, QMenu *view, QMenu *file, QAction *before);
    // Selects the next (or previous) unread message after (before) the
    // current row, wrapping around; false when there is none.
    bool selectUnread(int direction);
    // Prints the message on screen with its header block.
    void printTo(QPrinter *printer);
    void showSource();

    QAction *plainTextAction() const { return m_plainText; }
    QAction *wideLayoutAction() const { return m_wideLayout; }

Q_SIGNALS:
    // View › Wide Layout: the message beside the list (true) or below it.
    void wideLayoutToggled(bool wide);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void print();
    void printPreview();
    void updateEnabled();

    MessageListPane *m_list;
    MessageViewPane *m_view;
    QWidget *m_window;
    QAction *m_plainText;
    QAction *m_remoteContent;
    QAction *m_source;
    QAction *m_print;
    QAction *m_printPreview;
    QAction *m_wideLayout;
    QAction *m_nextUnread;
    QAction *m_previousUnread;
    QMenu *m_goMenu = nullptr;
};

} // namespace quire::ui
