#include "core/model/StringPool.h"

#include <QStringDecoder>
#include <QStringView>

namespace quire::model {

namespace {

// Reply and forward markers in the languages mail clients commonly write.
bool stripReplyPrefix(QStringView &text)
{
    static const char *const prefixes[] = { "re", "fw", "fwd", "aw", "wg", "sv", "vs", "antw", "tr", "rif" };
    for (const char *prefix : prefixes) {
        const QLatin1StringView marker(prefix);
        if (!text.startsWith(marker, Qt::CaseInsensitive))
            continue;
        QStringView rest = text.sliced(marker.size());
        // "Re[2]:" counts replies.
        if (rest.startsWith(u'[')) {
            const qsizetype close = rest.indexOf(u']');
            if (close < 0)
                continue;
            rest = rest.sliced(close + 1);
        }
        if (rest.startsWith(u':') || rest.startsWith(u'\uFF1A')) {
            text = rest.sliced(1).trimmed();
            return true;
        }
    }
    return false;
}

bool stripListTag(QStringView &text)
{
    if (!text.startsWith(u'['))
        return false;
    const qsizetype close = text.indexOf(u']');
    if (close < 0)
        return false;
    text = text.sliced(close + 1).trimmed();
    return true;
}

} // namespace

quint32 StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    auto it = m_index.constFind(text);
    return it != m_index.constEnd() ? it.value() : add(text);
}

quint32 StringPool::internUtf8(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return 0;
    // UTF-16 never needs more code units than UTF-8 has bytes.
    if (m_decodeBuffer.size() < std::size_t(utf8.size()))
        m_decodeBuffer.resize(std::size_t(utf8.size()));
    QStringDecoder decoder(QStringDecoder::Utf8);
    auto *begin = reinterpret_cast<QChar *>(m_decodeBuffer.data());
    const QChar *end = decoder.appendToBuffer(begin, utf8);
    // A borrowed QString for the lookup only; the pool keeps a deep copy.
    const QString borrowed = QString::fromRawData(begin, end - begin);
    auto it = m_index.constFind(borrowed);
    return it != m_index.constEnd() ? it.value() : add(QString(begin, end - begin));
}

quint32 StringPool::add(const QString &text)
{
    const auto id = quint32(m_values.size());
    m_values.push_back(text);
    m_index.insert(text, id);
    return id;
}

void StringPool::clear()
{
    m_values.clear();
    m_values.shrink_to_fit();
    m_index = {};
    m_values.push_back(QString());
}

quint32 ByteArena::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return 0;
    const auto start = quint32(m_data.size());
    m_data.insert(m_data.end(), bytes.begin(), bytes.end());
    m_slices.push_back({ start, quint32(bytes.size()) });
    return quint32(m_slices.size() - 1);
}

quint32 ByteArena::slice(quint32 within, qsizetype offset, qsizetype length)
{
    if (length <= 0)
        return 0;
    m_slices.push_back({ m_slices[within].start + quint32(offset), quint32(length) });
    return quint32(m_slices.size() - 1);
}

void ByteArena::clear()
{
    m_data.clear();
    m_data.shrink_to_fit();
    m_slices.clear();
    m_slices.shrink_to_fit();
    m_slices.push_back({}); // id 0: empty
}

void ByteArena::squeeze()
{
    m_data.shrink_to_fit();
    m_slices.shrink_to_fit();
}

QString baseSubject(const QString &subject)
{
    QStringView text = QStringView(subject).trimmed();
    while (stripReplyPrefix(text) || stripListTag(text)) { }
    return text.toString().toCaseFolded();
}

} // namespace quire::model
