#pragma once

// Local threading (JWZ, https://www.jwz.org/doc/threading.html) by
// Message-ID, References and In-Reply-To. Pure: rows in, a parent per row out.
//
// Differences from the paper, on purpose: empty containers (messages we only
// know from References) are not returned as dummy rows; their children attach
// to the nearest real ancestor, or become roots. Subject grouping is optional
// (off by default: it merges unrelated "Hello" mails).

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace quire::model {

class MessageRows;

struct ThreadInput {
    QByteArray messageId; // with or without brackets, compared as written
    QList<QByteArray> references; // oldest first; In-Reply-To appended when it is not the last one
    QString baseSubject; // for subject grouping only
};

struct ThreadResult {
    // parent[i] is the input index of i's parent, or -1 for a root.
    std::vector<int> parent;
    // Input indexes: roots, and the children of each row, in input order.
    std::vector<int> roots;
    std::vector<std::vector<int>> children;
};

class MessageThreader
{
public:
    bool groupBySubject = false;

    ThreadResult thread(const std::vector<ThreadInput> &messages) const;

    // The inputs for every row of a message list, in row order.
    static std::vector<ThreadInput> inputsFrom(const MessageRows &rows);
    static ThreadInput inputFor(const MessageRows &rows, qsizetype row);
};

} // namespace quire::model
