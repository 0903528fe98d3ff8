#pragma once

// Internal to the parser: the grammar pieces, each in the file of its topic.
// All of them throw LexerFailure on input they cannot read.

#include "core/imap/parser/Lexer.h"
#include "core/imap/parser/Response.h"

#include <QByteArrayView>

#include <optional>

namespace quire::imap::parse {

// ResponseParser.cpp: one whole response.
Response response(Lexer &lexer, bool &greetingPending);

// ResponseCodeParser.cpp: "[CODE args]" at the lexer position, if there is one.
std::optional<ResponseCode> responseCode(Lexer &lexer);

// UntaggedDataParser.cpp: the untagged responses that start with a keyword,
// after the keyword; nullopt when the keyword is not one it knows.
std::optional<Response> untaggedData(Lexer &lexer, QByteArrayView keyword);

// FetchParser.cpp: after "* n FETCH".
FetchResponse fetch(Lexer &lexer, quint32 seq);

// BodyStructureParser.cpp
Envelope envelope(Lexer &lexer);
BodyStructure bodyStructure(Lexer &lexer);

bool equalsUpper(QByteArrayView text, QByteArrayView upperCase);

} // namespace quire::imap::parse
