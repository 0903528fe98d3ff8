#include "core/mime/TnefReader.h"

#include <array>
#include <cstring>

namespace quire::mime::tnef {

namespace {

// Little-endian reads that fail instead of running past the end.
class ByteCursor
{
public:
    explicit ByteCursor(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    qsizetype remaining() const { return m_bytes.size() - m_pos; }
    qsizetype position() const { return m_pos; }

    bool readUInt8(std::uint8_t &out)
    {
        if (remaining() < 1)
            return false;
        out = std::uint8_t(m_bytes[m_pos++]);
        return true;
    }
    bool readUInt16(std::uint16_t &out)
    {
        if (remaining() < 2)
            return false;
        out = std::uint16_t(byteAt(0) | byteAt(1) << 8);
        m_pos += 2;
        return true;
    }
    bool readUInt32(std::uint32_t &out)
    {
        if (remaining() < 4)
            return false;
        out = byteAt(0) | byteAt(1) << 8 | byteAt(2) << 16 | std::uint32_t(byteAt(3)) << 24;
        m_pos += 4;
        return true;
    }
    // `length` is untrusted: compared with what remains before use.
    bool readBytes(std::uint64_t length, QByteArrayView &out)
    {
        if (length > std::uint64_t(remaining()))
            return false;
        out = m_bytes.sliced(m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        return true;
    }
    bool skip(std::uint64_t length)
    {
        QByteArrayView ignored;
        return readBytes(length, ignored);
    }

private:
    std::uint32_t byteAt(qsizetype offset) const { return std::uint8_t(m_bytes[m_pos + offset]); }

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

// Property values are padded to a multiple of four bytes.
std::uint64_t padded(std::uint64_t length)
{
    return (length + 3) & ~std::uint64_t(3);
}

// Size of one value of a fixed-size type; 0 for variable-size or unknown.
int fixedValueSize(std::uint16_t valueType)
{
    switch (valueType) {
    case 0x0001: // PT_NULL
    case type::Short: // two bytes padded to four
    case type::Long:
    case 0x0004: // PT_FLOAT
    case 0x000A: // PT_ERROR
    case 0x000B: // PT_BOOLEAN, padded to four
        return 4;
    case 0x0005: // PT_DOUBLE
    case 0x0006: // PT_CURRENCY
    case 0x0007: // PT_APPTIME
    case 0x0014: // PT_I8
    case 0x0040: // PT_SYSTIME
        return 8;
    case 0x0048: // PT_CLSID
        return 16;
    default:
        return 0;
    }
}

bool isVariableSize(std::uint16_t valueType)
{
    return valueType == type::String8 || valueType == type::Unicode || valueType == type::Binary
        || valueType == type::Object;
}

// Named properties identify themselves by GUID plus a number or a name.
bool skipPropertyName(ByteCursor &cursor)
{
    std::uint32_t kind = 0;
    if (!cursor.skip(16) || !cursor.readUInt32(kind))
        return false;
    if (kind == 0)
        return cursor.skip(4);
    std::uint32_t nameLength = 0;
    return kind == 1 && cursor.readUInt32(nameLength) && cursor.skip(padded(nameLength));
}

} // namespace

AttributeReader::AttributeReader(QByteArrayView stream)
    : m_stream(stream)
{
    ByteCursor cursor(stream);
    std::uint32_t signature = 0;
    std::uint16_t legacyKey = 0;
    m_signatureOk = cursor.readUInt32(signature) && signature == kSignature && cursor.readUInt16(legacyKey);
    m_pos = cursor.position();
}

bool AttributeReader::next(Attribute &out)
{
    if (!m_signatureOk || m_pos >= m_stream.size())
        return false;
    ByteCursor cursor(m_stream.sliced(m_pos));
    std::uint8_t level = 0;
    std::uint32_t id = 0;
    std::uint32_t length = 0;
    QByteArrayView data;
    if (!cursor.readUInt8(level) || (level != std::uint8_t(Level::Message) && level != std::uint8_t(Level::Attachment))
        || !cursor.readUInt32(id) || !cursor.readUInt32(length) || !cursor.readBytes(length, data)) {
        // Trailing garbage or a truncated attribute ends the stream.
        m_stoppedEarly = true;
        m_pos = m_stream.size();
        return false;
    }
    // A missing checksum at the very end is tolerated (truncated by one or two bytes).
    cursor.skip(std::min<qsizetype>(2, cursor.remaining()));
    m_pos += cursor.position();
    out = { level, id, data };
    return true;
}

bool readProperties(QByteArrayView block, const std::function<void(const Property &)> &onProperty)
{
    ByteCursor cursor(block);
    std::uint32_t count = 0;
    if (!cursor.readUInt32(count))
        return false;
    // Every property takes at least four bytes, so the bounds checks below
    // end a lying count long before it could loop for long.
    for (std::uint32_t i = 0; i < count; ++i) {
        std::uint16_t rawType = 0;
        std::uint16_t id = 0;
        if (!cursor.readUInt16(rawType) || !cursor.readUInt16(id))
            return false;
        const bool named = id >= 0x8000;
        if (named && !skipPropertyName(cursor))
            return false;
        const std::uint16_t valueType = rawType & ~type::MultiValued;
        const bool variable = isVariableSize(valueType);
        const int fixedSize = fixedValueSize(valueType);
        if (!variable && fixedSize == 0)
            return false; // unknown type: its size, and so the next property, is unknowable
        std::uint32_t valueCount = 1;
        if ((rawType & type::MultiValued) || variable) {
            if (!cursor.readUInt32(valueCount))
                return false;
        }
        for (std::uint32_t v = 0; v < valueCount; ++v) {
            QByteArrayView value;
            if (variable) {
                std::uint32_t length = 0;
                if (!cursor.readUInt32(length) || !cursor.readBytes(length, value)
                    || !cursor.skip(padded(length) - length))
                    return false;
            } else if (!cursor.readBytes(std::uint64_t(fixedSize), value)) {
                return false;
            }
            onProperty(Property { id, valueType, value, named });
        }
    }
    return true;
}

std::uint32_t propertyAsUInt32(const Property &property)
{
    ByteCursor cursor(property.value);
    std::uint32_t value = 0;
    if (property.type == type::Short) {
        std::uint16_t shortValue = 0;
        return cursor.readUInt16(shortValue) ? shortValue : 0;
    }
    return cursor.readUInt32(value) ? value : 0;
}

QByteArray decompressRtf(QByteArrayView compressed, qsizetype maxSize)
{
    // MS-OXRTFCP 2.1.3.1: the dictionary starts with this RTF preamble.
    static constexpr char kPreamble[] = "{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman "
                                        "\\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New "
                                        "RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
                                        "\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx";
    static constexpr std::uint32_t kPreambleSize = sizeof(kPreamble) - 1;
    static_assert(kPreambleSize == 207);
    static constexpr std::uint32_t kCompressed = 0x75465A4C; // "LZFu"
    static constexpr std::uint32_t kUncompressed = 0x414C454D; // "MELA"

    ByteCursor header(compressed);
    std::uint32_t compressedSize = 0;
    std::uint32_t rawSize = 0;
    std::uint32_t magic = 0;
    std::uint32_t crc = 0;
    if (!header.readUInt32(compressedSize) || !header.readUInt32(rawSize) || !header.readUInt32(magic)
        || !header.readUInt32(crc))
        return {};
    // compressedSize counts the bytes after its own field; believe it only
    // as far as the data goes.
    const qsizetype available = header.remaining();
    const qsizetype bodySize
        = std::min<qsizetype>(available, qsizetype(std::max<std::uint32_t>(compressedSize, 12)) - 12);
    ByteCursor input(compressed.sliced(header.position(), bodySize));
    const qsizetype limit = std::min<qsizetype>(maxSize, qsizetype(rawSize));

    if (magic == kUncompressed) {
        QByteArrayView raw;
        input.readBytes(std::uint64_t(std::min(limit, input.remaining())), raw);
        return raw.toByteArray();
    }
    if (magic != kCompressed)
        return {};

    std::array<char, 4096> dictionary {};
    std::memcpy(dictionary.data(), kPreamble, kPreambleSize);
    std::uint32_t writePos = kPreambleSize;
    QByteArray out;
    out.reserve(std::min<qsizetype>(limit, 16 * 1024 * 1024));
    auto appendByte = [&](char c) {
        out.append(c);
        dictionary[writePos] = c;
        writePos = (writePos + 1) & 0xFFF;
    };
    std::uint8_t control = 0;
    while (out.size() < limit && input.readUInt8(control)) {
        for (int bit = 0; bit < 8 && out.size() < limit; ++bit) {
            if (!(control & (1 << bit))) {
                std::uint8_t literal = 0;
                if (!input.readUInt8(literal))
                    return out;
                appendByte(char(literal));
                continue;
            }
            std::uint8_t high = 0;
            std::uint8_t low = 0;
            if (!input.readUInt8(high) || !input.readUInt8(low))
                return out;
            const std::uint32_t reference = std::uint32_t(high) << 8 | low;
            const std::uint32_t offset = reference >> 4;
            const std::uint32_t length = (reference & 0xF) + 2;
            if (offset == writePos)
                return out; // the end marker points at the write position
            for (std::uint32_t i = 0; i < length && out.size() < limit; ++i)
                appendByte(dictionary[(offset + i) & 0xFFF]);
        }
    }
    return out;
}

} // namespace quire::mime::tnef
