#include "core/imap/tasks/CharsetSearchTask.h"

#include "core/imap/session/Session.h"

#include <algorithm>

namespace quire::imap {

namespace {

bool hasNonAscii(const QByteArray &bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) >= 0x80; });
}

} // namespace

CharsetSearchTask::CharsetSearchTask(QList<SearchKey> keys, QObject *parent)
    : Task(parent)
    , m_keys(std::move(keys))
{
}

void CharsetSearchTask::run()
{
    if (const QByteArray needed = missingCapability(); !needed.isEmpty()) {
        fail({ TaskErrorKind::CapabilityMissing, needed, std::nullopt, std::nullopt });
        return;
    }
    const Search probe { true, std::nullopt, std::nullopt, m_keys };
    sendCommand(hasNonAscii(serialize(probe, "x", session()->commandContext()).toBytes()));
}

void CharsetSearchTask::sendCommand(bool utf8)
{
    m_utf8Sent = utf8;
    clearResults();
    m_command = send(command(utf8));
}

void CharsetSearchTask::commandCompleted(CommandId id, const TaggedStatus &status)
{
    if (id != m_command)
        return;
    const bool badCharset
        = status.status == StatusKind::No && status.code && status.code->kind == ResponseCode::Kind::BadCharset;
    if (badCharset && m_utf8Sent && !m_asciiFallback) {
        m_asciiFallback = true;
        sendCommand(false);
        return;
    }
    finishFromStatus(status);
}

} // namespace quire::imap
