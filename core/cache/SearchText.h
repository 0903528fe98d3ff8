#pragma once

// Text normalisation for the full-text index, shared by the writers (messages,
// body text, the v2 migration backfill) and the query side, so both see the
// same form.

#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

namespace quire::cache {

// NFKC then case folding: full-width Latin matches ASCII, "Ｑ" finds "q", and
// Cyrillic and Greek compare without case. The index then never has to fold,
// which SQLite's LIKE cannot do outside ASCII.
QString foldForSearch(const QString &text);

// foldForSearch of the parts joined by spaces, as UTF-8 (what the index's
// text columns hold). Plain ASCII, most headers, is lower-cased straight
// into the bytes: the writer folds three columns per message.
QByteArray foldForSearchUtf8(std::initializer_list<QStringView> parts);

// Splits a query into folded terms: whitespace separates them, "double quotes"
// keep a phrase together.
QStringList searchTerms(const QString &query);

// The trigram index can only look up terms of three characters or more;
// shorter ones (common in Japanese and Chinese: 天気, 東京) need a LIKE scan.
bool isIndexableTerm(const QString &foldedTerm);

} // namespace quire::cache
