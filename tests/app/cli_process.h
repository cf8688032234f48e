#pragma once

// urbanops-cli run as a user runs it, for the tests that drive the real program. URBANOPS_CLI is the
// program's path, defined by the test's CMakeLists.

#include <QProcess>
#include <QStringList>

namespace uo::test {

struct CliRun
{
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QString out, err;
};

// Offscreen (the reports draw) and in English whatever the machine's language, so that tests can read
// its words; `input` goes to its standard input.
inline CliRun runCli(const QStringList &arguments, const QByteArray &input = QByteArray(),
                     int timeoutMs = 300000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(URBANOPS_CLI), arguments);
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace uo::test
