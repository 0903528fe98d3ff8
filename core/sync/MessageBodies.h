#pragma once

// Message bodies in the cache: what to FETCH, how to read the answer, and
// how to keep it. Two forms are cached per message:
// - the whole source (BODY[]), for reading, saving attachments and replying;
// - a displayable source for offline reading without attachments: the
//   message's header and its first part (the text, or the text/html
//   alternatives), as a message of its own. It is only made for messages with
//   attachments, when "make available offline" leaves attachments out.
// Both are kept with the message's text for the offline search.

#include "core/cache/Cache.h"
#include "core/imap/commands/MessageCommands.h"
#include "core/imap/parser/Response.h"

#include <optional>

namespace quire::sync {

// Part ids in the cache. quire-cli and the GUI share them.
inline const QByteArray kWholeMessagePart = "BODY[]";
inline const QByteArray kDisplayablePart = "DISPLAY";

// UID FETCH <uids> (UID BODY.PEEK[]).
imap::Fetch wholeMessageFetch(const QList<quint32> &uids);
// UID FETCH <uids> (UID BODYSTRUCTURE BODY.PEEK[HEADER] BODY.PEEK[1.MIME] BODY.PEEK[1]).
imap::Fetch displayableFetch(const QList<quint32> &uids);

// BODY[] of a FETCH response, read from its spool file when large.
std::optional<QByteArray> wholeMessageOf(const imap::FetchResponse &response);
// The displayable source from a displayableFetch() answer: the header with
// the first part's MIME header in place of the top-level Content-* fields,
// then that part. A single-part message whose one part is a file keeps its
// header and an empty body. nullopt when the answer lacks the header.
std::optional<QByteArray> displayableMessageOf(const imap::FetchResponse &response);

// Keeps a fetched source under partId with its text for the search.
cache::Result<void> storeMessageSource(cache::Cache &cache, const QString &mailbox, quint32 uidValidity, quint32 uid,
    const QByteArray &partId, const QByteArray &source);

} // namespace quire::sync
