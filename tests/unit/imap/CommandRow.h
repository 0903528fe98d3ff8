#pragma once

// One row of the command-builder table: a typed command in, the exact bytes
// and segment endings out. Shared by the tst_command_*.cpp files.

#include "core/imap/commands/Command.h"

#include <gtest/gtest.h>
#include <string>

namespace quire::imap::test {

struct CommandRow {
    std::string name; // the test name suffix: letters, digits, underscores
    Command command;
    QByteArray expected;
    CommandContext context = {};
    // Where each segment ends; the default is a single complete line.
    QList<SegmentEnd> ends = { SegmentEnd::CommandComplete };
};

inline std::string rowName(const ::testing::TestParamInfo<CommandRow> &info)
{
    return info.param.name;
}

inline void checkRow(const CommandRow &row)
{
    const SerializedCommand serialized = serialize(row.command, "A1", row.context);
    EXPECT_EQ(serialized.toBytes().toStdString(), row.expected.toStdString());
    QList<SegmentEnd> ends;
    for (const Segment &segment : serialized.segments)
        ends.append(segment.end);
    EXPECT_EQ(ends, row.ends);
}

inline CommandContext literalPlus()
{
    CommandContext context;
    context.literalPlus = true;
    return context;
}

inline CommandContext literalMinus()
{
    CommandContext context;
    context.literalMinus = true;
    return context;
}

inline CommandContext utf8()
{
    CommandContext context;
    context.utf8Enabled = true;
    return context;
}

inline CommandContext saslIr()
{
    CommandContext context;
    context.saslInitialResponse = true;
    return context;
}

constexpr auto Complete = SegmentEnd::CommandComplete;
constexpr auto Wait = SegmentEnd::WaitForContinuation;
constexpr auto AtOnce = SegmentEnd::SendNextAtOnce;

} // namespace quire::imap::test

// GoogleTest prints parameters on failure; the name is enough.
namespace quire::imap {
inline void PrintTo(const Command &, std::ostream *os)
{
    *os << "<command>";
}
} // namespace quire::imap
