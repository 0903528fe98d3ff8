#pragma once

// Bounds-checked reading of the TNEF wire format (MS-OXTNEF): the attribute
// stream, MAPI property lists inside attributes, and compressed RTF
// (MS-OXRTFCP). Tnef.cpp turns these pieces into files and a body.
//
// Everything here reads from views of the caller's buffer and checks every
// declared length against the bytes that remain, because winmail.dat comes
// from strangers and is often damaged (truncated, trailing garbage).

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <functional>

namespace quire::mime::tnef {

inline constexpr std::uint32_t kSignature = 0x223E9F78;

enum class Level : std::uint8_t { Message = 1, Attachment = 2 };

// Attribute ids as they appear on the wire (type in the high word).
namespace attr {
inline constexpr std::uint32_t Body = 0x0002800C;
inline constexpr std::uint32_t OemCodepage = 0x00069007;
inline constexpr std::uint32_t MapiProps = 0x00069003;
inline constexpr std::uint32_t AttachRendData = 0x00069002;
inline constexpr std::uint32_t AttachData = 0x0006800F;
inline constexpr std::uint32_t AttachTitle = 0x00018010;
inline constexpr std::uint32_t Attachment = 0x00069005;
} // namespace attr

// MAPI property ids and types used by Quire.
namespace prop {
inline constexpr std::uint16_t Body = 0x1000;
inline constexpr std::uint16_t RtfCompressed = 0x1009;
inline constexpr std::uint16_t BodyHtml = 0x1013;
inline constexpr std::uint16_t DisplayName = 0x3001;
inline constexpr std::uint16_t AttachDataBin = 0x3701; // also PR_ATTACH_DATA_OBJ with type Object
inline constexpr std::uint16_t AttachFilename = 0x3704;
inline constexpr std::uint16_t AttachMethod = 0x3705;
inline constexpr std::uint16_t AttachLongFilename = 0x3707;
inline constexpr std::uint16_t AttachMimeTag = 0x370E;
inline constexpr std::uint16_t InternetCodepage = 0x3FDE;
} // namespace prop

namespace type {
inline constexpr std::uint16_t Short = 0x0002;
inline constexpr std::uint16_t Long = 0x0003;
inline constexpr std::uint16_t Object = 0x000D;
inline constexpr std::uint16_t String8 = 0x001E;
inline constexpr std::uint16_t Unicode = 0x001F;
inline constexpr std::uint16_t Binary = 0x0102;
inline constexpr std::uint16_t MultiValued = 0x1000;
} // namespace type

inline constexpr std::uint32_t kAttachMethodByValue = 1;
inline constexpr std::uint32_t kAttachMethodEmbeddedMessage = 5;

struct Attribute {
    std::uint8_t level = 0;
    std::uint32_t id = 0;
    QByteArrayView data;
};

// Walks the attributes after the signature and legacy key. Checksums are
// not enforced: Outlook and converters get them wrong, and a bad checksum
// says nothing about whether the length (which we do check) is right.
class AttributeReader
{
public:
    explicit AttributeReader(QByteArrayView stream);

    bool hasSignature() const { return m_signatureOk; }
    // False at the end, or at the first attribute that is damaged (unknown
    // level, length past the end); what was read before stays usable.
    bool next(Attribute &out);
    bool stoppedEarly() const { return m_stoppedEarly; }

private:
    QByteArrayView m_stream;
    qsizetype m_pos = 0;
    bool m_signatureOk = false;
    bool m_stoppedEarly = false;
};

// One value of a MAPI property. Multi-valued properties are reported once
// per value with the same id.
struct Property {
    std::uint16_t id = 0;
    std::uint16_t type = 0; // without the multi-valued flag
    QByteArrayView value; // bytes as stored: strings keep their terminator
    bool named = false; // named properties (id >= 0x8000) carry a GUID-based name
};

// Reads an attMAPIProps / attAttachment property list. Returns false when
// the list is damaged; properties delivered before that remain valid.
bool readProperties(QByteArrayView block, const std::function<void(const Property &)> &onProperty);

std::uint32_t propertyAsUInt32(const Property &property);

// Decompresses PR_RTF_COMPRESSED; returns the RTF, or empty when the data
// is not compressed RTF. Output is capped at `maxSize` bytes.
QByteArray decompressRtf(QByteArrayView compressed, qsizetype maxSize = 64 * 1024 * 1024);

} // namespace quire::mime::tnef
