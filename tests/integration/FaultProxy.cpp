#include "FaultProxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

struct FaultProxy::Pipe {
    QTcpSocket *client = nullptr;
    QTcpSocket *server = nullptr;
    QByteArray toServer;
    QByteArray toClient;
    qint64 relayed = 0;
    qint64 cutAfter = -1; // -1: never
    QTimer timer;
    bool closed = false;
};

FaultProxy::FaultProxy(const QString &host, quint16 port, Faults faults, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_targetPort(port)
    , m_faults(faults)
    , m_random(faults.seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
    m_server.listen(QHostAddress::LocalHost, 0);
}

FaultProxy::~FaultProxy()
{
    // Before the members go: the server's sockets would report their end
    // to a half-destroyed proxy.
    for (Pipe *pipe : QList<Pipe *>(m_pipes))
        closePipe(pipe);
    m_server.close();
    // The deferred deletes below need this object alive; none will run now.
    for (Pipe *pipe : std::as_const(m_closed)) {
        delete pipe->client;
        delete pipe;
    }
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto *pipe = new Pipe;
        pipe->client = client;
        pipe->server = new QTcpSocket(client);
        if (m_cutsDone < m_faults.cuts)
            pipe->cutAfter = budget();
        m_pipes.append(pipe);
        for (QTcpSocket *socket : { pipe->client, pipe->server })
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        pipe->timer.setSingleShot(true);
        connect(&pipe->timer, &QTimer::timeout, this, [this, pipe] { relay(pipe); });
        auto schedule = [this, pipe] {
            if (!pipe->timer.isActive())
                pipe->timer.start(int(m_random.bounded(m_faults.maxDelayMs + 1)));
        };
        connect(client, &QTcpSocket::readyRead, this, [pipe, schedule] {
            pipe->toServer += pipe->client->readAll();
            schedule();
        });
        connect(pipe->server, &QTcpSocket::readyRead, this, [pipe, schedule] {
            pipe->toClient += pipe->server->readAll();
            schedule();
        });
        connect(pipe->server, &QTcpSocket::connected, this, schedule);
        auto close = [this, pipe] { closePipe(pipe); };
        connect(client, &QTcpSocket::disconnected, this, close);
        connect(pipe->server, &QTcpSocket::disconnected, this, close);
        connect(pipe->server, &QTcpSocket::errorOccurred, this, close);
        pipe->server->connectToHost(m_host, m_targetPort);
    }
}

// Writes the pending bytes of both directions in random fragments.
void FaultProxy::relay(Pipe *pipe)
{
    if (pipe->closed || pipe->server->state() != QAbstractSocket::ConnectedState)
        return;
    for (auto [from, to] :
        { std::pair { &pipe->toServer, pipe->server }, std::pair { &pipe->toClient, pipe->client } }) {
        qsizetype burst = 0;
        while (!from->isEmpty() && burst < 2048) {
            const qsizetype n = std::min<qsizetype>(from->size(), 1 + m_random.bounded(m_faults.maxFragment));
            to->write(from->left(n));
            to->flush();
            from->remove(0, n);
            burst += n;
            pipe->relayed += n;
            if (pipe->cutAfter >= 0 && pipe->relayed >= pipe->cutAfter)
                return cut(pipe);
            if (pipe->closed) // a write can fail and close it
                return;
        }
    }
    if (!pipe->toServer.isEmpty() || !pipe->toClient.isEmpty())
        pipe->timer.start(int(m_random.bounded(m_faults.maxDelayMs + 1)));
}

qint64 FaultProxy::budget()
{
    return m_faults.minBytesBeforeCut
        + qint64(m_random.bounded(quint32(m_faults.maxBytesBeforeCut - m_faults.minBytesBeforeCut)));
}

void FaultProxy::cutAgain(int cuts)
{
    for (Pipe *pipe : QList<Pipe *>(m_pipes))
        cut(pipe);
    m_faults.cuts = m_cutsDone + cuts;
}

void FaultProxy::cut(Pipe *pipe)
{
    ++m_cutsDone;
    closePipe(pipe);
}

void FaultProxy::closePipe(Pipe *pipe)
{
    if (pipe->closed)
        return;
    pipe->closed = true;
    m_pipes.removeOne(pipe);
    pipe->timer.stop();
    // Nothing of this pipe may reach us once it is gone.
    pipe->client->disconnect(this);
    pipe->server->disconnect(this);
    pipe->client->abort();
    pipe->server->abort();
    // Not now: we may be inside one of the sockets' signals.
    m_closed.append(pipe);
    QTimer::singleShot(0, this, [this, pipe] {
        m_closed.removeOne(pipe);
        delete pipe->client; // and the server socket, its child
        delete pipe;
    });
}
