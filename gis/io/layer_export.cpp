#include "gis/io/layer_export.h"

#include "core/error/error.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layer_rows.h"
#include "core/store/layers.h"
#include "core/store/store_columns.h"
#include "gis/crs/crs_transform.h"
#include "gis/io/gdal_handles.h"

#include <QDir>
#include <QFileInfo>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace uo {

namespace {

struct Driver
{
    const char *suffix;
    const char *name;
};
const Driver kDrivers[] = {{"gpkg", "GPKG"},       {"shp", "ESRI Shapefile"},
                           {"geojson", "GeoJSON"}, {"json", "GeoJSON"},
                           {"kml", "KML"},         {"csv", "CSV"},
                           {"dxf", "DXF"}};

gdal::SpatialRef srsFor(int epsg)
{
    gdal::SpatialRef srs(OSRNewSpatialReference(nullptr));
    // Longitude first, as every GIS file format expects, whatever EPSG's axis order says.
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    if (OSRImportFromEPSG(srs.get(), epsg) != OGRERR_NONE)
        srs.reset();
    return srs;
}

OGRwkbGeometryType ogrType(const char *spatialite)
{
    const QByteArray t(spatialite);
    if (t == "POINT")
        return wkbPoint;
    if (t == "LINESTRING")
        return wkbLineString;
    if (t == "POLYGON")
        return wkbPolygon;
    return wkbMultiPolygon;
}

// What GDAL hands out for one export, freed on every path out of run().
struct Resources
{
    gdal::SpatialRef source, target;
    gdal::Transform transform;
    gdal::Dataset dataset; // last: closed first, which completes the file
};

// A column of the layer and the field of the file it goes to.
struct Column
{
    QString name;
    OGRFieldType type;
    int field = -1; // in the output layer; drivers may have fields of their own before ours
};

// Every column but the geometry, with SQLite's declared type deciding the field type. DXF takes only
// its own fields, so none are added there. Returns GDAL's words when a field cannot be made.
QString addFields(DistrictStore &store, const QString &table, OGRLayerH out, bool dxf, QList<Column> *columns)
{
    for (const StoreColumns::Column &column : StoreColumns::of(store, table)) {
        if (column.name == QLatin1String("geom"))
            continue;
        const QString type = column.type.toUpper();
        const OGRFieldType ft = type.contains(QLatin1String("INT"))    ? OFTInteger64
                                : type.contains(QLatin1String("REAL")) ? OFTReal
                                                                       : OFTString;
        columns->append({column.name, ft});
        if (dxf)
            continue;
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(out);
        const int before = OGR_FD_GetFieldCount(defn);
        const gdal::FieldDefn def(OGR_Fld_Create(column.name.toUtf8().constData(), ft));
        const OGRErr err = OGR_L_CreateField(out, def.get(), TRUE);
        if (err != OGRERR_NONE)
            return QString::fromUtf8(CPLGetLastErrorMsg());
        // A new field is the last one, under a name the driver may have shortened (Shapefile: 10
        // characters); a name the layer already had (KML's Name) is filled in place.
        const int count = OGR_FD_GetFieldCount(defn);
        columns->last().field =
            count > before ? count - 1 : OGR_FD_GetFieldIndex(defn, column.name.toUtf8().constData());
    }
    return QString();
}

// One row of the store as a feature of the file (without attributes for DXF).
gdal::Feature featureOf(const sql::Statement &rows, const QList<Column> &columns, OGRFeatureDefnH defn,
                        bool dxf, OGRCoordinateTransformationH transform)
{
    gdal::Feature feature(OGR_F_Create(defn));
    const int geometryColumn = int(columns.size());
    if (!dxf)
        for (int c = 0; c < geometryColumn; ++c) {
            const int field = columns[c].field;
            if (rows.isNull(c) || field < 0)
                continue;
            if (columns[c].type == OFTInteger64)
                OGR_F_SetFieldInteger64(feature.get(), field, rows.int64(c));
            else if (columns[c].type == OFTReal)
                OGR_F_SetFieldDouble(feature.get(), field, rows.real(c));
            else
                OGR_F_SetFieldString(feature.get(), field, rows.textData(c));
        }
    int size = 0;
    const char *wkb = rows.blobData(geometryColumn, &size);
    OGRGeometryH geometry = nullptr;
    if (wkb && size > 0 &&
        OGR_G_CreateFromWkb(reinterpret_cast<const unsigned char *>(wkb), nullptr, &geometry, size) ==
            OGRERR_NONE) {
        if (transform)
            OGR_G_Transform(geometry, transform);
        OGR_F_SetGeometryDirectly(feature.get(), geometry);
    }
    return feature;
}

} // namespace

QString LayerExport::driverFor(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    for (const Driver &d : kDrivers)
        if (suffix == QLatin1String(d.suffix))
            return QLatin1String(d.name);
    return QString();
}

qint64 LayerExport::run(DistrictStore &store, const QString &table, const QString &file,
                        const Options &options)
{
    store.refuseOwnFile(file); // GDAL would write over the district, or open it and drop its locks
    const LayerInfo *layer = findLayer(table);
    if (!layer)
        throw RequestError(tr("%1 is not a map layer of the store.").arg(table));
    const QString driverName = driverFor(file);
    if (driverName.isEmpty())
        throw RequestError(
            tr("%1: the file name must end in .gpkg, .shp, .geojson, .kml, .csv or .dxf.").arg(file));
    if (QFileInfo::exists(file))
        throw FileError(FileError::Kind::Exists,
                        tr("%1 already exists; choose a new file name.").arg(QDir::toNativeSeparators(file)));

    GDALAllRegister();
    Resources r;
    const int targetEpsg = options.targetEpsg > 0 ? options.targetEpsg : store.srid();
    r.source = srsFor(store.srid());
    r.target = srsFor(targetEpsg);
    if (!r.source || !r.target)
        throw CrsError(tr("EPSG:%1 is not a coordinate system GDAL knows.").arg(targetEpsg));
    if (targetEpsg != store.srid())
        r.transform.reset(OCTNewCoordinateTransformation(r.source.get(), r.target.get()));

    GDALDriverH driver = GDALGetDriverByName(driverName.toUtf8().constData());
    r.dataset.reset(driver ? GDALCreate(driver, file.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr)
                           : nullptr);
    auto fail = [&](const QString &what) -> FileError {
        r.dataset.reset();
        if (driver)
            GDALDeleteDataset(driver, file.toUtf8().constData());
        return FileError(
            FileError::Kind::Unwritable,
            tr("Exporting %1 to %2 failed: %3").arg(table, QDir::toNativeSeparators(file), what));
    };
    if (!r.dataset)
        throw fail(QString::fromUtf8(CPLGetLastErrorMsg()));

    CPLStringList layerOptions; // GDAL's own owner of a string list
    if (driverName == QLatin1String("ESRI Shapefile"))
        layerOptions.SetNameValue("ENCODING", "UTF-8"); // writes the .cpg
    if (driverName == QLatin1String("CSV"))
        layerOptions.SetNameValue("GEOMETRY", "AS_WKT");
    const bool dxf = driverName == QLatin1String("DXF");
    OGRLayerH out =
        GDALDatasetCreateLayer(r.dataset.get(), table.toUtf8().constData(), r.target.get(),
                               dxf ? wkbUnknown : ogrType(layer->geometryType), layerOptions.List());
    if (!out)
        throw fail(QString::fromUtf8(CPLGetLastErrorMsg()));

    QList<Column> columns;
    if (const QString error = addFields(store, table, out, dxf, &columns); !error.isEmpty())
        throw fail(error);

    QStringList names;
    for (const Column &c : std::as_const(columns))
        names.append(c.name);
    const qint64 total = store.count(table);
    auto rows = layer_rows::forExport(store, table, names, options.where);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(out);
    qint64 written = 0;
    GDALDatasetStartTransaction(r.dataset.get(), FALSE);
    while (rows.step()) {
        if (!options.job.isCurrent())
            throw fail(tr("cancelled"));
        const gdal::Feature feature = featureOf(rows, columns, defn, dxf, r.transform.get());
        if (OGR_L_CreateFeature(out, feature.get()) != OGRERR_NONE)
            throw fail(QString::fromUtf8(CPLGetLastErrorMsg()));
        if (++written % 10000 == 0) {
            // Large transactions write fastest; progress is told more often than they commit.
            if (written % 100000 == 0) {
                GDALDatasetCommitTransaction(r.dataset.get());
                GDALDatasetStartTransaction(r.dataset.get(), FALSE);
            }
            if (options.progress)
                options.progress(written, total);
        }
    }
    GDALDatasetCommitTransaction(r.dataset.get());
    if (options.progress)
        options.progress(written, total);
    return written; // the dataset is closed, and the file completed, by Resources
}

} // namespace uo
