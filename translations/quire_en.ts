<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>quire::ui::AdvancedSearchDialog</name>
    <message numerus="yes">
        <source>Stopped. %n message(s) found so far.</source>
        <translation>
            <numerusform>Stopped. %n message found so far.</numerusform>
            <numerusform>Stopped. %n messages found so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %n folder(s) on the server…</source>
        <translation>
            <numerusform>Searching %n folder on the server…</numerusform>
            <numerusform>Searching %n folders on the server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: searching %n folder(s) in the local cache…</source>
        <translation>
            <numerusform>Offline: searching %n folder in the local cache…</numerusform>
            <numerusform>Offline: searching %n folders in the local cache…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::ui::FolderPane</name>
    <message numerus="yes">
        <source>%Ln message(s), %L1 unread</source>
        <extracomment>Tooltip of a folder: its message count, then how many of them are unread</extracomment>
        <translation>
            <numerusform>%Ln message, %L1 unread</numerusform>
            <numerusform>%Ln messages, %L1 unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::ui::MessageSearch</name>
    <message numerus="yes">
        <source>%n message(s) found on the server.</source>
        <translation>
            <numerusform>%n message found on the server.</numerusform>
            <numerusform>%n messages found on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n message(s) found in the local cache (only downloaded messages are searched).</source>
        <translation>
            <numerusform>Offline: %n message found in the local cache (only downloaded messages are searched).</numerusform>
            <numerusform>Offline: %n messages found in the local cache (only downloaded messages are searched).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::ui::MessageViewPane</name>
    <message numerus="yes">
        <source>%n remote image(s) were blocked.</source>
        <translation>
            <numerusform>%n remote image was blocked.</numerusform>
            <numerusform>%n remote images were blocked.</numerusform>
        </translation>
    </message>
</context>
</TS>
