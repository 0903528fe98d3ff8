#pragma once

// text/plain; format=flowed (RFC 3676).

#include <QString>

namespace quire::mime {

// Joins soft-broken lines (ending in a space) into paragraphs, per quote
// depth; removes space-stuffing; keeps the "-- " signature separator as a
// hard line. With `delSp` the trailing space of a soft break is removed
// (DelSp=yes). Lines are separated by '\n' in the result; "\r\n" input is
// accepted.
QString unflowText(const QString &text, bool delSp);

} // namespace quire::mime
