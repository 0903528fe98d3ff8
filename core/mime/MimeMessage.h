#pragma once

// The part tree of a whole message read from raw bytes (an .eml file, a
// message/rfc822 part fetched whole, or a message whose BODYSTRUCTURE the
// server got wrong). Bodies are not copied: each part keeps an offset range
// into an implicitly shared buffer.

#include "core/mime/HeaderParams.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace quire::mime {

struct HeaderField {
    QByteArray name; // as written, e.g. "Content-Type"
    QByteArray value; // unfolded (line breaks before continuation whitespace removed), not decoded

    bool operator==(const HeaderField &) const = default;
};

// Header fields in the order they were written; lookups ignore case.
class HeaderList
{
public:
    void append(HeaderField field) { m_fields.append(std::move(field)); }
    // Unfolds a continuation line (starting with whitespace) into the last field.
    void appendToLast(QByteArrayView continuation);
    const QList<HeaderField> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }

    // The first field called `name`; null when absent.
    QByteArray value(QByteArrayView name) const;
    // Every field called `name`, in order.
    QList<QByteArray> values(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;

private:
    QList<HeaderField> m_fields;
};

// [offset, offset + length) in MimePart::source.
struct ByteRange {
    qsizetype offset = 0;
    qsizetype length = 0;

    bool operator==(const ByteRange &) const = default;
};

struct MimePart {
    // RFC 3501 section number: "1", "2.1.3". Empty for a multipart at the top
    // of a message (IMAP addresses it as the message itself). The root entity
    // of a nested message has the number of its message/rfc822 part when it
    // is a multipart, and that number + ".1" when it is not (as IMAP does).
    QByteArray partNumber;

    HeaderList headers;
    // Parsed Content-Type: value is "type/subtype", lower-cased. When the
    // header is missing or unusable this is the RFC 2045 default (text/plain,
    // or message/rfc822 inside multipart/digest).
    ParameterizedHeader contentType;
    ParameterizedHeader disposition; // value empty when there is no Content-Disposition
    QByteArray contentId; // without the angle brackets
    QByteArray contentLocation;
    QByteArray language;
    QByteArray transferEncoding; // lower-cased and trimmed; empty means 7bit

    // The buffer the ranges point into. Usually the whole message; a nested
    // message that was (wrongly) transfer-encoded gets its decoded copy.
    QByteArray source;
    ByteRange headerRange;
    ByteRange bodyRange;

    std::vector<MimePart> children; // multipart only
    // message/rfc822 (and message/global, message/news): the nested message's
    // root entity, carrying the nested message's own headers.
    std::shared_ptr<const MimePart> embeddedMessage;

    // Set when the parser had to guess: a missing final boundary, a multipart
    // with no boundary, a nesting or part-count limit. The part is still usable.
    bool malformed = false;

    QByteArray type() const; // "text"
    QByteArray subtype() const; // "plain"
    bool isMultipart() const { return contentType.value.startsWith("multipart/"); }
    bool isMessage() const { return embeddedMessage != nullptr; }
    QString charset() const { return contentType.param("charset"); }

    // The body bytes still transfer-encoded, without copying.
    QByteArrayView rawBody() const { return QByteArrayView(source).sliced(bodyRange.offset, bodyRange.length); }
    QByteArrayView rawHeader() const { return QByteArrayView(source).sliced(headerRange.offset, headerRange.length); }
    // The body with the transfer encoding undone (a copy).
    QByteArray decodedBody() const;

    // Disposition filename (RFC 2231) or Content-Type name, decoded; null if neither.
    QString declaredFileName() const;
};

// Limits that keep hostile input from growing the tree without bound.
struct ParseLimits {
    int maxDepth = 64; // nested multiparts and messages together
    int maxParts = 10000;
};

struct MimeMessage {
    QByteArray source;
    MimePart root; // the message's own headers and body
    bool limitReached = false; // some structure was flattened because of ParseLimits

    // Calls `visit(part, depth)` for every part, depth-first, descending into
    // nested messages.
    template<typename Visitor> void forEachPart(Visitor &&visit) const { visitPart(root, 0, visit); }

    // The part with RFC 3501 number `number`, or nullptr.
    const MimePart *findPart(QByteArrayView number) const;

private:
    template<typename Visitor> static void visitPart(const MimePart &part, int depth, Visitor &visit)
    {
        visit(part, depth);
        for (const MimePart &child : part.children)
            visitPart(child, depth + 1, visit);
        if (part.embeddedMessage)
            visitPart(*part.embeddedMessage, depth + 1, visit);
    }
};

} // namespace quire::mime
