#pragma once

// A TCP proxy on 127.0.0.1 that makes a connection as bad as a poor network:
// it relays bytes in random fragments (down to one byte, Nagle off) after
// random delays, and cuts connections after a random number of bytes until
// it has cut `cuts` of them. TLS passes through untouched, so the client
// still verifies the real server's certificate. Deterministic for a seed.

#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

class FaultProxy : public QObject
{
public:
    struct Faults {
        quint32 seed = 1;
        int maxFragment = 16; // bytes per write, 1..maxFragment
        int maxDelayMs = 3; // before each burst of fragments
        qint64 minBytesBeforeCut = 500;
        qint64 maxBytesBeforeCut = 6'000;
        int cuts = 5; // then connections are left alone
    };

    FaultProxy(const QString &host, quint16 port, Faults faults, QObject *parent = nullptr);
    ~FaultProxy() override;
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    int cutsDone() const { return m_cutsDone; }
    // Cuts every open connection now (the network drops), then this many
    // more after random amounts of bytes.
    void cutAgain(int cuts);

private:
    struct Pipe;
    void accept();
    void relay(Pipe *pipe);
    void cut(Pipe *pipe);
    void closePipe(Pipe *pipe);
    qint64 budget();

    QTcpServer m_server;
    QString m_host;
    quint16 m_targetPort;
    Faults m_faults;
    QRandomGenerator m_random;
    QList<Pipe *> m_pipes;
    QList<Pipe *> m_closed; // waiting for their deferred delete
    int m_connections = 0;
    int m_cutsDone = 0;
};
