#include "core/imap/commands/SearchKey.h"

#include "core/imap/commands/CommandWriter.h"

namespace quire::imap {

namespace {

QByteArrayView keyName(SearchKey::Kind kind)
{
    using Kind = SearchKey::Kind;
    switch (kind) {
    case Kind::All:
        return "ALL";
    case Kind::Answered:
        return "ANSWERED";
    case Kind::Bcc:
        return "BCC";
    case Kind::Before:
        return "BEFORE";
    case Kind::Body:
        return "BODY";
    case Kind::Cc:
        return "CC";
    case Kind::Deleted:
        return "DELETED";
    case Kind::Draft:
        return "DRAFT";
    case Kind::Flagged:
        return "FLAGGED";
    case Kind::From:
        return "FROM";
    case Kind::Header:
        return "HEADER";
    case Kind::Keyword:
        return "KEYWORD";
    case Kind::Larger:
        return "LARGER";
    case Kind::New:
        return "NEW";
    case Kind::Not:
        return "NOT";
    case Kind::Old:
        return "OLD";
    case Kind::On:
        return "ON";
    case Kind::Or:
        return "OR";
    case Kind::Recent:
        return "RECENT";
    case Kind::Seen:
        return "SEEN";
    case Kind::SentBefore:
        return "SENTBEFORE";
    case Kind::SentOn:
        return "SENTON";
    case Kind::SentSince:
        return "SENTSINCE";
    case Kind::Since:
        return "SINCE";
    case Kind::Smaller:
        return "SMALLER";
    case Kind::Subject:
        return "SUBJECT";
    case Kind::Text:
        return "TEXT";
    case Kind::To:
        return "TO";
    case Kind::Uid:
        return "UID";
    case Kind::Unanswered:
        return "UNANSWERED";
    case Kind::Undeleted:
        return "UNDELETED";
    case Kind::Undraft:
        return "UNDRAFT";
    case Kind::Unflagged:
        return "UNFLAGGED";
    case Kind::Unkeyword:
        return "UNKEYWORD";
    case Kind::Unseen:
        return "UNSEEN";
    case Kind::ModSeq:
        return "MODSEQ";
    case Kind::Sequence:
    case Kind::Group:
        return {};
    }
    return {};
}

QByteArrayView entryTypeName(SearchKey::ModSeqEntryType type)
{
    switch (type) {
    case SearchKey::ModSeqEntryType::Private:
        return "priv";
    case SearchKey::ModSeqEntryType::Shared:
        return "shared";
    case SearchKey::ModSeqEntryType::All:
        return "all";
    }
    return "all";
}

} // namespace

SearchKey SearchKey::withText(Kind kind, const QString &text)
{
    SearchKey key(kind);
    key.m_text = text;
    return key;
}

SearchKey SearchKey::withDate(Kind kind, QDate date)
{
    SearchKey key(kind);
    key.m_date = date;
    return key;
}

SearchKey SearchKey::withNumber(Kind kind, quint64 number)
{
    SearchKey key(kind);
    key.m_number = number;
    return key;
}

SearchKey SearchKey::header(const QString &field, const QString &text)
{
    SearchKey key(Kind::Header);
    key.m_text = field;
    key.m_secondText = text;
    return key;
}

SearchKey SearchKey::keyword(const QByteArray &flag)
{
    SearchKey key(Kind::Keyword);
    key.m_atom = flag;
    return key;
}

SearchKey SearchKey::unkeyword(const QByteArray &flag)
{
    SearchKey key(Kind::Unkeyword);
    key.m_atom = flag;
    return key;
}

SearchKey SearchKey::uid(const UidSet &uids)
{
    SearchKey key(Kind::Uid);
    key.m_set = uids;
    return key;
}

SearchKey SearchKey::sequence(const SequenceSet &set)
{
    SearchKey key(Kind::Sequence);
    key.m_set = set;
    return key;
}

SearchKey SearchKey::modSeq(quint64 modSeq)
{
    return withNumber(Kind::ModSeq, modSeq);
}

SearchKey SearchKey::modSeq(const QByteArray &entryName, ModSeqEntryType type, quint64 modSeq)
{
    SearchKey key = withNumber(Kind::ModSeq, modSeq);
    key.m_atom = entryName;
    key.m_entryType = type;
    return key;
}

SearchKey SearchKey::negated(SearchKey key)
{
    SearchKey result(Kind::Not);
    result.m_children = { std::move(key) };
    return result;
}

SearchKey SearchKey::either(SearchKey first, SearchKey second)
{
    SearchKey result(Kind::Or);
    result.m_children = { std::move(first), std::move(second) };
    return result;
}

SearchKey SearchKey::group(QList<SearchKey> keys)
{
    SearchKey result(Kind::Group);
    result.m_children = std::move(keys);
    return result;
}

void SearchKey::write(CommandWriter &writer) const
{
    switch (m_kind) {
    case Kind::Sequence:
        writer.set(m_set);
        return;
    case Kind::Group:
        writer.openList();
        writeSearchKeys(writer, m_children);
        writer.closeList();
        return;
    default:
        break;
    }
    writer.atom(keyName(m_kind));
    switch (m_kind) {
    case Kind::Bcc:
    case Kind::Body:
    case Kind::Cc:
    case Kind::From:
    case Kind::Subject:
    case Kind::Text:
    case Kind::To:
        writer.astring(m_text.toUtf8());
        break;
    case Kind::Header:
        writer.astring(m_text.toUtf8());
        writer.astring(m_secondText.toUtf8());
        break;
    case Kind::Keyword:
    case Kind::Unkeyword:
        writer.atom(m_atom);
        break;
    case Kind::Before:
    case Kind::On:
    case Kind::Since:
    case Kind::SentBefore:
    case Kind::SentOn:
    case Kind::SentSince:
        writer.date(m_date);
        break;
    case Kind::Larger:
    case Kind::Smaller:
        writer.number(m_number);
        break;
    case Kind::Uid:
        writer.set(m_set);
        break;
    case Kind::ModSeq:
        if (!m_atom.isEmpty()) {
            writer.string(m_atom);
            writer.atom(entryTypeName(m_entryType));
        }
        writer.number(m_number);
        break;
    case Kind::Not:
    case Kind::Or:
        writeSearchKeys(writer, m_children);
        break;
    default:
        break;
    }
}

void writeSearchKeys(CommandWriter &writer, const QList<SearchKey> &keys)
{
    for (const SearchKey &key : keys)
        key.write(writer);
}

} // namespace quire::imap
