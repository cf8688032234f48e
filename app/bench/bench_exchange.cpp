#include "app/bench/bench_exchange.h"

#include "app/bench/bench_scratch.h"
#include "app/bench/bench_util.h"
#include "core/bench_data/bench_growth.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/io/import_source.h"
#include "gis/io/layer_export.h"
#include "gis/io/layer_import.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

namespace uo::cli {

namespace {
// The same copy by GDAL's own tool, as a user of another GIS would make it (`arguments` after
// "ogr2ogr"); -1 when it is not installed.
double ogr2ogrMs(const QStringList &arguments, QString *error)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
    if (program.isEmpty())
        return -1;
    QElapsedTimer clock;
    clock.start();
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(-1);
    if (p.exitCode() != 0)
        *error = QString::fromLocal8Bit(p.readAllStandardError());
    return double(clock.nsecsElapsed()) / 1e6;
}
} // namespace

int benchExchange(const Arguments &args, Streams io)
{
    const QString db = args.at(0);
    const QString layer = args.value("layer", tableOf(Layer::Components));
    BenchScratch dir;
    qint64 features = 0;
    double exportMs = 0;
    {
        auto store = DistrictStore::open(db, DistrictStore::Access::ReadOnly);
        QElapsedTimer clock;
        clock.start();
        features = LayerExport::run(*store, layer, dir.filePath(QStringLiteral("ours.gpkg")), {});
        exportMs = double(clock.nsecsElapsed()) / 1e6;
    }
    QString ogrError;
    const double ogrMs = ogr2ogrMs({QStringLiteral("-f"), QStringLiteral("GPKG"),
                                    dir.filePath(QStringLiteral("ogr2ogr.gpkg")), db, layer},
                                   &ogrError);
    // The import's own yardstick: GDAL reading the same GeoPackage into a new SpatiaLite file
    // (with its spatial index; without our checks, identifier index and attribute indexes).
    const double ogrInMs =
        ogr2ogrMs({QStringLiteral("-f"), QStringLiteral("SQLite"), QStringLiteral("-dsco"),
                   QStringLiteral("SPATIALITE=YES"), dir.filePath(QStringLiteral("ogr2ogr.sqlite")),
                   dir.filePath(QStringLiteral("ours.gpkg"))},
                  &ogrError);
    if (!ogrError.isEmpty())
        io.err << tr("ogr2ogr: %1").arg(ogrError.trimmed()) << Qt::endl;

    // Back in: a copy of the store with the layer emptied, so that identifiers are free again.
    const QString copy = dir.filePath(QStringLiteral("store.sqlite"));
    copyStore(db, copy);
    auto store = DistrictStore::open(copy, DistrictStore::Access::ReadWrite);
    bench_data::emptyLayer(*store, layer);
    LayerImport::Options options;
    options.file = dir.filePath(QStringLiteral("ours.gpkg"));
    options.table = layer;
    QStringList fields;
    {
        ImportSource source(options.file);
        for (const ImportSource::Field &f : source.fields())
            fields.append(f.name);
    }
    options.mapping = ImportMapping::guess(ImportMapping::columns(*store, layer), fields);
    QElapsedTimer clock;
    clock.start();
    const LayerImport::Report report = LayerImport::run(*store, options, false);
    const double importMs = double(clock.nsecsElapsed()) / 1e6;
    if (report.imported != features) {
        io.err << tr("bench export: %1 of %2 features came back; first problem: %3")
                      .arg(report.imported)
                      .arg(features)
                      .arg(report.lines(options.file).value(0))
               << Qt::endl;
        return 1;
    }
    printFigure(io, QStringLiteral("features"), double(features), 0);
    printFigure(io, QStringLiteral("export_ms"), exportMs, 0);
    printFigure(io, QStringLiteral("ogr2ogr_ms"), ogrMs, 0);
    printFigure(io, QStringLiteral("ogr2ogr_spatialite_ms"), ogrInMs, 0);
    printFigure(io, QStringLiteral("import_ms"), importMs, 0);
    if (ogrMs > 0) {
        printFigure(io, QStringLiteral("export_vs_ogr2ogr"), exportMs / ogrMs);
        printFigure(io, QStringLiteral("import_vs_ogr2ogr"), importMs / ogrMs);
    }
    if (ogrInMs > 0)
        printFigure(io, QStringLiteral("import_vs_ogr2ogr_spatialite"), importMs / ogrInMs);
    return 0;
}

} // namespace uo::cli
