// The Date header: RFC 5322 appendix A examples and obsolete forms.

#include "MimeTestSupport.h"
#include "core/mime/DateTime.h"

#include <gtest/gtest.h>

using namespace quire::mime;

namespace {

struct DateRow {
    const char *name;
    QByteArray raw;
    QDateTime expected; // invalid when the input is hopeless
};

void PrintTo(const DateRow &row, std::ostream *os)
{
    *os << row.name;
}

std::string rowName(const testing::TestParamInfo<DateRow> &info)
{
    return info.param.name;
}

QDateTime at(int y, int mo, int d, int h, int mi, int s, int offsetMinutes)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::OffsetFromUTC, offsetMinutes * 60);
}

class DateRows : public testing::TestWithParam<DateRow>
{
};

TEST_P(DateRows, Parses)
{
    const DateRow &row = GetParam();
    const QDateTime parsed = parseMailDate(row.raw);
    ASSERT_EQ(parsed.isValid(), row.expected.isValid()) << parsed.toString(Qt::ISODate).toStdString();
    if (!row.expected.isValid())
        return;
    EXPECT_EQ(parsed, row.expected);
    // Same instant is not enough: the sender's offset must survive.
    EXPECT_EQ(parsed.offsetFromUtc(), row.expected.offsetFromUtc());
    // Qt turns a zero offset into Qt::UTC by itself.
    EXPECT_EQ(parsed.timeSpec(), row.expected.offsetFromUtc() == 0 ? Qt::UTC : Qt::OffsetFromUTC);
}

INSTANTIATE_TEST_SUITE_P(Rfc5322AppendixA, DateRows,
    testing::Values(DateRow { "A1_1", "Fri, 21 Nov 1997 09:55:06 -0600", at(1997, 11, 21, 9, 55, 6, -360) },
        DateRow { "A1_3", "Tue, 1 Jul 2003 10:52:37 +0200", at(2003, 7, 1, 10, 52, 37, 120) },
        DateRow { "A3", "Mon, 24 Nov 1997 14:22:01 -0800", at(1997, 11, 24, 14, 22, 1, -480) },
        DateRow { "A4", "Thu, 13 Feb 1969 23:32:54 -0330", at(1969, 2, 13, 23, 32, 54, -210) },
        DateRow { "A5_Comments",
            "Thu,\r\n      13\r\n        Feb\r\n          1969\r\n      23:32\r\n"
            "               -0330 (Newfoundland Time)",
            at(1969, 2, 13, 23, 32, 0, -210) },
        DateRow { "A6_2Obsolete", "21 Nov 97 09:55:06 GMT", at(1997, 11, 21, 9, 55, 6, 0) },
        DateRow { "A6_3ObsoleteWhitespace", "Fri, 21 Nov 1997 09(comment):   55  :  06 -0600",
            at(1997, 11, 21, 9, 55, 6, -360) }),
    rowName);

INSTANTIATE_TEST_SUITE_P(Obsolete, DateRows,
    testing::Values(DateRow { "NoWeekday", "21 Nov 1997 09:55:06 -0600", at(1997, 11, 21, 9, 55, 6, -360) },
        DateRow { "NoSeconds", "Fri, 21 Nov 1997 09:55 -0600", at(1997, 11, 21, 9, 55, 0, -360) },
        DateRow { "TwoDigitYear2000s", "1 Jan 04 00:00:00 +0000", at(2004, 1, 1, 0, 0, 0, 0) },
        DateRow { "TwoDigitYear1900s", "1 Jan 99 00:00:00 +0000", at(1999, 1, 1, 0, 0, 0, 0) },
        DateRow { "ThreeDigitYear", "1 Jan 104 00:00:00 +0000", at(2004, 1, 1, 0, 0, 0, 0) },
        DateRow { "Ut", "1 Jan 2004 12:00:00 UT", at(2004, 1, 1, 12, 0, 0, 0) },
        DateRow { "Est", "1 Jan 2004 12:00:00 EST", at(2004, 1, 1, 12, 0, 0, -300) },
        DateRow { "Edt", "1 Jan 2004 12:00:00 EDT", at(2004, 1, 1, 12, 0, 0, -240) },
        DateRow { "Cst", "1 Jan 2004 12:00:00 CST", at(2004, 1, 1, 12, 0, 0, -360) },
        DateRow { "Mdt", "1 Jan 2004 12:00:00 MDT", at(2004, 1, 1, 12, 0, 0, -360) },
        DateRow { "Pdt", "1 Jan 2004 12:00:00 PDT", at(2004, 1, 1, 12, 0, 0, -420) },
        DateRow { "Pst", "1 Jan 2004 12:00:00 pst", at(2004, 1, 1, 12, 0, 0, -480) },
        DateRow { "MilitaryZ", "1 Jan 2004 12:00:00 Z", at(2004, 1, 1, 12, 0, 0, 0) },
        // RFC 5322 4.3: other military zones mean -0000 (unknown).
        DateRow { "MilitaryOther", "1 Jan 2004 12:00:00 A", at(2004, 1, 1, 12, 0, 0, 0) },
        DateRow { "MissingZone", "1 Jan 2004 12:00:00", at(2004, 1, 1, 12, 0, 0, 0) },
        DateRow { "ZoneWithComment", "Wed, 28 May 2014 17:18:19 +0900 (JST)", at(2014, 5, 28, 17, 18, 19, 540) },
        DateRow { "NamedZoneAndOffset", "Wed, 28 May 2014 17:18:19 +0900 JST", at(2014, 5, 28, 17, 18, 19, 540) },
        DateRow { "MonthBeforeDay", "Wed, May 28 2014 17:18:19 +0900", at(2014, 5, 28, 17, 18, 19, 540) },
        DateRow { "CtimeForm", "Wed May 28 17:18:19 2014", at(2014, 5, 28, 17, 18, 19, 0) },
        DateRow { "FullNames", "Wednesday, 28 September 2014 17:18:19 +0100", at(2014, 9, 28, 17, 18, 19, 60) },
        DateRow { "DashedDate", "28-May-2014 17:18:19 +0100", at(2014, 5, 28, 17, 18, 19, 60) },
        DateRow { "GluedZone", "28 May 2014 17:18:19+0100", at(2014, 5, 28, 17, 18, 19, 60) },
        DateRow { "GmtPlusOffset", "28 May 2014 17:18:19 GMT+0100", at(2014, 5, 28, 17, 18, 19, 60) },
        DateRow { "GmtMinusOffset", "28 May 2014 17:18:19 GMT-0500", at(2014, 5, 28, 17, 18, 19, -300) },
        DateRow { "ColonOffset", "28 May 2014 17:18:19 +01:00", at(2014, 5, 28, 17, 18, 19, 60) },
        DateRow { "IsoForm", "2014-05-28T17:18:19+01:00", at(2014, 5, 28, 17, 18, 19, 60) },
        DateRow { "SingleDigitTime", "1 Jan 2004 9:5:3 +0000", at(2004, 1, 1, 9, 5, 3, 0) },
        DateRow { "LeapSecondClamped", "31 Dec 2016 23:59:60 +0000", at(2016, 12, 31, 23, 59, 59, 0) },
        DateRow { "PmMarker", "May 8, 2005 1:17 PM", at(2005, 5, 8, 13, 17, 0, 0) },
        DateRow { "TrailingSpace", "Wed, 15 Dec 2010 12:21:20 -0500 ", at(2010, 12, 15, 12, 21, 20, -300) },
        DateRow { "DotSeparatedWeekday", "Mon., 24 Nov 1997 14:22:01 -0800", at(1997, 11, 24, 14, 22, 1, -480) }),
    rowName);

INSTANTIATE_TEST_SUITE_P(Hopeless, DateRows,
    testing::Values(DateRow { "Empty", "", QDateTime() }, DateRow { "Html", "<HR>", QDateTime() },
        DateRow { "Words", "some time last week", QDateTime() }, DateRow { "NoMonth", "21 1997 09:55:06", QDateTime() },
        DateRow { "BadDay", "31 Feb 2004 12:00:00 +0000", QDateTime() },
        DateRow { "HugeNumbers", "999999999 Jan 999999999", QDateTime() }),
    rowName);

} // namespace
