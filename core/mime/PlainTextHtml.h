#pragma once

// text/plain bodies shown in the HTML message view.

#include <QString>
#include <QStringView>

namespace quire::mime {

// Escapes everything, turns http, https and mailto URLs into links, and
// wraps quoted lines (leading '>', any depth) in nested
// <blockquote class="quire-quote quire-quote-N"> elements. The result is a
// <div class="quire-plain"> whose lines keep their breaks and spacing.
QString plainTextToHtml(QStringView text);

// The quote depth of `line` (count of leading '>', spaces between allowed)
// and the offset where its text starts.
struct QuoteLevel {
    int depth = 0;
    qsizetype textStart = 0;
};
QuoteLevel quoteLevel(QStringView line);

// `line` escaped with its URLs as <a href> links.
QString linkifyLine(QStringView line);

} // namespace quire::mime
