// The message view, offscreen and without a server: decoded header block,
// sanitised HTML, the remote-content bar (once, always for the sender), plain
// text, cid: images, the attachment bar, the source and the notices.
#include "ui/AttachmentBar.h"
#include "ui/MessageSourceDialog.h"
#include "ui/MessageViewPane.h"
#include "ui/ViewSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

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

// A 1x1 PNG.
const QByteArray kPngBase64
    = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

const QByteArray kRelated = "From: Anna <Anna@Example.org>\r\n"
                            "Subject: Picture and file\r\n"
                            "MIME-Version: 1.0\r\n"
                            "Content-Type: multipart/mixed; boundary=outer\r\n"
                            "\r\n"
                            "--outer\r\n"
                            "Content-Type: multipart/alternative; boundary=alt\r\n"
                            "\r\n"
                            "--alt\r\n"
                            "Content-Type: text/plain; charset=utf-8\r\n"
                            "\r\n"
                            "Plain version of the letter\r\n"
                            "--alt\r\n"
                            "Content-Type: multipart/related; boundary=rel\r\n"
                            "\r\n"
                            "--rel\r\n"
                            "Content-Type: text/html; charset=utf-8\r\n"
                            "\r\n"
                            "<p>HTML version <img src=\"cid:dot@example.org\"></p>\r\n"
                            "--rel\r\n"
                            "Content-Type: image/png\r\n"
                            "Content-ID: <dot@example.org>\r\n"
                            "Content-Disposition: inline\r\n"
                            "Content-Transfer-Encoding: base64\r\n"
                            "\r\n"
    + kPngBase64
    + "\r\n"
      "--rel--\r\n"
      "--alt--\r\n"
      "--outer\r\n"
      "Content-Type: text/plain; name=\"notes.txt\"\r\n"
      "Content-Disposition: attachment; filename=\"../notes.txt\"\r\n"
      "\r\n"
      "attached notes\r\n"
      "--outer--\r\n";

bool show(MessageViewPane &pane, const QByteArray &source)
{
    QSignalSpy shown(&pane, &MessageViewPane::messageShown);
    pane.showMessage(source);
    return shown.wait(5000);
}

} // namespace

class MessageViewPaneTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersDecodedHeadersAndBlocksRemoteImages();
    void loadsRemoteContentOnceOrAlwaysForTheSender();
    void showsNoticesWithoutTheBar();
    void failureOffersRetry();
    void togglesPlainTextAndServesCidImages();
    void plainTextOfAnHtmlOnlyMessageHasNoImages();
    void attachmentBarSavesFiles();
    void sourceShowsTheRawBytes();
};

void MessageViewPaneTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QuireTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_messageviewpane"));
    QSettings().clear();
}

void MessageViewPaneTest::rendersDecodedHeadersAndBlocksRemoteImages()
{
    const RenderedMessage rendered = renderMessage(kRemoteImages);
    QCOMPARE(rendered.blockedRemoteResources, 2);
    QVERIFY(rendered.text.contains(QStringLiteral("Grüße")));
    QVERIFY(rendered.text.contains(QStringLiteral("Иван <ivan@example.org>")));
    QVERIFY(!rendered.html.contains(QStringLiteral("tracker.example")));
    QVERIFY(!rendered.html.contains(QStringLiteral("<script")));
    QCOMPARE(rendered.senderAddress, QStringLiteral("ivan@example.org"));

    MessageViewPane pane;
    pane.resize(600, 400);
    pane.show();
    QVERIFY(show(pane, kRemoteImages));
    QVERIFY(pane.displayedText().contains(QStringLiteral("Hello")));
    QVERIFY(pane.remoteContentBar()->isVisible());
    QVERIFY2(
        pane.remoteContentLabel()->text().contains(QLatin1String("2")), qPrintable(pane.remoteContentLabel()->text()));
}

void MessageViewPaneTest::loadsRemoteContentOnceOrAlwaysForTheSender()
{
    MessageViewPane pane;
    pane.show();
    QVERIFY(show(pane, kRemoteImages));
    // Once: this message only, the remote URLs are kept for the browser to load.
    QSignalSpy shown(&pane, &MessageViewPane::messageShown);
    pane.loadRemoteContentOnce();
    QVERIFY(shown.wait(5000));
    QVERIFY(!pane.remoteContentBar()->isVisible());
    QVERIFY(pane.browser()->toHtml().contains(QStringLiteral("tracker.example/a.png")));
    QVERIFY(show(pane, kRemoteImages));
    QVERIFY(pane.remoteContentBar()->isVisible());
    // Always: the sender goes on the list, and the next message of theirs loads at once.
    pane.loadRemoteContentAlwaysForSender();
    QVERIFY(ViewSettings::isRemoteContentAllowedFor(QStringLiteral("IVAN@example.org")));
    QVERIFY(!ViewSettings::isRemoteContentAllowedFor(QStringLiteral("anna@example.org")));
    QVERIFY(show(pane, kRemoteImages));
    QVERIFY(!pane.remoteContentBar()->isVisible());
    QVERIFY(pane.browser()->toHtml().contains(QStringLiteral("tracker.example/b.gif")));
    QSettings().remove(QStringLiteral("view/remoteContentSenders"));
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
    QVERIFY(!pane.remoteContentBar()->isVisible());
    QVERIFY(pane.currentSource().isEmpty());
    pane.showLoading();
    QCOMPARE(pane.displayedText().trimmed(), MessageViewPane::tr("Loading…"));
}

void MessageViewPaneTest::failureOffersRetry()
{
    MessageViewPane pane;
    pane.show();
    pane.showFailed(QStringLiteral("connection lost"));
    QVERIFY(pane.displayedText().contains(QStringLiteral("connection lost")));
    QVERIFY(pane.retryButton()->isVisible());
    QSignalSpy retry(&pane, &MessageViewPane::retryRequested);
    QTest::mouseClick(pane.retryButton(), Qt::LeftButton);
    QCOMPARE(retry.size(), 1);
    pane.showLoading();
    QVERIFY(!pane.retryButton()->isVisible());
}

void MessageViewPaneTest::togglesPlainTextAndServesCidImages()
{
    MessageViewPane pane;
    pane.resize(600, 400);
    pane.show();
    QVERIFY(show(pane, kRelated));
    QVERIFY(pane.displayedText().contains(QStringLiteral("HTML version")));
    // The inline image is served from the message, not listed as an attachment.
    const QVariant image = pane.browser()->document()->resource(
        QTextDocument::ImageResource, QUrl(QStringLiteral("cid:dot@example.org")));
    QVERIFY(image.isValid());
    QCOMPARE(pane.attachmentBar()->attachments().size(), 1);
    QVERIFY(pane.attachmentBar()->isVisible());

    QSignalSpy shown(&pane, &MessageViewPane::messageShown);
    pane.setPreferPlainText(true);
    QVERIFY(shown.wait(5000));
    QVERIFY(pane.displayedText().contains(QStringLiteral("Plain version of the letter")));
    QVERIFY(!pane.displayedText().contains(QStringLiteral("HTML version")));
    pane.setPreferPlainText(false);
    QVERIFY(shown.wait(5000));
    QVERIFY(pane.displayedText().contains(QStringLiteral("HTML version")));
}

// No text/plain part: plain text is the HTML's text, with nothing to load
// and the inline picture offered as an attachment instead.
void MessageViewPaneTest::plainTextOfAnHtmlOnlyMessageHasNoImages()
{
    RenderOptions plain;
    plain.preferPlainText = true;
    const RenderedMessage rendered = renderMessage(kRemoteImages, plain);
    QCOMPARE(rendered.blockedRemoteResources, 0);
    QVERIFY(!rendered.html.contains(QStringLiteral("<img")));
    QVERIFY(rendered.text.contains(QStringLiteral("Hello")));

    MessageViewPane pane;
    pane.resize(600, 400);
    pane.show();
    pane.setPreferPlainText(true);
    QVERIFY(show(pane, kRemoteImages));
    QVERIFY(pane.displayedText().contains(QStringLiteral("Hello")));
    QVERIFY(!pane.remoteContentBar()->isVisible());
    QVERIFY(show(pane, kRelated));
    QCOMPARE(pane.attachmentBar()->attachments().size(), 2);
    pane.setPreferPlainText(false);
}

void MessageViewPaneTest::attachmentBarSavesFiles()
{
    MessageViewPane pane;
    pane.show();
    QVERIFY(show(pane, kRelated));
    AttachmentBar *bar = pane.attachmentBar();
    QTemporaryDir dir;
    // A hostile name cannot leave the folder; a second save never overwrites.
    const QStringList first = bar->saveAllInto(dir.path());
    const QStringList second = bar->saveAllInto(dir.path());
    QCOMPARE(first.size(), 1);
    QCOMPARE(second.size(), 1);
    QVERIFY(first[0] != second[0]);
    for (const QString &path : first + second) {
        QVERIFY2(QFileInfo(path).absolutePath() == QFileInfo(dir.path()).absoluteFilePath(), qPrintable(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed(), QByteArray("attached notes"));
    }
    // Open goes through a private temporary copy.
    const QString temporary = bar->saveToTemporaryFile(0);
    QVERIFY(QFile::exists(temporary));
    QVERIFY(!temporary.startsWith(dir.path()));
}

void MessageViewPaneTest::sourceShowsTheRawBytes()
{
    MessageViewPane pane;
    pane.show();
    QVERIFY(show(pane, kRemoteImages));
    QCOMPARE(pane.currentSource(), kRemoteImages);
    MessageSourceDialog dialog(pane.currentSource(), pane.rendered().subject);
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Grüße")));
    QVERIFY(dialog.text()->toPlainText().contains(QStringLiteral("=?UTF-8?Q?Gr=C3=BC=C3=9Fe?=")));
    QVERIFY(dialog.text()->toPlainText().contains(QStringLiteral("<script>alert(1)</script>")));
    // Not UTF-8: shown byte for byte as Latin-1 rather than dropped.
    QCOMPARE(MessageSourceDialog::sourceText("Subject: caf\xe9\r\n"), QStringLiteral("Subject: café\n"));
}

QTEST_MAIN(MessageViewPaneTest)
#include "tst_messageviewpane.moc"
