#pragma once

// What a browser does with an OAuth2 authorization URL, for tests that play
// the browser: load the provider's page (tools/oauth2-server approves at
// once) and follow its redirect to the client's loopback listener.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace quire::test {

inline void followAuthorizationUrl(QNetworkAccessManager &browser, const QUrl &url, QObject *context)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *authorize = browser.get(request);
    QObject::connect(authorize, &QNetworkReply::finished, context, [&browser, authorize, context] {
        authorize->deleteLater();
        const QUrl target = authorize->header(QNetworkRequest::LocationHeader).toUrl();
        if (target.isValid())
            browser.get(QNetworkRequest(target))->setParent(context);
    });
}

} // namespace quire::test
