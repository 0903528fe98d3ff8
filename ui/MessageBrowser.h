#pragma once

// The QTextBrowser that shows a message. It serves cid: images from the
// message itself, and fetches http(s) images only when the user allowed
// remote content for this message (the sanitiser removed them otherwise).
// Links never open by themselves; linkActivated asks the window.

#include <QHash>
#include <QSet>
#include <QTextBrowser>

class QNetworkAccessManager;

namespace quire::ui {

class MessageBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MessageBrowser(QWidget *parent = nullptr);

    // The images of the next setHtml(), and whether remote ones may load.
    void setMessageResources(const QHash<QString, QByteArray> &embeddedImages, bool allowRemote);
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void fetchRemote(const QUrl &url);

    QHash<QString, QByteArray> m_embedded;
    bool m_allowRemote = false;
    quint64 m_generation = 0;
    QHash<QUrl, QImage> m_remote;
    QSet<QUrl> m_requested;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace quire::ui
