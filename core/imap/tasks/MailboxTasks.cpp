#include "core/imap/tasks/MailboxTasks.h"

#include "core/imap/commands/ModifiedUtf7.h"
#include "core/imap/session/Session.h"

namespace quire::imap {

QString decodeServerMailboxName(const Session &session, const QByteArray &raw)
{
    if (session.commandContext().utf8Enabled)
        return QString::fromUtf8(raw);
    return decodeMailboxName(raw);
}

namespace {

MailboxListEntry toEntry(const Session &session, const ListResponse &list)
{
    return { decodeServerMailboxName(session, list.mailbox), list.mailbox, list.attributes, list.delimiter,
        list.childInfo };
}

} // namespace

CreateTask::CreateTask(const QString &mailbox, QObject *parent)
    : SingleCommandTask(Create { mailbox }, parent)
{
}

DeleteTask::DeleteTask(const QString &mailbox, QObject *parent)
    : SingleCommandTask(Delete { mailbox }, parent)
{
}

RenameTask::RenameTask(const QString &from, const QString &to, QObject *parent)
    : SingleCommandTask(Rename { from, to }, parent)
{
}

SubscribeTask::SubscribeTask(const QString &mailbox, QObject *parent)
    : SingleCommandTask(Subscribe { mailbox }, parent)
{
}

UnsubscribeTask::UnsubscribeTask(const QString &mailbox, QObject *parent)
    : SingleCommandTask(Unsubscribe { mailbox }, parent)
{
}

ListTask::ListTask(List command, QObject *parent)
    : SingleCommandTask(std::move(command), parent)
{
}

bool ListTask::offerUntagged(const Response &response)
{
    if (const auto *list = std::get_if<ListResponse>(&response); list && !list->lsub) {
        m_mailboxes.append(toEntry(*session(), *list));
        return true;
    }
    if (const auto *status = std::get_if<StatusResponse>(&response)) {
        m_statuses.append(*status);
        return true;
    }
    return false;
}

LsubTask::LsubTask(Lsub command, QObject *parent)
    : SingleCommandTask(std::move(command), parent)
{
}

bool LsubTask::offerUntagged(const Response &response)
{
    const auto *list = std::get_if<ListResponse>(&response);
    if (!list || !list->lsub)
        return false;
    m_mailboxes.append(toEntry(*session(), *list));
    return true;
}

StatusTask::StatusTask(const QString &mailbox, QList<StatusItem> items, QObject *parent)
    : SingleCommandTask(Status { mailbox, std::move(items) }, parent)
    , m_mailbox(mailbox)
{
}

bool StatusTask::offerUntagged(const Response &response)
{
    const auto *status = std::get_if<StatusResponse>(&response);
    if (!status || decodeServerMailboxName(*session(), status->mailbox) != m_mailbox)
        return false;
    m_status = *status;
    return true;
}

AppendTask::AppendTask(Append command, QObject *parent)
    : SingleCommandTask(std::move(command), parent)
{
}

void AppendTask::completedOk(const TaggedStatus &status)
{
    if (!status.code || status.code->kind != ResponseCode::Kind::AppendUid)
        return;
    m_uidValidity = quint32(status.code->number);
    const auto uids = status.code->uids.toNumbers(0, 1);
    if (uids && !uids->isEmpty())
        m_uid = uids->front();
}

} // namespace quire::imap
