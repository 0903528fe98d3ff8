// BODY and BODYSTRUCTURE: single parts, multiparts, message/rfc822, extension
// data, and the shapes broken servers send.
#include "ParserRow.h"

std::vector<ParserRow> bodyStructureRows()
{
    return {
        { "text_plain_body",
            "* 1 FETCH (BODY (\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" 3028 92))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"text","subtype":"plain","parameters":{"CHARSET":"US-ASCII"},"encoding":"7BIT","size":3028,"lines":92}})J" },
        { "text_plain_extension",
            "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" 120 4 "
            "NIL NIL NIL NIL))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"text","subtype":"plain","parameters":{"charset":"utf-8"},"encoding":"quoted-printable","size":120,"lines":4}})J" },
        { "text_full_extension",
            "* 1 FETCH (BODYSTRUCTURE (\"text\" \"html\" (\"charset\" \"utf-8\") \"<id@x>\" \"desc\" \"base64\" 100 2 "
            "\"md5sum\" (\"inline\" NIL) (\"en\" \"fr\") \"http://x/loc\"))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"text","subtype":"html","parameters":{"charset":"utf-8"},"id":"<id@x>","description":"desc","encoding":"base64","size":100,"lines":2,"md5":"md5sum","disposition":{"type":"inline"},"language":["en","fr"],"location":"http://x/loc"}})J" },
        { "language_single_string",
            "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1 NIL NIL \"de\"))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1,"language":["de"]}})J" },
        { "future_extension_skipped",
            "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1 NIL NIL NIL NIL (\"x\" 1) "
            "\"y\"))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1}})J" },
        { "image_attachment",
            "* 1 FETCH (BODYSTRUCTURE (\"image\" \"png\" (\"name\" \"a.png\") NIL NIL \"base64\" 4096 NIL "
            "(\"attachment\" (\"filename\" \"a.png\" \"size\" \"3000\")) NIL NIL))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"image","subtype":"png","parameters":{"name":"a.png"},"encoding":"base64","size":4096,"disposition":{"type":"attachment","parameters":{"filename":"a.png","size":"3000"}}}})J" },
        { "application_basic",
            "* 1 FETCH (BODY (\"APPLICATION\" \"PDF\" (\"NAME\" \"x.pdf\") NIL NIL \"BASE64\" 2000))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"application","subtype":"pdf","parameters":{"NAME":"x.pdf"},"encoding":"BASE64","size":2000}})J" },
        { "multipart_alternative",
            "* 1 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 10 1 NIL NIL NIL "
            "NIL)(\"text\" \"html\" (\"charset\" \"utf-8\") NIL NIL \"7bit\" 20 1 NIL NIL NIL NIL) \"alternative\" "
            "(\"boundary\" \"b1\") NIL NIL NIL))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"multipart","subtype":"alternative","parameters":{"boundary":"b1"},"parts":[{"type":"text","subtype":"plain","parameters":{"charset":"utf-8"},"encoding":"7bit","size":10,"lines":1},{"type":"text","subtype":"html","parameters":{"charset":"utf-8"},"encoding":"7bit","size":20,"lines":1}]}})J" },
        { "multipart_no_extension",
            "* 1 FETCH (BODY ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)(\"text\" \"plain\" NIL NIL NIL \"7bit\" 2 "
            "1) \"mixed\"))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"multipart","subtype":"mixed","parts":[{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1},{"type":"text","subtype":"plain","encoding":"7bit","size":2,"lines":1}]}})J" },
        { "multipart_nested",
            "* 1 FETCH (BODYSTRUCTURE (((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)(\"text\" \"html\" NIL NIL NIL "
            "\"7bit\" 2 1) \"alternative\")(\"application\" \"zip\" NIL NIL NIL \"base64\" 30) \"mixed\"))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"multipart","subtype":"mixed","parts":[{"type":"multipart","subtype":"alternative","parts":[{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1},{"type":"text","subtype":"html","encoding":"7bit","size":2,"lines":1}]},{"type":"application","subtype":"zip","encoding":"base64","size":30}]}})J" },
        { "multipart_disposition_language_location",
            "* 1 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1) \"mixed\" (\"boundary\" \"x\") "
            "(\"inline\" NIL) \"en\" \"loc\"))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"multipart","subtype":"mixed","parameters":{"boundary":"x"},"parts":[{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1}],"disposition":{"type":"inline"},"language":["en"],"location":"loc"}})J" },
        { "multipart_missing_subtype", "* 1 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"multipart","subtype":"mixed","parts":[{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1}]}})J" },
        { "multipart_nil_subtype", "* 1 FETCH (BODYSTRUCTURE ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1) NIL))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"multipart","subtype":"mixed","parts":[{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1}]}})J" },
        { "multipart_no_space_between_parts", "* 1 FETCH (BODY ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)(\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)\"related\"))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"multipart","subtype":"related","parts":[{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1},{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1}]}})J" },
        { "message_rfc822",
            "* 1 FETCH (BODYSTRUCTURE (\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 500 (NIL \"Inner\" NIL NIL NIL NIL "
            "NIL NIL NIL NIL) (\"text\" \"plain\" NIL NIL NIL \"7bit\" 100 5) 20 NIL NIL NIL NIL))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"message","subtype":"rfc822","encoding":"7bit","size":500,"envelope":{"subject":"Inner"},"parts":[{"type":"text","subtype":"plain","encoding":"7bit","size":100,"lines":5}],"lines":20}})J" },
        { "message_rfc822_multipart_inside",
            "* 1 FETCH (BODY ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)(\"message\" \"rfc822\" NIL NIL NIL "
            "\"7bit\" 50 (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL) ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 "
            "1)(\"text\" \"html\" NIL NIL NIL \"7bit\" 1 1) \"alternative\") 9) \"mixed\"))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"multipart","subtype":"mixed","parts":[{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1},{"type":"message","subtype":"rfc822","encoding":"7bit","size":50,"envelope":{},"parts":[{"type":"multipart","subtype":"alternative","parts":[{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1},{"type":"text","subtype":"html","encoding":"7bit","size":1,"lines":1}]}],"lines":9}]}})J" },
        { "message_rfc822_without_envelope",
            "* 1 FETCH (BODYSTRUCTURE (\"message\" \"rfc822\" NIL NIL NIL \"7bit\" 500))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"message","subtype":"rfc822","encoding":"7bit","size":500}})J" },
        { "message_global",
            "* 1 FETCH (BODY (\"message\" \"global\" NIL NIL NIL \"8bit\" 5 (NIL NIL NIL NIL NIL NIL NIL NIL NIL NIL) "
            "(\"text\" \"plain\" NIL NIL NIL \"8bit\" 5 1) 1))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"message","subtype":"global","encoding":"8bit","size":5,"envelope":{},"parts":[{"type":"text","subtype":"plain","encoding":"8bit","size":5,"lines":1}],"lines":1}})J" },
        { "message_delivery_status", "* 1 FETCH (BODY (\"message\" \"delivery-status\" NIL NIL NIL \"7bit\" 300))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"message","subtype":"delivery-status","encoding":"7bit","size":300}})J" },
        { "nil_parameters_and_strings", "* 1 FETCH (BODY (\"text\" \"plain\" NIL NIL NIL NIL 0 0))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"text","subtype":"plain","size":0,"lines":0}})J" },
        { "exchange_nil_lists",
            "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 10 1 NIL NIL NIL NIL))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"text","subtype":"plain","encoding":"7bit","size":10,"lines":1}})J" },
        { "exchange_nil_size",
            "* 1 FETCH (BODYSTRUCTURE (\"application\" \"octet-stream\" NIL NIL NIL \"base64\" NIL))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"application","subtype":"octet-stream","encoding":"base64","size":0}})J" },
        { "quoted_size", "* 1 FETCH (BODY (\"text\" \"plain\" NIL NIL NIL \"7bit\" \"15\" \"2\"))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"text","subtype":"plain","encoding":"7bit","size":15,"lines":2}})J" },
        { "missing_subtype", "* 1 FETCH (BODY (\"text\"))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"text","subtype":"","size":0}})J" },
        { "empty_media_type", "* 1 FETCH (BODY (\"\" \"\" NIL NIL NIL \"7bit\" 0))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"","subtype":"","encoding":"7bit","size":0}})J" },
        { "nil_media_type", "* 1 FETCH (BODY (NIL NIL NIL NIL NIL \"7bit\" 4))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"","subtype":"","encoding":"7bit","size":4}})J" },
        { "truncated_fields", "* 1 FETCH (BODY (\"image\" \"gif\" NIL))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"image","subtype":"gif","size":0}})J" },
        { "lines_for_non_text",
            "* 1 FETCH (BODYSTRUCTURE (\"application\" \"x-foo\" NIL NIL NIL \"7bit\" 100 12 NIL NIL NIL))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"application","subtype":"x-foo","encoding":"7bit","size":100,"lines":12}})J" },
        { "disposition_bare_string",
            "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1 NIL \"inline\"))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1,"disposition":{"type":"inline"}}})J" },
        { "disposition_nil_params",
            "* 1 FETCH (BODYSTRUCTURE (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1 NIL (\"attachment\" NIL)))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1,"disposition":{"type":"attachment"}}})J" },
        { "rfc2231_params",
            "* 1 FETCH (BODYSTRUCTURE (\"application\" \"pdf\" (\"name*\" \"utf-8''r%C3%A9sum%C3%A9.pdf\") NIL NIL "
            "\"base64\" 10 NIL (\"attachment\" (\"filename*\" \"utf-8''r%C3%A9sum%C3%A9.pdf\")) NIL NIL))\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"application","subtype":"pdf","parameters":{"name*":"utf-8''r%C3%A9sum%C3%A9.pdf"},"encoding":"base64","size":10,"disposition":{"type":"attachment","parameters":{"filename*":"utf-8''r%C3%A9sum%C3%A9.pdf"}}}})J" },
        { "odd_parameter_count", "* 1 FETCH (BODY (\"text\" \"plain\" (\"charset\") NIL NIL \"7bit\" 1 1))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"text","subtype":"plain","parameters":{"charset":""},"encoding":"7bit","size":1,"lines":1}})J" },
        { "empty_parameter_list", "* 1 FETCH (BODY (\"text\" \"plain\" () NIL NIL \"7bit\" 1 1))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1}})J" },
        { "unquoted_atoms", "* 1 FETCH (BODY (TEXT PLAIN (CHARSET US-ASCII) NIL NIL 7BIT 10 1))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"text","subtype":"plain","parameters":{"CHARSET":"US-ASCII"},"encoding":"7BIT","size":10,"lines":1}})J" },
        { "literal_in_parameter",
            "* 1 FETCH (BODY (\"text\" \"plain\" (\"name\" {5}\r\na b c) NIL NIL \"7bit\" 1 1))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"text","subtype":"plain","parameters":{"name":"a b c"},"encoding":"7bit","size":1,"lines":1}})J" },
        { "extra_spaces_everywhere", "* 1 FETCH (BODY ( \"text\"  \"plain\"  NIL  NIL NIL  \"7bit\"  1  1 ) )\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1}})J" },
        { "bodystructure_nil", "* 1 FETCH (BODYSTRUCTURE NIL UID 2)\r\n",
            R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"","subtype":"","size":0},"uid":2})J" },
        { "body_and_bodystructure",
            "* 1 FETCH (BODY (\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1) BODYSTRUCTURE (\"text\" \"plain\" NIL NIL "
            "NIL \"7bit\" 1 1 NIL NIL NIL NIL))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1},"bodyStructure":{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1}})J" },
        { "domino_uppercase_everything", "* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"ISO-8859-1\") NIL NIL \"QUOTED-PRINTABLE\" 200 8 NIL NIL NIL)(\"TEXT\" \"HTML\" (\"CHARSET\" \"ISO-8859-1\") NIL NIL \"QUOTED-PRINTABLE\" 900 20 NIL NIL NIL) \"ALTERNATIVE\" (\"BOUNDARY\" \"=_alt\") NIL NIL))\r\n", R"J({"type":"fetch","seq":1,"bodyStructure":{"type":"multipart","subtype":"alternative","parameters":{"BOUNDARY":"=_alt"},"parts":[{"type":"text","subtype":"plain","parameters":{"CHARSET":"ISO-8859-1"},"encoding":"QUOTED-PRINTABLE","size":200,"lines":8},{"type":"text","subtype":"html","parameters":{"CHARSET":"ISO-8859-1"},"encoding":"QUOTED-PRINTABLE","size":900,"lines":20}]}})J" },
        { "multipart_report",
            "* 1 FETCH (BODY ((\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1)(\"message\" \"delivery-status\" NIL NIL "
            "NIL \"7bit\" 2)(\"text\" \"rfc822-headers\" NIL NIL NIL \"7bit\" 3 1) \"report\"))\r\n",
            R"J({"type":"fetch","seq":1,"body":{"type":"multipart","subtype":"report","parts":[{"type":"text","subtype":"plain","encoding":"7bit","size":1,"lines":1},{"type":"message","subtype":"delivery-status","encoding":"7bit","size":2},{"type":"text","subtype":"rfc822-headers","encoding":"7bit","size":3,"lines":1}]}})J" },
    };
}
