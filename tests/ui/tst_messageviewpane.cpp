// The message view, offscreen and without a server: decoded header block,
// sanitised HTML, the "remote images were blocked" bar and the notices.
#include "ui/MessageViewPane.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace quire::ui;

namespace {

const QByteArray kRemoteImages = "From: =?UTF-8?B?0JjQstCw0L0=?= <ivan@example.org>\r\n"
                                 "To: Alice <alice@example.net>\r\n"
                                 "Date: Wed, 31 Dec 2025 04:49:57 +0000\r\n"
                                 "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n"
                                 "MIME-Version: 1.0\r\n"
                                 "Content-Type: text/html; charset=utf-8\r\n"
                                 "\r\n"
                                 "<p>Hello <img src=\"https://tracker.example/a.png\"> and "
                                 "<img src=\"http://tracker.example/b.gif\"></p><script>alert(1)</script>\r\n";

} // namespace

class MessageViewPaneTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersDecodedHeadersAndBlocksRemoteImages();
    void showsNoticesWithoutTheBar();
};

void MessageViewPaneTest::rendersDecodedHeadersAndBlocksRemoteImages()
{
    const RenderedMessage rendered = renderMessage(kRemoteImages);
    QCOMPARE(rendered.blockedRemoteResources, 2);
    QVERIFY(rendered.text.contains(QStringLiteral("Grüße")));
    QVERIFY(rendered.text.contains(QStringLiteral("Иван <ivan@example.org>")));
    QVERIFY(!rendered.html.contains(QStringLiteral("tracker.example")));
    QVERIFY(!rendered.html.contains(QStringLiteral("<script")));

    MessageViewPane pane;
    pane.resize(600, 400);
    pane.show();
    QSignalSpy shown(&pane, &MessageViewPane::messageShown);
    pane.showMessage(kRemoteImages);
    QVERIFY(shown.wait(5000));
    QVERIFY(pane.displayedText().contains(QStringLiteral("Hello")));
    auto *bar = pane.findChild<QLabel *>();
    QVERIFY(bar && bar->isVisible());
    QVERIFY2(bar->text().contains(QLatin1String("2")), qPrintable(bar->text()));
}

void MessageViewPaneTest::showsNoticesWithoutTheBar()
{
    MessageViewPane pane;
    pane.show();
    pane.showMessage(kRemoteImages);
    // A notice replaces a message still being rendered: the late result is dropped.
    pane.showUnavailableOffline();
    QTest::qWait(300);
    QCOMPARE(pane.displayedText().trimmed(), MessageViewPane::tr("Not available offline"));
    QVERIFY(!pane.findChild<QLabel *>()->isVisible());
    pane.showLoading();
    QCOMPARE(pane.displayedText().trimmed(), MessageViewPane::tr("Loading…"));
}

QTEST_MAIN(MessageViewPaneTest)
#include "tst_messageviewpane.moc"
