// Input the parser cannot read. Each row expects a ParseError for the broken
// response and, where a good line follows, that it still parses: the parser
// resyncs at the next response.
#include "ParserRow.h"

namespace {
constexpr const char *kOk = R"J({"type":"tagged","tag":"a1","status":"OK"})J";
} // namespace

std::vector<ParserRow> malformedRows()
{
    auto row = [](const char *name, QByteArray bad, const char *error) {
        return ParserRow { name, bad + "a1 OK\r\n", keepText("[" + QByteArray(error) + "," + kOk + "]") };
    };
    return {
        row("empty_line", "\r\n", R"J({"type":"error","offset":0})J"),
        row("only_space", " \r\n", R"J({"type":"error"})J"),
        row("tag_without_status", "a1\r\n", R"J({"type":"error","offset":2})J"),
        row("tag_bad_status", "a1 FOO bar\r\n", R"J({"type":"error"})J"),
        row("tagged_preauth", "a1 PREAUTH x\r\n", R"J({"type":"error"})J"),
        row("star_only", "*\r\n", R"J({"type":"error","offset":1})J"),
        row("star_paren", "* (\r\n", R"J({"type":"error"})J"),
        row("number_without_name", "* 12\r\n", R"J({"type":"error"})J"),
        row("number_overflow", "* 99999999999999999999999 EXISTS\r\n", R"J({"type":"error"})J"),
        row("exists_overflow_32", "* 4294967296 EXISTS\r\n", R"J({"type":"error"})J"),
        row("fetch_no_list", "* 1 FETCH\r\n", R"J({"type":"error"})J"),
        row("fetch_unterminated", "* 1 FETCH (UID 1\r\n", R"J({"type":"error"})J"),
        row("fetch_uid_not_number", "* 1 FETCH (UID abc)\r\n", R"J({"type":"error"})J"),
        row("fetch_garbage_after", "* 1 FETCH (UID 1) junk\r\n", R"J({"type":"error","offset":18})J"),
        row("fetch_unterminated_quote", "* 1 FETCH (INTERNALDATE \"abc)\r\n", R"J({"type":"error"})J"),
        row("fetch_section_unterminated", "* 1 FETCH (BODY[1 {2}\r\nab)\r\n", R"J({"type":"error"})J"),
        row("fetch_origin_bad", "* 1 FETCH (BODY[]<x> \"a\")\r\n", R"J({"type":"error"})J"),
        row("fetch_modseq_bad", "* 1 FETCH (MODSEQ 5)\r\n", R"J({"type":"error"})J"),
        row("bodystructure_unterminated", "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\"\r\n", R"J({"type":"error"})J"),
        row("envelope_unterminated", "* 1 FETCH (ENVELOPE (NIL NIL\r\n", R"J({"type":"error"})J"),
        row("list_missing_mailbox", "* LIST () \"/\"\r\n", R"J({"type":"error"})J"),
        row("list_unterminated_attrs", "* LIST (\\Noselect \"/\" foo\r\n", R"J({"type":"error"})J"),
        row("status_unterminated", "* STATUS INBOX (MESSAGES 1\r\n", R"J({"type":"error"})J"),
        row("search_garbage", "* SEARCH 1 x 3\r\n", R"J({"type":"error"})J"),
        row("search_modseq_missing", "* SEARCH 1 (FOO 2)\r\n", R"J({"type":"error"})J"),
        row("vanished_no_set", "* VANISHED\r\n", R"J({"type":"error"})J"),
        row("vanished_bad_set", "* VANISHED 1:x\r\n", R"J({"type":"error"})J"),
        row("esearch_all_bad", "* ESEARCH ALL ,\r\n", R"J({"type":"error"})J"),
        row("esearch_tag_missing", "* ESEARCH (FOO \"x\")\r\n", R"J({"type":"error"})J"),
        row("namespace_bad", "* NAMESPACE (\"\" \"/\") NIL NIL\r\n", R"J({"type":"error"})J"),
        row("id_unterminated", "* ID (\"a\" \"b\"\r\n", R"J({"type":"error"})J"),
        row("thread_unterminated", "* THREAD (1 2\r\n", R"J({"type":"error"})J"),
        row("thread_garbage", "* THREAD x\r\n", R"J({"type":"error"})J"),
        row("literal_in_status_text", "a2 OK {3}\r\nabc\r\n", R"J({"type":"error"})J"),
        row("literal_bad_header", "* LIST () \"/\" {3x}\r\n", R"J({"type":"error"})J"),
        row("nul_in_line", QByteArray("* 1 FETCH (UID \0 1)\r\n", 21), R"J({"type":"error"})J"),
        row("lone_close_paren", ")\r\n", R"J({"type":"error"})J"),
        row("deep_nesting", QByteArray("* 1 FETCH (BODY ") + QByteArray(300, '(') + QByteArray(300, ')') + ")\r\n",
            R"J({"type":"error","error":"nesting deeper than 256 levels"})J"),
        row("thread_number_after_branch", "* THREAD (1 (2)(3) 4)\r\n",
            R"J({"type":"error","error":"a message number after a THREAD branch"})J"),
        row("thread_deep_branches", "* THREAD " + QByteArray(257, '(') + "1" + QByteArray(257, ')') + "\r\n",
            R"J({"type":"error","error":"nesting deeper than 256 levels"})J"),
        row("thread_very_deep_branches", "* THREAD " + QByteArray(100000, '(') + "1" + QByteArray(100000, ')') + "\r\n",
            R"J({"type":"error","error":"nesting deeper than 256 levels"})J"),
        row("thread_unclosed_branches", "* THREAD (1 (2 (3)\r\n", R"J({"type":"error"})J"),
        row("second_line_bad_after_literal", "* 1 FETCH (BODY[] {1}\r\nx junk\r\n", R"J({"type":"error"})J"),
    };
}
