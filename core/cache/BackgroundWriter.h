#pragma once

// Cache writes run on a thread of their own, through a cache connection of
// their own, one after the other in the order they were posted. A sync that
// streams 100,000 envelopes in then spends its own thread on reading and
// converting them while SQLite writes the previous batch: the writes were
// 40% of a cold sync's time, and in the GUI each batch was a stall of the
// window.
//
// Ordering: a write posted here lands after every write posted before it.
// Writes made directly through another connection are not ordered with
// these; callers that mix the two wait for pending() == 0, or post.

#include "core/cache/Cache.h"

#include <QObject>
#include <QPointer>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>
#include <vector>

class QThread;

namespace quire::cache {

class BackgroundWriter
{
public:
    using Open = std::function<Result<std::unique_ptr<Cache>>()>;
    using Work = std::function<Result<void>(Cache &)>;
    using Done = std::function<void(const Result<void> &)>;

    // `open` runs once, on the writer's thread, before the first work.
    explicit BackgroundWriter(Open open);
    // Runs the work still queued, then closes the connection; the `done`
    // callbacks not yet delivered are dropped.
    ~BackgroundWriter();
    BackgroundWriter(const BackgroundWriter &) = delete;
    BackgroundWriter &operator=(const BackgroundWriter &) = delete;

    // Queues work; `done` then runs on this object's (the poster's)
    // thread with its result, unless `context` was destroyed meanwhile.
    // When the connection cannot be opened every work fails with that error.
    void post(Work work, QObject *context, Done done);
    // A read in the same queue, after the writes posted before it:
    // `read(Cache &)` returns a Result<T>, and `done(Result<T>)` gets it on
    // the poster's thread, or the error that kept the connection from opening.
    template<typename Read, typename ReadDone> void postRead(Read read, QObject *context, ReadDone done)
    {
        using Value = std::invoke_result_t<Read &, Cache &>;
        auto result = std::make_shared<std::optional<Value>>();
        post(
            [read = std::move(read), result](Cache &cache) {
                result->emplace(read(cache));
                return Result<void>();
            },
            context,
            [result, done = std::move(done)](const Result<void> &ran) mutable {
                if (!ran)
                    done(Value(ran.error()));
                else
                    done(std::move(**result));
            });
    }
    // Posted and not yet reported done: 0 means every write posted so far is
    // committed (or failed) and its `done` has run.
    int pending() const { return m_pending; }
    // Parsing can outrun the writer and pile up what it posts here (the rows
    // of a 100,000-message folder, about 150 MB, once): a poster with more
    // coming stops taking input while this many posts are pending.
    static constexpr int kBehind = 4;
    bool isBehind() const { return m_pending >= kBehind; }
    // Calls `caughtUp` on the poster's thread once fewer than kBehind posts
    // are pending (at once if already so), unless `context` is gone by then.
    void whenCaughtUp(QObject *context, std::function<void()> caughtUp);

private:
    struct Job {
        Work work;
        QPointer<QObject> context;
        Done done;
    };
    void runJobs();
    void notifyCaughtUp();

    Open m_open;
    QObject m_notifier; // on the poster's thread: delivers `done`
    int m_pending = 0; // used on the poster's thread only
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> m_caughtUpWaiters; // the same
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
    QThread *m_thread = nullptr;
};

} // namespace quire::cache
