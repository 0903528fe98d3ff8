#pragma once

// The data items of FETCH (RFC 3501 6.4.5, BINARY of RFC 3516, MODSEQ of
// RFC 7162), with typed body sections.

#include <QByteArray>
#include <QList>

#include <optional>

namespace quire::imap {

class CommandWriter;

// "1.2.HEADER.FIELDS (From To)": a part path plus what of that part.
struct BodySection {
    enum class Text { Whole, Header, HeaderFields, HeaderFieldsNot, Text, Mime };

    QList<quint32> part; // empty: the whole message
    Text text = Text::Whole;
    QList<QByteArray> fields; // for HeaderFields / HeaderFieldsNot

    QByteArray toImap() const;
    friend bool operator==(const BodySection &, const BodySection &) = default;
};

// "<origin.length>": fetch only part of a section.
struct Partial {
    quint32 origin = 0;
    quint32 length = 0;
    friend bool operator==(const Partial &, const Partial &) = default;
};

class FetchItem
{
public:
    enum class Kind {
        All,
        Fast,
        Full, // macros; RFC 3501 wants them alone, without parentheses
        Uid,
        Flags,
        Envelope,
        InternalDate,
        Rfc822Size,
        BodyStructure,
        Body,
        Rfc822,
        Rfc822Header,
        Rfc822Text,
        BodySection,
        BinarySection,
        BinarySize,
        ModSeq,
    };

    static FetchItem simple(Kind kind) { return FetchItem(kind); }
    static FetchItem uid() { return FetchItem(Kind::Uid); }
    static FetchItem flags() { return FetchItem(Kind::Flags); }
    static FetchItem envelope() { return FetchItem(Kind::Envelope); }
    static FetchItem internalDate() { return FetchItem(Kind::InternalDate); }
    static FetchItem rfc822Size() { return FetchItem(Kind::Rfc822Size); }
    static FetchItem bodyStructure() { return FetchItem(Kind::BodyStructure); }
    static FetchItem modSeq() { return FetchItem(Kind::ModSeq); }
    // BODY[section]<partial>, BODY.PEEK when peek (does not set \Seen).
    static FetchItem bodySection(BodySection section, bool peek = true, std::optional<Partial> partial = {});
    // BINARY[part]<partial> (RFC 3516): the server undoes the transfer encoding.
    static FetchItem binarySection(QList<quint32> part, bool peek = true, std::optional<Partial> partial = {});
    static FetchItem binarySize(QList<quint32> part);

    Kind kind() const { return m_kind; }
    bool isMacro() const { return m_kind == Kind::All || m_kind == Kind::Fast || m_kind == Kind::Full; }
    QByteArray toImap() const;

    friend bool operator==(const FetchItem &, const FetchItem &) = default;

private:
    explicit FetchItem(Kind kind)
        : m_kind(kind)
    {
    }

    Kind m_kind;
    BodySection m_section;
    bool m_peek = true;
    std::optional<Partial> m_partial;
};

} // namespace quire::imap
