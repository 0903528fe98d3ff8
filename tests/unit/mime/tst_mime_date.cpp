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

// The form read in place (parseCanonicalDate) and its near misses, which the
// tolerant reading takes: the same answers either way.
INSTANTIATE_TEST_SUITE_P(Canonical, DateRows,
    testing::Values(DateRow { "LowercaseNames", "fri, 21 nov 1997 09:55:06 -0600", at(1997, 11, 21, 9, 55, 6, -360) },
        DateRow { "UppercaseNames", "FRI, 21 NOV 1997 09:55:06 +0000", at(1997, 11, 21, 9, 55, 6, 0) },
        DateRow { "ZeroOffset", "Mon, 1 Jan 2024 00:00:00 -0000", at(2024, 1, 1, 0, 0, 0, 0) },
        DateRow { "HalfHourOffset", "Thu, 13 Feb 1969 23:32:54 +0530", at(1969, 2, 13, 23, 32, 54, 330) },
        DateRow { "LargestOffset", "Thu, 13 Feb 1969 23:32:54 +1800", at(1969, 2, 13, 23, 32, 54, 1080) },
        DateRow { "OffsetTooLarge", "Thu, 13 Feb 1969 23:32:54 +1900", at(1969, 2, 13, 23, 32, 54, 0) },
        DateRow { "OffsetMinutesTooLarge", "Thu, 13 Feb 1969 23:32:54 +0160", at(1969, 2, 13, 23, 32, 54, 0) },
        DateRow { "HourTwentyFour", "1 Jan 2004 24:00:00 +0000", at(2004, 1, 1, 0, 0, 0, 0) },
        DateRow { "TwoDigitYear", "Fri, 21 Nov 97 09:55:06 -0600", at(1997, 11, 21, 9, 55, 6, -360) },
        DateRow { "NotAWeekday", "Xyz, 21 Nov 1997 09:55:06 -0600", at(1997, 11, 21, 9, 55, 6, -360) },
        DateRow { "LeapDay", "Thu, 29 Feb 2024 12:00:00 +0100", at(2024, 2, 29, 12, 0, 0, 60) },
        DateRow { "NoLeapDay", "Thu, 29 Feb 2023 12:00:00 +0100", QDateTime() },
        DateRow { "DayZero", "0 Jan 2004 12:00:00 +0000", QDateTime() },
        DateRow { "TrailingText", "Fri, 21 Nov 1997 09:55:06 -0600 EST", at(1997, 11, 21, 9, 55, 6, -300) },
        DateRow { "TrailingCrLf", "Fri, 21 Nov 1997 09:55:06 -0600\r\n", at(1997, 11, 21, 9, 55, 6, -360) }),
    rowName);

INSTANTIATE_TEST_SUITE_P(Hopeless, DateRows,
    testing::Values(DateRow { "Empty", "", QDateTime() }, DateRow { "Html", "<HR>", QDateTime() },
        DateRow { "Words", "some time last week", QDateTime() }, DateRow { "NoMonth", "21 1997 09:55:06", QDateTime() },
        DateRow { "BadDay", "31 Feb 2004 12:00:00 +0000", QDateTime() },
        DateRow { "HugeNumbers", "999999999 Jan 999999999", QDateTime() }),
    rowName);

// A trailing comment sends a date the tolerant way: over many generated
// canonical dates, both readings agree to the offset.
TEST(CanonicalDates, ReadInPlaceAsTheTolerantReadingDoes)
{
    const char *const weekdays[] = { "", "Mon, ", "sun, " };
    const char *const months[] = { "Jan", "feb", "MAR", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    quint32 seed = 12345;
    auto next = [&seed](int bound) {
        seed = seed * 1103515245u + 12345u;
        return int((seed >> 8) % quint32(bound));
    };
    for (int n = 0; n < 3000; ++n) {
        const int offset = next(19 * 60) * (next(2) ? 1 : -1);
        QByteArray date = QByteArray(weekdays[next(3)]) + QByteArray::number(next(32)) + ' ' + months[next(12)] + ' '
            + QByteArray::number(1900 + next(200)) + ' ' + QByteArray::number(next(25)).rightJustified(2, '0') + ':'
            + QByteArray::number(next(61)).rightJustified(2, '0');
        if (next(2))
            date += ':' + QByteArray::number(next(62)).rightJustified(2, '0');
        date += QByteArray(offset < 0 ? " -" : " +")
            + QByteArray::number(qAbs(offset) / 60 * 100 + qAbs(offset) % 60 + (next(10) == 0 ? 60 : 0))
                  .rightJustified(4, '0');
        const QDateTime inPlace = parseMailDate(date);
        const QDateTime tolerant = parseMailDate(date + " (comment)");
        ASSERT_EQ(inPlace.isValid(), tolerant.isValid()) << date.constData();
        if (inPlace.isValid()) {
            EXPECT_EQ(inPlace, tolerant) << date.constData();
            EXPECT_EQ(inPlace.offsetFromUtc(), tolerant.offsetFromUtc()) << date.constData();
        }
    }
}

} // namespace
