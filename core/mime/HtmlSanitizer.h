#pragma once

// Allow-list HTML sanitising for message bodies. The input is tokenised and
// only known-harmless elements and attributes are written back out, escaped
// afresh, so whatever the input's quirks the output is markup we produced.

#include <QString>
#include <QStringView>

#include <functional>

namespace quire::mime {

enum class RemoteContentPolicy {
    Block, // the default: nothing outside the message is fetched
    Allow, // the user allowed remote images for this message or sender
};

struct SanitizeOptions {
    RemoteContentPolicy remoteContent = RemoteContentPolicy::Block;
    // Maps a cid: reference (the Content-ID, without "cid:" and brackets) to
    // the URL the viewer loads the part from (e.g. "cid:..." served by the
    // viewer, a part URL or a data: URI). Empty means no such part: the
    // reference is dropped.
    std::function<QString(const QString &contentId)> resolveContentId;
};

struct SanitizedHtml {
    QString html;
    // Remote images, backgrounds and style URLs that were removed because
    // the policy blocks them, so the UI can offer to load them.
    int blockedRemoteResources = 0;
};

// Keeps text formatting, tables, lists, images and links (http, https and
// mailto only). Removes script, forms, frames, objects, event handlers,
// meta/base/link, SVG and MathML, javascript:/vbscript:/data: URLs (except
// data:image/ raster images in <img>), and CSS that can fetch or run
// anything (url(), @import, expression(), behavior, -moz-binding).
SanitizedHtml sanitizeHtml(QStringView html, const SanitizeOptions &options = {});

} // namespace quire::mime
