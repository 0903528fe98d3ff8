#pragma once

#include <QByteArray>

#include <deque>
#include <vector>

// One row of the response-parser table: raw server bytes in, and the expected
// responses out in the JSON form of `quire-cli parse` (ResponseJson): one
// object, or an array when the input holds several responses. An expected
// {"type":"error"} without "error"/"offset" members matches any ParseError.
struct ParserRow {
    const char *name;
    QByteArray input;
    const char *expected;
};

// Raw bytes from a literal that may hold NULs.
template<size_t N> QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

// ParserRow holds plain C strings; texts a table builds at run time stay alive
// for the whole run in this store (a deque never moves its elements).
inline const char *keepText(QByteArray text)
{
    static std::deque<QByteArray> store;
    return store.emplace_back(std::move(text)).constData();
}

std::vector<ParserRow> statusRows();
std::vector<ParserRow> untaggedRows();
std::vector<ParserRow> fetchRows();
std::vector<ParserRow> bodyStructureRows();
std::vector<ParserRow> rfcExampleRows();
std::vector<ParserRow> quirkRows();
std::vector<ParserRow> malformedRows();
std::vector<ParserRow> threadRows();
