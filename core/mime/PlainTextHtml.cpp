#include "core/mime/PlainTextHtml.h"

#include "core/mime/HtmlTokenizer.h"

#include <QStringList>

namespace quire::mime {

namespace {

constexpr int kMaxQuoteDepth = 32;

bool startsWithScheme(QStringView s)
{
    return s.startsWith(u"http://", Qt::CaseInsensitive) || s.startsWith(u"https://", Qt::CaseInsensitive)
        || s.startsWith(u"mailto:", Qt::CaseInsensitive);
}

// Characters that can be part of a URL in running text.
bool isUrlChar(QChar c)
{
    if (c.unicode() <= ' ' || c.unicode() == 0x7F)
        return false;
    return c != u'<' && c != u'>' && c != u'"' && c != u'`' && c != u'{' && c != u'}' && c != u'|' && c != u'\\'
        && c != u'^' && !c.isSpace();
}

// A URL's end drops trailing punctuation that belongs to the sentence, and a
// ')' that closes a parenthesis opened before the URL.
qsizetype trimUrlEnd(QStringView url)
{
    qsizetype end = url.size();
    while (end > 0) {
        const QChar c = url[end - 1];
        if (c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'\'' || c == u'*') {
            --end;
            continue;
        }
        if (c == u')' && url.first(end).count(u'(') < url.first(end).count(u')')) {
            --end;
            continue;
        }
        break;
    }
    return end;
}

} // namespace

QuoteLevel quoteLevel(QStringView line)
{
    QuoteLevel level;
    qsizetype i = 0;
    while (i < line.size()) {
        if (line[i] == u'>') {
            ++level.depth;
            ++i;
            level.textStart = i;
        } else if (line[i] == u' ' && level.depth > 0 && i + 1 < line.size() && line[i + 1] == u'>') {
            ++i;
        } else {
            break;
        }
    }
    if (level.depth > 0 && level.textStart < line.size() && line[level.textStart] == u' ')
        ++level.textStart;
    return level;
}

QString linkifyLine(QStringView line)
{
    QString out;
    qsizetype pos = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line[i];
        const bool boundary = i == 0 || !line[i - 1].isLetterOrNumber();
        if (!boundary || (c != u'h' && c != u'H' && c != u'm' && c != u'M') || !startsWithScheme(line.sliced(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < line.size() && isUrlChar(line[end]))
            ++end;
        const qsizetype urlLength = trimUrlEnd(line.sliced(i, end - i));
        const QStringView url = line.sliced(i, urlLength);
        const qsizetype schemeLength = url.indexOf(u':') + 1;
        if (url.size() <= schemeLength + (url.startsWith(u"mailto", Qt::CaseInsensitive) ? 0 : 2)) {
            i = end;
            continue;
        }
        out += escapeHtml(line.sliced(pos, i - pos));
        const QString escaped = escapeHtml(url);
        out += QStringLiteral("<a href=\"") + escaped + QStringLiteral("\">") + escaped + QStringLiteral("</a>");
        i += urlLength;
        pos = i;
    }
    out += escapeHtml(line.sliced(pos));
    return out;
}

QString plainTextToHtml(QStringView text)
{
    QString out = QStringLiteral("<div class=\"quire-plain\" style=\"white-space: pre-wrap\">");
    int depth = 0;
    bool firstInBlock = true;
    const QList<QStringView> lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QStringView line = lines[n];
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (n == lines.size() - 1 && line.isEmpty())
            break; // the final line break ends the text; it is not an empty line
        const QuoteLevel level = quoteLevel(line);
        const int target = qMin(level.depth, kMaxQuoteDepth);
        while (depth < target) {
            ++depth;
            out += QStringLiteral("<blockquote class=\"quire-quote quire-quote-%1\">").arg(depth);
            firstInBlock = true;
        }
        while (depth > target) {
            --depth;
            out += QStringLiteral("</blockquote>");
            firstInBlock = true;
        }
        if (!firstInBlock)
            out += u'\n';
        out += linkifyLine(line.sliced(level.depth > 0 ? level.textStart : 0));
        firstInBlock = false;
    }
    while (depth-- > 0)
        out += QStringLiteral("</blockquote>");
    out += QStringLiteral("</div>");
    return out;
}

} // namespace quire::mime
