// Command-builder table: SEARCH with every RFC 3501 key, groups, CHARSET,
// RETURN (ESEARCH) and MODSEQ.

#include "CommandRow.h"

namespace quire::imap::test {
namespace {

class SearchCommandTable : public ::testing::TestWithParam<CommandRow>
{
};

TEST_P(SearchCommandTable, Serializes)
{
    checkRow(GetParam());
}

Search search(QList<SearchKey> keys)
{
    Search command;
    command.keys = std::move(keys);
    return command;
}

CommandRow keyRow(std::string name, SearchKey key, QByteArray expected)
{
    return { std::move(name), search({ std::move(key) }), "A1 SEARCH " + expected + "\r\n" };
}

const QDate Day(1994, 2, 1);

INSTANTIATE_TEST_SUITE_P(Keys, SearchCommandTable,
    ::testing::Values(keyRow("all", SearchKey::all(), "ALL"), keyRow("answered", SearchKey::answered(), "ANSWERED"),
        keyRow("bcc", SearchKey::bcc("boss"), "BCC boss"),
        keyRow("before", SearchKey::before(Day), "BEFORE 1-Feb-1994"),
        keyRow("body", SearchKey::body("hello world"), "BODY \"hello world\""),
        keyRow("cc", SearchKey::cc("a@b"), "CC a@b"), keyRow("deleted", SearchKey::deleted(), "DELETED"),
        keyRow("draft", SearchKey::draft(), "DRAFT"), keyRow("flagged", SearchKey::flagged(), "FLAGGED"),
        keyRow("from", SearchKey::from("Smith"), "FROM Smith"),
        keyRow("header", SearchKey::header("X-Mailer", "Quire 1"), "HEADER X-Mailer \"Quire 1\""),
        keyRow("header_empty", SearchKey::header("Message-ID", ""), "HEADER Message-ID \"\""),
        keyRow("keyword", SearchKey::keyword("$Junk"), "KEYWORD $Junk"),
        keyRow("larger", SearchKey::larger(10000), "LARGER 10000"), keyRow("new", SearchKey::isNew(), "NEW"),
        keyRow("not", SearchKey::negated(SearchKey::seen()), "NOT SEEN"), keyRow("old", SearchKey::old(), "OLD"),
        keyRow("on", SearchKey::on(QDate(2023, 12, 24)), "ON 24-Dec-2023"),
        keyRow("or", SearchKey::either(SearchKey::from("a"), SearchKey::to("a")), "OR FROM a TO a"),
        keyRow("recent", SearchKey::recent(), "RECENT"), keyRow("seen", SearchKey::seen(), "SEEN"),
        keyRow("sentbefore", SearchKey::sentBefore(Day), "SENTBEFORE 1-Feb-1994"),
        keyRow("senton", SearchKey::sentOn(Day), "SENTON 1-Feb-1994"),
        keyRow("sentsince", SearchKey::sentSince(Day), "SENTSINCE 1-Feb-1994"),
        keyRow("since", SearchKey::since(QDate(2024, 10, 5)), "SINCE 5-Oct-2024"),
        keyRow("smaller", SearchKey::smaller(500), "SMALLER 500"),
        keyRow("subject", SearchKey::subject("re: (urgent)"), "SUBJECT \"re: (urgent)\""),
        keyRow("text", SearchKey::text("x"), "TEXT x"), keyRow("to", SearchKey::to("bob"), "TO bob"),
        keyRow("uid", SearchKey::uid(UidSet::fromNumbers({ 4, 5, 6, 10 })), "UID 4:6,10"),
        keyRow("unanswered", SearchKey::unanswered(), "UNANSWERED"),
        keyRow("undeleted", SearchKey::undeleted(), "UNDELETED"), keyRow("undraft", SearchKey::undraft(), "UNDRAFT"),
        keyRow("unflagged", SearchKey::unflagged(), "UNFLAGGED"),
        keyRow("unkeyword", SearchKey::unkeyword("$Junk"), "UNKEYWORD $Junk"),
        keyRow("unseen", SearchKey::unseen(), "UNSEEN"),
        keyRow("sequence_set", SearchKey::sequence(SequenceSet::fromRanges({ { 1, 5 }, { 10, NumberSet::Star } })),
            "1:5,10:*"),
        keyRow("modseq", SearchKey::modSeq(620162338), "MODSEQ 620162338"),
        keyRow("modseq_entry", SearchKey::modSeq("/flags/\\draft", SearchKey::ModSeqEntryType::All, 620162338),
            "MODSEQ \"/flags/\\\\draft\" all 620162338"),
        keyRow("group", SearchKey::group({ SearchKey::seen(), SearchKey::flagged() }), "(SEEN FLAGGED)"),
        keyRow("or_of_groups",
            SearchKey::either(SearchKey::group({ SearchKey::from("a"), SearchKey::unseen() }),
                SearchKey::negated(SearchKey::group({ SearchKey::larger(5), SearchKey::deleted() }))),
            "OR (FROM a UNSEEN) NOT (LARGER 5 DELETED)"),
        keyRow("nested_or",
            SearchKey::either(SearchKey::either(SearchKey::seen(), SearchKey::draft()), SearchKey::old()),
            "OR OR SEEN DRAFT OLD")),
    rowName);

Search withCharset(QList<SearchKey> keys)
{
    Search command = search(std::move(keys));
    command.charset = "UTF-8";
    return command;
}

Search withReturn(QList<SearchReturnOption> options, bool byUid = false)
{
    Search command = search({ SearchKey::unseen() });
    command.returnOptions = std::move(options);
    command.byUid = byUid;
    return command;
}

INSTANTIATE_TEST_SUITE_P(Commands, SearchCommandTable,
    ::testing::Values(CommandRow { "empty_means_all", search({}), "A1 SEARCH ALL\r\n" },
        CommandRow { "rfc3501_example",
            search({ SearchKey::flagged(), SearchKey::since(Day), SearchKey::negated(SearchKey::from("Smith")) }),
            "A1 SEARCH FLAGGED SINCE 1-Feb-1994 NOT FROM Smith\r\n" },
        CommandRow { "uid_search", Search { true, {}, {}, { SearchKey::unseen() } }, "A1 UID SEARCH UNSEEN\r\n" },
        CommandRow { "charset_utf8_literal", withCharset({ SearchKey::text(QString::fromUtf8("Grüße")) }),
            "A1 SEARCH CHARSET UTF-8 TEXT {7}\r\nGr\xc3\xbc\xc3\x9f"
            "e\r\n",
            {}, { Wait, Complete } },
        CommandRow { "charset_utf8_literal_plus", withCharset({ SearchKey::subject(QString::fromUtf8("Привет")) }),
            "A1 SEARCH CHARSET UTF-8 SUBJECT {12+}\r\n\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82\r\n",
            literalPlus(), { AtOnce, Complete } },
        CommandRow { "charset_two_literals",
            withCharset({ SearchKey::from(QString::fromUtf8("é")), SearchKey::to(QString::fromUtf8("ü")) }),
            "A1 SEARCH CHARSET UTF-8 FROM {2}\r\n\xc3\xa9 TO {2}\r\n\xc3\xbc\r\n", {}, { Wait, Wait, Complete } },
        CommandRow { "utf8_accept_quoted", search({ SearchKey::text(QString::fromUtf8("Grüße")) }),
            "A1 SEARCH TEXT \"Gr\xc3\xbc\xc3\x9f"
            "e\"\r\n",
            utf8() },
        CommandRow { "return_min_max_count",
            withReturn({ SearchReturnOption::Min, SearchReturnOption::Max, SearchReturnOption::Count }),
            "A1 SEARCH RETURN (MIN MAX COUNT) UNSEEN\r\n" },
        CommandRow { "return_empty", withReturn({}), "A1 SEARCH RETURN () UNSEEN\r\n" },
        CommandRow { "uid_return_all_save", withReturn({ SearchReturnOption::All, SearchReturnOption::Save }, true),
            "A1 UID SEARCH RETURN (ALL SAVE) UNSEEN\r\n" },
        CommandRow { "return_and_charset",
            Search { true, "UTF-8", QList { SearchReturnOption::Count }, { SearchKey::body("x") } },
            "A1 UID SEARCH RETURN (COUNT) CHARSET UTF-8 BODY x\r\n" }),
    rowName);

} // namespace
} // namespace quire::imap::test
