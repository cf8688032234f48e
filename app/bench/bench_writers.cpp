#include "app/bench/bench_writers.h"

#include "core/bench_data/bench_growth.h"
#include "core/edit_session/edit_session.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <memory>

namespace uo::cli {

namespace {

constexpr int kPool = 200;

QString columnOf(int writer)
{
    return writer % 2 ? QStringLiteral("photo") : QStringLiteral("note");
}

} // namespace

int runWriter(const QString &url, int index, int edits, Streams io)
{
    auto store = DistrictStore::open(url);
    const QString table = tableOf(Layer::Components);
    QList<qint64> pool;
    for (const auto &point : bench_data::firstPoints(*store, table, kPool))
        pool << point.first;
    if (pool.isEmpty())
        return 1;
    const QString column = columnOf(index);
    QRandomGenerator random(quint32(1000 + index));
    edit::EditSession session(*store);
    session.setJournalEnabled(false);
    for (int e = 0; e < edits; ++e) {
        const qint64 id = pool.at(int(random.bounded(quint32(pool.size()))));
        const QString tag = QStringLiteral("w%1-%2").arg(index).arg(e);
        // The step carries the row as read, so that the save compares the store with what this tag was
        // appended to (setValues would read the row a second time).
        const edit::FeatureKey key{table, id};
        const edit::RowState row = session.row(key);
        if (!row)
            continue;
        QVariantMap after = *row;
        after.insert(column, QString(row->value(column).toString() + QLatin1Char(';') + tag));
        session.apply(edit::EditAction{tag, {{key, row, after}}});
        QThread::usleep(random.bounded(10000)); // a workstation's user between a read and a save
        const edit::SaveResult result = session.save();
        for (const edit::Conflict &conflict : result.conflicts)
            session.takeTheirs(conflict);
        io.out << (result.conflicts.isEmpty() ? "saved " : "conflict ") << id << ' ' << column << ' ' << tag
               << Qt::endl;
    }
    return 0;
}

WritersFigures runWriters(const QString &url, int writers, int edits, Streams io)
{
    WritersFigures figures;
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < writers; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("bench"), QStringLiteral("server"), url, QStringLiteral("--writer"),
                        QString::number(i), QStringLiteral("--edits"), QString::number(edits)});
        processes.push_back(std::move(process));
    }
    // Tags each writer reported saved, by component and column.
    QHash<QPair<qint64, QString>, QStringList> saved;
    for (auto &process : processes) {
        process->waitForFinished(-1);
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0)
            io.err << QCoreApplication::translate("uo::cli", "A writer failed (exit code %1).")
                          .arg(process->exitCode())
                   << Qt::endl;
        const QList<QByteArray> lines = process->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() != 4)
                continue;
            if (words[0] == "conflict") {
                ++figures.conflicts;
            } else if (words[0] == "saved") {
                ++figures.saved;
                saved[{words[1].toLongLong(), QString::fromLatin1(words[2])}]
                    << QString::fromLatin1(words[3]);
            }
        }
    }
    figures.ms = double(clock.nsecsElapsed()) / 1e6;
    auto store = DistrictStore::open(url, DistrictStore::Access::ReadOnly);
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        const QStringList final = store->readRow(tableOf(Layer::Components), it.key().first)
                                      .value(it.key().second)
                                      .toString()
                                      .split(QLatin1Char(';'));
        for (const QString &tag : *it)
            if (!final.contains(tag)) {
                ++figures.lostUpdates;
                io.err << QCoreApplication::translate("uo::cli", "Lost: %1 of component %2 (%3)")
                              .arg(tag)
                              .arg(it.key().first)
                              .arg(it.key().second)
                       << Qt::endl;
            }
    }
    return figures;
}

} // namespace uo::cli
