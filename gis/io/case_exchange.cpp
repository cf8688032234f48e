#include "gis/io/case_exchange.h"

#include "core/cases/case_intake.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "gis/io/import_source.h"
#include "gis/io/layer_export.h"

namespace uo {

CaseExchange::Result CaseExchange::import(DistrictStore &store, const QString &file, int sourceCrs)
{
    LayerImport::Options options;
    options.file = file;
    options.table = tableOf(Layer::Cases);
    options.sourceCrs = sourceCrs;
    QStringList fields;
    {
        ImportSource source(file, QString(), QString());
        for (const ImportSource::Field &f : source.fields())
            fields.append(f.name);
        options.encoding = source.encoding();
    }
    options.mapping = ImportMapping::guess(ImportMapping::columns(store, options.table), fields);
    // Where the cases come from, their ids and places are this district's: each row takes its id from
    // the store as it is written (on a server the id sequence's), and its place is worked out here.
    for (const char *derived : {"id", "grid_code", "community_code", "street_code", "segment_id", "chief_id",
                                "component_id", "entity_id"})
        options.mapping.setSource(QLatin1String(derived), QString());

    Result result;
    // The import's own transaction becomes a savepoint of this one, so that the places and the history
    // go in with the rows, or nothing does.
    sql::Transaction tx = store.transaction();
    result.report = LayerImport::run(store, options, false);
    if (result.report.imported == 0) {
        result.problems = result.report.lines(file);
        if (result.problems.isEmpty())
            result.problems.append(tr("%1: nothing was imported.").arg(file));
        return result; // rolled back
    }
    // Every case's class must be one of the district's (the line of a row is its position + 1, after
    // the header, as the import counts them).
    for (const auto &[position, classCode] : CaseIntake::unknownClasses(store, result.report.added))
        result.problems.append(tr("%1, feature %2: class %3 is not an event class of the district")
                                   .arg(file)
                                   .arg(position)
                                   .arg(classCode));
    if (!result.problems.isEmpty()) {
        result.report.imported = 0;
        return result; // rolled back
    }
    CaseIntake::completeImported(store, result.report.added, tr("Imported from %1").arg(file),
                                 tr("Imported in this state"));
    tx.commit();
    return result;
}

qint64 CaseExchange::exportTo(DistrictStore &store, const QString &file, const QString &where)
{
    LayerExport::Options options;
    options.where = where;
    return LayerExport::run(store, tableOf(Layer::Cases), file, options);
}

} // namespace uo
