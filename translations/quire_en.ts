<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>quire::ui::ActivityIndicator</name>
    <message numerus="yes">
        <source>Sending %n change(s) to the server</source>
        <translation>
            <numerusform>Sending %n change to the server</numerusform>
            <numerusform>Sending %n changes to the server</numerusform>
        </translation>
    </message>
</context>
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
    <name>quire::ui::AttachmentBar</name>
    <message numerus="yes">
        <source>%n attachment(s):</source>
        <translation>
            <numerusform>%n attachment:</numerusform>
            <numerusform>%n attachments:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::ui::FolderActions</name>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and its %n message(s) from the server? Its subfolders may be deleted too. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the folder &quot;%1&quot; and its %n message from the server? Its subfolders may be deleted too. This cannot be undone.</numerusform>
            <numerusform>Delete the folder &quot;%1&quot; and its %n messages from the server? Its subfolders may be deleted too. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the folder &quot;%1&quot; and its %n message(s) from the server? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the folder &quot;%1&quot; and its %n message from the server? This cannot be undone.</numerusform>
            <numerusform>Delete the folder &quot;%1&quot; and its %n messages from the server? This cannot be undone.</numerusform>
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
    <name>quire::ui::MessageActions</name>
    <message numerus="yes">
        <source>Marked %n message(s) as junk.</source>
        <translation>
            <numerusform>Marked %n message as junk.</numerusform>
            <numerusform>Marked %n messages as junk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n message(s) as deleted; Expunge removes them.</source>
        <translation>
            <numerusform>Marked %n message as deleted; Expunge removes it.</numerusform>
            <numerusform>Marked %n messages as deleted; Expunge removes them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n message(s) to %1.</source>
        <translation>
            <numerusform>Moved %n message to %1.</numerusform>
            <numerusform>Moved %n messages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n message(s) to %1.</source>
        <translation>
            <numerusform>Copied %n message to %1.</numerusform>
            <numerusform>Copied %n messages to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moving %n message(s) back to %1.</source>
        <translation>
            <numerusform>Moving %n message back to %1.</numerusform>
            <numerusform>Moving %n messages back to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing the %n copied message(s) from %1.</source>
        <translation>
            <numerusform>Removing %n copied message from %1.</numerusform>
            <numerusform>Removing %n copied messages from %1.</numerusform>
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
        <source>%n remote image(s) were blocked to protect your privacy.</source>
        <translation>
            <numerusform>%n remote image was blocked to protect your privacy.</numerusform>
            <numerusform>%n remote images were blocked to protect your privacy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::ui::NewMailNotifier</name>
    <message numerus="yes">
        <source>%n new message(s) in the inbox of %1.</source>
        <translation>
            <numerusform>%n new message in the inbox of %1.</numerusform>
            <numerusform>%n new messages in the inbox of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quire: %n unread message(s) in the inbox</source>
        <extracomment>The tray icon&apos;s tooltip</extracomment>
        <translation>
            <numerusform>Quire: %n unread message in the inbox</numerusform>
            <numerusform>Quire: %n unread messages in the inbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>quire::ui::ProblemsDock</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <extracomment>The status bar button that opens the Problems list</extracomment>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
</TS>
