#include "app/bench/bench_notify.h"

#include "app/bench/bench_util.h"
#include "core/bench_data/bench_growth.h"
#include "core/server/server_listener.h"
#include "core/server/server_url.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace uo::cli {

int runListener(const QString &address, int runs, Streams io)
{
    const server::ServerUrl url = server::ServerUrl::parse(address);
    server::ServerListener listener(url, url.district());
    QEventLoop loop;
    int heard = 0;
    QObject::connect(&listener, &server::ServerListener::changed, &loop, [&] {
        io.out << "heard " << QDateTime::currentMSecsSinceEpoch() << Qt::endl;
        if (++heard >= runs)
            loop.quit();
    });
    QObject::connect(&listener, &server::ServerListener::lost, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    io.out << "listening" << Qt::endl;
    loop.exec();
    return heard >= runs ? 0 : 1;
}

double notifyMs(const QString &address, int runs, Streams io)
{
    QProcess listener;
    listener.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    listener.start(
        QCoreApplication::applicationFilePath(),
        {QStringLiteral("bench"), QStringLiteral("server"), address, QStringLiteral("--listener")});
    auto waitFor = [&listener](const QByteArray &word) {
        QByteArray line;
        while (!line.contains(word)) {
            if (!listener.canReadLine() && !listener.waitForReadyRead(10000))
                return QByteArray();
            line = listener.readLine();
        }
        return line;
    };
    if (waitFor("listening").isEmpty()) {
        io.err << QCoreApplication::translate("uo::cli", "The listening process did not start.") << Qt::endl;
        return -1;
    }
    auto store = DistrictStore::open(address);
    const QString table = tableOf(Layer::Components);
    const qint64 id = bench_data::firstPoints(*store, table, 1).value(0).first;
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        store->updateRow(table, id, {{QStringLiteral("note"), QStringLiteral("notify %1").arg(i)}});
        const QByteArray heard = waitFor("heard ");
        if (heard.isEmpty())
            break;
        times << double(heard.trimmed().mid(6).toLongLong() - start);
    }
    listener.waitForFinished(10000);
    return times.size() == runs ? median(times) : -1;
}

} // namespace uo::cli
