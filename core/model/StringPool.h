#pragma once

// Interned strings for the message list. Senders, subjects of a thread and
// recipients repeat across thousands of rows; each distinct value is stored
// once and rows keep a 32-bit index. Index 0 is always the empty value, so a
// zero-initialised row reads as "nothing".

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace quire::model {

template<typename Text> class Pool
{
public:
    Pool() { clear(); }

    quint32 intern(const Text &text)
    {
        if (text.isEmpty())
            return 0;
        auto it = m_index.constFind(text);
        if (it != m_index.constEnd())
            return it.value();
        const auto id = quint32(m_values.size());
        m_values.push_back(text);
        m_index.insert(text, id);
        return id;
    }

    const Text &at(quint32 id) const { return m_values[id]; }
    qsizetype size() const { return qsizetype(m_values.size()); }

    void clear()
    {
        m_values.clear();
        m_index.clear();
        m_values.push_back(Text());
    }

    void reserve(qsizetype count)
    {
        m_values.reserve(std::size_t(count));
        m_index.reserve(count);
    }

private:
    std::vector<Text> m_values;
    QHash<Text, quint32> m_index;
};

using StringPool = Pool<QString>;
using BytePool = Pool<QByteArray>;

// The subject without "Re:", "Fwd:", "AW:", "[list]" prefixes, case-folded:
// what sorting by subject and the threader's subject fallback compare.
QString baseSubject(const QString &subject);

} // namespace quire::model
