// The server responses shown in the examples of RFC 3501 (and RFC 2060, where
// they differ), section by section, and those of RFC 5256 (SORT, THREAD).
#include "ParserRow.h"

std::vector<ParserRow> rfcExampleRows()
{
    return {
        // 6.1.1 CAPABILITY
        { "rfc3501_6_1_1_capability",
            "* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI LOGINDISABLED\r\nabcd OK CAPABILITY completed\r\n",
            R"J([{"type":"capability","capabilities":["IMAP4rev1","STARTTLS","AUTH=GSSAPI","LOGINDISABLED"]},{"type":"tagged","tag":"abcd","status":"OK","text":"CAPABILITY completed"}])J" },
        { "rfc3501_6_1_1_after_tls",
            "* CAPABILITY IMAP4rev1 AUTH=GSSAPI AUTH=PLAIN\r\nefgh OK CAPABILITY completed\r\n",
            R"J([{"type":"capability","capabilities":["IMAP4rev1","AUTH=GSSAPI","AUTH=PLAIN"]},{"type":"tagged","tag":"efgh","status":"OK","text":"CAPABILITY completed"}])J" },
        { "rfc2060_6_1_1_capability", "* CAPABILITY IMAP4rev1 AUTH=KERBEROS_V4\r\n",
            R"J({"type":"capability","capabilities":["IMAP4rev1","AUTH=KERBEROS_V4"]})J" },
        // 6.1.2 NOOP
        { "rfc3501_6_1_2_noop",
            "* 22 EXPUNGE\r\n* 23 EXISTS\r\n* 3 RECENT\r\n* 14 FETCH (FLAGS (\\Seen \\Deleted))\r\na047 OK NOOP "
            "completed\r\n",
            R"J([{"type":"expunge","seq":22},{"type":"exists","count":23},{"type":"recent","count":3},{"type":"fetch","seq":14,"flags":["\\Seen","\\Deleted"]},{"type":"tagged","tag":"a047","status":"OK","text":"NOOP completed"}])J" },
        { "rfc3501_6_1_2_noop_plain", "a002 OK NOOP completed\r\n",
            R"J({"type":"tagged","tag":"a002","status":"OK","text":"NOOP completed"})J" },
        // 6.1.3 LOGOUT
        { "rfc3501_6_1_3_logout", "* BYE IMAP4rev1 Server logging out\r\nA023 OK LOGOUT completed\r\n",
            R"J([{"type":"untagged","status":"BYE","text":"IMAP4rev1 Server logging out"},{"type":"tagged","tag":"A023","status":"OK","text":"LOGOUT completed"}])J" },
        // 6.2.1 STARTTLS
        { "rfc3501_6_2_1_starttls", "a002 OK Begin TLS negotiation now\r\n",
            R"J({"type":"tagged","tag":"a002","status":"OK","text":"Begin TLS negotiation now"})J" },
        // 6.2.2 AUTHENTICATE
        { "rfc3501_6_2_2_authenticate",
            "+ \r\n+ YDMGCSqGSIb3EgECAgIBAAD/////6jcyG4GE3KkTzmeTxkI=\r\n+ \r\nA001 OK GSSAPI authentication "
            "successful\r\n",
            R"J([{"type":"continuation"},{"type":"continuation","text":"YDMGCSqGSIb3EgECAgIBAAD/////6jcyG4GE3KkTzmeTxkI="},{"type":"continuation"},{"type":"tagged","tag":"A001","status":"OK","text":"GSSAPI authentication successful"}])J" },
        // 6.2.3 LOGIN
        { "rfc3501_6_2_3_login", "a001 OK LOGIN completed\r\n",
            R"J({"type":"tagged","tag":"a001","status":"OK","text":"LOGIN completed"})J" },
        // 6.3.1 SELECT
        { "rfc3501_6_3_1_select",
            "* 172 EXISTS\r\n* 1 RECENT\r\n* OK [UNSEEN 12] Message 12 is first unseen\r\n* OK [UIDVALIDITY "
            "3857529045] UIDs valid\r\n"
            "* OK [UIDNEXT 4392] Predicted next UID\r\n* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
            "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\nA142 OK [READ-WRITE] SELECT completed\r\n",
            R"J([{"type":"exists","count":172},{"type":"recent","count":1},
              {"type":"untagged","status":"OK","code":{"name":"UNSEEN","value":12},"text":"Message 12 is first unseen"},
              {"type":"untagged","status":"OK","code":{"name":"UIDVALIDITY","value":3857529045},"text":"UIDs valid"},
              {"type":"untagged","status":"OK","code":{"name":"UIDNEXT","value":4392},"text":"Predicted next UID"},
              {"type":"flags","flags":["\\Answered","\\Flagged","\\Deleted","\\Seen","\\Draft"]},
              {"type":"untagged","status":"OK","code":{"name":"PERMANENTFLAGS","list":["\\Deleted","\\Seen","\\*"]},"text":"Limited"},
              {"type":"tagged","tag":"A142","status":"OK","code":{"name":"READ-WRITE"},"text":"SELECT completed"}])J" },
        // 6.3.2 EXAMINE
        { "rfc3501_6_3_2_examine",
            "* 17 EXISTS\r\n* 2 RECENT\r\n* OK [UNSEEN 8] Message 8 is first unseen\r\n* OK [UIDVALIDITY 3857529045] "
            "UIDs valid\r\n"
            "* OK [UIDNEXT 4392] Predicted next UID\r\n* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
            "* OK [PERMANENTFLAGS ()] No permanent flags permitted\r\nA932 OK [READ-ONLY] EXAMINE completed\r\n",
            R"J([{"type":"exists","count":17},{"type":"recent","count":2},
              {"type":"untagged","status":"OK","code":{"name":"UNSEEN","value":8},"text":"Message 8 is first unseen"},
              {"type":"untagged","status":"OK","code":{"name":"UIDVALIDITY","value":3857529045},"text":"UIDs valid"},
              {"type":"untagged","status":"OK","code":{"name":"UIDNEXT","value":4392},"text":"Predicted next UID"},
              {"type":"flags","flags":["\\Answered","\\Flagged","\\Deleted","\\Seen","\\Draft"]},
              {"type":"untagged","status":"OK","code":{"name":"PERMANENTFLAGS","list":[]},"text":"No permanent flags permitted"},
              {"type":"tagged","tag":"A932","status":"OK","code":{"name":"READ-ONLY"},"text":"EXAMINE completed"}])J" },
        // 6.3.3 CREATE, 6.3.4 DELETE, 6.3.5 RENAME, 6.3.6/7 (UN)SUBSCRIBE
        { "rfc3501_6_3_3_create", "A003 OK CREATE completed\r\n",
            R"J({"type":"tagged","tag":"A003","status":"OK","text":"CREATE completed"})J" },
        { "rfc3501_6_3_4_delete_no", "A685 NO Name \"foo\" has inferior hierarchical names\r\n",
            R"J({"type":"tagged","tag":"A685","status":"NO","text":"Name \"foo\" has inferior hierarchical names"})J" },
        { "rfc3501_6_3_4_list_noselect", "* LIST (\\Noselect) \".\" foo\r\n",
            R"J({"type":"list","attributes":["\\Noselect"],"delimiter":".","mailbox":"foo"})J" },
        { "rfc3501_6_3_5_rename_list",
            "* LIST () \"/\" blurdybloop\r\n* LIST (\\Noselect) \"/\" foo\r\n* LIST () \"/\" foo/bar\r\n",
            R"J([{"type":"list","attributes":[],"delimiter":"/","mailbox":"blurdybloop"},{"type":"list","attributes":["\\Noselect"],"delimiter":"/","mailbox":"foo"},{"type":"list","attributes":[],"delimiter":"/","mailbox":"foo/bar"}])J" },
        { "rfc3501_6_3_6_subscribe", "A002 OK SUBSCRIBE completed\r\n",
            R"J({"type":"tagged","tag":"A002","status":"OK","text":"SUBSCRIBE completed"})J" },
        // 6.3.8 LIST
        { "rfc3501_6_3_8_list_root", "* LIST (\\Noselect) \"/\" \"\"\r\nA101 OK LIST Completed\r\n",
            R"J([{"type":"list","attributes":["\\Noselect"],"delimiter":"/","mailbox":""},{"type":"tagged","tag":"A101","status":"OK","text":"LIST Completed"}])J" },
        { "rfc3501_6_3_8_list_news", "* LIST (\\Noselect) \".\" #news.\r\n",
            R"J({"type":"list","attributes":["\\Noselect"],"delimiter":".","mailbox":"#news."})J" },
        { "rfc3501_6_3_8_list_root_slash", "* LIST (\\Noselect) \"/\" /\r\n",
            R"J({"type":"list","attributes":["\\Noselect"],"delimiter":"/","mailbox":"/"})J" },
        { "rfc3501_6_3_8_list_tilde", "* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n* LIST () \"/\" ~/Mail/meetings\r\n",
            R"J([{"type":"list","attributes":["\\Noselect"],"delimiter":"/","mailbox":"~/Mail/foo"},{"type":"list","attributes":[],"delimiter":"/","mailbox":"~/Mail/meetings"}])J" },
        // 6.3.9 LSUB
        { "rfc3501_6_3_9_lsub",
            "* LSUB () \".\" #news.comp.mail.mime\r\n* LSUB () \".\" #news.comp.mail.misc\r\nA002 OK LSUB "
            "completed\r\n",
            R"J([{"type":"lsub","attributes":[],"delimiter":".","mailbox":"#news.comp.mail.mime"},{"type":"lsub","attributes":[],"delimiter":".","mailbox":"#news.comp.mail.misc"},{"type":"tagged","tag":"A002","status":"OK","text":"LSUB completed"}])J" },
        // 6.3.10 STATUS
        { "rfc3501_6_3_10_status", "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\nA042 OK STATUS completed\r\n",
            R"J([{"type":"status","mailbox":"blurdybloop","items":{"MESSAGES":231,"UIDNEXT":44292}},{"type":"tagged","tag":"A042","status":"OK","text":"STATUS completed"}])J" },
        // 6.3.11 APPEND
        { "rfc3501_6_3_11_append_continue", "+ Ready for literal data\r\nA003 OK APPEND completed\r\n",
            R"J([{"type":"continuation","text":"Ready for literal data"},{"type":"tagged","tag":"A003","status":"OK","text":"APPEND completed"}])J" },
        // 6.4.1 CHECK, 6.4.2 CLOSE
        { "rfc3501_6_4_1_check", "FXXZ OK CHECK Completed\r\n",
            R"J({"type":"tagged","tag":"FXXZ","status":"OK","text":"CHECK Completed"})J" },
        { "rfc3501_6_4_2_close", "A341 OK CLOSE completed\r\n",
            R"J({"type":"tagged","tag":"A341","status":"OK","text":"CLOSE completed"})J" },
        // 6.4.3 EXPUNGE
        { "rfc3501_6_4_3_expunge",
            "* 3 EXPUNGE\r\n* 3 EXPUNGE\r\n* 5 EXPUNGE\r\n* 8 EXPUNGE\r\nA202 OK EXPUNGE completed\r\n",
            R"J([{"type":"expunge","seq":3},{"type":"expunge","seq":3},{"type":"expunge","seq":5},{"type":"expunge","seq":8},{"type":"tagged","tag":"A202","status":"OK","text":"EXPUNGE completed"}])J" },
        // 6.4.4 SEARCH
        { "rfc3501_6_4_4_search", "* SEARCH 2 84 882\r\nA282 OK SEARCH completed\r\n",
            R"J([{"type":"search","ids":[2,84,882]},{"type":"tagged","tag":"A282","status":"OK","text":"SEARCH completed"}])J" },
        { "rfc3501_6_4_4_search_empty", "* SEARCH\r\nA283 OK SEARCH completed\r\n",
            R"J([{"type":"search","ids":[]},{"type":"tagged","tag":"A283","status":"OK","text":"SEARCH completed"}])J" },
        { "rfc3501_6_4_4_search_literal_continue",
            "+ Ready for additional command text\r\n* SEARCH 43\r\nA284 OK SEARCH completed\r\n",
            R"J([{"type":"continuation","text":"Ready for additional command text"},{"type":"search","ids":[43]},{"type":"tagged","tag":"A284","status":"OK","text":"SEARCH completed"}])J" },
        // 6.4.5 FETCH
        { "malformed_fetch_placeholder_dots", "* 2 FETCH ....\r\n", R"J({"type":"error"})J" },
        { "rfc3501_6_4_5_fetch_body_header",
            "* 2 FETCH (FLAGS (\\Seen) BODY[HEADER] {39}\r\nFrom: a@b\r\nSubject: hello there xyz\r\n\r\n)\r\na003 OK "
            "FETCH completed\r\n",
            R"J([{"type":"fetch","seq":2,"flags":["\\Seen"],"sections":[{"kind":"BODY","section":"HEADER","size":39,"data":"From: a@b\r\nSubject: hello there xyz\r\n\r\n"}]},{"type":"tagged","tag":"a003","status":"OK","text":"FETCH completed"}])J" },
        // 6.4.6 STORE
        { "rfc3501_6_4_6_store",
            "* 2 FETCH (FLAGS (\\Deleted \\Seen))\r\n* 3 FETCH (FLAGS (\\Deleted))\r\n* 4 FETCH (FLAGS (\\Deleted "
            "\\Flagged \\Seen))\r\nA003 OK STORE completed\r\n",
            R"J([{"type":"fetch","seq":2,"flags":["\\Deleted","\\Seen"]},{"type":"fetch","seq":3,"flags":["\\Deleted"]},{"type":"fetch","seq":4,"flags":["\\Deleted","\\Flagged","\\Seen"]},{"type":"tagged","tag":"A003","status":"OK","text":"STORE completed"}])J" },
        // 6.4.7 COPY
        { "rfc3501_6_4_7_copy", "A003 OK COPY completed\r\n",
            R"J({"type":"tagged","tag":"A003","status":"OK","text":"COPY completed"})J" },
        // 6.4.8 UID
        { "rfc3501_6_4_8_uid_fetch", "* 23 FETCH (FLAGS (\\Seen) UID 4827313)\r\n* 24 FETCH (FLAGS (\\Seen) UID 4827943)\r\n* 25 FETCH (FLAGS (\\Seen) UID 4828442)\r\nA999 OK UID FETCH completed\r\n", R"J([{"type":"fetch","seq":23,"flags":["\\Seen"],"uid":4827313},{"type":"fetch","seq":24,"flags":["\\Seen"],"uid":4827943},{"type":"fetch","seq":25,"flags":["\\Seen"],"uid":4828442},{"type":"tagged","tag":"A999","status":"OK","text":"UID FETCH completed"}])J" },
        // 6.5.1 X<atom>
        { "rfc3501_6_5_1_xsplat", "* XSPLATTER Splattered the blurdybloop\r\n",
            R"J({"type":"unknown","name":"XSPLATTER","line":"Splattered the blurdybloop"})J" },
        // 7.1 status responses
        { "rfc3501_7_1_1_ok_greeting", "* OK IMAP4rev1 server ready\r\n",
            R"J({"type":"untagged","status":"OK","text":"IMAP4rev1 server ready"})J" },
        { "rfc3501_7_1_2_no", "* NO Disk is 98% full, please delete unnecessary data\r\nA222 OK COPY completed\r\n",
            R"J([{"type":"untagged","status":"NO","text":"Disk is 98% full, please delete unnecessary data"},{"type":"tagged","tag":"A222","status":"OK","text":"COPY completed"}])J" },
        { "rfc3501_7_1_2_no_disk_full",
            "* NO Disk is 99% full, please delete unnecessary data\r\n* NO Disk is 100% full, please delete "
            "unnecessary data\r\nA223 NO COPY failed: disk is full\r\n",
            R"J([{"type":"untagged","status":"NO","text":"Disk is 99% full, please delete unnecessary data"},{"type":"untagged","status":"NO","text":"Disk is 100% full, please delete unnecessary data"},{"type":"tagged","tag":"A223","status":"NO","text":"COPY failed: disk is full"}])J" },
        { "rfc3501_7_1_3_bad", "* BAD Command line too long\r\n* BAD Empty command line\r\nA443 BAD Expunge failed\r\n",
            R"J([{"type":"untagged","status":"BAD","text":"Command line too long"},{"type":"untagged","status":"BAD","text":"Empty command line"},{"type":"tagged","tag":"A443","status":"BAD","text":"Expunge failed"}])J" },
        { "rfc3501_7_1_4_preauth", "* PREAUTH IMAP4rev1 server logged in as Smith\r\n",
            R"J({"type":"untagged","status":"PREAUTH","text":"IMAP4rev1 server logged in as Smith"})J" },
        { "rfc3501_7_1_5_bye", "* BYE Autologout; idle for too long\r\n",
            R"J({"type":"untagged","status":"BYE","text":"Autologout; idle for too long"})J" },
        // 7.2 server and mailbox status
        { "rfc3501_7_2_1_capability", "* CAPABILITY IMAP4rev1 STARTTLS AUTH=GSSAPI XPIG-LATIN\r\n",
            R"J({"type":"capability","capabilities":["IMAP4rev1","STARTTLS","AUTH=GSSAPI","XPIG-LATIN"]})J" },
        { "rfc3501_7_2_2_list", "* LIST (\\Noselect) \"/\" ~/Mail/foo\r\n",
            R"J({"type":"list","attributes":["\\Noselect"],"delimiter":"/","mailbox":"~/Mail/foo"})J" },
        { "rfc3501_7_2_3_lsub", "* LSUB () \".\" #news.comp.mail.misc\r\n",
            R"J({"type":"lsub","attributes":[],"delimiter":".","mailbox":"#news.comp.mail.misc"})J" },
        { "rfc3501_7_2_4_status", "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n",
            R"J({"type":"status","mailbox":"blurdybloop","items":{"MESSAGES":231,"UIDNEXT":44292}})J" },
        { "rfc3501_7_2_5_search", "* SEARCH 2 3 6\r\n", R"J({"type":"search","ids":[2,3,6]})J" },
        { "rfc3501_7_2_6_flags", "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n",
            R"J({"type":"flags","flags":["\\Answered","\\Flagged","\\Deleted","\\Seen","\\Draft"]})J" },
        // 7.3 mailbox size
        { "rfc3501_7_3_1_exists", "* 23 EXISTS\r\n", R"J({"type":"exists","count":23})J" },
        { "rfc3501_7_3_2_recent", "* 5 RECENT\r\n", R"J({"type":"recent","count":5})J" },
        // 7.4 message status
        { "rfc3501_7_4_1_expunge", "* 44 EXPUNGE\r\n", R"J({"type":"expunge","seq":44})J" },
        { "rfc3501_7_4_2_fetch_flags_size", "* 23 FETCH (FLAGS (\\Seen) RFC822.SIZE 44827)\r\n",
            R"J({"type":"fetch","seq":23,"flags":["\\Seen"],"rfc822Size":44827})J" },
        { "rfc3501_7_4_2_fetch_full",
            "* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 4286 ENVELOPE (\"Wed, "
            "17 Jul 1996 02:23:25 -0700 (PDT)\" "
            "\"IMAP4rev1 WG mtg summary and minutes\" ((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((\"Terry "
            "Gray\" NIL \"gray\" \"cac.washington.edu\")) "
            "((\"Terry Gray\" NIL \"gray\" \"cac.washington.edu\")) ((NIL NIL \"imap\" \"cac.washington.edu\")) ((NIL "
            "NIL \"minutes\" \"CNRI.Reston.VA.US\")"
            "(\"John Klensin\" NIL \"KLENSIN\" \"MIT.EDU\")) NIL NIL \"<B27397-0100000@cac.washington.edu>\") BODY "
            "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n",
            R"J({"type":"fetch","seq":12,"flags":["\\Seen"],"internalDate":"17-Jul-1996 02:44:25 -0700","rfc822Size":4286,
              "envelope":{"date":"Wed, 17 Jul 1996 02:23:25 -0700 (PDT)","subject":"IMAP4rev1 WG mtg summary and minutes",
                "from":[{"name":"Terry Gray","mailbox":"gray","host":"cac.washington.edu"}],
                "sender":[{"name":"Terry Gray","mailbox":"gray","host":"cac.washington.edu"}],
                "replyTo":[{"name":"Terry Gray","mailbox":"gray","host":"cac.washington.edu"}],
                "to":[{"mailbox":"imap","host":"cac.washington.edu"}],
                "cc":[{"mailbox":"minutes","host":"CNRI.Reston.VA.US"},{"name":"John Klensin","mailbox":"KLENSIN","host":"MIT.EDU"}],
                "messageId":"<B27397-0100000@cac.washington.edu>"},
              "body":{"type":"text","subtype":"plain","parameters":{"CHARSET":"US-ASCII"},"encoding":"7BIT","size":3028,"lines":92}})J" },
        { "rfc3501_7_4_2_bodystructure_example",
            "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 1152 "
            "23)(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\" \"NAME\" \"cc.diff\") "
            "\"<960723163407.20117h@cac.washington.edu>\" \"Compiler diff\" \"BASE64\" 4554 73) \"MIXED\"))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"multipart","subtype":"mixed","parts":[{"type":"text","subtype":"plain","parameters":{"CHARSET":"US-ASCII"},"encoding":"7BIT","size":1152,"lines":23},{"type":"text","subtype":"plain","parameters":{"CHARSET":"US-ASCII","NAME":"cc.diff"},"id":"<960723163407.20117h@cac.washington.edu>","description":"Compiler diff","encoding":"BASE64","size":4554,"lines":73}]}})J" },
        { "rfc3501_7_4_2_body_text_example",
            "* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"text","subtype":"plain","parameters":{"CHARSET":"US-ASCII"},"encoding":"7BIT","size":3028,"lines":92}})J" },
        // 7.5 continuation
        { "rfc3501_7_5_continuation", "+ Ready for additional command text\r\n",
            R"J({"type":"continuation","text":"Ready for additional command text"})J" },
        // 8 sample session
        { "rfc3501_8_session_greeting", "* OK IMAP4rev1 Service Ready\r\na001 OK LOGIN completed\r\n",
            R"J([{"type":"untagged","status":"OK","text":"IMAP4rev1 Service Ready"},{"type":"tagged","tag":"a001","status":"OK","text":"LOGIN completed"}])J" },
        { "rfc3501_8_session_fetch_full",
            "* 12 FETCH (FLAGS (\\Seen) INTERNALDATE \"17-Jul-1996 02:44:25 -0700\" RFC822.SIZE 4286 BODY (\"TEXT\" "
            "\"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\na003 OK FETCH completed\r\n",
            R"J([{"type":"fetch","seq":12,"flags":["\\Seen"],"internalDate":"17-Jul-1996 02:44:25 -0700","rfc822Size":4286,"body":{"type":"text","subtype":"plain","parameters":{"CHARSET":"US-ASCII"},"encoding":"7BIT","size":3028,"lines":92}},{"type":"tagged","tag":"a003","status":"OK","text":"FETCH completed"}])J" },
        { "rfc3501_8_session_body_header",
            "* 12 FETCH (BODY[HEADER] {20}\r\nSubject: meeting\r\n\r\n)\r\na004 OK FETCH completed\r\n",
            R"J([{"type":"fetch","seq":12,"sections":[{"kind":"BODY","section":"HEADER","size":20,"data":"Subject: meeting\r\n\r\n"}]},{"type":"tagged","tag":"a004","status":"OK","text":"FETCH completed"}])J" },
        { "rfc3501_8_session_store", "* 12 FETCH (FLAGS (\\Seen \\Deleted))\r\na005 OK +FLAGS completed\r\n",
            R"J([{"type":"fetch","seq":12,"flags":["\\Seen","\\Deleted"]},{"type":"tagged","tag":"a005","status":"OK","text":"+FLAGS completed"}])J" },
        { "rfc3501_8_session_logout", "* BYE IMAP4rev1 server terminating connection\r\na006 OK LOGOUT completed\r\n",
            R"J([{"type":"untagged","status":"BYE","text":"IMAP4rev1 server terminating connection"},{"type":"tagged","tag":"a006","status":"OK","text":"LOGOUT completed"}])J" },
        // RFC 5256 SORT and THREAD, section 4's session
        { "rfc5256_sort", "* SORT 2 84 882\r\nA282 OK SORT completed\r\n",
            R"J([{"type":"sort","ids":[2,84,882]},{"type":"tagged","tag":"A282","status":"OK","text":"SORT completed"}])J" },
        { "rfc5256_sort_reverse", "* SORT 5 3 4 1 2\r\nA283 OK SORT completed\r\n",
            R"J([{"type":"sort","ids":[5,3,4,1,2]},{"type":"tagged","tag":"A283","status":"OK","text":"SORT completed"}])J" },
        { "rfc5256_sort_empty", "* SORT\r\nA284 OK SORT completed\r\n",
            R"J([{"type":"sort","ids":[]},{"type":"tagged","tag":"A284","status":"OK","text":"SORT completed"}])J" },
        { "rfc5256_thread_orderedsubject",
            "* THREAD "
            "(166)(167)(168)(169)(172)(170)(171)(173)(174 (175)(176)(178)(181)(180))(179)(177 (183)(182)(188)(184"
            ")(185)(186)(187)(189))(190)(191)(192)(193)(194 195)(196 (197)(198))(199)(200 202)(201)(203)(204)(205"
            ")(206 207)(208)"
            "\r\nA283 OK THREAD completed\r\n",
            R"J([{"type":"thread","threads":[{"chain":[166]},{"chain":[167]},{"chain":[168]},{"chain":[169]},{"chain":[172]},{"chain":[170]},{"chain":[171]},{"chain":[173]},{"chain":[174],"branches":[{"chain":[175]},{"chain":[176]},{"chain":[178]},{"chain":[181]},{"chain":[180]}]},{"chain":[179]},{"chain":[177],"branches":[{"chain":[183]},{"chain":[182]},{"chain":[188]},{"chain":[184]},{"chain":[185]},{"chain":[186]},{"chain":[187]},{"chain":[189]}]},{"chain":[190]},{"chain":[191]},{"chain":[192]},{"chain":[193]},{"chain":[194,195]},{"chain":[196],"branches":[{"chain":[197]},{"chain":[198]}]},{"chain":[199]},{"chain":[200,202]},{"chain":[201]},{"chain":[203]},{"chain":[204]},{"chain":[205]},{"chain":[206,207]},{"chain":[208]}]},
              {"type":"tagged","tag":"A283","status":"OK","text":"THREAD completed"}])J" },
        { "rfc5256_thread_empty", "* THREAD\r\nA284 OK THREAD completed\r\n",
            R"J([{"type":"thread","threads":[]},{"type":"tagged","tag":"A284","status":"OK","text":"THREAD completed"}])J" },
        { "rfc5256_thread_references",
            "* THREAD "
            "(166)(167)(168)(169)(172)((170)(179))(171)(173)((174)(175)(176)(178)(181)(180))((177)(183)(182)(188 "
            "(184)(189))(185 186)(187))(190)(191)(192)(193)((194)(195 196))(197 198)(199)(200 202)(201)(203)(204)"
            "(205 206 207)(208)"
            "\r\nA285 OK THREAD completed\r\n",
            R"J([{"type":"thread","threads":[{"chain":[166]},{"chain":[167]},{"chain":[168]},{"chain":[169]},{"chain":[172]},{"branches":[{"chain":[170]},{"chain":[179]}]},{"chain":[171]},{"chain":[173]},{"branches":[{"chain":[174]},{"chain":[175]},{"chain":[176]},{"chain":[178]},{"chain":[181]},{"chain":[180]}]},{"branches":[{"chain":[177]},{"chain":[183]},{"chain":[182]},{"chain":[188],"branches":[{"chain":[184]},{"chain":[189]}]},{"chain":[185,186]},{"chain":[187]}]},{"chain":[190]},{"chain":[191]},{"chain":[192]},{"chain":[193]},{"branches":[{"chain":[194]},{"chain":[195,196]}]},{"chain":[197,198]},{"chain":[199]},{"chain":[200,202]},{"chain":[201]},{"chain":[203]},{"chain":[204]},{"chain":[205,206,207]},{"chain":[208]}]},
              {"type":"tagged","tag":"A285","status":"OK","text":"THREAD completed"}])J" },
        // RFC 2060 specifics
        { "rfc2060_select_no_uidnext",
            "* 172 EXISTS\r\n* 1 RECENT\r\n* OK [UNSEEN 12] Message 12 is first unseen\r\n* OK [UIDVALIDITY "
            "3857529045] UIDs valid\r\n* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n* OK [PERMANENTFLAGS "
            "(\\Deleted \\Seen \\*)] Limited\r\nA142 OK [READ-WRITE] SELECT completed\r\n",
            R"J([{"type":"exists","count":172},{"type":"recent","count":1},
              {"type":"untagged","status":"OK","code":{"name":"UNSEEN","value":12},"text":"Message 12 is first unseen"},
              {"type":"untagged","status":"OK","code":{"name":"UIDVALIDITY","value":3857529045},"text":"UIDs valid"},
              {"type":"flags","flags":["\\Answered","\\Flagged","\\Deleted","\\Seen","\\Draft"]},
              {"type":"untagged","status":"OK","code":{"name":"PERMANENTFLAGS","list":["\\Deleted","\\Seen","\\*"]},"text":"Limited"},
              {"type":"tagged","tag":"A142","status":"OK","code":{"name":"READ-WRITE"},"text":"SELECT completed"}])J" },
        { "rfc2060_newname", "A001 NO [NEWNAME oldname newname] mailbox renamed\r\n",
            R"J({"type":"tagged","tag":"A001","status":"NO","code":{"name":"NEWNAME","raw":"oldname newname"},"text":"mailbox renamed"})J" },
        { "rfc822_text_origin_unsupported", "* 1 FETCH (RFC822.TEXT<0> {4}\r\nabcd)\r\n", R"J({"type":"error"})J" },
        { "rfc2060_body_section_partial", "* 1 FETCH (BODY[1]<0> {2}\r\nhi)\r\n",
            R"J({"type":"fetch","seq":1,"sections":[{"kind":"BODY","section":"1","origin":0,"size":2,"data":"hi"}]})J" },
    };
}
