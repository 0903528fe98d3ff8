#pragma once

// What SEARCH, SORT and THREAD share: search keys, and the charset rule.
// Non-ASCII text goes as UTF-8. Only when the server answers
// NO [BADCHARSET] is the command sent again in US-ASCII (the text then goes
// as raw bytes the server may not match), and usedAsciiFallback() says the
// result may be incomplete. Any other ending finishes the task.

#include "core/imap/tasks/Task.h"

namespace quire::imap {

class CharsetSearchTask : public Task
{
    Q_OBJECT
public:
    void commandCompleted(CommandId id, const TaggedStatus &status) override;
    bool usedAsciiFallback() const { return m_asciiFallback; }

protected:
    CharsetSearchTask(QList<SearchKey> keys, QObject *parent);
    void run() override;
    const QList<SearchKey> &keys() const { return m_keys; }
    CommandId currentCommand() const { return m_command; }

    // The extension the command needs, checked before anything is sent;
    // empty when none.
    virtual QByteArray missingCapability() const { return {}; }
    // The command with these keys, in UTF-8 or in US-ASCII.
    virtual Command command(bool utf8) const = 0;
    // Forget what an earlier attempt collected.
    virtual void clearResults() = 0;

private:
    void sendCommand(bool utf8);

    QList<SearchKey> m_keys;
    CommandId m_command = 0;
    bool m_utf8Sent = false;
    bool m_asciiFallback = false;
};

} // namespace quire::imap
