#include "core/mime/MessageIds.h"

namespace quire::mime {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArray withoutBlanks(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        if (!isBlank(c))
            out.append(c);
    }
    return out;
}

// Skips a comment starting at `pos`; returns the index after it.
qsizetype skipComment(QByteArrayView raw, qsizetype pos)
{
    int depth = 0;
    for (; pos < raw.size(); ++pos) {
        const char c = raw[pos];
        if (c == '\\')
            ++pos;
        else if (c == '(')
            ++depth;
        else if (c == ')' && --depth == 0)
            return pos + 1;
    }
    return raw.size();
}

} // namespace

QList<QByteArray> parseMessageIds(QByteArrayView raw)
{
    QList<QByteArray> ids;
    QByteArray bare; // text outside brackets and comments
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const char c = raw[pos];
        if (c == '(') {
            pos = skipComment(raw, pos);
            bare.append(' ');
            continue;
        }
        if (c != '<') {
            bare.append(c);
            ++pos;
            continue;
        }
        // An id runs to '>'; a new '<' first means the previous one was
        // never closed, and so does a blank once the id has an '@'.
        qsizetype end = pos + 1;
        while (end < raw.size() && raw[end] != '>' && raw[end] != '<')
            ++end;
        QByteArray id = withoutBlanks(raw.sliced(pos + 1, end - pos - 1));
        if (end >= raw.size() || raw[end] == '<') {
            const QByteArrayView unclosed = raw.sliced(pos + 1, end - pos - 1).trimmed();
            qsizetype blank = 0;
            while (blank < unclosed.size() && !isBlank(unclosed[blank]))
                ++blank;
            id = unclosed.first(blank).toByteArray();
        }
        if (!id.isEmpty())
            ids.append(id);
        pos = end < raw.size() && raw[end] == '>' ? end + 1 : end;
    }
    if (ids.isEmpty()) {
        const QByteArray alone = bare.simplified();
        if (!alone.isEmpty() && !alone.contains(' '))
            ids.append(alone);
    }
    return ids;
}

} // namespace quire::mime
