#pragma once

// A small, tolerant HTML tokenizer for mail bodies: it never fails, reads
// broken markup the way browsers roughly do (unclosed tags, stray '<',
// bogus comments, raw-text elements), and only feeds code that re-serialises
// what it accepts (HtmlSanitizer) or extracts text (HtmlToText).

#include <QList>
#include <QString>
#include <QStringView>

namespace quire::mime {

struct HtmlAttribute {
    QString name; // lower-cased
    QString value; // character references decoded
};

struct HtmlToken {
    enum class Kind { Text, StartTag, EndTag, Comment };
    Kind kind = Kind::Text;
    QString name; // tags: lower-cased
    QList<HtmlAttribute> attributes;
    bool selfClosing = false;
    // Text: decoded text, or the raw contents of a raw-text element such as
    // <style> (rawText set). Comment: the comment text.
    QString text;
    bool rawText = false;

    QString attribute(QStringView attributeName) const;
};

class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(QStringView html)
        : m_html(html)
    {
    }

    // Fills `token` with the next token; false at the end of the input.
    bool next(HtmlToken &token);

private:
    void readTag(HtmlToken &token, bool endTag);
    void readAttributes(HtmlToken &token);
    void readRawText(HtmlToken &token);
    qsizetype skipUntil(QStringView terminator, qsizetype from) const;

    QStringView m_html;
    qsizetype m_pos = 0;
    QString m_rawTextElement; // set after a start tag whose contents are not markup
};

// Replaces character references (&amp; &#65; &#x41; and the named ones mail
// uses) in `text`; unknown or malformed references stay as written. NUL
// becomes U+FFFD.
QString decodeHtmlEntities(QStringView text);

// Escapes & < > " ' for use in text and in double-quoted attribute values.
QString escapeHtml(QStringView text);

} // namespace quire::mime
