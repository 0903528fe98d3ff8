#include "core/mime/MimeMessage.h"

#include "core/mime/TransferEncoding.h"

namespace quire::mime {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

const MimePart *findIn(const MimePart &part, QByteArrayView number)
{
    if (part.partNumber == number)
        return &part;
    for (const MimePart &child : part.children) {
        if (const MimePart *found = findIn(child, number))
            return found;
    }
    if (part.embeddedMessage)
        return findIn(*part.embeddedMessage, number);
    return nullptr;
}

} // namespace

void HeaderList::appendToLast(QByteArrayView continuation)
{
    if (m_fields.isEmpty())
        return;
    QByteArray &value = m_fields.last().value;
    while (!continuation.isEmpty() && (continuation.back() == ' ' || continuation.back() == '\t'))
        continuation.chop(1);
    if (value.isEmpty())
        continuation = continuation.trimmed();
    value.append(continuation);
}

QByteArray HeaderList::value(QByteArrayView name) const
{
    for (const HeaderField &field : m_fields) {
        if (sameName(field.name, name))
            return field.value.isNull() ? QByteArray("") : field.value;
    }
    return {};
}

QList<QByteArray> HeaderList::values(QByteArrayView name) const
{
    QList<QByteArray> result;
    for (const HeaderField &field : m_fields) {
        if (sameName(field.name, name))
            result.append(field.value);
    }
    return result;
}

bool HeaderList::contains(QByteArrayView name) const
{
    for (const HeaderField &field : m_fields) {
        if (sameName(field.name, name))
            return true;
    }
    return false;
}

QByteArray MimePart::type() const
{
    const qsizetype slash = contentType.value.indexOf('/');
    return slash < 0 ? contentType.value : contentType.value.left(slash);
}

QByteArray MimePart::subtype() const
{
    const qsizetype slash = contentType.value.indexOf('/');
    return slash < 0 ? QByteArray() : contentType.value.mid(slash + 1);
}

QByteArray MimePart::decodedBody() const
{
    return decodeTransferEncoding(rawBody(), transferEncoding);
}

QString MimePart::declaredFileName() const
{
    QString name = disposition.param("filename");
    if (name.trimmed().isEmpty())
        name = contentType.param("name");
    return name;
}

const MimePart *MimeMessage::findPart(QByteArrayView number) const
{
    return findIn(root, number);
}

} // namespace quire::mime
