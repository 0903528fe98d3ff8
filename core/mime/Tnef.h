#pragma once

// application/ms-tnef (winmail.dat): Outlook's wrapper around attachments and
// an RTF or HTML body, unpacked with Quire's own bounds-checked reader
// (TnefReader.h; docs/MIME-DIFFERENCES.md says why not libytnef).

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace quire::mime {

struct TnefAttachment {
    QString fileName; // as the sender named it; "Untitled Attachment" when it had no name
    QByteArray mimeType; // PR_ATTACH_MIME_TAG, or application/octet-stream
    QByteArray data;
};

struct TnefContent {
    bool valid = false; // false when the data is not TNEF
    // The files in stream order. When the body is RTF only (nothing in
    // Quire renders RTF), it is offered last as the file "body.rtf" so the
    // reader can still open it elsewhere.
    QList<TnefAttachment> attachments;
    // The message body carried inside the TNEF, for display, not listed as
    // attachments (except body.rtf as above).
    QString htmlBody;
    QString plainBody;
    QByteArray rtfBody; // decompressed PR_RTF_COMPRESSED
};

// Never fails on damaged input: what could be read before the damage is
// returned (valid stays true once the signature matched).
TnefContent unpackTnef(QByteArrayView data);

bool isTnefType(QByteArrayView mimeType, const QString &fileName);

} // namespace quire::mime
