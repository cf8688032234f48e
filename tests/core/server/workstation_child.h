#pragma once

// Another workstation as a process of its own, for the server tests that run two at once (the children
// beside these tests): start it until it says a word, let it go on, read it to its end, and wait until
// the server says a connection waits for a lock. Waiting is a synchronisation, never a timing.

#include "tests/core/server/server_fixture.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QThread>
#include <functional>

namespace uo::test {

// What the child printed up to and with `word`; empty when it ended or stayed silent first.
inline QByteArray startUntil(QProcess &child, const QString &program, const QStringList &arguments,
                             const QByteArray &word)
{
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(program, arguments);
    if (!child.waitForStarted())
        return {};
    QByteArray out;
    while (!out.contains(word) && child.waitForReadyRead(30000))
        out += child.readAllStandardOutput();
    return out.contains(word) ? out : QByteArray();
}

// Lets a child waiting for a line on its input go on.
inline void tell(QProcess &child)
{
    child.write("go\n");
    child.waitForBytesWritten();
}

// Everything the child printed from now until it ended; its exit code (-1: it crashed) when asked.
inline QByteArray finish(QProcess &child, int *exitCode = nullptr)
{
    child.waitForFinished(60000);
    if (exitCode)
        *exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    return child.readAllStandardOutput() + child.readAllStandardError();
}

// Connections of the test database that wait for a lock now.
inline int lockWaits(const TestDatabase &db)
{
    return db
        .value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                              "AND wait_event_type = 'Lock'"))
        .toInt();
}

// Until `done` says so; false after a minute.
inline bool waitUntil(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (done())
            return true;
        QThread::msleep(20);
    }
    return false;
}

} // namespace uo::test
