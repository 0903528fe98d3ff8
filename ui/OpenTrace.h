#pragma once

// Timing of a folder open as the user sees it, for the end-to-end benchmark
// (tests/bench/quire_rss.sh --trace, docs/PERFORMANCE.md). Off unless
// QUIRE_TRACE_FILE names a file; then it appends "key=value" lines:
//
//   open mailbox=NAME t0_monotonic_ns=N   the folder was chosen (t0), and
//                                when on CLOCK_MONOTONIC (perf record -k mono
//                                samples line up with the lines below)
//   select_ms=N                  its sync started (SELECT went out), from t0
//   first_screenful_ms=N         a paint of the list in which every visible
//                                row had its envelope, from t0
//   first_screenful_from_select_ms=N   the same, from the SELECT (0 when the
//                                cache painted it before)
//   synced_ms=N                  the sync finished
//   max_stall_open_ms=N          the longest the event loop did not run,
//                                from t0 until both of the above
//   offline_ms=N max_stall_offline_ms=N   with QUIRE_TRACE_OFFLINE=1: a
//                                download of every body for offline use,
//                                started once the open is done
//   done
//
// Each stall over 50 ms, or over QUIRE_TRACE_STALL_MS, also gets a
// "stall_ms=N ended_at_ms=N" line (from t0) when it happens, and so does each
// such input latency ("input_latency_ms=N ended_at_ms=N").
//
// The stall monitor is a precise 4 ms timer; a tick that comes late by N ms
// means the UI thread was busy (or blocked) for that long, or that Qt's
// GLib dispatcher held timers back: after they fire it runs them at idle
// priority until it next delivers posted events, so sockets that are always
// ready can starve them. The max_input_latency lines (beside each
// max_stall) therefore also time what a key press or click meets: an event
// posted from another thread every 4 ms, from posting to handling, as the
// X connection's reader thread posts the user's input.

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>
#include <thread>

namespace quire::sync {
class MailEngine;
}

namespace quire::ui {

class MainWindow;

class OpenTrace : public QObject
{
    Q_OBJECT

public:
    // Null unless QUIRE_TRACE_FILE is set.
    static OpenTrace *fromEnvironment(MainWindow *window);

    OpenTrace(MainWindow *window, const QString &path, bool offlineSync);
    ~OpenTrace() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onOpening(sync::MailEngine *engine, const QString &mailbox);
    void tick();
    bool screenfulHasEnvelopes() const;
    void maybeFinishOpen();
    void finishOpen();
    void write(const QByteArray &line);
    void startInputProbe();
    void stopInputProbe();

    qint64 maxInputLatencyMs() const { return m_maxInputLatencyNs.load() / 1000000; }

    // The thread that posts a probe event every 4 ms, one at a time.
    std::unique_ptr<std::thread> m_probe;
    std::atomic<bool> m_probeStop { false };
    std::atomic<bool> m_probeInFlight { false };
    std::atomic<qint64> m_maxInputLatencyNs { 0 };

    MainWindow *m_window;
    QFile m_file;
    bool m_offlineSync;
    QPointer<sync::MailEngine> m_engine;
    QString m_mailbox;
    QElapsedTimer m_clock;
    // Stalls longer than this get a line of their own (QUIRE_TRACE_STALL_MS).
    int m_logStallsOverMs = 50;
    qint64 m_selectMs = -1;
    qint64 m_screenfulMs = -1;
    qint64 m_syncedMs = -1;
    bool m_openDone = false;
    bool m_finishOpenOnTick = false;
    bool m_offlineRunning = false;
    QElapsedTimer m_offlineClock;
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    qint64 m_maxStallMs = 0;
};

} // namespace quire::ui
