// Command-builder table: connection-level commands, strings and literals.

#include "CommandRow.h"

namespace quire::imap::test {
namespace {

class SessionCommandTable : public ::testing::TestWithParam<CommandRow>
{
};

TEST_P(SessionCommandTable, Serializes)
{
    checkRow(GetParam());
}

const QByteArray Latin1Password = QString::fromUtf8("pässword").toUtf8();

INSTANTIATE_TEST_SUITE_P(Commands, SessionCommandTable,
    ::testing::Values(CommandRow { "capability", Capability {}, "A1 CAPABILITY\r\n" },
        CommandRow { "noop", Noop {}, "A1 NOOP\r\n" }, CommandRow { "logout", Logout {}, "A1 LOGOUT\r\n" },
        CommandRow { "starttls", StartTls {}, "A1 STARTTLS\r\n" },
        CommandRow { "namespace", Namespace {}, "A1 NAMESPACE\r\n" },
        CommandRow { "compress", Compress {}, "A1 COMPRESS DEFLATE\r\n" },
        CommandRow { "idle", Idle {}, "A1 IDLE\r\n" },
        CommandRow { "login_atoms", Login { "fred", "secret" }, "A1 LOGIN fred secret\r\n" },
        CommandRow {
            "login_space_quoted", Login { "fred smith", "se cret" }, "A1 LOGIN \"fred smith\" \"se cret\"\r\n" },
        CommandRow { "login_quote_escaped", Login { "fred", "a\"b\\c" }, "A1 LOGIN fred \"a\\\"b\\\\c\"\r\n" },
        CommandRow { "login_empty_password", Login { "fred", "" }, "A1 LOGIN fred \"\"\r\n" },
        CommandRow { "login_nil_user_quoted", Login { "NIL", "x" }, "A1 LOGIN \"NIL\" x\r\n" },
        CommandRow { "login_bracket_is_astring", Login { "a]b", "x" }, "A1 LOGIN a]b x\r\n" },
        CommandRow { "login_wildcards_quoted", Login { "a%b", "c*d" }, "A1 LOGIN \"a%b\" \"c*d\"\r\n" },
        CommandRow { "login_parens_quoted", Login { "(x)", "{y}" }, "A1 LOGIN \"(x)\" \"{y}\"\r\n" },
        CommandRow { "login_8bit_sync_literal", Login { "fred", QString::fromUtf8("pässword") },
            "A1 LOGIN fred {9}\r\n" + Latin1Password + "\r\n", {}, { Wait, Complete } },
        CommandRow { "login_8bit_literal_plus", Login { "fred", QString::fromUtf8("pässword") },
            "A1 LOGIN fred {9+}\r\n" + Latin1Password + "\r\n", literalPlus(), { AtOnce, Complete } },
        CommandRow { "login_8bit_literal_minus", Login { "fred", QString::fromUtf8("pässword") },
            "A1 LOGIN fred {9+}\r\n" + Latin1Password + "\r\n", literalMinus(), { AtOnce, Complete } },
        CommandRow { "login_8bit_utf8_quoted", Login { "fred", QString::fromUtf8("pässword") },
            "A1 LOGIN fred \"" + Latin1Password + "\"\r\n", utf8() },
        CommandRow { "login_crlf_literal", Login { "fred", "a\r\nb" }, "A1 LOGIN fred {4}\r\na\r\nb\r\n", {},
            { Wait, Complete } },
        CommandRow { "login_two_literals", Login { QString::fromUtf8("jörg"), QString::fromUtf8("ü") },
            QByteArray("A1 LOGIN {5}\r\nj\xc3\xb6rg {2}\r\n\xc3\xbc\r\n"), {}, { Wait, Wait, Complete } },
        CommandRow { "login_nul_literal", Login { "fred", QString(QChar(0)) + "x" },
            QByteArray("A1 LOGIN fred {2}\r\n") + QByteArray(1, '\0') + "x\r\n", {}, { Wait, Complete } },
        CommandRow { "authenticate_plain_sasl_ir", Authenticate::plain("fred", "secret"),
            "A1 AUTHENTICATE PLAIN AGZyZWQAc2VjcmV0\r\n", saslIr() },
        CommandRow { "authenticate_plain_wait", Authenticate::plain("fred", "secret"),
            "A1 AUTHENTICATE PLAIN\r\nAGZyZWQAc2VjcmV0\r\n", {}, { Wait, Complete } },
        CommandRow { "authenticate_plain_authzid", Authenticate::plain("fred", "secret", "admin"),
            "A1 AUTHENTICATE PLAIN YWRtaW4AZnJlZABzZWNyZXQ=\r\n", saslIr() },
        CommandRow { "authenticate_empty_ir", Authenticate { "EXTERNAL", QByteArray() },
            "A1 AUTHENTICATE EXTERNAL =\r\n", saslIr() },
        CommandRow { "authenticate_empty_wait", Authenticate { "EXTERNAL", QByteArray() },
            "A1 AUTHENTICATE EXTERNAL\r\n\r\n", {}, { Wait, Complete } },
        CommandRow {
            "authenticate_no_ir", Authenticate { "GSSAPI", std::nullopt }, "A1 AUTHENTICATE GSSAPI\r\n", saslIr() },
        CommandRow { "enable_one", Enable { { "QRESYNC" } }, "A1 ENABLE QRESYNC\r\n" },
        CommandRow { "enable_many", Enable { { "CONDSTORE", "QRESYNC", "UTF8=ACCEPT" } },
            "A1 ENABLE CONDSTORE QRESYNC UTF8=ACCEPT\r\n" },
        CommandRow { "id_nil", Id {}, "A1 ID NIL\r\n" },
        CommandRow { "id_fields", Id { { { "name", "Quire" }, { "version", "0.1" } } },
            "A1 ID (\"name\" \"Quire\" \"version\" \"0.1\")\r\n" },
        CommandRow { "id_nil_value", Id { { { "os", std::nullopt } } }, "A1 ID (\"os\" NIL)\r\n" },
        CommandRow { "notify_none", Notify {}, "A1 NOTIFY NONE\r\n" },
        CommandRow { "notify_personal_status",
            Notify { true,
                { NotifyGroup { { NotifyMailboxes::Kind::Personal, {} },
                    { NotifyEvent::MessageNew, NotifyEvent::MessageExpunge, NotifyEvent::FlagChange,
                        NotifyEvent::MailboxName, NotifyEvent::SubscriptionChange },
                    {} } } },
            "A1 NOTIFY SET STATUS (PERSONAL (MessageNew MessageExpunge FlagChange MailboxName "
            "SubscriptionChange))\r\n" },
        CommandRow { "notify_selected_fetch_and_personal",
            Notify { false,
                { NotifyGroup { { NotifyMailboxes::Kind::Selected, {} },
                      { NotifyEvent::MessageNew, NotifyEvent::MessageExpunge, NotifyEvent::FlagChange },
                      { FetchItem::uid(), FetchItem::flags(), FetchItem::envelope() } },
                    NotifyGroup { { NotifyMailboxes::Kind::Personal, {} },
                        { NotifyEvent::MessageNew, NotifyEvent::MessageExpunge }, {} } } },
            "A1 NOTIFY SET (SELECTED (MessageNew (UID FLAGS ENVELOPE) MessageExpunge FlagChange)) "
            "(PERSONAL (MessageNew MessageExpunge))\r\n" },
        CommandRow { "notify_subtree_one",
            Notify { false,
                { NotifyGroup { { NotifyMailboxes::Kind::Subtree, { "Lists" } }, { NotifyEvent::MailboxName }, {} } } },
            "A1 NOTIFY SET (SUBTREE Lists (MailboxName))\r\n" },
        CommandRow { "notify_mailboxes_many_none",
            Notify { false,
                { NotifyGroup { { NotifyMailboxes::Kind::Mailboxes, { "INBOX", "Sent Items" } }, {}, {} },
                    NotifyGroup { { NotifyMailboxes::Kind::SelectedDelayed, {} },
                        { NotifyEvent::MessageNew, NotifyEvent::MessageExpunge }, {} } } },
            "A1 NOTIFY SET (MAILBOXES (INBOX \"Sent Items\") NONE) (SELECTED-DELAYED (MessageNew "
            "MessageExpunge))\r\n" },
        CommandRow { "notify_inboxes_subscribed_utf7",
            Notify { false,
                { NotifyGroup { { NotifyMailboxes::Kind::Inboxes, {} }, { NotifyEvent::MessageNew }, {} },
                    NotifyGroup { { NotifyMailboxes::Kind::Subscribed, {} }, { NotifyEvent::SubscriptionChange }, {} },
                    NotifyGroup { { NotifyMailboxes::Kind::Mailboxes, { QStringLiteral(u"Entw\u00fcrfe") } },
                        { NotifyEvent::MessageNew }, {} } } },
            "A1 NOTIFY SET (INBOXES (MessageNew)) (SUBSCRIBED (SubscriptionChange)) (MAILBOXES Entw&APw-rfe "
            "(MessageNew))\r\n" }),
    rowName);

TEST(IdleDone, HasNoTag)
{
    EXPECT_EQ(idleDone().toBytes(), "DONE\r\n");
    EXPECT_EQ(idleDone().segments.size(), 1);
}

TEST(LiteralMinus, LargeLiteralSynchronises)
{
    const QByteArray big(4097, 'x');
    const QByteArray biggish(4096, 'x');
    Append large { "INBOX", {}, {}, big };
    Append limit { "INBOX", {}, {}, biggish };
    EXPECT_EQ(serialize(large, "A1", literalMinus()).segments.front().bytes, "A1 APPEND INBOX {4097}\r\n");
    EXPECT_EQ(serialize(large, "A1", literalMinus()).segments.front().end, Wait);
    EXPECT_EQ(serialize(limit, "A1", literalMinus()).segments.front().bytes, "A1 APPEND INBOX {4096+}\r\n");
    EXPECT_EQ(serialize(limit, "A1", literalMinus()).segments.front().end, AtOnce);
    EXPECT_EQ(serialize(large, "A1", literalPlus()).segments.front().bytes, "A1 APPEND INBOX {4097+}\r\n");
}

TEST(Segments, LiteralDataStartsTheNextSegment)
{
    const SerializedCommand command = serialize(Login { "fred", "a\r\nb" }, "A7", {});
    ASSERT_EQ(command.segments.size(), 2);
    EXPECT_EQ(command.segments[0].bytes, "A7 LOGIN fred {4}\r\n");
    EXPECT_EQ(command.segments[1].bytes, "a\r\nb\r\n");
}

} // namespace
} // namespace quire::imap::test
