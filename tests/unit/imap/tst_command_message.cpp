// Command-builder table: FETCH, STORE, COPY, MOVE, EXPUNGE, SORT, THREAD.

#include "CommandRow.h"

namespace quire::imap::test {
namespace {

class MessageCommandTable : public ::testing::TestWithParam<CommandRow>
{
};

TEST_P(MessageCommandTable, Serializes)
{
    checkRow(GetParam());
}

Fetch fetch(MessageSet set, QList<FetchItem> items, std::optional<quint64> changedSince = {}, bool vanished = false)
{
    return { std::move(set), std::move(items), changedSince, vanished };
}

Store store(
    MessageSet set, StoreMode mode, bool silent, QList<QByteArray> flags, std::optional<quint64> unchangedSince = {})
{
    return { std::move(set), mode, silent, std::move(flags), unchangedSince };
}

const SequenceSet Seq2to4 = SequenceSet::fromRanges({ { 2, 4 } });
const UidSet SomeUids = UidSet::fromNumbers({ 1, 2, 3, 5, 7, 8, 9 });
const BodySection Header { {}, BodySection::Text::HeaderFields, { "DATE", "FROM" } };

INSTANTIATE_TEST_SUITE_P(Commands, MessageCommandTable,
    ::testing::Values(CommandRow { "expunge", Expunge {}, "A1 EXPUNGE\r\n" },
        CommandRow {
            "uid_expunge", Expunge { UidSet::fromRanges({ { 3000, 3002 } }) }, "A1 UID EXPUNGE 3000:3002\r\n" },
        CommandRow { "fetch_flags", fetch(SequenceSet::single(12), { FetchItem::flags() }), "A1 FETCH 12 FLAGS\r\n" },
        CommandRow { "fetch_macro_full", fetch(SequenceSet::single(2), { FetchItem::simple(FetchItem::Kind::Full) }),
            "A1 FETCH 2 FULL\r\n" },
        CommandRow {
            "fetch_macro_all", fetch(Seq2to4, { FetchItem::simple(FetchItem::Kind::All) }), "A1 FETCH 2:4 ALL\r\n" },
        CommandRow {
            "fetch_macro_fast", fetch(Seq2to4, { FetchItem::simple(FetchItem::Kind::Fast) }), "A1 FETCH 2:4 FAST\r\n" },
        CommandRow { "fetch_rfc3501_example",
            fetch(Seq2to4, { FetchItem::flags(), FetchItem::bodySection(Header, false) }),
            "A1 FETCH 2:4 (FLAGS BODY[HEADER.FIELDS (DATE FROM)])\r\n" },
        CommandRow { "fetch_envelope_batch",
            fetch(SomeUids,
                { FetchItem::uid(), FetchItem::flags(), FetchItem::envelope(), FetchItem::internalDate(),
                    FetchItem::rfc822Size(), FetchItem::bodyStructure() }),
            "A1 UID FETCH 1:3,5,7:9 (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE)\r\n" },
        CommandRow { "fetch_all_uids", fetch(UidSet::all(), { FetchItem::uid() }), "A1 UID FETCH 1:* UID\r\n" },
        CommandRow { "fetch_body_peek_part",
            fetch(UidSet::single(42), { FetchItem::bodySection({ .part = { 1, 2 } }) }),
            "A1 UID FETCH 42 BODY.PEEK[1.2]\r\n" },
        CommandRow { "fetch_body_whole", fetch(UidSet::single(42), { FetchItem::bodySection({}, false) }),
            "A1 UID FETCH 42 BODY[]\r\n" },
        CommandRow { "fetch_body_partial",
            fetch(UidSet::single(42), { FetchItem::bodySection({}, true, Partial { 0, 1024 }) }),
            "A1 UID FETCH 42 BODY.PEEK[]<0.1024>\r\n" },
        CommandRow { "fetch_body_header",
            fetch(UidSet::single(42), { FetchItem::bodySection({ .text = BodySection::Text::Header }) }),
            "A1 UID FETCH 42 BODY.PEEK[HEADER]\r\n" },
        CommandRow { "fetch_body_part_mime",
            fetch(UidSet::single(42), { FetchItem::bodySection({ .part = { 3 }, .text = BodySection::Text::Mime }) }),
            "A1 UID FETCH 42 BODY.PEEK[3.MIME]\r\n" },
        CommandRow { "fetch_body_part_text",
            fetch(
                UidSet::single(42), { FetchItem::bodySection({ .part = { 4, 1 }, .text = BodySection::Text::Text }) }),
            "A1 UID FETCH 42 BODY.PEEK[4.1.TEXT]\r\n" },
        CommandRow { "fetch_header_fields_not",
            fetch(UidSet::single(42),
                { FetchItem::bodySection({ {}, BodySection::Text::HeaderFieldsNot, { "Received" } }) }),
            "A1 UID FETCH 42 BODY.PEEK[HEADER.FIELDS.NOT (Received)]\r\n" },
        CommandRow { "fetch_binary", fetch(UidSet::single(42), { FetchItem::binarySection({ 2 }) }),
            "A1 UID FETCH 42 BINARY.PEEK[2]\r\n" },
        CommandRow { "fetch_binary_partial",
            fetch(UidSet::single(42), { FetchItem::binarySection({ 1, 1 }, false, Partial { 100, 200 }) }),
            "A1 UID FETCH 42 BINARY[1.1]<100.200>\r\n" },
        CommandRow { "fetch_binary_size", fetch(UidSet::single(42), { FetchItem::binarySize({ 2 }) }),
            "A1 UID FETCH 42 BINARY.SIZE[2]\r\n" },
        CommandRow { "fetch_rfc822_forms",
            fetch(SequenceSet::single(1),
                { FetchItem::simple(FetchItem::Kind::Rfc822), FetchItem::simple(FetchItem::Kind::Rfc822Header),
                    FetchItem::simple(FetchItem::Kind::Rfc822Text), FetchItem::simple(FetchItem::Kind::Body) }),
            "A1 FETCH 1 (RFC822 RFC822.HEADER RFC822.TEXT BODY)\r\n" },
        CommandRow { "fetch_modseq", fetch(UidSet::all(), { FetchItem::flags(), FetchItem::modSeq() }),
            "A1 UID FETCH 1:* (FLAGS MODSEQ)\r\n" },
        CommandRow { "fetch_changedsince", fetch(SequenceSet::all(), { FetchItem::flags() }, 12345),
            "A1 FETCH 1:* FLAGS (CHANGEDSINCE 12345)\r\n" },
        CommandRow { "fetch_changedsince_vanished",
            fetch(UidSet::fromRanges({ { 300, 500 } }), { FetchItem::flags() }, 12345, true),
            "A1 UID FETCH 300:500 FLAGS (CHANGEDSINCE 12345 VANISHED)\r\n" },
        CommandRow { "store_add_flags", store(Seq2to4, StoreMode::Add, false, { "\\Deleted" }),
            "A1 STORE 2:4 +FLAGS (\\Deleted)\r\n" },
        CommandRow { "store_remove_silent", store(UidSet::single(7), StoreMode::Remove, true, { "\\Seen" }),
            "A1 UID STORE 7 -FLAGS.SILENT (\\Seen)\r\n" },
        CommandRow { "store_replace", store(UidSet::single(7), StoreMode::Replace, false, { "\\Seen", "$Forwarded" }),
            "A1 UID STORE 7 FLAGS (\\Seen $Forwarded)\r\n" },
        CommandRow { "store_replace_empty", store(UidSet::single(7), StoreMode::Replace, true, {}),
            "A1 UID STORE 7 FLAGS.SILENT ()\r\n" },
        CommandRow { "store_add_silent", store(SequenceSet::single(1), StoreMode::Add, true, { "\\Flagged" }),
            "A1 STORE 1 +FLAGS.SILENT (\\Flagged)\r\n" },
        CommandRow { "store_remove", store(SequenceSet::single(1), StoreMode::Remove, false, { "\\Flagged" }),
            "A1 STORE 1 -FLAGS (\\Flagged)\r\n" },
        CommandRow { "store_unchangedsince",
            store(UidSet::fromNumbers({ 2, 4, 5 }), StoreMode::Add, true, { "\\Seen" }, 320162338),
            "A1 UID STORE 2,4:5 (UNCHANGEDSINCE 320162338) +FLAGS.SILENT (\\Seen)\r\n" },
        CommandRow { "copy", Copy { Seq2to4, "MEETING" }, "A1 COPY 2:4 MEETING\r\n" },
        CommandRow { "uid_copy", Copy { SomeUids, "Sent Items" }, "A1 UID COPY 1:3,5,7:9 \"Sent Items\"\r\n" },
        CommandRow {
            "uid_copy_utf7", Copy { UidSet::single(5), QString::fromUtf8("台北") }, "A1 UID COPY 5 &U,BTFw-\r\n" },
        CommandRow { "move", Move { Seq2to4, "Trash" }, "A1 MOVE 2:4 Trash\r\n" },
        CommandRow { "uid_move", Move { UidSet::fromRanges({ { 42, 69 } }), "foo" }, "A1 UID MOVE 42:69 foo\r\n" },
        CommandRow { "sort", Sort { .criteria = { { SortCriterion::Key::Subject, false } } },
            "A1 SORT (SUBJECT) UTF-8 ALL\r\n" },
        CommandRow { "uid_sort_reverse",
            Sort { true, { { SortCriterion::Key::Date, true }, { SortCriterion::Key::From, false } }, "UTF-8",
                { SearchKey::since(QDate(1994, 2, 1)) } },
            "A1 UID SORT (REVERSE DATE FROM) UTF-8 SINCE 1-Feb-1994\r\n" },
        CommandRow { "sort_every_key",
            Sort { false,
                { { SortCriterion::Key::Arrival, false }, { SortCriterion::Key::Cc, false },
                    { SortCriterion::Key::Size, false }, { SortCriterion::Key::To, false },
                    { SortCriterion::Key::DisplayFrom, false }, { SortCriterion::Key::DisplayTo, false } },
                "US-ASCII", { SearchKey::unseen() } },
            "A1 SORT (ARRIVAL CC SIZE TO DISPLAYFROM DISPLAYTO) US-ASCII UNSEEN\r\n" },
        CommandRow { "thread_references", Thread {}, "A1 THREAD REFERENCES UTF-8 ALL\r\n" },
        CommandRow { "uid_thread_orderedsubject",
            Thread { true, Thread::Algorithm::OrderedSubject, "UTF-8", { SearchKey::undeleted() } },
            "A1 UID THREAD ORDEREDSUBJECT UTF-8 UNDELETED\r\n" },
        CommandRow { "thread_refs", Thread { .algorithm = Thread::Algorithm::Refs }, "A1 THREAD REFS UTF-8 ALL\r\n" }),
    rowName);

} // namespace
} // namespace quire::imap::test
