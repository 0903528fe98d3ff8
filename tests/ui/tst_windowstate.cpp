// The main window restores what the reader arranged: geometry, splitter
// sizes, the wide or classic layout, the list's columns and its sort, and
// the plain-text choice. Offscreen, without an account.
#include "core/model/MessageFilterModel.h"
#include "core/model/MessageListModel.h"
#include "ui/MainWindow.h"
#include "ui/MessageListPane.h"
#include "ui/MessageViewPane.h"
#include "ui/ViewActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

using namespace quire;
using namespace quire::ui;

class WindowStateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restoresLayoutColumnsAndSort();
};

void WindowStateTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QuireTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowstate"));
    QSettings().clear();
}

void WindowStateTest::restoresLayoutColumnsAndSort()
{
    const int subject = model::MessageListModel::SubjectColumn;
    const int size = model::MessageListModel::SizeColumn;
    const int from = model::MessageListModel::FromColumn;
    QList<int> innerSizes;
    {
        MainWindow window({});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.listViewSplitter()->orientation(), Qt::Vertical);
        window.viewActions()->wideLayoutAction()->setChecked(true);
        QCOMPARE(window.listViewSplitter()->orientation(), Qt::Horizontal);
        window.listViewSplitter()->setSizes({ 300, 500 });
        innerSizes = window.listViewSplitter()->sizes();
        QHeaderView *header = window.messageListPane()->header();
        header->setSortIndicator(size, Qt::AscendingOrder);
        header->resizeSection(from, 123);
        header->moveSection(header->visualIndex(subject), 0);
        window.viewActions()->plainTextAction()->setChecked(true);
        window.close();
    }
    MainWindow window({});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.listViewSplitter()->orientation(), Qt::Horizontal);
    QVERIFY(window.viewActions()->wideLayoutAction()->isChecked());
    QCOMPARE(window.listViewSplitter()->sizes(), innerSizes);
    QHeaderView *header = window.messageListPane()->header();
    QCOMPARE(header->sortIndicatorSection(), size);
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(window.messageListPane()->sorted()->sortKey(), model::MessageFilterModel::SortKey::Size);
    QCOMPARE(header->sectionSize(from), 123);
    QCOMPARE(header->visualIndex(subject), 0);
    QVERIFY(window.messageViewPane()->prefersPlainText());
    QVERIFY(window.viewActions()->plainTextAction()->isChecked());
    // And back to the classic layout.
    window.viewActions()->wideLayoutAction()->setChecked(false);
    QCOMPARE(window.listViewSplitter()->orientation(), Qt::Vertical);
}

QTEST_MAIN(WindowStateTest)
#include "tst_windowstate.moc"
