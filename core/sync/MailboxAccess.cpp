#include "core/sync/MailboxAccess.h"

#include "core/imap/session/MailboxState.h"

namespace quire::sync {

bool MailboxAccess::canStore(const QString &flag) const
{
    if (!known)
        return true;
    if (readOnly)
        return false;
    if (!permanentFlagsSent || permanentFlags.contains(flag, Qt::CaseInsensitive))
        return true;
    // A keyword ($Junk) the mailbox has not seen yet needs \*.
    return !flag.startsWith(QLatin1Char('\\')) && permanentFlags.contains(QStringLiteral("\\*"));
}

MailboxAccess MailboxAccess::fromSnapshot(const imap::MailboxSnapshot &snapshot)
{
    MailboxAccess access;
    access.known = true;
    access.readOnly = snapshot.readOnly;
    access.permanentFlagsSent = snapshot.permanentFlagsSent;
    for (const QByteArray &flag : snapshot.permanentFlags)
        access.permanentFlags.append(QString::fromUtf8(flag));
    return access;
}

} // namespace quire::sync
