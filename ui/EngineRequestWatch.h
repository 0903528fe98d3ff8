#pragma once

// AccountEngine::runInMailbox calls back when its task finishes, but drops
// the request without a word when the connection is lost before the task
// ran or the mailbox cannot be selected. A watch turns those silent drops
// into one lost() call, so a view never waits for an answer that will not
// come ("Loading…" forever).

#include <QObject>
#include <QString>

#include <functional>

namespace quire::sync {
class MailEngine;
}

namespace quire::ui {

class EngineRequestWatch : public QObject
{
    Q_OBJECT

public:
    // onLost gets the reason in the user's words; it is called at most once,
    // and never after finish().
    EngineRequestWatch(sync::MailEngine *engine, const QString &mailbox, std::function<void(QString why)> onLost,
        QObject *parent = nullptr);

    // The request was answered (or no longer matters): stop watching.
    void finish();
    bool isFinished() const { return m_finished; }

private:
    void lose(const QString &why);

    std::function<void(QString)> m_onLost;
    bool m_finished = false;
};

} // namespace quire::ui
