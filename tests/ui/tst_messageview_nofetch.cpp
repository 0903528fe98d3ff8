// The message view fetches nothing from the network: every corpus message
// (QUIRE_CORPUS_DIR) and a set of messages built to point remote images, CSS,
// frames and links straight at a local HTTP listener are rendered and painted
// in the real MessageViewPane, and the listener must see zero connections.
// The application proxy is the listener too, so a fetch of any other host
// would reach it as well; a control request proves the listener would notice.
#include "ui/MessageViewPane.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextBrowser>

using namespace quire::ui;

namespace {

// Counts connections and keeps the first request line of each.
class Listener : public QTcpServer
{
public:
    Listener()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray line = socket->readLine().trimmed();
                    if (!line.isEmpty())
                        requests.append(line);
                    socket->write("HTTP/1.0 404 Not Found\r\nContent-Length: 0\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    int connections = 0;
    QList<QByteArray> requests;
};

QByteArray htmlMessage(const QByteArray &subject, const QByteArray &html)
{
    return "From: Tracker <t@example.org>\r\nTo: alice@example.net\r\nSubject: " + subject
        + "\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n";
}

// Messages whose every fetchable reference points at `origin` (the listener
// itself) or at a made-up host that only the proxy could reach.
QList<QByteArray> hostileMessages(const QByteArray &origin)
{
    const QByteArray o = origin;
    const QByteArray proxied = "http://quire-remote.invalid";
    QList<QByteArray> out;
    for (const QByteArray &base : { o, proxied }) {
        out.append(htmlMessage("images",
            "<p>x<img src=\"" + base + "/img.png\"><img src='" + base + "/img2.gif' width=1 height=1><img srcset=\""
                + base + "/a.png 1x\"><input type=image src=\"" + base + "/i.png\"><img src=\"//" + base.mid(7)
                + "/proto-relative.png\"></p>"));
        out.append(htmlMessage("backgrounds",
            "<body background=\"" + base + "/body.png\"><table background=\"" + base
                + "/table.png\"><tr><td background=\"" + base + "/td.png\" style=\"background:url(" + base
                + "/td-css.png)\">x</td></tr></table><div style=\"background-image:url('" + base
                + "/div.png');list-style:url(" + base + "/li.png)\">y</div></body>"));
        out.append(htmlMessage("css",
            "<head><link rel=stylesheet href=\"" + base + "/a.css\"><style>@import url(" + base + "/b.css); @import '"
                + base + "/c.css'; p{background:url(" + base + "/p.png)} @font-face{font-family:x;src:url(" + base
                + "/f.woff)}</style></head><p>styled</p>"));
        out.append(htmlMessage("frames",
            "<iframe src=\"" + base + "/frame.html\"></iframe><frameset><frame src=\"" + base
                + "/f.html\"></frameset><object data=\"" + base + "/o.swf\"></object><embed src=\"" + base
                + "/e.swf\"><video src=\"" + base + "/v.mp4\" poster=\"" + base + "/poster.png\"></video><audio src=\""
                + base + "/a.mp3\"></audio><script src=\"" + base + "/s.js\"></script>"));
        out.append(htmlMessage("refresh",
            "<meta http-equiv=refresh content=\"0;url=" + base + "/refresh\"><base href=\"" + base
                + "/\"><img src=\"relative.png\"><a href=\"relative\">rel</a>"));
        out.append(htmlMessage("links",
            "<a href=\"" + base + "/link\">click</a> <a href=\"" + base + "/ping\" ping=\"" + base
                + "/track\">ping</a><form action=\"" + base + "/form\"><input name=q></form>"));
        out.append("From: a@b\r\nSubject: related\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; "
                   "boundary=r\r\n\r\n--r\r\nContent-Type: text/html\r\n\r\n<img src=\"cid:logo\"><img src=\""
            + base
            + "/x.png\">\r\n--r\r\nContent-Type: image/png\r\nContent-ID: <logo>\r\n"
              "Content-Location: "
            + base + "/logo.png\r\n\r\nnot a png\r\n--r--\r\n");
        out.append("From: a@b\r\nSubject: external body\r\nMIME-Version: 1.0\r\nContent-Type: message/external-body; "
                   "access-type=URL; URL=\""
            + base + "/external\"\r\n\r\nContent-Type: text/html\r\n\r\n");
    }
    return out;
}

QStringList corpusFiles()
{
    const QString root = qEnvironmentVariable("QUIRE_CORPUS_DIR");
    QStringList files;
    if (root.isEmpty() || !QDir(root).exists())
        return files;
    static const QStringList kNotMail
        = { QStringLiteral(".json"), QStringLiteral(".xml"), QStringLiteral(".list"), QStringLiteral(".tnef") };
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        bool skip = name.startsWith(u"LICENSE") || name.startsWith(u"COPYING") || name == u"SOURCE.txt"
            || name.startsWith(u"README");
        for (const QString &suffix : kNotMail)
            skip = skip || name.endsWith(suffix);
        if (!skip)
            files.append(path);
    }
    files.sort();
    return files;
}

} // namespace

class MessageViewNoFetchTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listenerSeesProxiedRequests();
    void hostileMessagesFetchNothing();
    void wholeCorpusFetchesNothing();
    void cleanupTestCase();

private:
    // Shows `source` and paints it top and bottom (images load on layout and
    // paint); false if rendering did not finish.
    bool render(const QByteArray &source);

    Listener m_listener;
    MessageViewPane *m_pane = nullptr;
};

void MessageViewNoFetchTest::initTestCase()
{
    QVERIFY(m_listener.listen(QHostAddress::LocalHost, 0));
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_listener.serverPort()));
    m_pane = new MessageViewPane;
    m_pane->resize(900, 700);
    m_pane->show();
}

void MessageViewNoFetchTest::cleanupTestCase()
{
    delete m_pane;
    QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
}

bool MessageViewNoFetchTest::render(const QByteArray &source)
{
    QSignalSpy shown(m_pane, &MessageViewPane::messageShown);
    m_pane->showMessage(source);
    if (!shown.wait(30000))
        return false;
    (void)m_pane->grab();
    QTextBrowser *browser = m_pane->browser();
    browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->maximum());
    (void)m_pane->grab();
    return true;
}

void MessageViewNoFetchTest::listenerSeesProxiedRequests()
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(QStringLiteral("http://quire-proxy-probe.invalid/probe"))));
    QTRY_COMPARE_WITH_TIMEOUT(m_listener.connections, 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    delete reply;
    QVERIFY2(!m_listener.requests.isEmpty() && m_listener.requests.first().contains("quire-proxy-probe.invalid"),
        m_listener.requests.value(0).constData());
    m_listener.connections = 0;
    m_listener.requests.clear();
}

void MessageViewNoFetchTest::hostileMessagesFetchNothing()
{
    const QByteArray origin = "http://127.0.0.1:" + QByteArray::number(m_listener.serverPort());
    const QList<QByteArray> messages = hostileMessages(origin);
    for (const QByteArray &message : messages) {
        QVERIFY(render(message));
    }
    QTest::qWait(500); // any fetch started by painting has time to connect
    QVERIFY2(m_listener.connections == 0, m_listener.requests.join('\n').constData());
}

void MessageViewNoFetchTest::wholeCorpusFetchesNothing()
{
    const QStringList files = corpusFiles();
    if (files.isEmpty())
        QSKIP("QUIRE_CORPUS_DIR is not set or missing; the synthetic messages still ran");
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QVERIFY2(render(file.readAll()), qPrintable(path));
        QVERIFY2(m_listener.connections == 0, qPrintable(path));
    }
    QTest::qWait(500);
    QVERIFY2(m_listener.connections == 0, m_listener.requests.join('\n').constData());
    qInfo("%lld corpus messages rendered and painted, %d connections", qlonglong(files.size()), m_listener.connections);
}

QTEST_MAIN(MessageViewNoFetchTest)
#include "tst_messageview_nofetch.moc"
