#include "ui/OpenTrace.h"

#include "core/model/ModelRoles.h"
#include "core/sync/MailEngine.h"
#include "ui/MainWindow.h"
#include "ui/MessageListPane.h"

#include <QEvent>
#include <QScrollBar>

namespace quire::ui {

namespace {

constexpr int kTickMs = 4;

} // namespace

OpenTrace *OpenTrace::fromEnvironment(MainWindow *window)
{
    const QString path = qEnvironmentVariable("QUIRE_TRACE_FILE");
    if (path.isEmpty())
        return nullptr;
    return new OpenTrace(window, path, qEnvironmentVariableIntValue("QUIRE_TRACE_OFFLINE") != 0);
}

OpenTrace::OpenTrace(MainWindow *window, const QString &path, bool offlineSync)
    : QObject(window)
    , m_window(window)
    , m_file(path)
    , m_offlineSync(offlineSync)
{
    if (const int logOver = qEnvironmentVariableIntValue("QUIRE_TRACE_STALL_MS"); logOver > 0)
        m_logStallsOverMs = logOver;
    if (!m_file.open(QIODevice::Append | QIODevice::Text))
        qWarning("OpenTrace: cannot write %s", qPrintable(path));
    connect(window, &MainWindow::mailboxOpening, this, &OpenTrace::onOpening);
    window->messageListPane()->viewport()->installEventFilter(this);
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &OpenTrace::tick);
}

void OpenTrace::onOpening(sync::MailEngine *engine, const QString &mailbox)
{
    if (m_engine)
        return; // the first open only: that is what the benchmark measures
    m_engine = engine;
    m_mailbox = mailbox;
    m_clock.start();
    m_sinceTick.start();
    m_ticker.start();
    startInputProbe();
    write("open mailbox=" + mailbox.toUtf8()
        + " t0_monotonic_ns=" + QByteArray::number(m_clock.msecsSinceReference() * 1000000));
    connect(engine, &sync::MailEngine::syncStateChanged, this, [this](const QString &box, sync::SyncState state) {
        if (box != m_mailbox)
            return;
        if (state == sync::SyncState::Syncing && m_selectMs < 0) {
            m_selectMs = m_clock.elapsed();
            write("select_ms=" + QByteArray::number(m_selectMs));
        } else if (state == sync::SyncState::Synced && m_syncedMs < 0) {
            m_syncedMs = m_clock.elapsed();
            write("synced_ms=" + QByteArray::number(m_syncedMs));
            maybeFinishOpen();
        }
    });
    connect(engine, &sync::MailEngine::offlineDownloadFinished, this, [this] {
        if (!m_offlineRunning)
            return;
        m_offlineRunning = false;
        m_ticker.stop();
        stopInputProbe();
        write("offline_ms=" + QByteArray::number(m_offlineClock.elapsed())
            + " max_stall_offline_ms=" + QByteArray::number(m_maxStallMs)
            + " max_input_latency_offline_ms=" + QByteArray::number(maxInputLatencyMs()));
        write("done");
    });
}

bool OpenTrace::eventFilter(QObject *watched, QEvent *event)
{
    // The paint about to happen shows what the model holds now.
    if (event->type() == QEvent::Paint && m_engine && m_screenfulMs < 0 && screenfulHasEnvelopes()) {
        m_screenfulMs = m_clock.elapsed();
        const qint64 fromSelect = m_selectMs < 0 ? 0 : std::max<qint64>(0, m_screenfulMs - m_selectMs);
        write("first_screenful_ms=" + QByteArray::number(m_screenfulMs)
            + " first_screenful_from_select_ms=" + QByteArray::number(fromSelect));
        // After the paint itself, which is part of the open.
        QTimer::singleShot(0, this, &OpenTrace::maybeFinishOpen);
    }
    return QObject::eventFilter(watched, event);
}

bool OpenTrace::screenfulHasEnvelopes() const
{
    const MessageListPane *list = m_window->messageListPane();
    const QAbstractItemModel *model = list->model();
    if (!model || model->rowCount() == 0)
        return false;
    const QModelIndex first = list->indexAt(QPoint(0, 0));
    if (!first.isValid())
        return false;
    const int height = list->viewport()->height();
    int rows = 0;
    for (QModelIndex index = first; index.isValid(); index = list->indexBelow(index)) {
        if (list->visualRect(index).top() >= height)
            break;
        if (!index.data(model::MessageHasEnvelopeRole).toBool())
            return false;
        ++rows;
    }
    return rows > 0;
}

void OpenTrace::maybeFinishOpen()
{
    if (m_openDone || m_screenfulMs < 0 || m_syncedMs < 0)
        return;
    m_openDone = true;
    // The work that ended the open (writing the sync's last rows, the
    // paint) may be a stall the ticker has not seen yet: its next tick
    // measures it, and then the open's figures are written.
    m_finishOpenOnTick = true;
}

void OpenTrace::finishOpen()
{
    write("max_stall_open_ms=" + QByteArray::number(m_maxStallMs)
        + " max_input_latency_open_ms=" + QByteArray::number(maxInputLatencyMs()));
    if (!m_offlineSync || !m_engine) {
        m_ticker.stop();
        stopInputProbe();
        write("done");
        return;
    }
    m_maxStallMs = 0;
    m_maxInputLatencyNs = 0;
    m_offlineRunning = true;
    m_offlineClock.start();
    m_engine->downloadForOffline({ m_mailbox }, false);
}

void OpenTrace::tick()
{
    const qint64 late = m_sinceTick.restart() - kTickMs;
    m_maxStallMs = std::max(m_maxStallMs, late);
    // Each stall over the target, and when it ended, to tell what caused it.
    if (late > m_logStallsOverMs)
        write("stall_ms=" + QByteArray::number(late) + " ended_at_ms=" + QByteArray::number(m_clock.elapsed()));
    if (std::exchange(m_finishOpenOnTick, false))
        finishOpen();
}

OpenTrace::~OpenTrace()
{
    stopInputProbe();
}

void OpenTrace::startInputProbe()
{
    m_probeStop = false;
    m_probe = std::make_unique<std::thread>([this] {
        using Clock = std::chrono::steady_clock;
        while (!m_probeStop) {
            std::this_thread::sleep_for(std::chrono::milliseconds(kTickMs));
            if (m_probeInFlight.exchange(true))
                continue; // the last one is still waiting: it measures the stall
            const Clock::time_point sent = Clock::now();
            QMetaObject::invokeMethod(
                this,
                [this, sent] {
                    const qint64 waited
                        = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - sent).count();
                    qint64 max = m_maxInputLatencyNs.load();
                    while (waited > max && !m_maxInputLatencyNs.compare_exchange_weak(max, waited)) { }
                    if (waited > qint64(m_logStallsOverMs) * 1000000)
                        write("input_latency_ms=" + QByteArray::number(waited / 1000000)
                            + " ended_at_ms=" + QByteArray::number(m_clock.elapsed()));
                    m_probeInFlight = false;
                },
                Qt::QueuedConnection);
        }
    });
}

void OpenTrace::stopInputProbe()
{
    if (!m_probe)
        return;
    m_probeStop = true;
    m_probe->join();
    m_probe.reset();
    m_probeInFlight = false;
}

void OpenTrace::write(const QByteArray &line)
{
    m_file.write(line + '\n');
    m_file.flush();
}

} // namespace quire::ui
