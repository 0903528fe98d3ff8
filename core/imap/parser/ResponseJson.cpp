#include "core/imap/parser/ResponseJson.h"

#include <QJsonArray>
#include <QStringDecoder>

#include <algorithm>

namespace quire::imap {

namespace {

QJsonValue text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

QJsonArray textArray(const QList<QByteArray> &items)
{
    QJsonArray array;
    for (const QByteArray &item : items)
        array.append(text(item));
    return array;
}

QJsonArray numberArray(const QList<quint32> &numbers)
{
    QJsonArray array;
    for (quint32 n : numbers)
        array.append(qint64(n));
    return array;
}

void putText(QJsonObject &object, const char *key, const QByteArray &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), text(value));
}

template<typename Number> void putNumber(QJsonObject &object, const char *key, const std::optional<Number> &value)
{
    if (value)
        object.insert(QLatin1String(key), qint64(*value));
}

QString statusName(StatusKind status)
{
    switch (status) {
    case StatusKind::Ok:
        return QStringLiteral("OK");
    case StatusKind::No:
        return QStringLiteral("NO");
    case StatusKind::Bad:
        return QStringLiteral("BAD");
    case StatusKind::Preauth:
        return QStringLiteral("PREAUTH");
    case StatusKind::Bye:
        return QStringLiteral("BYE");
    }
    return QString();
}

template<typename StatusStruct> QJsonObject statusJson(const char *type, const StatusStruct &status)
{
    QJsonObject object { { QStringLiteral("type"), QLatin1String(type) },
        { QStringLiteral("status"), statusName(status.status) } };
    if (status.code)
        object.insert(QStringLiteral("code"), toJson(*status.code));
    putText(object, "text", status.text);
    return object;
}

QJsonValue addresses(const QList<Address> &list)
{
    QJsonArray array;
    for (const Address &address : list) {
        QJsonObject object;
        const std::pair<const char *, const std::optional<QByteArray> *> fields[] = { { "name", &address.name },
            { "adl", &address.adl }, { "mailbox", &address.mailbox }, { "host", &address.host } };
        for (const auto &[key, value] : fields) {
            if (*value)
                object.insert(QLatin1String(key), text(**value));
        }
        array.append(object);
    }
    return array;
}

QJsonObject parameters(const BodyParameters &list)
{
    QJsonObject object;
    for (const auto &[name, value] : list)
        object.insert(QString::fromUtf8(name), text(value));
    return object;
}

QJsonObject threadJson(const ThreadNode &node)
{
    QJsonObject object;
    if (!node.chain.empty()) {
        QJsonArray chain;
        for (quint32 id : node.chain)
            chain.append(qint64(id));
        object.insert(QStringLiteral("chain"), chain);
    }
    if (!node.branches.empty()) {
        QJsonArray branches;
        for (const ThreadNode &branch : node.branches)
            branches.append(threadJson(branch));
        object.insert(QStringLiteral("branches"), branches);
    }
    return object;
}

QString sectionKindName(FetchBodySection::Kind kind)
{
    switch (kind) {
    case FetchBodySection::Kind::Body:
        return QStringLiteral("BODY");
    case FetchBodySection::Kind::Binary:
        return QStringLiteral("BINARY");
    case FetchBodySection::Kind::Rfc822:
        return QStringLiteral("RFC822");
    case FetchBodySection::Kind::Rfc822Header:
        return QStringLiteral("RFC822.HEADER");
    case FetchBodySection::Kind::Rfc822Text:
        return QStringLiteral("RFC822.TEXT");
    }
    return QString();
}

QJsonObject sectionJson(const FetchBodySection &section)
{
    QJsonObject object { { QStringLiteral("kind"), sectionKindName(section.kind) },
        { QStringLiteral("section"), text(section.section) }, { QStringLiteral("size"), section.data.size } };
    putNumber(object, "origin", section.origin);
    if (section.data.nil) {
        object.insert(QStringLiteral("nil"), true);
    } else if (section.data.isSpooled()) {
        object.insert(QStringLiteral("file"), section.data.spoolPath);
    } else {
        // Message bytes may be any charset or binary; show text when it is UTF-8.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(section.data.bytes);
        const bool hasControl = std::any_of(section.data.bytes.cbegin(), section.data.bytes.cend(),
            [](char c) { return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\r' && c != '\n'; });
        if (decoder.hasError() || hasControl)
            object.insert(QStringLiteral("dataBase64"), QString::fromLatin1(section.data.bytes.toBase64()));
        else
            object.insert(QStringLiteral("data"), decoded);
    }
    return object;
}

QJsonObject rawPairs(const QList<std::pair<QByteArray, QByteArray>> &pairs)
{
    QJsonObject object;
    for (const auto &[name, value] : pairs)
        object.insert(QString::fromUtf8(name), text(value));
    return object;
}

QJsonObject namedJson(const char *type)
{
    return QJsonObject { { QStringLiteral("type"), QLatin1String(type) } };
}

QJsonObject fetchJson(const FetchResponse &fetch)
{
    QJsonObject object = namedJson("fetch");
    object.insert(QStringLiteral("seq"), qint64(fetch.seq));
    putNumber(object, "uid", fetch.uid);
    if (fetch.flags)
        object.insert(QStringLiteral("flags"), textArray(*fetch.flags));
    if (fetch.internalDate)
        object.insert(QStringLiteral("internalDate"), text(*fetch.internalDate));
    putNumber(object, "rfc822Size", fetch.rfc822Size);
    if (fetch.envelope)
        object.insert(QStringLiteral("envelope"), toJson(*fetch.envelope));
    if (fetch.body)
        object.insert(QStringLiteral("body"), toJson(*fetch.body));
    if (fetch.bodyStructure)
        object.insert(QStringLiteral("bodyStructure"), toJson(*fetch.bodyStructure));
    putNumber(object, "modseq", fetch.modSeq);
    if (!fetch.sections.isEmpty()) {
        QJsonArray sections;
        for (const FetchBodySection &section : fetch.sections)
            sections.append(sectionJson(section));
        object.insert(QStringLiteral("sections"), sections);
    }
    if (!fetch.binarySizes.isEmpty()) {
        QJsonObject sizes;
        for (const auto &[section, size] : fetch.binarySizes)
            sizes.insert(QString::fromUtf8(section), qint64(size));
        object.insert(QStringLiteral("binarySizes"), sizes);
    }
    if (!fetch.unknown.isEmpty())
        object.insert(QStringLiteral("unknown"), rawPairs(fetch.unknown));
    return object;
}

QJsonArray namespaceJson(const QList<NamespaceEntry> &entries)
{
    QJsonArray array;
    for (const NamespaceEntry &entry : entries) {
        QJsonObject object { { QStringLiteral("prefix"), text(entry.prefix) } };
        object.insert(QStringLiteral("delimiter"),
            entry.delimiter ? QJsonValue(QString(QLatin1Char(*entry.delimiter))) : QJsonValue());
        if (!entry.extensions.isEmpty()) {
            QJsonObject extensions;
            for (const auto &[name, values] : entry.extensions)
                extensions.insert(QString::fromUtf8(name), textArray(values));
            object.insert(QStringLiteral("extensions"), extensions);
        }
        array.append(object);
    }
    return array;
}

// One overload per alternative, so std::visit picks the right one.
struct JsonVisitor {
    QJsonObject operator()(const Greeting &r) const { return statusJson("greeting", r); }
    QJsonObject operator()(const TaggedStatus &r) const
    {
        QJsonObject object = statusJson("tagged", r);
        object.insert(QStringLiteral("tag"), text(r.tag));
        return object;
    }
    QJsonObject operator()(const UntaggedStatus &r) const { return statusJson("untagged", r); }
    QJsonObject operator()(const ContinuationRequest &r) const
    {
        QJsonObject object = namedJson("continuation");
        if (r.code)
            object.insert(QStringLiteral("code"), toJson(*r.code));
        putText(object, "text", r.text);
        return object;
    }
    QJsonObject operator()(const CapabilityResponse &r) const
    {
        QJsonObject object = namedJson("capability");
        object.insert(QStringLiteral("capabilities"), textArray(r.capabilities));
        return object;
    }
    QJsonObject operator()(const ListResponse &r) const
    {
        QJsonObject object = namedJson(r.lsub ? "lsub" : "list");
        object.insert(QStringLiteral("attributes"), textArray(r.attributes));
        object.insert(
            QStringLiteral("delimiter"), r.delimiter ? QJsonValue(QString(QLatin1Char(*r.delimiter))) : QJsonValue());
        object.insert(QStringLiteral("mailbox"), text(r.mailbox));
        if (!r.childInfo.isEmpty())
            object.insert(QStringLiteral("childInfo"), textArray(r.childInfo));
        if (r.oldName)
            object.insert(QStringLiteral("oldName"), text(*r.oldName));
        if (!r.otherExtended.isEmpty())
            object.insert(QStringLiteral("extended"), rawPairs(r.otherExtended));
        return object;
    }
    QJsonObject operator()(const StatusResponse &r) const
    {
        QJsonObject object = namedJson("status");
        object.insert(QStringLiteral("mailbox"), text(r.mailbox));
        QJsonObject items;
        putNumber(items, "MESSAGES", r.messages);
        putNumber(items, "RECENT", r.recent);
        putNumber(items, "UIDNEXT", r.uidNext);
        putNumber(items, "UIDVALIDITY", r.uidValidity);
        putNumber(items, "UNSEEN", r.unseen);
        putNumber(items, "HIGHESTMODSEQ", r.highestModSeq);
        putNumber(items, "SIZE", r.size);
        putNumber(items, "DELETED", r.deleted);
        for (const auto &[name, value] : r.other)
            items.insert(QString::fromUtf8(name), qint64(value));
        object.insert(QStringLiteral("items"), items);
        return object;
    }
    QJsonObject operator()(const SearchResponse &r) const
    {
        QJsonObject object = namedJson(r.sort ? "sort" : "search");
        object.insert(QStringLiteral("ids"), numberArray(r.ids));
        putNumber(object, "modseq", r.modSeq);
        return object;
    }
    QJsonObject operator()(const ESearchResponse &r) const
    {
        QJsonObject object = namedJson("esearch");
        putText(object, "tag", r.tag);
        if (r.uid)
            object.insert(QStringLiteral("uid"), true);
        putNumber(object, "min", r.min);
        putNumber(object, "max", r.max);
        putNumber(object, "count", r.count);
        if (r.all)
            object.insert(QStringLiteral("all"), text(r.all->toImap()));
        putNumber(object, "modseq", r.modSeq);
        if (!r.other.isEmpty())
            object.insert(QStringLiteral("other"), rawPairs(r.other));
        return object;
    }
    QJsonObject operator()(const FlagsResponse &r) const
    {
        QJsonObject object = namedJson("flags");
        object.insert(QStringLiteral("flags"), textArray(r.flags));
        return object;
    }
    QJsonObject operator()(const ExistsResponse &r) const
    {
        QJsonObject object = namedJson("exists");
        object.insert(QStringLiteral("count"), qint64(r.count));
        return object;
    }
    QJsonObject operator()(const RecentResponse &r) const
    {
        QJsonObject object = namedJson("recent");
        object.insert(QStringLiteral("count"), qint64(r.count));
        return object;
    }
    QJsonObject operator()(const ExpungeResponse &r) const
    {
        QJsonObject object = namedJson("expunge");
        object.insert(QStringLiteral("seq"), qint64(r.seq));
        return object;
    }
    QJsonObject operator()(const VanishedResponse &r) const
    {
        QJsonObject object = namedJson("vanished");
        if (r.earlier)
            object.insert(QStringLiteral("earlier"), true);
        object.insert(QStringLiteral("uids"), text(r.uids.toImap()));
        return object;
    }
    QJsonObject operator()(const EnabledResponse &r) const
    {
        QJsonObject object = namedJson("enabled");
        object.insert(QStringLiteral("capabilities"), textArray(r.capabilities));
        return object;
    }
    QJsonObject operator()(const NamespaceResponse &r) const
    {
        QJsonObject object = namedJson("namespace");
        object.insert(QStringLiteral("personal"), namespaceJson(r.personal));
        object.insert(QStringLiteral("otherUsers"), namespaceJson(r.otherUsers));
        object.insert(QStringLiteral("shared"), namespaceJson(r.shared));
        return object;
    }
    QJsonObject operator()(const IdResponse &r) const
    {
        QJsonObject object = namedJson("id");
        QJsonObject fields;
        for (const auto &[key, value] : r.fields)
            fields.insert(QString::fromUtf8(key), value ? text(*value) : QJsonValue());
        object.insert(QStringLiteral("fields"), fields);
        return object;
    }
    QJsonObject operator()(const ThreadResponse &r) const
    {
        QJsonObject object = namedJson("thread");
        QJsonArray threads;
        for (const ThreadNode &node : r.threads)
            threads.append(threadJson(node));
        object.insert(QStringLiteral("threads"), threads);
        return object;
    }
    QJsonObject operator()(const FetchResponse &r) const { return fetchJson(r); }
    QJsonObject operator()(const UnknownResponse &r) const
    {
        QJsonObject object = namedJson("unknown");
        object.insert(QStringLiteral("name"), text(r.name));
        putText(object, "line", r.line);
        return object;
    }
    QJsonObject operator()(const ParseError &r) const
    {
        QJsonObject object = namedJson("error");
        object.insert(QStringLiteral("error"), r.message);
        object.insert(QStringLiteral("offset"), r.offset);
        if (r.fatal)
            object.insert(QStringLiteral("fatal"), true);
        return object;
    }
};

} // namespace

QJsonObject toJson(const Response &response)
{
    return std::visit(JsonVisitor {}, response);
}

QJsonObject toJson(const ResponseCode &code)
{
    using Kind = ResponseCode::Kind;
    QJsonObject object { { QStringLiteral("name"), text(code.name) } };
    switch (code.kind) {
    case Kind::BadCharset:
    case Kind::Capability:
    case Kind::PermanentFlags:
    case Kind::BadEvent:
        object.insert(QStringLiteral("list"), textArray(code.list));
        break;
    case Kind::UidNext:
    case Kind::UidValidity:
    case Kind::Unseen:
    case Kind::HighestModSeq:
        object.insert(QStringLiteral("value"), qint64(code.number));
        break;
    case Kind::AppendUid:
        object.insert(QStringLiteral("uidValidity"), qint64(code.number));
        object.insert(QStringLiteral("uids"), text(code.uids.toImap()));
        break;
    case Kind::CopyUid:
        object.insert(QStringLiteral("uidValidity"), qint64(code.number));
        object.insert(QStringLiteral("sourceUids"), text(code.sourceUids.toImap()));
        object.insert(QStringLiteral("uids"), text(code.uids.toImap()));
        break;
    case Kind::Modified:
        object.insert(QStringLiteral("uids"), text(code.modified.toImap()));
        break;
    case Kind::Other:
        putText(object, "raw", code.raw);
        break;
    default:
        break;
    }
    return object;
}

QJsonObject toJson(const Envelope &envelope)
{
    QJsonObject object;
    putText(object, "date", envelope.date);
    putText(object, "subject", envelope.subject);
    const std::pair<const char *, const QList<Address> *> lists[] = {
        { "from", &envelope.from },
        { "sender", &envelope.sender },
        { "replyTo", &envelope.replyTo },
        { "to", &envelope.to },
        { "cc", &envelope.cc },
        { "bcc", &envelope.bcc },
    };
    for (const auto &[key, list] : lists) {
        if (!list->isEmpty())
            object.insert(QLatin1String(key), addresses(*list));
    }
    putText(object, "inReplyTo", envelope.inReplyTo);
    putText(object, "messageId", envelope.messageId);
    return object;
}

QJsonObject toJson(const BodyStructure &body)
{
    QJsonObject object { { QStringLiteral("type"), text(body.type) },
        { QStringLiteral("subtype"), text(body.subtype) } };
    if (!body.parameters.isEmpty())
        object.insert(QStringLiteral("parameters"), parameters(body.parameters));
    putText(object, "id", body.id);
    putText(object, "description", body.description);
    putText(object, "encoding", body.encoding);
    if (!body.isMultipart())
        object.insert(QStringLiteral("size"), qint64(body.size));
    putNumber(object, "lines", body.lines);
    if (body.envelope)
        object.insert(QStringLiteral("envelope"), toJson(*body.envelope));
    if (!body.children.empty()) {
        QJsonArray parts;
        for (const BodyStructure &child : body.children)
            parts.append(toJson(child));
        object.insert(QStringLiteral("parts"), parts);
    }
    putText(object, "md5", body.md5);
    if (body.disposition) {
        QJsonObject disposition { { QStringLiteral("type"), text(body.disposition->type) } };
        if (!body.disposition->parameters.isEmpty())
            disposition.insert(QStringLiteral("parameters"), parameters(body.disposition->parameters));
        object.insert(QStringLiteral("disposition"), disposition);
    }
    if (!body.language.isEmpty())
        object.insert(QStringLiteral("language"), textArray(body.language));
    putText(object, "location", body.location);
    return object;
}

} // namespace quire::imap
