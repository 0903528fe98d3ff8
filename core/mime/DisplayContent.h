#pragma once

// What a reader sees of a message: the chosen alternative, decoded, as safe
// HTML for the view and as plain text for `quire-cli render` and search.

#include "core/mime/HtmlSanitizer.h"
#include "core/mime/MimeMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace quire::mime {

enum class BodyPreference { Plain, Html };

struct DisplayOptions {
    BodyPreference preference = BodyPreference::Html;
    RemoteContentPolicy remoteContent = RemoteContentPolicy::Block;
    // For 8-bit text with no usable charset that is not UTF-8 (a user setting).
    QByteArray fallbackCharset = "windows-1252";
    // The URL the view loads an embedded part from (cid: images). By default
    // "cid:<content-id>", which the view resolves itself.
    std::function<QString(const MimePart &part)> partUrl;
};

struct DisplayContent {
    QString html; // sanitised; safe to hand to a viewer with scripts off
    QString text; // what the reader sees, as plain text
    int blockedRemoteResources = 0;
    QList<QByteArray> shownParts; // part numbers whose text is shown
};

DisplayContent buildDisplayContent(const MimeMessage &message, const DisplayOptions &options = {});

// A text part's body as text: transfer encoding, charset (with the HTML
// <meta charset> for text/html that declares none) and format=flowed undone.
QString decodeTextPart(const MimePart &part, QByteArrayView fallbackCharset = "windows-1252");

} // namespace quire::mime
