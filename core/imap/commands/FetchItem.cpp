#include "core/imap/commands/FetchItem.h"

namespace quire::imap {

namespace {

QByteArray partPath(const QList<quint32> &part)
{
    QByteArray path;
    for (quint32 number : part) {
        if (!path.isEmpty())
            path += '.';
        path += QByteArray::number(number);
    }
    return path;
}

QByteArray partialText(const std::optional<Partial> &partial)
{
    if (!partial)
        return {};
    return '<' + QByteArray::number(partial->origin) + '.' + QByteArray::number(partial->length) + '>';
}

QByteArrayView sectionTextName(BodySection::Text text)
{
    switch (text) {
    case BodySection::Text::Whole:
        return {};
    case BodySection::Text::Header:
        return "HEADER";
    case BodySection::Text::HeaderFields:
        return "HEADER.FIELDS";
    case BodySection::Text::HeaderFieldsNot:
        return "HEADER.FIELDS.NOT";
    case BodySection::Text::Text:
        return "TEXT";
    case BodySection::Text::Mime:
        return "MIME";
    }
    return {};
}

QByteArrayView simpleName(FetchItem::Kind kind)
{
    using Kind = FetchItem::Kind;
    switch (kind) {
    case Kind::All:
        return "ALL";
    case Kind::Fast:
        return "FAST";
    case Kind::Full:
        return "FULL";
    case Kind::Uid:
        return "UID";
    case Kind::Flags:
        return "FLAGS";
    case Kind::Envelope:
        return "ENVELOPE";
    case Kind::InternalDate:
        return "INTERNALDATE";
    case Kind::Rfc822Size:
        return "RFC822.SIZE";
    case Kind::BodyStructure:
        return "BODYSTRUCTURE";
    case Kind::Body:
        return "BODY";
    case Kind::Rfc822:
        return "RFC822";
    case Kind::Rfc822Header:
        return "RFC822.HEADER";
    case Kind::Rfc822Text:
        return "RFC822.TEXT";
    case Kind::ModSeq:
        return "MODSEQ";
    case Kind::BodySection:
    case Kind::BinarySection:
    case Kind::BinarySize:
        return {};
    }
    return {};
}

} // namespace

QByteArray BodySection::toImap() const
{
    QByteArray text = partPath(part);
    const QByteArrayView name = sectionTextName(this->text);
    if (!name.isEmpty()) {
        if (!text.isEmpty())
            text += '.';
        text += name;
    }
    if (this->text == Text::HeaderFields || this->text == Text::HeaderFieldsNot)
        text += " (" + fields.join(' ') + ')';
    return text;
}

FetchItem FetchItem::bodySection(BodySection section, bool peek, std::optional<Partial> partial)
{
    FetchItem item(Kind::BodySection);
    item.m_section = std::move(section);
    item.m_peek = peek;
    item.m_partial = partial;
    return item;
}

FetchItem FetchItem::binarySection(QList<quint32> part, bool peek, std::optional<Partial> partial)
{
    FetchItem item(Kind::BinarySection);
    item.m_section.part = std::move(part);
    item.m_peek = peek;
    item.m_partial = partial;
    return item;
}

FetchItem FetchItem::binarySize(QList<quint32> part)
{
    FetchItem item(Kind::BinarySize);
    item.m_section.part = std::move(part);
    return item;
}

QByteArray FetchItem::toImap() const
{
    switch (m_kind) {
    case Kind::BodySection:
        return (m_peek ? "BODY.PEEK[" : "BODY[") + m_section.toImap() + ']' + partialText(m_partial);
    case Kind::BinarySection:
        return (m_peek ? "BINARY.PEEK[" : "BINARY[") + partPath(m_section.part) + ']' + partialText(m_partial);
    case Kind::BinarySize:
        return "BINARY.SIZE[" + partPath(m_section.part) + ']';
    default:
        return simpleName(m_kind).toByteArray();
    }
}

} // namespace quire::imap
