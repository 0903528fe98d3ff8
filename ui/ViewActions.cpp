#include "ui/ViewActions.h"

#include "core/model/ModelRoles.h"
#include "ui/MessageListPane.h"
#include "ui/MessageSourceDialog.h"
#include "ui/MessageViewPane.h"
#include "ui/ViewSettings.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextBrowser>
#include <QTextDocument>

namespace quire::ui {

ViewActions::ViewActions(MessageListPane *list, MessageViewPane *view, QWidget *window)
    : QObject(window)
    , m_list(list)
    , m_view(view)
    , m_window(window)
    , m_plainText(new QAction(this))
    , m_remoteContent(new QAction(this))
    , m_source(new QAction(this))
    , m_print(new QAction(this))
    , m_printPreview(new QAction(this))
    , m_wideLayout(new QAction(this))
    , m_nextUnread(new QAction(this))
    , m_previousUnread(new QAction(this))
{
    m_plainText->setCheckable(true);
    m_plainText->setChecked(view->prefersPlainText());
    m_plainText->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_remoteContent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_source->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_print->setShortcut(QKeySequence::Print);
    m_printPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_wideLayout->setCheckable(true);
    m_wideLayout->setShortcut(QKeySequence(Qt::Key_F9));
    m_nextUnread->setShortcut(QKeySequence(Qt::Key_N));
    m_previousUnread->setShortcut(QKeySequence(Qt::Key_P));

    connect(m_plainText, &QAction::toggled, this, [this](bool plain) {
        ViewSettings::setPreferPlainText(plain);
        m_view->setPreferPlainText(plain);
    });
    connect(m_remoteContent, &QAction::triggered, m_view, &MessageViewPane::loadRemoteContentOnce);
    connect(m_source, &QAction::triggered, this, &ViewActions::showSource);
    connect(m_print, &QAction::triggered, this, &ViewActions::print);
    connect(m_printPreview, &QAction::triggered, this, &ViewActions::printPreview);
    connect(m_wideLayout, &QAction::toggled, this, &ViewActions::wideLayoutToggled);
    connect(m_nextUnread, &QAction::triggered, this, [this] { selectUnread(1); });
    connect(m_previousUnread, &QAction::triggered, this, [this] { selectUnread(-1); });
    connect(m_view, &MessageViewPane::messageShown, this, &ViewActions::updateEnabled);
    connect(m_view, &MessageViewPane::retryRequested, this, &ViewActions::updateEnabled);
    window->installEventFilter(this);
    retranslate();
    updateEnabled();
}

void ViewActions::retranslate()
{
    m_plainText->setText(tr("Show as &Plain Text"));
    m_remoteContent->setText(tr("Load &Remote Content"));
    m_source->setText(tr("Message &Source"));
    m_print->setText(tr("&Print…"));
    m_printPreview->setText(tr("Print Pre&view…"));
    m_wideLayout->setText(tr("&Wide Layout (Message Beside the List)"));
    m_nextUnread->setText(tr("&Next Unread Message"));
    m_previousUnread->setText(tr("P&revious Unread Message"));
    if (m_goMenu)
        m_goMenu->setTitle(tr("&Go"));
}

bool ViewActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ViewActions::addMenus(QMenuBar *bar, QMenu *view, QMenu *file, QAction *before)
{
    view->addAction(m_plainText);
    view->addAction(m_remoteContent);
    view->addAction(m_source);
    view->addSeparator();
    view->addAction(m_wideLayout);
    m_goMenu = bar->addMenu(QString());
    m_goMenu->addAction(m_nextUnread);
    m_goMenu->addAction(m_previousUnread);
    retranslate();
    file->insertAction(before, m_print);
    file->insertAction(before, m_printPreview);
    file->insertSeparator(before);
    // Updated as messages come and go; also right before the menus open.
    for (QMenu *menu : { view, file })
        connect(menu, &QMenu::aboutToShow, this, &ViewActions::updateEnabled);
}

void ViewActions::updateEnabled()
{
    const bool shown = !m_view->currentSource().isEmpty();
    m_source->setEnabled(shown);
    m_print->setEnabled(shown);
    m_printPreview->setEnabled(shown);
    m_remoteContent->setEnabled(shown && m_view->rendered().blockedRemoteResources > 0);
}

bool ViewActions::selectUnread(int direction)
{
    const QAbstractItemModel *model = m_list->model();
    const int rows = model->rowCount();
    if (rows == 0)
        return false;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : (direction > 0 ? -1 : rows);
    for (int step = 1; step <= rows; ++step) {
        const int row = ((current + direction * step) % rows + rows) % rows;
        const QModelIndex index = model->index(row, 0);
        if (!index.data(model::MessageSeenRole).toBool()) {
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index);
            return true;
        }
    }
    return false;
}

void ViewActions::printTo(QPrinter *printer)
{
    m_view->browser()->document()->print(printer);
}

void ViewActions::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Message"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

void ViewActions::printPreview()
{
    QPrintPreviewDialog dialog(m_window);
    dialog.setWindowTitle(tr("Print Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ViewActions::printTo);
    dialog.exec();
}

void ViewActions::showSource()
{
    if (m_view->currentSource().isEmpty())
        return;
    auto *dialog = new MessageSourceDialog(m_view->currentSource(), m_view->rendered().subject, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace quire::ui
