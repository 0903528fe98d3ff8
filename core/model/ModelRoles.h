#pragma once

// Roles and value enums shared by the models and the UI. Roles return data,
// never words: the UI turns SpecialUse::Sent into "Sent" in the user's language.

#include <Qt>

namespace quire::model {

enum class SpecialUse {
    None,
    Inbox,
    Drafts,
    Sent,
    Trash,
    Junk,
    Archive,
    All,
    Flagged,
};

// "\\Sent", "\\sent" (Cyrus), "\\Junk", ... -> the enum; unknown -> None.
SpecialUse specialUseFromAttribute(const QString &attribute);

enum MailboxRole {
    MailboxDisplayNameRole = Qt::UserRole + 1, // the last path component, decoded
    MailboxFullNameRole, // the decoded full name engine calls use; empty for an account
    MailboxSpecialUseRole, // int(SpecialUse)
    MailboxSubscribedRole, // bool; setData asks the engine
    MailboxUnreadRole, // int
    MailboxTotalRole, // int
    MailboxSyncStateRole, // int(sync::SyncState)
    MailboxSelectableRole, // bool: not \Noselect, not synthesised
    MailboxIsAccountRole, // bool: a top-level account node
    MailboxAttributesRole, // QStringList as LIST sent them
    MailboxExistsRole, // bool: false for a parent synthesised from a child's name
};

enum MessageRole {
    MessageUidRole = Qt::UserRole + 100,
    MessageSubjectRole,
    MessageFromRole, // display form "Name <addr>"
    MessageFromAddressRole,
    MessageToRole,
    MessageCcRole,
    MessageDateRole, // QDateTime: the Date header
    MessageInternalDateRole, // QDateTime: arrival on the server
    MessageSizeRole, // qulonglong
    MessageIdRole, // QByteArray, with brackets as cached
    MessageInReplyToRole,
    MessageReferencesRole, // QList<QByteArray>
    MessageFlagsRole, // QStringList, every flag and keyword
    MessageSeenRole, // bool; setData on this and the five below asks the engine
    MessageFlaggedRole,
    MessageAnsweredRole,
    MessageDeletedRole,
    MessageDraftRole,
    MessageJunkRole,
    MessageHasAttachmentsRole,
    MessageBodyCachedRole,
    MessageHasEnvelopeRole, // false: the envelope fields are placeholders until envelopesArrived
};

enum PartRole {
    PartNumberRole = Qt::UserRole + 200, // QByteArray "1.2"; empty for a top-level multipart
    PartMimeTypeRole, // QByteArray "text/plain"
    PartFileNameRole, // QString, decoded; null when the part has none
    PartSizeRole, // qint64: bytes as transferred (encoded)
    PartDispositionRole, // QByteArray "attachment", "inline" or empty
    PartIsAttachmentRole, // bool
    PartContentIdRole, // QByteArray without brackets
};

} // namespace quire::model
