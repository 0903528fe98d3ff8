#pragma once

// CSS filtering for HtmlSanitizer: style attributes and <style> blocks.

#include <QString>
#include <QStringView>

#include <functional>

namespace quire::mime {

struct CssSanitizeResult {
    QString css;
    int blockedRemoteResources = 0; // url()s with http(s) or protocol-relative targets
};

// `resolveUrl` maps a url() target to the one to keep, or returns an empty
// string to drop the declaration. Declarations that can fetch without url()
// (image-set, @import, @font-face) or run code (expression, behavior,
// -moz-binding, javascript:) are always dropped. The result contains no '<',
// no backslash escapes and no comments.
using CssUrlResolver = std::function<QString(const QString &url)>;
CssSanitizeResult sanitizeStyleAttribute(QStringView declarations, const CssUrlResolver &resolveUrl);
CssSanitizeResult sanitizeStyleSheet(QStringView sheet, const CssUrlResolver &resolveUrl);

// True for "http:", "https:" and protocol-relative "//" URLs (after the
// whitespace and control characters browsers ignore are removed).
bool isRemoteUrl(QStringView url);

// `url` with ASCII whitespace and control characters removed (browsers
// ignore them, which is how "jav&#x09;ascript:" works).
QString stripUrlNoise(QStringView url);

} // namespace quire::mime
