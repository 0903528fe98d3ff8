#pragma once

// Content-Type and Content-Disposition: a value followed by parameters.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

namespace quire::mime {

struct ParameterizedHeader {
    QByteArray value; // lower-cased, e.g. "text/plain" or "attachment"
    QList<std::pair<QByteArray, QString>> params; // names lower-cased, values decoded, header order

    // The decoded value of parameter `name` (case-insensitive); null if absent.
    QString param(QByteArrayView name) const;

    bool operator==(const ParameterizedHeader &) const = default;
};

// Parses RFC 2045 parameters with quoted strings, RFC 2231 continuations
// (name*0, name*1*) with charsets and languages (name*=utf-8'en'...), and
// RFC 2047 encoded words in values (what Outlook sends). Tolerates missing
// semicolons, unquoted tspecials and duplicates (the first one wins).
// `fallbackCharset` decodes raw 8-bit values that are not UTF-8.
ParameterizedHeader parseParameterizedHeader(QByteArrayView raw, QByteArrayView fallbackCharset = {});

} // namespace quire::mime
