#include "app/bench/bench_server.h"

#include "app/bench/bench_edit.h"
#include "app/bench/bench_notify.h"
#include "app/bench/bench_open.h"
#include "app/bench/bench_scratch.h"
#include "app/bench/bench_util.h"
#include "app/bench/bench_writers.h"
#include "core/edit_session/edit_session.h"
#include "core/server/pg_connection.h"
#include "core/server/server_district.h"
#include "core/server/server_export.h"
#include "core/server/server_publish.h"
#include "core/server/server_schema.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "core/store/store_tables.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

namespace uo::cli {

namespace {
// The same tables copied by GDAL's own tool into a schema of their own, as a user of another GIS would
// copy them; -1 when ogr2ogr is not installed.
double ogr2ogrMs(const server::ServerUrl &url, const QString &file, const QString &schema, QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
    if (program.isEmpty())
        return -1;
    QStringList tables;
    {
        const auto store = DistrictStore::open(file, DistrictStore::Access::ReadOnly);
        for (const StoreTable &table : districtTables(*store))
            tables.append(table.name);
    }
    QElapsedTimer clock;
    clock.start();
    QProcess p;
    p.start(program, QStringList{QStringLiteral("-f"), QStringLiteral("PostgreSQL"),
                                 QStringLiteral("PG:") + QString::fromUtf8(url.conninfo()), file} +
                         tables +
                         QStringList{QStringLiteral("-lco"), QStringLiteral("SCHEMA=") + schema,
                                     QStringLiteral("-lco"), QStringLiteral("GEOMETRY_NAME=geom"),
                                     QStringLiteral("--config"), QStringLiteral("PG_USE_COPY"),
                                     QStringLiteral("YES")});
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        *error = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return double(clock.nsecsElapsed()) / 1e6;
}
constexpr int kNotifyRuns = 10;
constexpr int kOpenRuns = 3;
const QSize kScreen(1920, 1080);

// The address of another district on the same server, as a string another process can open (with the
// password, if the address had one: the writers sign in as this process did).
QString addressOf(const server::ServerUrl &url, const QString &district)
{
    const QString conninfo = QString::fromUtf8(url.conninfo());
    return conninfo + (conninfo.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
           QStringLiteral("district=") + district;
}

// One save of 10,000 edited components (bench edit's edit) on the scratch district; -1 when it did not
// save them all.
double save10kMs(const QString &address, Streams io)
{
    auto store = DistrictStore::open(address);
    edit::EditSession session(*store);
    session.setJournalEnabled(false);
    const int edited = int(editTenThousand(session, address, io).size());
    if (edited == 0)
        return -1;
    QElapsedTimer clock;
    clock.start();
    const edit::SaveResult result = session.save();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (result.saved != edited || !result.conflicts.isEmpty()) {
        io.err << tr("The save wrote %1 of %2 rows.").arg(result.saved).arg(edited) << Qt::endl;
        return -1;
    }
    return ms;
}

// What the scratch district is for before it goes: a large save, then the writers.
void benchWrites(const QString &address, const Arguments &args, Streams io)
{
    printFigure(io, QStringLiteral("save_10k_ms"), save10kMs(address, io), 0);
    printFigure(io, QStringLiteral("notify_ms"), notifyMs(address, kNotifyRuns, io), 1);
    const WritersFigures writers =
        runWriters(address, args.intValue("writers", 8, 1), args.intValue("edits", 500, 1), io);
    printFigure(io, QStringLiteral("writers_ms"), writers.ms, 0);
    printFigure(io, QStringLiteral("saves_reported"), writers.saved, 0);
    printFigure(io, QStringLiteral("conflicts_reported"), writers.conflicts, 0);
    printFigure(io, QStringLiteral("lost_updates"), writers.lostUpdates, 0);
}
} // namespace

int benchServer(const Arguments &args, Streams io)
{
    if (args.isSet("listener"))
        return runListener(args.at(0), kNotifyRuns, io);
    if (args.isSet("writer"))
        return runWriter(args.at(0), args.intValue("writer", 0, 0), args.intValue("edits", 500, 1), io);
    BenchScratch dir;
    const QString scratch = QStringLiteral("bench_%1").arg(QCoreApplication::applicationPid());
    const QString ogrSchema = QStringLiteral("bench_ogr_%1").arg(QCoreApplication::applicationPid());
    const server::ServerUrl url = server::ServerUrl::parse(args.at(0));
    QString file = args.value(1);
    if (file.isEmpty()) {
        file = dir.filePath(QStringLiteral("district.sqlite"));
        QElapsedTimer clock;
        clock.start();
        server::ServerExport::run(url, file);
        printFigure(io, QStringLiteral("export_ms"), double(clock.nsecsElapsed()) / 1e6, 0);
    }
    {
        // The district itself, as a workstation opens it: until its first full frame.
        const OpenedDistrict opened = openForDrawing(args.at(0), kOpenRuns, kScreen);
        printFigure(io, QStringLiteral("open_ms"), median(opened.openMs), 0);
        printFigure(io, QStringLiteral("first_full_ms"), median(opened.firstFullMs), 0);
    }
    server::Connection connection(url);
    QElapsedTimer clock;
    clock.start();
    server::CopyReport report;
    try {
        report = server::ServerPublish::run(file, url.withDistrict(scratch));
    } catch (...) {
        if (server::ServerDistrict::exists(connection, scratch))
            server::server_schema::remove(connection, scratch);
        throw;
    }
    const double publishMs = double(clock.nsecsElapsed()) / 1e6;
    try {
        benchWrites(addressOf(url, scratch), args, io);
    } catch (...) {
        server::server_schema::remove(connection, scratch);
        throw;
    }
    server::server_schema::remove(connection, scratch);

    server::server_schema::createPlain(connection, ogrSchema);
    QString ogrError;
    const double ogrMs = ogr2ogrMs(url, file, ogrSchema, &ogrError);
    server::server_schema::dropPlain(connection, ogrSchema);
    if (!ogrError.isEmpty())
        io.err << tr("ogr2ogr: %1").arg(ogrError) << Qt::endl;

    printFigure(io, QStringLiteral("tables"), double(report.tables), 0);
    printFigure(io, QStringLiteral("rows"), double(report.rows), 0);
    printFigure(io, QStringLiteral("publish_ms"), publishMs, 0);
    printFigure(io, QStringLiteral("ogr2ogr_ms"), ogrMs, 0);
    if (ogrMs > 0)
        printFigure(io, QStringLiteral("publish_vs_ogr2ogr"), publishMs / ogrMs);
    return 0;
}

} // namespace uo::cli
