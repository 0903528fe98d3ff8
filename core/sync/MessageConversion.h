#pragma once

// Turns what a UID FETCH returned into the cache's plain MessageRecord, and
// the parser's Envelope/BodyStructure into the opaque blobs the cache keeps.
// The cache must not know core/imap types (CacheTypes.h), so this is the one
// place where the two meet.

#include "core/cache/CacheTypes.h"
#include "core/imap/commands/FetchItem.h"
#include "core/imap/parser/Response.h"

#include <optional>

namespace quire::sync {

// What the lazy envelope fetch asks for: UID FLAGS ENVELOPE INTERNALDATE
// RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (REFERENCES)]. The
// References header is not in ENVELOPE but threading needs it.
QList<imap::FetchItem> envelopeFetchItems();

// A record from one FETCH response. hasEnvelope is set only when the
// response carried an ENVELOPE; otherwise the record only updates flags and
// modseq (see MessageRecord). nullopt when the response has no UID.
std::optional<cache::MessageRecord> messageRecordFrom(const imap::FetchResponse &fetch);

QStringList flagStrings(const QList<QByteArray> &flags);
QList<QByteArray> flagBytes(const QStringList &flags);

// True when some leaf is a file rather than text to read: an attachment
// disposition, a file name, or a non-text, non-multipart leaf that is not an
// inline image referenced by the HTML (approximated: inline images with a
// Content-ID do not count).
bool hasAttachments(const imap::BodyStructure &body);

// INTERNALDATE ("17-Jul-1996 02:44:25 -0700"); invalid when malformed.
QDateTime parseInternalDate(const QByteArray &raw);

// The References header's ids out of a BODY[HEADER.FIELDS (REFERENCES)] item.
QList<QByteArray> referencesFrom(const imap::FetchResponse &fetch);

// Versioned QDataStream serialisations, used when a FETCH response has no
// envelopeSource or bodyStructureSource to keep. Decoding reads those IMAP
// texts too, and returns nullopt for blobs of another version or damaged ones,
// so a future format can simply refetch.
QByteArray serializeEnvelope(const imap::Envelope &envelope);
std::optional<imap::Envelope> deserializeEnvelope(const QByteArray &blob);
QByteArray serializeBodyStructure(const imap::BodyStructure &body);
std::optional<imap::BodyStructure> deserializeBodyStructure(const QByteArray &blob);

} // namespace quire::sync
