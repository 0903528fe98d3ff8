#pragma once

// What the message view shows for a message's raw source: the header block
// and the body (sanitised HTML or plain text), the images the message
// carries for its own HTML (cid:), and its attachments. Pure and
// thread-safe: the view runs it on a worker thread.

#include "core/mime/Attachments.h"
#include "core/mime/MimeMessage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace quire::ui {

struct RenderOptions {
    bool preferPlainText = false; // the text/plain alternative, shown as text
    bool allowRemoteContent = false; // the user allowed it for this message or sender
};

struct RenderedMessage {
    QString html; // header block and body, safe for QTextBrowser
    QString text; // header block and body as plain text
    int blockedRemoteResources = 0;
    QString senderAddress; // the From address, lower-cased (for "always for this sender")
    QString subject; // decoded
    // Images the HTML refers to by cid: (Content-ID without brackets), decoded.
    QHash<QString, QByteArray> embeddedImages;
    // Files to list in the attachment bar (inline cid: images are not among them).
    QList<mime::AttachmentInfo> attachments;
    // The parsed message, for saving an attachment's bytes later.
    std::shared_ptr<const mime::MimeMessage> message;
};

RenderedMessage renderMessage(const QByteArray &source, const RenderOptions &options = {});

} // namespace quire::ui
