#include "core/sync/MessageConversion.h"

#include "core/imap/parser/ResponseParser.h"
#include "core/mime/Address.h"
#include "core/mime/DateTime.h"
#include "core/mime/EncodedWords.h"
#include "core/mime/MessageIds.h"

#include <QDataStream>
#include <QIODevice>
#include <QTimeZone>
#include <QtEndian>

#include <algorithm>
#include <string>
#include <utility>

namespace quire::sync {

namespace {

// Bumped whenever the stream layout changes; old blobs then decode to
// nullopt and the row's envelope is fetched again.
constexpr quint8 kEnvelopeBlobVersion = 1;
constexpr quint8 kBodyBlobVersion = 1;
// Our own blobs are never this deep, but a damaged one must not recurse forever.
constexpr int kMaxBodyDepth = 64;

// Appends values in QDataStream's layout (big-endian, stream version
// Qt_6_4: a QByteArray is its quint32 length, 0xFFFFFFFF when null, then its
// bytes; a bool one byte), so the blobs still read back through QDataStream.
// A QDataStream on a QBuffer made a virtual, bounds-checked write per value
// (10% of the CPU of a cold sync); QByteArray's append of a byte or two goes
// through its general insert (5% of the conversion). A std::string kept per
// thread takes the values; the blob is one copy of it. One writer at a time
// per thread: nested values go through the same writer.
class BlobWriter
{
public:
    BlobWriter()
        : m_out(buffer())
    {
        Q_ASSERT(!writing());
        writing() = true;
        m_out.clear();
    }
    ~BlobWriter() { writing() = false; }
    BlobWriter(const BlobWriter &) = delete;
    BlobWriter &operator=(const BlobWriter &) = delete;
    QByteArray blob() const { return QByteArray(m_out.data(), qsizetype(m_out.size())); }

    BlobWriter &operator<<(bool value) { return *this << quint8(value ? 1 : 0); }
    BlobWriter &operator<<(quint8 value)
    {
        m_out.push_back(char(value));
        return *this;
    }
    BlobWriter &operator<<(quint32 value) { return appendBigEndian(value); }
    BlobWriter &operator<<(quint64 value) { return appendBigEndian(value); }
    BlobWriter &operator<<(const QByteArray &value)
    {
        if (value.isNull())
            return *this << quint32(0xffffffff);
        *this << quint32(value.size());
        m_out.append(value.constData(), std::size_t(value.size()));
        return *this;
    }
    BlobWriter &operator<<(const QList<QByteArray> &values)
    {
        *this << quint32(values.size());
        for (const QByteArray &value : values)
            *this << value;
        return *this;
    }

private:
    static std::string &buffer()
    {
        thread_local std::string kept;
        return kept;
    }
    static bool &writing()
    {
        thread_local bool inUse = false;
        return inUse;
    }
    template<typename T> BlobWriter &appendBigEndian(T value)
    {
        char bytes[sizeof(T)];
        qToBigEndian(value, bytes);
        m_out.append(bytes, sizeof(T));
        return *this;
    }

    std::string &m_out;
};

void writeOptional(BlobWriter &out, const std::optional<QByteArray> &value)
{
    out << bool(value);
    if (value)
        out << *value;
}

std::optional<QByteArray> readOptional(QDataStream &in)
{
    bool present = false;
    in >> present;
    if (!present)
        return std::nullopt;
    QByteArray value;
    in >> value;
    return value;
}

void writeAddresses(BlobWriter &out, const QList<imap::Address> &addresses)
{
    out << quint32(addresses.size());
    for (const imap::Address &a : addresses) {
        writeOptional(out, a.name);
        writeOptional(out, a.adl);
        writeOptional(out, a.mailbox);
        writeOptional(out, a.host);
    }
}

QList<imap::Address> readAddresses(QDataStream &in)
{
    quint32 count = 0;
    in >> count;
    QList<imap::Address> addresses;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        imap::Address a;
        a.name = readOptional(in);
        a.adl = readOptional(in);
        a.mailbox = readOptional(in);
        a.host = readOptional(in);
        addresses.append(std::move(a));
    }
    return addresses;
}

void writeEnvelope(BlobWriter &out, const imap::Envelope &e)
{
    out << e.date << e.subject;
    for (const auto *list : { &e.from, &e.sender, &e.replyTo, &e.to, &e.cc, &e.bcc })
        writeAddresses(out, *list);
    out << e.inReplyTo << e.messageId;
}

imap::Envelope readEnvelope(QDataStream &in)
{
    imap::Envelope e;
    in >> e.date >> e.subject;
    for (auto *list : { &e.from, &e.sender, &e.replyTo, &e.to, &e.cc, &e.bcc })
        *list = readAddresses(in);
    in >> e.inReplyTo >> e.messageId;
    return e;
}

void writeParameters(BlobWriter &out, const imap::BodyParameters &parameters)
{
    out << quint32(parameters.size());
    for (const auto &[name, value] : parameters)
        out << name << value;
}

imap::BodyParameters readParameters(QDataStream &in)
{
    quint32 count = 0;
    in >> count;
    imap::BodyParameters parameters;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        QByteArray name, value;
        in >> name >> value;
        parameters.append({ name, value });
    }
    return parameters;
}

void writeBody(BlobWriter &out, const imap::BodyStructure &b)
{
    out << b.type << b.subtype;
    writeParameters(out, b.parameters);
    out << b.id << b.description << b.encoding << b.size;
    out << bool(b.lines) << b.lines.value_or(0);
    out << bool(b.envelope);
    if (b.envelope)
        writeEnvelope(out, *b.envelope);
    out << quint32(b.children.size());
    for (const imap::BodyStructure &child : b.children)
        writeBody(out, child);
    out << b.md5 << bool(b.disposition);
    if (b.disposition) {
        out << b.disposition->type;
        writeParameters(out, b.disposition->parameters);
    }
    out << b.language << b.location;
}

bool readBody(QDataStream &in, imap::BodyStructure &b, int depth)
{
    if (depth > kMaxBodyDepth)
        return false;
    in >> b.type >> b.subtype;
    b.parameters = readParameters(in);
    in >> b.id >> b.description >> b.encoding >> b.size;
    bool hasLines = false, hasEnvelope = false, hasDisposition = false;
    quint64 lines = 0;
    in >> hasLines >> lines >> hasEnvelope;
    if (hasLines)
        b.lines = lines;
    if (hasEnvelope)
        b.envelope = readEnvelope(in);
    quint32 children = 0;
    in >> children;
    for (quint32 i = 0; i < children && in.status() == QDataStream::Ok; ++i) {
        imap::BodyStructure child;
        if (!readBody(in, child, depth + 1))
            return false;
        b.children.push_back(std::move(child));
    }
    in >> b.md5 >> hasDisposition;
    if (hasDisposition) {
        imap::BodyDisposition disposition;
        in >> disposition.type;
        disposition.parameters = readParameters(in);
        b.disposition = std::move(disposition);
    }
    in >> b.language >> b.location;
    return in.status() == QDataStream::Ok;
}

// Blobs are either the server's IMAP text, "(...)" or "NIL", or our own
// layout, which starts with its version byte.
bool isImapText(const QByteArray &blob)
{
    return !blob.isEmpty() && (blob.front() == '(' || blob.front() == 'N' || blob.front() == 'n');
}

QDataStream::Version streamVersion()
{
    return QDataStream::Qt_6_4;
}

QString addressSpec(const imap::Address &a)
{
    const QString local = QString::fromUtf8(a.mailbox.value_or(QByteArray()));
    if (!a.host || a.host->isEmpty())
        return local;
    return local + u'@' + QString::fromUtf8(*a.host);
}

// A hostile server may put NUL, escape or other control characters into an
// envelope (raw or RFC 2047 encoded); what the list shows gets U+FFFD instead.
// Category Cc is exactly U+0000-U+001F and U+007F-U+009F; checking the range
// leaves the common string without any untouched and unshared.
QString displayText(QString text)
{
    const auto isControl = [](QChar c) { return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f); };
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    for (QChar &c : text) {
        if (isControl(c))
            c = QChar::ReplacementCharacter;
    }
    return text;
}

mime::MailAddress mailAddress(const imap::Address &a)
{
    return { displayText(mime::decodeHeaderValue(a.name.value_or(QByteArray()))), displayText(addressSpec(a)) };
}

// Group markers are dropped: the list shows people, not group syntax.
QList<mime::MailAddress> mailAddresses(const QList<imap::Address> &addresses)
{
    QList<mime::MailAddress> out;
    for (const imap::Address &a : addresses) {
        if (!a.isGroupStart() && !a.isGroupEnd())
            out.append(mailAddress(a));
    }
    return out;
}

// One string built in place: a list and a join per header per message were
// a tenth of the conversion.
QString displayList(const QList<imap::Address> &addresses)
{
    QString out;
    bool first = true;
    for (const imap::Address &a : addresses) {
        if (a.isGroupStart() || a.isGroupEnd())
            continue;
        if (!std::exchange(first, false))
            out += QLatin1String(", ");
        out += mime::formatAddress(mailAddress(a));
    }
    return out;
}

bool hasParameter(const imap::BodyParameters &parameters, QByteArrayView name)
{
    for (const auto &[key, value] : parameters) {
        if (key.compare(name, Qt::CaseInsensitive) == 0 || key.toLower().startsWith(name.toByteArray() + '*'))
            return true;
    }
    return false;
}

bool leafIsAttachment(const imap::BodyStructure &b)
{
    if (b.disposition && b.disposition->type.compare("attachment", Qt::CaseInsensitive) == 0)
        return true;
    if (b.disposition && hasParameter(b.disposition->parameters, "filename"))
        return b.id.isEmpty();
    if (b.type == "text")
        return hasParameter(b.parameters, "name");
    if (b.type == "application" && (b.subtype == "pgp-signature" || b.subtype == "pkcs7-signature"))
        return false;
    if (b.type == "image" && !b.id.isEmpty())
        return false; // an inline image the HTML part refers to by cid:
    return true;
}

} // namespace

QList<imap::FetchItem> envelopeFetchItems()
{
    imap::BodySection references;
    references.text = imap::BodySection::Text::HeaderFields;
    references.fields = { QByteArrayLiteral("REFERENCES") };
    return { imap::FetchItem::uid(), imap::FetchItem::flags(), imap::FetchItem::envelope(),
        imap::FetchItem::internalDate(), imap::FetchItem::rfc822Size(), imap::FetchItem::bodyStructure(),
        imap::FetchItem::bodySection(references, true) };
}

QStringList flagStrings(const QList<QByteArray> &flags)
{
    // Most messages of a folder carry one of a few flag sets: the list made
    // for the last one is shared (implicitly) when the next is the same,
    // instead of a list and its strings allocated per message, and freed
    // again on the cache's writer thread.
    thread_local QList<QByteArray> lastFlags;
    thread_local QStringList lastStrings;
    if (flags == lastFlags)
        return lastStrings;
    QStringList out;
    out.reserve(flags.size());
    for (const QByteArray &f : flags)
        out.append(QString::fromUtf8(f));
    lastFlags = flags;
    lastStrings = out;
    return out;
}

QList<QByteArray> flagBytes(const QStringList &flags)
{
    QList<QByteArray> out;
    out.reserve(flags.size());
    for (const QString &f : flags)
        out.append(f.toUtf8());
    return out;
}

bool hasAttachments(const imap::BodyStructure &body)
{
    if (body.isMultipart()) {
        if (body.subtype == "signed" && body.children.size() == 2)
            return hasAttachments(body.children.front());
        for (const imap::BodyStructure &child : body.children) {
            if (hasAttachments(child))
                return true;
        }
        return false;
    }
    if (body.type == "message" && body.subtype == "rfc822")
        return true;
    return leafIsAttachment(body);
}

namespace {

// Reads `digits` decimal digits at text[pos], moving pos past them; -1
// when they are not all digits.
int readNumber(QByteArrayView text, qsizetype &pos, int digits)
{
    int value = 0;
    for (int i = 0; i < digits; ++i, ++pos) {
        if (pos >= text.size() || text[pos] < '0' || text[pos] > '9')
            return -1;
        value = value * 10 + (text[pos] - '0');
    }
    return value;
}

bool skip(QByteArrayView text, qsizetype &pos, char expected)
{
    if (pos >= text.size() || text[pos] != expected)
        return false;
    ++pos;
    return true;
}

} // namespace

QDateTime parseInternalDate(const QByteArray &raw)
{
    // dd-Mon-yyyy hh:mm:ss +zzzz, the day possibly space-padded. Read in
    // place: one per message of a 100,000-message sync, where splitting it
    // into lists of byte arrays cost 2.5% of the sync.
    const QByteArrayView text = QByteArrayView(raw).trimmed();
    qsizetype pos = 0;
    const int day = readNumber(text, pos, text.size() > 1 && text[1] == '-' ? 1 : 2);
    if (day < 0 || !skip(text, pos, '-') || pos + 3 > text.size())
        return {};
    static constexpr const char *months[]
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    int month = 0;
    for (int m = 0; m < 12 && month == 0; ++m) {
        if (text.sliced(pos, 3).compare(QByteArrayView(months[m], 3), Qt::CaseInsensitive) == 0)
            month = m + 1;
    }
    pos += 3;
    if (month == 0 || !skip(text, pos, '-'))
        return {};
    const int year = readNumber(text, pos, 4);
    if (year < 0 || !skip(text, pos, ' '))
        return {};
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    const int hour = readNumber(text, pos, 2);
    const int minute = skip(text, pos, ':') ? readNumber(text, pos, 2) : -1;
    const int second = skip(text, pos, ':') ? readNumber(text, pos, 2) : -1;
    if (hour < 0 || minute < 0 || second < 0 || !skip(text, pos, ' '))
        return {};
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    if (pos >= text.size() || (text[pos] != '+' && text[pos] != '-'))
        return {};
    const int sign = text[pos++] == '-' ? -1 : 1;
    const int hhmm = readNumber(text, pos, 4);
    if (hhmm < 0 || pos != text.size())
        return {};
    const QDate date(year, month, day);
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid())
        return {};
    // An offset, not a QTimeZone: no time zone backend per message.
    return QDateTime(date, time, Qt::OffsetFromUTC, sign * (hhmm / 100 * 3600 + hhmm % 100 * 60));
}

QList<QByteArray> referencesFrom(const imap::FetchResponse &fetch)
{
    for (const imap::FetchBodySection &section : fetch.sections) {
        const QByteArrayView name(section.section);
        if (name.size() < 13 || name.first(13).compare("HEADER.FIELDS", Qt::CaseInsensitive) != 0 || section.data.nil)
            continue;
        // "References: <a>\r\n <b>\r\n\r\n": skip the field name, the ids may be folded.
        QByteArray value = section.data.bytes;
        const qsizetype colon = value.indexOf(':');
        if (colon < 0)
            return {};
        return mime::parseMessageIds(QByteArrayView(value).sliced(colon + 1));
    }
    return {};
}

std::optional<cache::MessageRecord> messageRecordFrom(const imap::FetchResponse &fetch)
{
    if (!fetch.uid || *fetch.uid == 0)
        return std::nullopt;
    cache::MessageRecord record;
    record.uid = *fetch.uid;
    if (fetch.flags)
        record.flags = flagStrings(*fetch.flags);
    record.modSeq = fetch.modSeq.value_or(0);
    if (!fetch.envelope)
        return record;

    const imap::Envelope &e = *fetch.envelope;
    record.hasEnvelope = true;
    if (fetch.internalDate)
        record.internalDate = parseInternalDate(*fetch.internalDate);
    record.size = fetch.rfc822Size.value_or(0);
    record.subject = displayText(mime::decodeHeaderValue(e.subject));
    const QList<mime::MailAddress> from = mailAddresses(e.from);
    if (!from.isEmpty()) {
        record.from = from.front().name.isEmpty() ? from.front().address : mime::formatAddress(from.front());
        record.fromAddress = from.front().address;
    }
    record.to = displayList(e.to);
    record.cc = displayList(e.cc);
    record.date = mime::parseMailDate(e.date);
    const QList<QByteArray> messageIds = mime::parseMessageIds(e.messageId);
    record.messageId = messageIds.isEmpty() ? QByteArray() : messageIds.front();
    // In-Reply-To may list several ids; the last is the direct parent.
    const QList<QByteArray> parents = mime::parseMessageIds(e.inReplyTo);
    record.inReplyTo = parents.isEmpty() ? QByteArray() : parents.back();
    record.references = referencesFrom(fetch);
    // The server's own text is kept where the parser had it: no encoding
    // work, and about two thirds the size of our own layout.
    record.envelopeBlob = fetch.envelopeSource.isEmpty() ? serializeEnvelope(e) : fetch.envelopeSource;
    if (fetch.bodyStructure) {
        record.hasAttachments = hasAttachments(*fetch.bodyStructure);
        record.bodyStructureBlob = fetch.bodyStructureSource.isEmpty() ? serializeBodyStructure(*fetch.bodyStructure)
                                                                       : fetch.bodyStructureSource;
    }
    return record;
}

QByteArray serializeEnvelope(const imap::Envelope &envelope)
{
    BlobWriter out;
    out << kEnvelopeBlobVersion;
    writeEnvelope(out, envelope);
    return out.blob();
}

std::optional<imap::Envelope> deserializeEnvelope(const QByteArray &blob)
{
    if (isImapText(blob))
        return imap::parseEnvelope(blob);
    QDataStream in(blob);
    in.setVersion(streamVersion());
    quint8 version = 0;
    in >> version;
    if (version != kEnvelopeBlobVersion)
        return std::nullopt;
    imap::Envelope envelope = readEnvelope(in);
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return envelope;
}

QByteArray serializeBodyStructure(const imap::BodyStructure &body)
{
    BlobWriter out;
    out << kBodyBlobVersion;
    writeBody(out, body);
    return out.blob();
}

std::optional<imap::BodyStructure> deserializeBodyStructure(const QByteArray &blob)
{
    if (isImapText(blob))
        return imap::parseBodyStructure(blob);
    QDataStream in(blob);
    in.setVersion(streamVersion());
    quint8 version = 0;
    in >> version;
    if (version != kBodyBlobVersion)
        return std::nullopt;
    imap::BodyStructure body;
    if (!readBody(in, body, 0) || !in.atEnd())
        return std::nullopt;
    return body;
}

} // namespace quire::sync
