#include "ui/MessageBrowser.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTextDocument>

namespace quire::ui {

namespace {
// A remote image larger than this is not shown (and not read further).
constexpr qint64 kMaxRemoteImageBytes = 8 * 1024 * 1024;
} // namespace

MessageBrowser::MessageBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    // Links open nothing by themselves: a mail must not make the view fetch.
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

void MessageBrowser::setMessageResources(const QHash<QString, QByteArray> &embeddedImages, bool allowRemote)
{
    ++m_generation;
    m_embedded = embeddedImages;
    m_allowRemote = allowRemote;
    m_remote.clear();
    m_requested.clear();
}

QVariant MessageBrowser::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return {};
    if (name.scheme() == QLatin1String("cid")) {
        const auto it = m_embedded.constFind(name.toString().mid(4));
        if (it == m_embedded.cend())
            return {};
        QImage image;
        return image.loadFromData(it.value()) ? QVariant(image) : QVariant();
    }
    if (name.scheme() == QLatin1String("data"))
        return QTextBrowser::loadResource(type, name);
    const bool remote = name.scheme() == QLatin1String("http") || name.scheme() == QLatin1String("https");
    if (!remote || !m_allowRemote)
        return {};
    if (const auto it = m_remote.constFind(name); it != m_remote.cend())
        return it.value();
    fetchRemote(name);
    return {};
}

void MessageBrowser::fetchRemote(const QUrl &url)
{
    if (m_requested.contains(url))
        return;
    m_requested.insert(url);
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxRemoteImageBytes)
            reply->abort();
    });
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, generation] {
        reply->deleteLater();
        if (generation != m_generation || reply->error() != QNetworkReply::NoError)
            return;
        QImage image;
        if (!image.loadFromData(reply->readAll()))
            return;
        m_remote.insert(url, image);
        document()->addResource(QTextDocument::ImageResource, url, image);
        // Lays the document out again with the image's real size.
        document()->markContentsDirty(0, document()->characterCount());
    });
}

} // namespace quire::ui
