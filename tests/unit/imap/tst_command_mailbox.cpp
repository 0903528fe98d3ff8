// Command-builder table: commands that name mailboxes.

#include "CommandRow.h"

#include <QTimeZone>

namespace quire::imap::test {
namespace {

class MailboxCommandTable : public ::testing::TestWithParam<CommandRow>
{
};

TEST_P(MailboxCommandTable, Serializes)
{
    checkRow(GetParam());
}

QresyncParameters qresync(std::optional<UidSet> known = {}, std::optional<QresyncSequenceMatch> match = {})
{
    return { 67890007, 90060115194045000ULL, std::move(known), std::move(match) };
}

List listWith(ListSelection selection, ListReturn returning, QStringList patterns = { "*" })
{
    List list;
    list.selection = selection;
    list.returning = std::move(returning);
    list.patterns = std::move(patterns);
    return list;
}

const QByteArray Message = "From: a@example.org\r\nSubject: hi\r\n\r\nbody\r\n";
const QDateTime Internal(QDate(1994, 2, 7), QTime(21, 52, 25), QTimeZone(-8 * 3600));

INSTANTIATE_TEST_SUITE_P(Commands, MailboxCommandTable,
    ::testing::Values(CommandRow { "select_inbox", Select { .mailbox = "INBOX" }, "A1 SELECT INBOX\r\n" },
        CommandRow { "select_inbox_lowercase", Select { .mailbox = "inbox" }, "A1 SELECT INBOX\r\n" },
        CommandRow { "select_space", Select { .mailbox = "Sent Items" }, "A1 SELECT \"Sent Items\"\r\n" },
        CommandRow { "select_utf7", Select { .mailbox = QString::fromUtf8("Entwürfe") }, "A1 SELECT Entw&APw-rfe\r\n" },
        CommandRow { "select_utf8", Select { .mailbox = QString::fromUtf8("Entwürfe") },
            "A1 SELECT \"Entw\xc3\xbcrfe\"\r\n", utf8() },
        CommandRow { "select_ampersand", Select { .mailbox = "R&D" }, "A1 SELECT R&-D\r\n" },
        CommandRow { "examine", Select { .mailbox = "INBOX", .readOnly = true }, "A1 EXAMINE INBOX\r\n" },
        CommandRow {
            "select_condstore", Select { .mailbox = "INBOX", .condstore = true }, "A1 SELECT INBOX (CONDSTORE)\r\n" },
        CommandRow { "examine_condstore", Select { .mailbox = "INBOX", .readOnly = true, .condstore = true },
            "A1 EXAMINE INBOX (CONDSTORE)\r\n" },
        CommandRow { "select_qresync", Select { .mailbox = "INBOX", .qresync = qresync() },
            "A1 SELECT INBOX (QRESYNC (67890007 90060115194045000))\r\n" },
        CommandRow { "select_qresync_known",
            Select { .mailbox = "INBOX", .qresync = qresync(UidSet::fromRanges({ { 41, 211 }, { 214, 541 } })) },
            "A1 SELECT INBOX (QRESYNC (67890007 90060115194045000 41:211,214:541))\r\n" },
        CommandRow { "select_qresync_seq_match",
            Select { .mailbox = "INBOX",
                .qresync = qresync(UidSet::fromRanges({ { 1, 541 } }),
                    QresyncSequenceMatch { SequenceSet::fromNumbers({ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }),
                        UidSet::fromNumbers({ 41, 211, 214, 300 }) }) },
            "A1 SELECT INBOX (QRESYNC (67890007 90060115194045000 1:541 (1:10 41,211,214,300)))\r\n" },
        CommandRow { "examine_qresync", Select { .mailbox = "INBOX", .readOnly = true, .qresync = qresync() },
            "A1 EXAMINE INBOX (QRESYNC (67890007 90060115194045000))\r\n" },
        CommandRow { "create", Create { .mailbox = "owatagusiam/" }, "A1 CREATE owatagusiam/\r\n" },
        CommandRow { "create_special_use", Create { "Sent", { "\\Sent" } }, "A1 CREATE Sent (USE (\\Sent))\r\n" },
        CommandRow { "create_japanese", Create { .mailbox = QString::fromUtf8("日本語") }, "A1 CREATE &ZeVnLIqe-\r\n" },
        CommandRow { "delete", Delete { "blurdybloop" }, "A1 DELETE blurdybloop\r\n" },
        CommandRow { "delete_quoted", Delete { "a\"b" }, "A1 DELETE \"a\\\"b\"\r\n" },
        CommandRow { "rename", Rename { "blurdybloop", "sarasoop" }, "A1 RENAME blurdybloop sarasoop\r\n" },
        CommandRow {
            "rename_cyrillic", Rename { "Old", QString::fromUtf8("Почта") }, "A1 RENAME Old &BB8EPgRHBEIEMA-\r\n" },
        CommandRow { "subscribe", Subscribe { "#news.comp.mail.mime" }, "A1 SUBSCRIBE #news.comp.mail.mime\r\n" },
        CommandRow { "unsubscribe", Unsubscribe { "#news.comp.mail.mime" }, "A1 UNSUBSCRIBE #news.comp.mail.mime\r\n" },
        CommandRow { "status", Status { "blurdybloop", { StatusItem::UidNext, StatusItem::Messages } },
            "A1 STATUS blurdybloop (UIDNEXT MESSAGES)\r\n" },
        CommandRow { "status_all_items",
            Status { "INBOX",
                { StatusItem::Messages, StatusItem::Recent, StatusItem::UidNext, StatusItem::UidValidity,
                    StatusItem::Unseen, StatusItem::HighestModSeq, StatusItem::Size, StatusItem::Deleted } },
            "A1 STATUS INBOX (MESSAGES RECENT UIDNEXT UIDVALIDITY UNSEEN HIGHESTMODSEQ SIZE DELETED)\r\n" },
        CommandRow { "list_all", List {}, "A1 LIST \"\" *\r\n" },
        CommandRow { "list_percent", List { .reference = "", .patterns = { "%" } }, "A1 LIST \"\" %\r\n" },
        CommandRow { "list_reference", List { .reference = "#news.", .patterns = { "comp.mail.*" } },
            "A1 LIST #news. comp.mail.*\r\n" },
        CommandRow { "list_pattern_space", List { .reference = "", .patterns = { "Sent Items/*" } },
            "A1 LIST \"\" \"Sent Items/*\"\r\n" },
        CommandRow { "list_pattern_utf7", List { .reference = "", .patterns = { QString::fromUtf8("Entwürfe/%") } },
            "A1 LIST \"\" Entw&APw-rfe/%\r\n" },
        CommandRow { "list_multiple_patterns", List { .reference = "", .patterns = { "INBOX", "Drafts", "Sent/%" } },
            "A1 LIST \"\" (INBOX Drafts Sent/%)\r\n" },
        CommandRow {
            "list_select_subscribed", listWith({ .subscribed = true }, {}), "A1 LIST (SUBSCRIBED) \"\" *\r\n" },
        CommandRow { "list_select_all_options", listWith({ true, true, true, true }, {}),
            "A1 LIST (SUBSCRIBED REMOTE RECURSIVEMATCH SPECIAL-USE) \"\" *\r\n" },
        CommandRow {
            "list_return_children", listWith({}, { .children = true }), "A1 LIST \"\" * RETURN (CHILDREN)\r\n" },
        CommandRow { "list_return_special_use", listWith({}, { .specialUse = true }),
            "A1 LIST \"\" * RETURN (SPECIAL-USE)\r\n" },
        CommandRow { "list_return_status",
            listWith({}, { true, true, true, { StatusItem::Messages, StatusItem::Unseen } }, { "%" }),
            "A1 LIST \"\" % RETURN (SUBSCRIBED CHILDREN SPECIAL-USE STATUS (MESSAGES UNSEEN))\r\n" },
        CommandRow { "list_select_and_return", listWith({ true, false, true, false }, { .children = true }),
            "A1 LIST (SUBSCRIBED RECURSIVEMATCH) \"\" * RETURN (CHILDREN)\r\n" },
        CommandRow { "lsub", Lsub { "#news.", "comp.mail.*" }, "A1 LSUB #news. comp.mail.*\r\n" },
        CommandRow { "lsub_default", Lsub {}, "A1 LSUB \"\" *\r\n" },
        CommandRow { "append_plain", Append { "saved-messages", {}, {}, Message },
            "A1 APPEND saved-messages {42}\r\n" + Message + "\r\n", {}, { Wait, Complete } },
        CommandRow { "append_flags_date", Append { "Drafts", { "\\Seen", "\\Draft" }, Internal, Message },
            "A1 APPEND Drafts (\\Seen \\Draft) \" 7-Feb-1994 21:52:25 -0800\" {42}\r\n" + Message + "\r\n", {},
            { Wait, Complete } },
        CommandRow { "append_literal_plus", Append { "INBOX", { "$Label1" }, {}, Message },
            "A1 APPEND INBOX ($Label1) {42+}\r\n" + Message + "\r\n", literalPlus(), { AtOnce, Complete } },
        CommandRow { "append_empty_message", Append { "INBOX", {}, {}, {} }, "A1 APPEND INBOX {0}\r\n\r\n", {},
            { Wait, Complete } },
        CommandRow { "check", Check {}, "A1 CHECK\r\n" }, CommandRow { "close", Close {}, "A1 CLOSE\r\n" },
        CommandRow { "unselect", Unselect {}, "A1 UNSELECT\r\n" }),
    rowName);

} // namespace
} // namespace quire::imap::test
