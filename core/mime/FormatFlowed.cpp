#include "core/mime/FormatFlowed.h"

#include <QStringView>

namespace quire::mime {

namespace {

struct FlowedLine {
    int quoteDepth = 0;
    QStringView content; // quote marks and space-stuffing removed
    bool flowed = false; // soft break: joins with the next line
    bool signatureSeparator = false;
};

FlowedLine classify(QStringView line, bool delSp)
{
    FlowedLine result;
    while (result.quoteDepth < line.size() && line[result.quoteDepth] == u'>')
        ++result.quoteDepth;
    QStringView content = line.sliced(result.quoteDepth);
    if (content.startsWith(u' '))
        content = content.sliced(1);
    // The signature separator ends in a space but is never a soft break.
    result.signatureSeparator = content == u"-- ";
    result.flowed = !result.signatureSeparator && content.endsWith(u' ');
    if (result.flowed && delSp)
        content.chop(1);
    result.content = content;
    return result;
}

void appendQuotePrefix(QString &out, int depth, bool emptyContent)
{
    if (depth == 0)
        return;
    out.append(QString(depth, u'>'));
    if (!emptyContent)
        out.append(u' ');
}

} // namespace

QString unflowText(const QString &text, bool delSp)
{
    QString out;
    out.reserve(text.size());
    QString paragraph;
    int paragraphDepth = -1; // -1: no paragraph open

    auto endParagraph = [&]() {
        if (paragraphDepth < 0)
            return;
        appendQuotePrefix(out, paragraphDepth, paragraph.isEmpty());
        out.append(paragraph);
        out.append(u'\n');
        paragraph.clear();
        paragraphDepth = -1;
    };

    const QStringView all(text);
    const bool endsWithNewline = all.endsWith(u'\n');
    const QStringView body = endsWithNewline ? all.chopped(1) : all;
    qsizetype pos = 0;
    while (pos <= body.size()) {
        qsizetype eol = body.indexOf(u'\n', pos);
        if (eol < 0)
            eol = body.size();
        QStringView line = body.sliced(pos, eol - pos);
        pos = eol + 1;
        if (line.endsWith(u'\r'))
            line.chop(1);
        const FlowedLine parsed = classify(line, delSp);
        // A quote depth change or a signature separator ends a paragraph
        // even after a soft break (RFC 3676 sections 4.3 and 4.5).
        if (paragraphDepth >= 0 && (paragraphDepth != parsed.quoteDepth || parsed.signatureSeparator))
            endParagraph();
        paragraphDepth = parsed.quoteDepth;
        paragraph.append(parsed.content);
        if (!parsed.flowed)
            endParagraph();
    }
    endParagraph();
    if (!endsWithNewline && out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

} // namespace quire::mime
