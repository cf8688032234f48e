#include "gis/io/layer_import.h"

#include "core/catalogue/component_id.h"
#include "gis/crs/crs_transform.h"
#include "gis/io/gdal_errors.h"
#include "gis/geometry/geos_context.h"
#include "gis/io/import_geometry.h"
#include "gis/io/import_source.h"
#include "core/sql/statement.h"
#include "core/store/bulk_load.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QDate>
#include <QDir>
#include <QRegularExpression>
#include <QScopeGuard>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <ogr_api.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace uo {

namespace {

// Above this many features the spatial index is filled once at the end instead of row by row.
constexpr qint64 kBulkThreshold = 50000;
constexpr qint64 kProgressEvery = 10000;

struct MappedField
{
    QString column;
    QString type;
    int field = -1; // -1: the fixed value
    OGRFieldType fieldType = OFTString;
    QVariant fixed;
};

// A fixed value as the column takes it; text the column cannot take is left for the store to name.
QVariant fixedValue(const QString &type, const QString &text)
{
    bool ok = false;
    if (type.contains(QLatin1String("INT"))) {
        const qint64 v = text.toLongLong(&ok);
        return ok ? QVariant(v) : QVariant(text);
    }
    if (type.contains(QLatin1String("REAL"))) {
        const double v = text.toDouble(&ok);
        return ok ? QVariant(v) : QVariant(text);
    }
    return text;
}

QVariant readValue(OGRFeatureH f, const MappedField &m)
{
    if (m.field < 0)
        return m.fixed;
    if (!OGR_F_IsFieldSetAndNotNull(f, m.field))
        return QVariant();
    if (m.fieldType == OFTDate || m.fieldType == OFTDateTime) {
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
        float s = 0;
        OGR_F_GetFieldAsDateTimeEx(f, m.field, &y, &mo, &d, &h, &mi, &s, &tz);
        return QDate(y, mo, d).toString(Qt::ISODate);
    }
    if (m.type.contains(QLatin1String("INT"))) {
        if (m.fieldType == OFTInteger || m.fieldType == OFTInteger64)
            return OGR_F_GetFieldAsInteger64(f, m.field);
        bool ok = false;
        const QString text = QString::fromUtf8(OGR_F_GetFieldAsString(f, m.field)).trimmed();
        const qint64 v = text.toLongLong(&ok);
        return text.isEmpty() ? QVariant() : ok ? QVariant(v) : QVariant(text); // the store names a bad one
    }
    if (m.type.contains(QLatin1String("REAL"))) {
        if (m.fieldType == OFTReal || m.fieldType == OFTInteger || m.fieldType == OFTInteger64)
            return OGR_F_GetFieldAsDouble(f, m.field);
        bool ok = false;
        const QString text = QString::fromUtf8(OGR_F_GetFieldAsString(f, m.field)).trimmed();
        const double v = text.toDouble(&ok);
        return text.isEmpty() ? QVariant() : ok ? QVariant(v) : QVariant(text);
    }
    QString text = QString::fromUtf8(OGR_F_GetFieldAsString(f, m.field)).trimmed();
    if (m.fieldType == OFTReal && text.endsWith(QLatin1String(".0")))
        text.chop(2); // a code GDAL read as a number
    if (m.column.endsWith(QLatin1String("_date"))) {
        // Spreadsheets write 2025/9/29; the store keeps ISO dates.
        static const QRegularExpression slashed(QStringLiteral("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})$"));
        if (const auto match = slashed.match(text); match.hasMatch())
            text = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()).toString(Qt::ISODate);
    }
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// What the store said about a row it refused, in the user's words.
QString refusal(const QString &message, const QVariantMap &values)
{
    static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: \\w+\\.(\\w+)"));
    static const QRegularExpression notNull(QStringLiteral("NOT NULL constraint failed: \\w+\\.(\\w+)"));
    static const QRegularExpression check(QStringLiteral("CHECK constraint failed: (.*)$"));
    if (const auto m = unique.match(message); m.hasMatch())
        return LayerImport::tr("%1 \"%2\" is already in the store or earlier in the file")
            .arg(m.captured(1), values.value(m.captured(1)).toString());
    if (const auto m = notNull.match(message); m.hasMatch())
        return LayerImport::tr("%1 is empty").arg(m.captured(1));
    if (const auto m = check.match(message); m.hasMatch())
        return LayerImport::tr("a value the store does not allow (%1)").arg(m.captured(1).trimmed());
    if (message.contains(QLatin1String("FOREIGN KEY")))
        return LayerImport::tr("a reference (entity, street, person) names nothing in the store");
    return message;
}

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

} // namespace

QStringList LayerImport::Report::lines(const QString &file) const
{
    QStringList out;
    const bool csv = file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    for (const Problem &p : problems)
        out.append((csv ? LayerImport::tr("line %1").arg(p.feature + 1) : LayerImport::tr("feature %1").arg(p.feature)) +
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

LayerImport::Report LayerImport::process(DistrictStore &store, const Options &options, bool write, bool acceptProblems)
{
    const QString &table = options.table;
    const LayerInfo *layer = findLayer(table);
    if (!layer || !ImportMapping::targetTables().contains(table))
        throw StoreError(StoreError::Kind::Invalid, tr("%1 is not a layer an import can fill (%2).")
                                                        .arg(table, ImportMapping::targetTables().join(QStringLiteral(", "))));
    ImportSource source(options.file, options.layer, options.encoding);
    const QList<ImportMapping::Column> columns = ImportMapping::columns(store, table);
    if (const QStringList missing = options.mapping.missingRequired(table, columns); !missing.isEmpty())
        throw StoreError(StoreError::Kind::Invalid,
                         tr("No field of the file fills %1, which every feature of %2 needs.").arg(missing.join(QStringLiteral(", ")), table));

    OGRLayerH in = source.layer();
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(in);
    QList<MappedField> mapped;
    for (const ImportMapping::Column &c : columns) {
        const QString field = options.mapping.source(c.name);
        if (field.isEmpty())
            continue;
        if (ImportMapping::isFixed(field)) {
            mapped.append({c.name, c.type, -1, OFTString, fixedValue(c.type, ImportMapping::fixedValue(field))});
            continue;
        }
        const int index = OGR_FD_GetFieldIndex(defn, field.toUtf8().constData());
        if (index < 0)
            throw StoreError(StoreError::Kind::Invalid, tr("The file has no field %1 (mapped to %2).").arg(field, c.name));
        mapped.append({c.name, c.type, index, OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, index)), {}});
    }

    Report report;
    if (source.crsCode() == -1 && !options.overrideCrs)
        throw StoreError(StoreError::Kind::Invalid,
                         tr("%1 uses a coordinate system without an EPSG code (%2); choose the coordinate system to read it in.")
                             .arg(QDir::toNativeSeparators(options.file), source.crsDescription()));
    report.sourceCrs = (options.overrideCrs || source.crsCode() == 0) ? (options.sourceCrs ? options.sourceCrs : store.srid())
                                                                      : source.crsCode();
    ImportGeometry geometry(store, layer->geometryType, report.sourceCrs);

    // Components are named after their class when the file has no name, and are intact unless said.
    const bool components = table == QLatin1String("components");
    QHash<QString, QString> className;
    if (components) {
        auto st = store.db().prepare("SELECT code, name FROM catalogue WHERE length(code) = 4");
        while (st.step())
            className.insert(st.text(0), st.text(1));
    }
    const bool permits = table == QLatin1String("permits");

    const qint64 total = source.featureCount();
    // A million rows with their indexes thrash SQLite's default 2 MB page cache; give this connection
    // room while it imports and put it back afterwards.
    const qint64 cacheSize = store.db().scalarInt("PRAGMA cache_size");
    store.db().exec("PRAGMA cache_size = -262144");
    const auto restoreCache = qScopeGuard([&] { store.db().exec("PRAGMA cache_size = " + QByteArray::number(cacheSize)); });
    sql::Transaction tx(store.db());
    std::optional<BulkLoad> bulk;
    std::optional<KeepFreedMemory> keepMemory;
    if (total > kBulkThreshold) {
        bulk.emplace(store.db(), table);
        keepMemory.emplace();
    }
    // One prepared insert per set of columns: rows with and without an optional value alternate.
    std::map<QString, std::unique_ptr<sql::Statement>> inserts;

    OGR_L_ResetReading(in);
    qint64 index = 0;
    GdalErrors gdal;
    // A file cut short or damaged makes GDAL fail reading a feature, or stop before the count its
    // header gives: the file is refused as a whole, since the features after the damage are lost.
    const auto damaged = [&](const QString &reason) {
        return StoreError(StoreError::Kind::Invalid, tr("%1 is damaged or incomplete (after feature %2: %3); nothing was imported.")
                                                         .arg(QDir::toNativeSeparators(options.file))
                                                         .arg(index)
                                                         .arg(reason));
    };
    while (true) {
        gdal.clear();
        OGRFeatureH f = OGR_L_GetNextFeature(in);
        if (gdal.failed()) {
            OGR_F_Destroy(f);
            throw damaged(gdal.message());
        }
        if (!f)
            break;
        ++index;
        QStringList problems;
        QVariantMap values;
        for (const MappedField &m : std::as_const(mapped))
            if (QVariant v = readValue(f, m); v.isValid())
                values.insert(m.column, v);
        if (components) {
            const QString ident = values.value(QStringLiteral("ident")).toString();
            const auto id = ComponentId::parse(ident);
            QString cls = values.value(QStringLiteral("class_code")).toString();
            if (!id)
                problems.append(tr("identifier \"%1\" is not a 16- or 17-digit component identifier").arg(ident));
            else if (cls.isEmpty())
                cls = id->classCode();
            else if (cls != id->classCode())
                problems.append(tr("identifier %1 is of class %2, not %3").arg(ident, id->classCode(), cls));
            if (!cls.isEmpty() && !className.contains(cls))
                problems.append(tr("class %1 is not in the catalogue").arg(cls));
            values.insert(QStringLiteral("class_code"), cls);
            if (!values.contains(QStringLiteral("name")))
                values.insert(QStringLiteral("name"), className.value(cls));
            if (!values.contains(QStringLiteral("state")))
                values.insert(QStringLiteral("state"), QStringLiteral("intact"));
        }
        std::optional<QByteArray> blob = geometry.convert(OGR_F_GetGeometryRef(f), &problems);
        OGR_F_Destroy(f);
        if (permits) {
            if (!values.contains(QStringLiteral("status")))
                values.insert(QStringLiteral("status"), QStringLiteral("submitted"));
            if (!values.contains(QStringLiteral("area_m2")))
                values.insert(QStringLiteral("area_m2"), std::round(geometry.lastArea() * 10) / 10);
        }

        if (problems.isEmpty()) {
            // A column without a value is left out, so that the store's default applies.
            const QStringList names = values.keys();
            std::unique_ptr<sql::Statement> &insert = inserts[names.join(QLatin1Char(','))];
            if (!insert) {
                QByteArray sql = "INSERT INTO \"" + table.toUtf8() + "\" (";
                for (const QString &n : names)
                    sql += '"' + n.toUtf8() + "\", ";
                sql += "geom) VALUES (" + QByteArray("?, ").repeated(names.size()) + "?)";
                insert = std::make_unique<sql::Statement>(store.db().prepare(sql));
            }
            int i = 1;
            for (const QString &n : std::as_const(names))
                insert->bindVariant(i++, values.value(n));
            insert->bindBlob(i, *blob);
            try {
                insert->run();
            } catch (const StoreError &e) {
                insert->reset();
                if (e.kind() != StoreError::Kind::Invalid)
                    throw; // a full disk or a lock is not the feature's fault
                problems.append(refusal(e.message(), values));
            }
        }
        if (!problems.isEmpty())
            report.problems.append({index, problems.join(QStringLiteral("; "))});
        if (index % kProgressEvery == 0) {
            if (options.progress)
                options.progress(index, total);
            if (options.cancel && options.cancel->load()) {
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
    if (options.progress)
        options.progress(index, total);
    if (index == 0)
        report.problems.append({0, tr("the file holds no features")});
    if (!write || (!report.problems.isEmpty() && !acceptProblems) || report.importable == 0)
        return report; // rolled back: the store is as it was

    if (bulk)
        bulk->finish();
    store.recordAudit(QStringLiteral("import"), table, 0, {},
                      {{QStringLiteral("source"), QDir::toNativeSeparators(options.file)},
                       {QStringLiteral("features"), report.importable},
                       {QStringLiteral("left_out"), qint64(report.problems.size())},
                       {QStringLiteral("crs"), report.sourceCrs},
                       {QStringLiteral("mapping"), options.mapping.toJson()}});
    store.touch();
    tx.commit();
    report.imported = report.importable;
    return report;
}

} // namespace uo
