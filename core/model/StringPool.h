#pragma once

// Interned strings for the message list. Senders, subjects of a thread and
// recipients repeat across thousands of rows; each distinct value is stored
// once and rows keep a 32-bit index. Index 0 is always the empty value, so a
// zero-initialised row reads as "nothing".
//
// Message-IDs and References are unique per message, so interning them only
// costs a hash entry per row: ByteArena appends them to one buffer instead.

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <vector>

namespace quire::model {

class StringPool
{
public:
    StringPool() { clear(); }

    quint32 intern(const QString &text);
    // The same for UTF-8 text (a cache row): no QString is allocated when the
    // value is already pooled, which is most rows.
    quint32 internUtf8(QByteArrayView utf8);

    const QString &at(quint32 id) const { return m_values[id]; }
    qsizetype size() const { return qsizetype(m_values.size()); }
    void clear();

private:
    quint32 add(const QString &text);

    std::vector<QString> m_values;
    QHash<QString, quint32> m_index;
    std::vector<char16_t> m_decodeBuffer; // reused by internUtf8
};

// Append-only bytes; an id names a (start, length) slice. Two ids may share
// bytes: In-Reply-To is usually the last id of References.
class ByteArena
{
public:
    ByteArena() { clear(); }

    quint32 append(QByteArrayView bytes);
    // A slice of the entry `within`, which must already be stored.
    quint32 slice(quint32 within, qsizetype offset, qsizetype length);

    QByteArrayView at(quint32 id) const
    {
        const Slice &entry = m_slices[id];
        return QByteArrayView(m_data.data() + entry.start, entry.length);
    }
    qsizetype bytesUsed() const { return qsizetype(m_data.size() + m_slices.size() * sizeof(Slice)); }
    void clear();
    // Drops the growth reserve after a bulk load.
    void squeeze();

private:
    struct Slice {
        quint32 start = 0;
        quint32 length = 0;
    };
    std::vector<char> m_data;
    std::vector<Slice> m_slices;
};

// The subject without "Re:", "Fwd:", "AW:", "[list]" prefixes, case-folded:
// what sorting by subject and the threader's subject fallback compare.
QString baseSubject(const QString &subject);

} // namespace quire::model
