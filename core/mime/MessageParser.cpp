#include "core/mime/MessageParser.h"

#include "core/mime/TransferEncoding.h"

#include <cstring>
#include <string_view>

namespace quire::mime {

namespace {

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

// Index of the '\n' ending the line that starts at `pos`, or `end`.
qsizetype lineEnd(const char *data, qsizetype pos, qsizetype end)
{
    const void *nl = std::memchr(data + pos, '\n', size_t(end - pos));
    return nl ? static_cast<const char *>(nl) - data : end;
}

// `line` without its trailing '\r'.
QByteArrayView withoutCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

// "Name:" or the obsolete "Name :". Returns the colon's index or -1.
qsizetype headerColon(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] > ' ' && line[i] < 127 && line[i] != ':')
        ++i;
    if (i == 0)
        return -1;
    while (i < line.size() && isWsp(line[i]))
        ++i;
    if (i < line.size() && line[i] == ':')
        return i;
    return -1;
}

QByteArray trimmedName(QByteArrayView name)
{
    return name.trimmed().toByteArray();
}

// The first token of a Content-Transfer-Encoding value, lower-cased:
// "Base64 (comment)" -> "base64".
QByteArray encodingToken(const QByteArray &value)
{
    QByteArray token = value.trimmed().toLower();
    for (qsizetype i = 0; i < token.size(); ++i) {
        if (isWsp(token[i]) || token[i] == '(' || token[i] == ';')
            return token.left(i);
    }
    return token;
}

QByteArray stripAngles(const QByteArray &value)
{
    QByteArray id = value.trimmed();
    if (id.startsWith('<'))
        id.remove(0, 1);
    const qsizetype close = id.indexOf('>');
    if (close >= 0)
        id.truncate(close);
    return id.trimmed();
}

// RFC 2046 bchars: a boundary that continues with one of these is a longer,
// different boundary, not this one with junk after it.
bool isBoundaryChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || std::strchr("'()+_,-./:=?", c) != nullptr;
}

bool isEmbeddedMessageType(const QByteArray &type)
{
    return type == "message/rfc822" || type == "message/global" || type == "message/news";
}

QByteArray childNumber(const QByteArray &prefix, int index)
{
    const QByteArray n = QByteArray::number(index);
    return prefix.isEmpty() ? n : prefix + '.' + n;
}

struct Delimiter {
    qsizetype lineStart = 0; // where "--boundary" begins
    qsizetype contentEnd = 0; // the previous part ends here (before the line break that belongs to the delimiter)
    qsizetype nextStart = 0; // the next part starts here
    bool closing = false;
};

class EntityParser
{
public:
    EntityParser(const ParseLimits &limits, bool &limitReached)
        : m_limits(limits)
        , m_limitReached(limitReached)
    {
    }

    // Parses [begin, end) of `buffer`. A multipart takes the number `prefix`
    // and numbers its children under it; anything else takes `leafNumber`.
    MimePart parseEntity(const QByteArray &buffer, qsizetype begin, qsizetype end, const QByteArray &prefix,
        const QByteArray &leafNumber, int depth, bool inDigest)
    {
        ++m_partCount;
        MimePart part;
        part.source = buffer;
        const HeaderBlock block = parseHeaderBlock(QByteArrayView(buffer).sliced(begin, end - begin));
        part.headers = block.headers;
        part.headerRange = { begin, block.bodyOffset };
        part.bodyRange = { begin + block.bodyOffset, end - begin - block.bodyOffset };
        readContentHeaders(part, inDigest);

        const bool canNest = depth < m_limits.maxDepth && m_partCount < m_limits.maxParts;
        if (part.isMultipart()) {
            if (!canNest) {
                markLimit(part);
            } else {
                part.partNumber = prefix;
                splitMultipart(part, depth);
                if (!part.children.empty())
                    return part;
                // No usable boundary: show the body as text rather than nothing.
                part.malformed = true;
                part.contentType.value = "text/plain";
            }
            part.partNumber = leafNumber;
            return part;
        }
        part.partNumber = leafNumber;
        if (isEmbeddedMessageType(part.contentType.value)) {
            if (canNest)
                parseEmbedded(part, depth);
            else
                markLimit(part);
        }
        return part;
    }

private:
    void markLimit(MimePart &part)
    {
        part.malformed = true;
        m_limitReached = true;
    }

    static void readContentHeaders(MimePart &part, bool inDigest)
    {
        const QByteArray rawType = part.headers.value("Content-Type");
        if (!rawType.isNull())
            part.contentType = parseParameterizedHeader(rawType);
        const QByteArray &type = part.contentType.value;
        const qsizetype slash = type.indexOf('/');
        if (slash <= 0 || slash == type.size() - 1 || type.contains(' ')) {
            // RFC 2045 5.2: an unusable Content-Type means the default.
            part.contentType.value = inDigest ? "message/rfc822" : "text/plain";
            if (!rawType.isNull())
                part.malformed = true;
        }
        const QByteArray rawDisposition = part.headers.value("Content-Disposition");
        if (!rawDisposition.isNull())
            part.disposition = parseParameterizedHeader(rawDisposition);
        part.contentId = stripAngles(part.headers.value("Content-ID"));
        part.contentLocation = part.headers.value("Content-Location").trimmed();
        part.language = part.headers.value("Content-Language").trimmed();
        part.transferEncoding = encodingToken(part.headers.value("Content-Transfer-Encoding"));
    }

    static QList<Delimiter> findDelimiters(const QByteArray &buffer, ByteRange body, QByteArrayView boundary)
    {
        QList<Delimiter> found;
        const std::string_view all(buffer.constData(), size_t(buffer.size()));
        std::string marker("--");
        marker.append(boundary.data(), size_t(boundary.size()));
        const qsizetype begin = body.offset;
        const qsizetype end = body.offset + body.length;
        qsizetype pos = begin;
        while (pos < end) {
            const size_t hit = all.substr(0, size_t(end)).find(marker, size_t(pos));
            if (hit == std::string_view::npos)
                break;
            const qsizetype at = qsizetype(hit);
            pos = at + 1;
            if (at != begin && buffer[at - 1] != '\n')
                continue;
            const qsizetype after = at + qsizetype(marker.size());
            const qsizetype eol = lineEnd(buffer.constData(), after, end);
            const QByteArrayView rest = withoutCr(QByteArrayView(buffer).sliced(after, eol - after));
            Delimiter d;
            d.closing = rest.startsWith("--");
            if (!d.closing && !rest.isEmpty() && isBoundaryChar(rest[0]) && !rest.trimmed().isEmpty())
                continue; // a longer boundary, not ours
            d.lineStart = at;
            d.contentEnd = at;
            if (at > begin) {
                d.contentEnd = at - 1; // the '\n' before the delimiter belongs to it
                if (d.contentEnd > begin && buffer[d.contentEnd - 1] == '\r')
                    --d.contentEnd;
            }
            d.nextStart = eol < end ? eol + 1 : end;
            found.append(d);
            if (d.closing)
                break;
            pos = d.nextStart;
        }
        return found;
    }

    void splitMultipart(MimePart &part, int depth)
    {
        const QByteArray boundary = part.contentType.param("boundary").toUtf8();
        if (boundary.isEmpty())
            return;
        const QList<Delimiter> delimiters = findDelimiters(part.source, part.bodyRange, boundary);
        if (delimiters.isEmpty())
            return;
        const bool digest = part.contentType.value == "multipart/digest";
        const qsizetype bodyEnd = part.bodyRange.offset + part.bodyRange.length;
        for (qsizetype i = 0; i < delimiters.size(); ++i) {
            const Delimiter &open = delimiters[i];
            if (open.closing)
                break;
            if (m_partCount >= m_limits.maxParts) {
                markLimit(part);
                break;
            }
            const bool hasNext = i + 1 < delimiters.size();
            qsizetype partEnd = hasNext ? delimiters[i + 1].contentEnd : bodyEnd;
            if (!hasNext)
                part.malformed = true; // no closing delimiter: the last part runs to the end
            partEnd = std::max(partEnd, open.nextStart);
            const QByteArray number = childNumber(part.partNumber, int(part.children.size()) + 1);
            part.children.push_back(
                parseEntity(part.source, open.nextStart, partEnd, number, number, depth + 1, digest));
        }
    }

    void parseEmbedded(MimePart &part, int depth)
    {
        const QByteArray &enc = part.transferEncoding;
        const QByteArray leaf = part.partNumber + ".1";
        if (enc == "base64" || enc == "quoted-printable" || enc.contains("uu")) {
            // RFC 2046 5.2.1 forbids this, but some mailers do it anyway.
            const QByteArray decoded = part.decodedBody();
            part.embeddedMessage = std::make_shared<const MimePart>(
                parseEntity(decoded, 0, decoded.size(), part.partNumber, leaf, depth + 1, false));
            return;
        }
        part.embeddedMessage = std::make_shared<const MimePart>(parseEntity(part.source, part.bodyRange.offset,
            part.bodyRange.offset + part.bodyRange.length, part.partNumber, leaf, depth + 1, false));
    }

    const ParseLimits &m_limits;
    bool &m_limitReached;
    int m_partCount = 0;
};

} // namespace

HeaderBlock parseHeaderBlock(QByteArrayView bytes)
{
    HeaderBlock block;
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    while (pos < size) {
        const qsizetype eol = lineEnd(data, pos, size);
        const QByteArrayView line = withoutCr(bytes.sliced(pos, eol - pos));
        const qsizetype next = eol < size ? eol + 1 : size;
        if (line.isEmpty()) {
            block.bodyOffset = next;
            return block;
        }
        if (isWsp(line[0])) {
            // A continuation line; one at the very start has nothing to continue.
            if (!block.headers.isEmpty())
                block.headers.appendToLast(line);
            pos = next;
            continue;
        }
        const qsizetype colon = headerColon(line);
        if (colon < 0) {
            // A junk line between headers is skipped; one followed by
            // something that is not a header starts the body.
            const qsizetype nextEol = lineEnd(data, next, size);
            const QByteArrayView nextLine = withoutCr(bytes.sliced(next, nextEol - next));
            if (next < size && headerColon(nextLine) > 0) {
                pos = next;
                continue;
            }
            block.bodyOffset = pos;
            return block;
        }
        HeaderField field;
        field.name = trimmedName(line.first(colon));
        field.value = line.sliced(colon + 1).trimmed().toByteArray();
        block.headers.append(std::move(field));
        pos = next;
    }
    block.bodyOffset = size;
    return block;
}

MimeMessage parseMessage(const QByteArray &source, const ParseLimits &limits)
{
    MimeMessage message;
    message.source = source;
    qsizetype begin = 0;
    if (source.startsWith("From ")) {
        // An mbox separator line, not a header.
        const qsizetype nl = source.indexOf('\n');
        begin = nl < 0 ? source.size() : nl + 1;
    }
    EntityParser parser(limits, message.limitReached);
    message.root = parser.parseEntity(source, begin, source.size(), QByteArray(), "1", 0, false);
    return message;
}

} // namespace quire::mime
