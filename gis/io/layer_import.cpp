#include "gis/io/layer_import.h"

#include "core/error/error.h"
#include "core/store/district_store.h"
#include "core/store/import_transaction.h"
#include "core/store/layers.h"
#include "gis/crs/crs_transform.h"
#include "gis/io/gdal_errors.h"
#include "gis/io/gdal_handles.h"
#include "gis/io/import_crs_hint.h"
#include "gis/io/import_geometry.h"
#include "gis/io/import_source.h"
#include "gis/io/import_target.h"
#include "gis/io/import_values.h"

#include <QDir>
#include <ogr_api.h>
#include <optional>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace uo {

namespace {

// Above this many features the layer is bulk loaded: its spatial index filled once at the end instead of
// row by row.
constexpr qint64 kBulkThreshold = 50000;
constexpr qint64 kProgressEvery = 10000;

// Each insert opens and frees one of SQLite's temporary tables (perf shows a pager opened and closed in
// every step; most likely the IN lists of the layer's CHECK constraints), and glibc gives that memory
// back to the kernel and takes it again thousands of times a second (a quarter of the time of a
// 200,000-component import). While a large import runs, freed memory (up to 64 MB) stays with the
// process; glibc's defaults come back afterwards.
class KeepFreedMemory
{
public:
    KeepFreedMemory()
    {
#ifdef __GLIBC__
        mallopt(M_TRIM_THRESHOLD, 64 << 20);
        mallopt(M_TOP_PAD, 16 << 20);
#endif
    }
    ~KeepFreedMemory()
    {
#ifdef __GLIBC__
        mallopt(M_TRIM_THRESHOLD, 128 << 10);
        mallopt(M_TOP_PAD, 128 << 10);
#endif
    }
    KeepFreedMemory(const KeepFreedMemory &) = delete;
    KeepFreedMemory &operator=(const KeepFreedMemory &) = delete;
};

// The layer an import fills, or a RequestError saying which ones it can.
const LayerInfo &targetLayer(const QString &table)
{
    const LayerInfo *layer = findLayer(table);
    if (!layer || !ImportMapping::targetTables().contains(table))
        throw RequestError(LayerImport::tr("%1 is not a layer an import can fill (%2).")
                               .arg(table, ImportMapping::targetTables().join(QStringLiteral(", "))));
    return *layer;
}

// The CRS the coordinates are read in: the user's when they overrule the file, the file's, GCJ-02
// when the file's name says so (web maps write GeoJSON that claims WGS84), else the user's choice or
// the store's.
int chooseCrs(DistrictStore &store, const LayerImport::Options &options, const ImportSource &source,
              LayerImport::Report &report)
{
    if (source.crsCode() == -1 && !options.overrideCrs)
        throw CrsError(LayerImport::tr("%1 uses a coordinate system without an EPSG code (%2); choose the "
                                       "coordinate system to read it in.")
                           .arg(QDir::toNativeSeparators(options.file), source.crsDescription()));
    if (options.overrideCrs)
        return options.sourceCrs ? options.sourceCrs : store.srid();
    const int fileCrs = source.crsCode();
    if ((fileCrs == 0 || fileCrs == crs::kWgs84 || fileCrs == crs::kCgcs2000LonLat) &&
        options.sourceCrs == 0 && ImportCrsHint::nameSaysGcj02(options.file)) {
        report.notes.append(
            LayerImport::tr("The file's name says GCJ-02: its coordinates are read as GCJ-02 (--crs 4326 "
                            "reads them as %1).")
                .arg(fileCrs ? crs::name(fileCrs) : crs::name(crs::kWgs84)));
        return crs::kGcj02;
    }
    if (fileCrs != 0)
        return fileCrs;
    return options.sourceCrs ? options.sourceCrs : store.srid();
}

// Everything an import needs before its first feature: the file, its layer, the mapping checked
// against the store's columns, the coordinate system and what a look at the first features says of it.
struct Opened
{
    const LayerInfo &layer;
    ImportSource source;
    QList<ImportMapping::Column> columns;

    Opened(DistrictStore &store, const LayerImport::Options &options)
        : layer(targetLayer(options.table)), source(options.file, options.layer, options.encoding),
          columns(ImportMapping::columns(store, options.table))
    {
        if (source.layerUnnamed())
            throw RequestError(
                LayerImport::tr("%1 holds %n layer(s): %2. Choose the one to import (--layer NAME).", nullptr,
                                int(source.layerNames().size()))
                    .arg(QDir::toNativeSeparators(options.file),
                         source.layerNames().join(QStringLiteral(", "))));
        if (const QStringList missing =
                options.mapping.missingRequired(options.table, columns, options.generateIds);
            !missing.isEmpty())
            throw RequestError(
                LayerImport::tr("No field of the file fills %1, which every feature of %2 needs.")
                    .arg(missing.join(QStringLiteral(", ")), options.table));
    }
};

// The layer's identifier, by which a feature already in the store is found.
QString uniqueColumn(const QList<ImportMapping::Column> &columns)
{
    for (const ImportMapping::Column &c : columns)
        if (!c.unique.isEmpty())
            return c.name;
    return {};
}

// The stages each feature goes through after it is read: map, check, write.
struct Stages
{
    ImportValues values;
    ImportTarget target;
    ImportGeometry geometry;
    ImportWriter writer;

    Stages(DistrictStore &store, const LayerImport::Options &options, Opened &opened, int sourceCrs)
        : values(store, opened.source, options.table, opened.columns, options.mapping),
          target(store, opened.source, options.table, options.generateIds),
          geometry(store, opened.layer.geometryType, sourceCrs, options.swapAxes),
          writer(store, options.table, uniqueColumn(opened.columns), options.duplicates)
    {
    }

    // One feature through map, check and write; returns its problems (none: it is in the store).
    QStringList take(OGRFeatureH f, qint64 position, LayerImport::Report &report)
    {
        QStringList problems;
        QVariantMap row = values.read(f, position, &problems);
        const std::optional<QByteArray> blob =
            geometry.convert(OGR_F_GetGeometryRef(f), &problems, target.lineWidth(f));
        target.complete(row, &problems); // last: identifiers are made only for features that will go in
        if (!problems.isEmpty())
            return problems;
        target.measured(row, geometry.lastArea());
        QString refused;
        const ImportWriter::Outcome out = writer.write(row, *blob, geometry.lastPoint(), &refused);
        if (out.id == 0)
            return {refused};
        if (out.merged)
            ++report.merged;
        else {
            target.inserted(out.id);
            report.added.append(out.id);
        }
        return {};
    }
};

} // namespace

QStringList LayerImport::Report::lines(const QString &file) const
{
    QStringList out = warnings;
    const bool csv = file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    for (const Problem &p : problems)
        out.append((csv ? LayerImport::tr("line %1").arg(p.feature + 1)
                        : LayerImport::tr("feature %1").arg(p.feature)) +
                   QStringLiteral(": ") + p.reason);
    return out;
}

LayerImport::Report LayerImport::check(DistrictStore &store, const Options &options)
{
    return process(store, options, false, false);
}

LayerImport::Report LayerImport::run(DistrictStore &store, const Options &options, bool acceptProblems)
{
    return process(store, options, true, acceptProblems);
}

LayerImport::Report LayerImport::process(DistrictStore &store, const Options &options, bool write,
                                         bool acceptProblems)
{
    store.refuseOwnFile(options.file); // GDAL opening the store would drop this process's locks on it
    // GDAL's warnings and errors go into the report and the errors thrown, never to the terminal.
    GdalErrors gdal;
    Opened opened(store, options);
    Report report;
    report.sourceCrs = chooseCrs(store, options, opened.source, report);
    if (const auto hint =
            ImportCrsHint::judge(store, opened.source.layer(), report.sourceCrs, options.swapAxes))
        report.warnings.append(hint->message);
    Stages stages(store, options, opened, report.sourceCrs);

    const qint64 total = opened.source.featureCount();
    ImportTransaction tx(store, options.table, total > kBulkThreshold);
    std::optional<KeepFreedMemory> keepMemory;
    if (total > kBulkThreshold)
        keepMemory.emplace();

    // Read: a file cut short or damaged makes GDAL fail reading a feature, or stop before the count
    // its header gives: the file is refused as a whole, since the features after the damage are lost.
    OGRLayerH in = opened.source.layer();
    OGR_L_ResetReading(in);
    qint64 index = 0;
    const auto damaged = [&](const QString &reason) {
        return FileError(FileError::Kind::Unreadable,
                         tr("%1 is damaged or incomplete (after feature %2: %3); nothing was imported.")
                             .arg(QDir::toNativeSeparators(options.file))
                             .arg(index)
                             .arg(reason));
    };
    while (true) {
        gdal.clear();
        const gdal::Feature f(OGR_L_GetNextFeature(in));
        if (gdal.failed())
            throw damaged(gdal.message());
        if (!f)
            break;
        ++index;
        if (const QStringList problems = stages.take(f.get(), index, report); !problems.isEmpty())
            report.problems.append({index, problems.join(QStringLiteral("; "))});
        if (index % kProgressEvery == 0) {
            if (options.progress)
                options.progress(index, total);
            if (!options.job.isCurrent()) {
                report.read = index;
                report.cancelled = true;
                return report; // the transaction rolls back
            }
        }
    }
    if (total >= 0 && index < total)
        throw damaged(tr("the file says it holds %1 features").arg(total));
    report.read = index;
    report.importable = index - report.problems.size();
    report.notes += stages.values.readings() + stages.target.notes();
    if (options.progress)
        options.progress(index, total);
    if (index == 0)
        report.problems.append({0, tr("the file holds no features")});
    if (!write || (report.blocked() && !acceptProblems) || report.importable == 0)
        return report; // rolled back: the store is as it was

    store.recordAudit(QStringLiteral("import"), options.table, 0, {},
                      {{QStringLiteral("source"), QDir::toNativeSeparators(options.file)},
                       {QStringLiteral("features"), report.importable},
                       {QStringLiteral("merged"), report.merged},
                       {QStringLiteral("left_out"), qint64(report.problems.size())},
                       {QStringLiteral("crs"), report.sourceCrs},
                       {QStringLiteral("mapping"), options.mapping.toJson()}});
    store.touch();
    tx.commit();
    report.imported = report.importable;
    return report;
}

} // namespace uo
