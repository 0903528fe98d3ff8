#pragma once

// A typed SEARCH criterion (RFC 3501 6.4.4 "search-key", plus CONDSTORE's
// MODSEQ). Keys form a tree through NOT, OR and parenthesised groups; a
// SEARCH, SORT or THREAD command takes a list of keys that all must match.

#include "core/imap/commands/SequenceSet.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace quire::imap {

class CommandWriter;

class SearchKey
{
public:
    enum class Kind {
        All,
        Answered,
        Bcc,
        Before,
        Body,
        Cc,
        Deleted,
        Draft,
        Flagged,
        From,
        Header,
        Keyword,
        Larger,
        New,
        Not,
        Old,
        On,
        Or,
        Recent,
        Seen,
        SentBefore,
        SentOn,
        SentSince,
        Since,
        Smaller,
        Subject,
        Text,
        To,
        Uid,
        Unanswered,
        Undeleted,
        Undraft,
        Unflagged,
        Unkeyword,
        Unseen,
        Sequence,
        Group,
        ModSeq,
    };
    // The entry-type-req of a MODSEQ search with an entry name.
    enum class ModSeqEntryType { Private, Shared, All };

    // Keys without arguments.
    static SearchKey all() { return SearchKey(Kind::All); }
    static SearchKey answered() { return SearchKey(Kind::Answered); }
    static SearchKey deleted() { return SearchKey(Kind::Deleted); }
    static SearchKey draft() { return SearchKey(Kind::Draft); }
    static SearchKey flagged() { return SearchKey(Kind::Flagged); }
    static SearchKey isNew() { return SearchKey(Kind::New); }
    static SearchKey old() { return SearchKey(Kind::Old); }
    static SearchKey recent() { return SearchKey(Kind::Recent); }
    static SearchKey seen() { return SearchKey(Kind::Seen); }
    static SearchKey unanswered() { return SearchKey(Kind::Unanswered); }
    static SearchKey undeleted() { return SearchKey(Kind::Undeleted); }
    static SearchKey undraft() { return SearchKey(Kind::Undraft); }
    static SearchKey unflagged() { return SearchKey(Kind::Unflagged); }
    static SearchKey unseen() { return SearchKey(Kind::Unseen); }

    // Keys matching text.
    static SearchKey bcc(const QString &text) { return withText(Kind::Bcc, text); }
    static SearchKey body(const QString &text) { return withText(Kind::Body, text); }
    static SearchKey cc(const QString &text) { return withText(Kind::Cc, text); }
    static SearchKey from(const QString &text) { return withText(Kind::From, text); }
    static SearchKey subject(const QString &text) { return withText(Kind::Subject, text); }
    static SearchKey text(const QString &text) { return withText(Kind::Text, text); }
    static SearchKey to(const QString &text) { return withText(Kind::To, text); }
    static SearchKey header(const QString &field, const QString &text);
    static SearchKey keyword(const QByteArray &flag);
    static SearchKey unkeyword(const QByteArray &flag);

    // Keys on dates (internal date, or the Date: header for SENT*).
    static SearchKey before(QDate date) { return withDate(Kind::Before, date); }
    static SearchKey on(QDate date) { return withDate(Kind::On, date); }
    static SearchKey since(QDate date) { return withDate(Kind::Since, date); }
    static SearchKey sentBefore(QDate date) { return withDate(Kind::SentBefore, date); }
    static SearchKey sentOn(QDate date) { return withDate(Kind::SentOn, date); }
    static SearchKey sentSince(QDate date) { return withDate(Kind::SentSince, date); }

    static SearchKey larger(quint32 size) { return withNumber(Kind::Larger, size); }
    static SearchKey smaller(quint32 size) { return withNumber(Kind::Smaller, size); }
    static SearchKey uid(const UidSet &uids);
    static SearchKey sequence(const SequenceSet &set);
    static SearchKey modSeq(quint64 modSeq);
    static SearchKey modSeq(const QByteArray &entryName, ModSeqEntryType type, quint64 modSeq);

    // Tree nodes.
    static SearchKey negated(SearchKey key);
    static SearchKey either(SearchKey first, SearchKey second);
    static SearchKey group(QList<SearchKey> keys);

    Kind kind() const { return m_kind; }
    void write(CommandWriter &writer) const;

    friend bool operator==(const SearchKey &, const SearchKey &) = default;

private:
    explicit SearchKey(Kind kind)
        : m_kind(kind)
    {
    }
    static SearchKey withText(Kind kind, const QString &text);
    static SearchKey withDate(Kind kind, QDate date);
    static SearchKey withNumber(Kind kind, quint64 number);

    Kind m_kind;
    QString m_text; // the text; or the header field name
    QString m_secondText; // HEADER's value
    QByteArray m_atom; // KEYWORD/UNKEYWORD flag, MODSEQ entry name
    QDate m_date;
    quint64 m_number = 0;
    ModSeqEntryType m_entryType = ModSeqEntryType::All;
    NumberSet m_set;
    QList<SearchKey> m_children; // NOT: one, OR: two, group: any
};

// Writes keys separated by spaces, as SEARCH's "1*(SP search-key)" wants.
void writeSearchKeys(CommandWriter &writer, const QList<SearchKey> &keys);

} // namespace quire::imap
