#pragma once

// The Date header.

#include <QByteArrayView>
#include <QDateTime>

namespace quire::mime {

// Parses RFC 5322 dates and the obsolete and broken forms seen in real mail:
// 2- and 3-digit years, named zones (UT, GMT, EST/EDT ... PDT, military
// letters), missing weekday or seconds, comments, day and month in either
// order, a missing zone (taken as UTC). The result keeps the zone offset
// (Qt::OffsetFromUTC); it is invalid when nothing sensible can be read.
QDateTime parseMailDate(QByteArrayView raw);

} // namespace quire::mime
