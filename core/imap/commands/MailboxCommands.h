#pragma once

// Commands that name mailboxes: SELECT/EXAMINE with CONDSTORE and QRESYNC,
// the mailbox management commands, LIST/LSUB with LIST-EXTENDED,
// LIST-STATUS and SPECIAL-USE, STATUS and APPEND.

#include "core/imap/commands/SequenceSet.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace quire::imap {

// "(seq-match-data)" of QRESYNC: known sequence numbers and their UIDs, so
// the server can find where the client's view diverged.
struct QresyncSequenceMatch {
    SequenceSet sequenceNumbers;
    UidSet uids;
    friend bool operator==(const QresyncSequenceMatch &, const QresyncSequenceMatch &) = default;
};

// RFC 7162 "QRESYNC (uidvalidity modseq [known-uids [seq-match-data]])".
struct QresyncParameters {
    quint32 uidValidity = 0;
    quint64 modSeq = 0;
    std::optional<UidSet> knownUids;
    std::optional<QresyncSequenceMatch> sequenceMatch; // needs knownUids
    friend bool operator==(const QresyncParameters &, const QresyncParameters &) = default;
};

// SELECT, or EXAMINE when readOnly.
struct Select {
    QString mailbox;
    bool readOnly = false;
    bool condstore = false;
    std::optional<QresyncParameters> qresync;
    friend bool operator==(const Select &, const Select &) = default;
};

struct Create {
    QString mailbox;
    QList<QByteArray> specialUse; // CREATE-SPECIAL-USE (RFC 6154), e.g. "\\Sent"
    friend bool operator==(const Create &, const Create &) = default;
};

struct Delete {
    QString mailbox;
    friend bool operator==(const Delete &, const Delete &) = default;
};

struct Rename {
    QString from;
    QString to;
    friend bool operator==(const Rename &, const Rename &) = default;
};

struct Subscribe {
    QString mailbox;
    friend bool operator==(const Subscribe &, const Subscribe &) = default;
};

struct Unsubscribe {
    QString mailbox;
    friend bool operator==(const Unsubscribe &, const Unsubscribe &) = default;
};

enum class StatusItem { Messages, Recent, UidNext, UidValidity, Unseen, HighestModSeq, Size, Deleted };

struct Status {
    QString mailbox;
    QList<StatusItem> items;
    friend bool operator==(const Status &, const Status &) = default;
};

// LIST-EXTENDED (RFC 5258) selection options.
struct ListSelection {
    bool subscribed = false;
    bool remote = false;
    bool recursiveMatch = false;
    bool specialUse = false; // RFC 6154
    friend bool operator==(const ListSelection &, const ListSelection &) = default;
};

// LIST ... RETURN (...) options.
struct ListReturn {
    bool subscribed = false;
    bool children = false;
    bool specialUse = false;
    QList<StatusItem> status; // LIST-STATUS (RFC 5819); empty: none
    friend bool operator==(const ListReturn &, const ListReturn &) = default;
};

struct List {
    QString reference;
    QStringList patterns = { QStringLiteral("*") }; // more than one needs LIST-EXTENDED
    ListSelection selection;
    ListReturn returning;
    friend bool operator==(const List &, const List &) = default;
};

struct Lsub {
    QString reference;
    QString pattern = QStringLiteral("*");
    friend bool operator==(const Lsub &, const Lsub &) = default;
};

// The message always goes as a literal, as RFC 3501 requires.
struct Append {
    QString mailbox;
    QList<QByteArray> flags;
    std::optional<QDateTime> internalDate;
    QByteArray message;
    friend bool operator==(const Append &, const Append &) = default;
};

struct Check {
    friend bool operator==(const Check &, const Check &) = default;
};

struct Close {
    friend bool operator==(const Close &, const Close &) = default;
};

// UNSELECT (RFC 3691): leave the mailbox without expunging.
struct Unselect {
    friend bool operator==(const Unselect &, const Unselect &) = default;
};

} // namespace quire::imap
