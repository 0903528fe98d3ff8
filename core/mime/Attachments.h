#pragma once

// The files a message carries, and how to save them safely. Nothing here
// opens or runs an attachment.

#include "core/mime/MimeMessage.h"

#include <QByteArray>
#include <QDir>
#include <QList>
#include <QString>

namespace quire::mime {

struct AttachmentInfo {
    QString fileName; // decoded (RFC 2231 / 2047); not yet safe as a path: see sanitizeFileName
    QByteArray mimeType; // lower-cased
    qint64 size = 0; // decoded bytes
    QByteArray partNumber; // the MIME part; for files unpacked from TNEF, the TNEF part
    QByteArray contentId;
    bool isInline = false; // Content-Disposition: inline (typically an image the HTML shows)
    int tnefIndex = -1; // index among the TNEF part's files, or -1
};

// Parts that are files rather than text to read: explicit attachments,
// named parts and non-text leaves, in message order. Nested messages that are
// shown inline contribute their own attachments; a message attached as a
// file is listed as one ".eml" attachment. TNEF parts are replaced by the
// files inside them (when they can be read). Signatures of multipart/signed
// are not listed.
QList<AttachmentInfo> listAttachments(const MimeMessage &message);

// The decoded contents of `attachment`.
QByteArray attachmentData(const MimeMessage &message, const AttachmentInfo &attachment);

// True when `part` is a file rather than body text (see listAttachments).
bool isAttachmentPart(const MimePart &part, const MimePart *parent);

// A name that is safe to create in a directory on any platform: no path
// separators, no "..", no control or bidi-override characters, no reserved
// device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension), no
// trailing dots or spaces, at most kMaxFileNameLength characters and
// kMaxFileNameBytes bytes of UTF-8 with the extension kept (file systems
// allow 255 bytes; the rest leaves room for uniqueSavePath's " (n)"), and
// never empty ("attachment").
inline constexpr qsizetype kMaxFileNameLength = 200;
inline constexpr qsizetype kMaxFileNameBytes = 240;
QString sanitizeFileName(const QString &name);

// A path in `directory` for `name` (sanitised) that does not exist yet:
// "name.ext", then "name (1).ext", "name (2).ext"... Never overwrites.
QString uniqueSavePath(const QDir &directory, const QString &name);

} // namespace quire::mime
