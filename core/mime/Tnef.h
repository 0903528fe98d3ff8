#pragma once

// application/ms-tnef (winmail.dat): Outlook's wrapper around attachments and
// an RTF or HTML body, unpacked with Debian's libytnef.

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
    bool valid = false; // false when the data is not TNEF or could not be read
    QList<TnefAttachment> attachments;
    // The message body carried inside the TNEF, when there is one. The RTF
    // body also appears as "body.rtf" in `attachments` (nothing renders RTF).
    QString htmlBody;
    QString plainBody;
};

TnefContent unpackTnef(QByteArrayView data);

bool isTnefType(QByteArrayView mimeType, const QString &fileName);

} // namespace quire::mime
