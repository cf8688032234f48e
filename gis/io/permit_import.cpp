#include "gis/io/permit_import.h"

#include "gis/crs/crs_transform.h"
#include "gis/geometry/geos_context.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/store_error.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cmath>
#include <memory>

namespace uo {

namespace {

const QStringList kUtilities{QStringLiteral("water"), QStringLiteral("drainage"), QStringLiteral("gas"), QStringLiteral("power"),
                             QStringLiteral("telecom"), QStringLiteral("broadcast"), QStringLiteral("heat"), QStringLiteral("other")};
const QStringList kWorks{QStringLiteral("new"), QStringLiteral("upgrade"), QStringLiteral("repair"), QStringLiteral("emergency"),
                         QStringLiteral("connection")};
// Text columns copied as they are when present.
const char *const kTextColumns[] = {"location", "reason", "conditions", "police_approval_no", "filing_deadline"};
const char *const kNumberColumns[] = {"carriageway_m2", "sidewalk_m2", "green_m2", "trench_length_m", "fee_yuan"};

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

struct DatasetCloser
{
    void operator()(void *ds) const { GDALClose(ds); }
};

QString field(OGRFeatureH f, const char *name)
{
    const int i = OGR_F_GetFieldIndex(f, name);
    if (i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i))
        return QString();
    return QString::fromUtf8(OGR_F_GetFieldAsString(f, i)).trimmed();
}

// The EPSG code of a layer's CRS, 0 when it has none or none PROJ can name.
int epsgOf(OGRLayerH layer)
{
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    if (!srs)
        return 0;
    OSRAutoIdentifyEPSG(srs);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    return code ? QByteArray(code).toInt() : 0;
}

} // namespace

PermitImport::Result PermitImport::run(DistrictStore &store, const QString &file, int sourceCrs)
{
    Result result;
    GDALAllRegister();
    const bool csv = QFileInfo(file).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const char *csvOptions[] = {"GEOM_POSSIBLE_NAMES=wkt,WKT,geometry,geom", "KEEP_GEOM_COLUMNS=NO", nullptr};
    std::unique_ptr<void, DatasetCloser> ds(
        GDALOpenEx(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, csv ? csvOptions : nullptr, nullptr));
    if (!ds) {
        result.errors.append(tr("%1 cannot be read as CSV or GeoJSON: %2").arg(file, QString::fromUtf8(CPLGetLastErrorMsg())));
        return result;
    }
    OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
    if (!layer) {
        result.errors.append(tr("%1 holds no table of features.").arg(file));
        return result;
    }
    const int fileCrs = epsgOf(layer);
    const int from = fileCrs ? fileCrs : (sourceCrs ? sourceCrs : store.srid());
    std::unique_ptr<CrsTransform> toStore;
    if (from != store.srid())
        toStore = std::make_unique<CrsTransform>(from, store.srid());

    Geos geos;
    Geos::Ptr district;
    {
        auto st = store.db().prepare("SELECT geom FROM district_boundary WHERE kind = 'district'");
        if (st.step()) {
            int size = 0;
            const char *data = st.blobData(0, &size);
            if (auto g = geometry_blob::decode(data, size))
                district = geos.make(*g);
        }
    }
    QSet<QString> known;
    {
        auto st = store.db().prepare("SELECT permit_no FROM permits");
        while (st.step())
            known.insert(st.text(0));
    }

    struct Row
    {
        QVariantMap values;
        Geometry geometry;
    };
    QList<Row> rows;
    OGR_L_ResetReading(layer);
    int index = 0;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        ++index;
        // CSV rows are named by their line (the header is line 1); other formats by their position.
        const QString where = csv ? tr("line %1").arg(index + 1) : tr("feature %1").arg(index);
        QStringList problems;
        Row row;
        const QString number = field(f, "permit_no");
        const QString applicant = field(f, "applicant");
        const QString utility = field(f, "utility_type");
        const QString work = field(f, "work_type");
        const QDate start = QDate::fromString(field(f, "start_date"), Qt::ISODate);
        const QDate end = QDate::fromString(field(f, "end_date"), Qt::ISODate);
        if (number.isEmpty())
            problems.append(tr("no permit_no"));
        else if (known.contains(number))
            problems.append(tr("permit %1 is already in the store or earlier in the file").arg(number));
        if (applicant.isEmpty())
            problems.append(tr("no applicant"));
        if (!kUtilities.contains(utility))
            problems.append(tr("utility_type \"%1\" is not one of %2").arg(utility, kUtilities.join(QStringLiteral(", "))));
        if (!kWorks.contains(work))
            problems.append(tr("work_type \"%1\" is not one of %2").arg(work, kWorks.join(QStringLiteral(", "))));
        if (!start.isValid() || !end.isValid())
            problems.append(tr("start_date and end_date must be dates like 2026-12-01"));
        else if (end < start)
            problems.append(tr("end_date %1 is before start_date %2").arg(isoDate(end), isoDate(start)));
        for (const char *name : kTextColumns)
            if (const QString text = field(f, name); !text.isEmpty())
                row.values.insert(QLatin1String(name), text);
        for (const char *name : kNumberColumns) {
            const QString text = field(f, name);
            bool ok = true;
            const double value = text.toDouble(&ok);
            if (!text.isEmpty() && (!ok || value < 0))
                problems.append(tr("%1 \"%2\" is not a number of zero or more").arg(QLatin1String(name), text));
            else if (!text.isEmpty())
                row.values.insert(QLatin1String(name), value);
        }

        // The dug area: a polygon, or a line widened by width_m.
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (!g || OGR_G_IsEmpty(g)) {
            problems.append(tr("no geometry"));
        } else {
            OGRGeometryH flat = OGR_G_Clone(g);
            OGR_G_FlattenTo2D(flat);
            const int size = OGR_G_WkbSize(flat);
            QByteArray wkb(size, Qt::Uninitialized);
            OGR_G_ExportToWkb(flat, wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()));
            OGR_G_DestroyGeometry(flat);
            GEOSWKBReader *reader = GEOSWKBReader_create_r(geos.handle());
            Geos::Ptr shape = geos.own(GEOSWKBReader_read_r(geos.handle(), reader,
                                                            reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(size)));
            GEOSWKBReader_destroy_r(geos.handle(), reader);
            if (shape && toStore) {
                Geometry moved = geos.toGeometry(shape.get(), store.srid());
                const Geometry::Type type = moved.type;
                for (Geometry::Part &part : moved.parts)
                    for (Geometry::Ring &ring : part)
                        toStore->forward(ring);
                moved.type = type;
                shape = geos.make(moved);
            }
            const int type = shape ? GEOSGeomTypeId_r(geos.handle(), shape.get()) : -1;
            if (type == GEOS_LINESTRING) {
                const double width = field(f, "width_m").toDouble();
                if (width <= 0)
                    problems.append(tr("a line needs width_m, the trench width in metres"));
                else
                    shape = geos.buffer(shape.get(), width / 2, 2);
            }
            QString reason;
            const int kind = shape ? GEOSGeomTypeId_r(geos.handle(), shape.get()) : -1;
            if (kind != GEOS_POLYGON && kind != GEOS_MULTIPOLYGON && type != GEOS_LINESTRING)
                problems.append(tr("the geometry is not a polygon or a line"));
            else if (kind == GEOS_MULTIPOLYGON)
                problems.append(tr("the dug area has several parts; file one permit per area"));
            else if (kind == GEOS_POLYGON && !geos.isValid(shape.get(), &reason))
                problems.append(tr("the dug area is not a valid polygon: %1").arg(reason));
            else if (kind == GEOS_POLYGON && district && !geos.contains(district.get(), shape.get()))
                problems.append(tr("the dug area is not inside the district (wrong coordinate system?)"));
            else if (kind == GEOS_POLYGON)
                row.geometry = geos.toGeometry(shape.get(), store.srid());
        }
        OGR_F_Destroy(f);

        if (!problems.isEmpty()) {
            result.errors.append(where + QStringLiteral(": ") + problems.join(QStringLiteral("; ")));
            continue;
        }
        known.insert(number);
        row.values.insert(QStringLiteral("permit_no"), number);
        row.values.insert(QStringLiteral("applicant"), applicant);
        row.values.insert(QStringLiteral("utility_type"), utility);
        row.values.insert(QStringLiteral("work_type"), work);
        row.values.insert(QStringLiteral("start_date"), isoDate(start));
        row.values.insert(QStringLiteral("end_date"), isoDate(end));
        row.values.insert(QStringLiteral("emergency"), work == QLatin1String("emergency") ? 1 : 0);
        rows.append(row);
    }
    result.rows = index;
    if (index == 0)
        result.errors.append(tr("%1 holds no permits.").arg(file));
    if (!result.errors.isEmpty())
        return result;

    // All good: one transaction for every permit and its first history step.
    sql::Transaction tx(store.db());
    auto history = store.db().prepare("INSERT INTO permit_history(permit_id, time, operator, to_status, reason, route) "
                                      "VALUES (?, ?, ?, 'submitted', ?, 'online')");
    const QString now = QDateTime::currentDateTime().toOffsetFromUtc(8 * 3600).toString(Qt::ISODate);
    for (Row &row : rows) {
        Geos::Ptr shape = geos.make(row.geometry);
        row.values.insert(QStringLiteral("area_m2"), std::round(geos.area(shape.get()) * 10) / 10);
        row.values.insert(QStringLiteral("status"), QStringLiteral("submitted"));
        row.values.insert(QStringLiteral("geom"), geometry_blob::encode(row.geometry));
        QStringList columns;
        QByteArray marks;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
            columns.append(it.key());
            marks += marks.isEmpty() ? "?" : ", ?";
        }
        auto insert = store.db().prepare("INSERT INTO permits(" + columns.join(QStringLiteral(", ")).toUtf8() + ") VALUES (" + marks + ")");
        int i = 1;
        for (const QVariant &value : std::as_const(row.values))
            insert.bindVariant(i++, value);
        insert.run();
        const qint64 id = store.db().lastInsertId();
        history.bind(1, id).bind(2, now).bind(3, store.operatorName()).bind(4, tr("imported from %1").arg(QFileInfo(file).fileName()));
        history.run();
        store.recordAudit(QStringLiteral("import"), QStringLiteral("permits"), id, {},
                          {{QStringLiteral("permit_no"), row.values.value(QStringLiteral("permit_no"))},
                           {QStringLiteral("source"), file}});
        ++result.imported;
    }
    store.touch();
    tx.commit();
    return result;
}

} // namespace uo
