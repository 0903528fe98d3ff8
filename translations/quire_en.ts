<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
