#pragma once

#include "core/imap/parser/Envelope.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>
#include <vector>

namespace quire::imap {

using BodyParameters = QList<std::pair<QByteArray, QByteArray>>;

// body-fld-dsp: ("attachment" ("filename" "a.pdf"))
struct BodyDisposition {
    QByteArray type;
    BodyParameters parameters;
    bool operator==(const BodyDisposition &) const = default;
};

// BODY / BODYSTRUCTURE (RFC 3501 7.4.2), one node of the recursive tree.
// type and subtype are lower-cased so callers can compare them directly; every
// other string stays as the server sent it. NIL strings become empty.
// Multipart nodes have children and no single-part fields; a message/rfc822
// node has the nested envelope and exactly one child, the nested body.
struct BodyStructure {
    QByteArray type;
    QByteArray subtype;
    // body-fld-param for single parts, body-ext-mpart's parameters for multipart.
    BodyParameters parameters;
    QByteArray id;
    QByteArray description;
    QByteArray encoding;
    quint64 size = 0;
    // body-fld-lines: text/* and message/rfc822 only.
    std::optional<quint64> lines;
    std::optional<Envelope> envelope;
    std::vector<BodyStructure> children;

    // Extension data (BODYSTRUCTURE only; BODY omits it).
    QByteArray md5;
    std::optional<BodyDisposition> disposition;
    QList<QByteArray> language;
    QByteArray location;

    bool operator==(const BodyStructure &) const = default;

    bool isMultipart() const { return type == "multipart"; }
};

} // namespace quire::imap
