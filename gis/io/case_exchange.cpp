#include "gis/io/case_exchange.h"

#include "core/cases/case_intake.h"
#include "core/cases/case_time.h"
#include "core/sql/statement.h"
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
    // Where the cases come from, their ids and places are this district's: they are worked out here.
    for (const char *derived : {"id", "grid_code", "community_code", "street_code", "segment_id", "chief_id",
                                "component_id", "entity_id"})
        options.mapping.setSource(QLatin1String(derived), QString());

    Result result;
    sql::Database &db = store.db();
    // The import's own transaction becomes a savepoint of this one, so that the places and the history
    // go in with the rows, or nothing does.
    sql::Transaction tx(db);
    const qint64 firstId = db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM cases");
    result.report = LayerImport::run(store, options, false);
    if (result.report.imported == 0) {
        result.problems = result.report.lines(file);
        if (result.problems.isEmpty())
            result.problems.append(tr("%1: nothing was imported.").arg(file));
        return result; // rolled back
    }
    // Every case's class must be one of the district's (the line of a row is its position + 1, after
    // the header, as the import counts them).
    auto unknown =
        db.prepare("SELECT id - ?1 + 1, class_code FROM cases WHERE id >= ?1 AND class_code NOT IN "
                   "(SELECT code FROM event_classes WHERE major IS NOT NULL) ORDER BY id");
    unknown.bind(1, firstId);
    while (unknown.step())
        result.problems.append(tr("%1, feature %2: class %3 is not an event class of the district")
                                   .arg(file)
                                   .arg(unknown.int64(0))
                                   .arg(unknown.text(1)));
    if (!result.problems.isEmpty()) {
        result.report.imported = 0;
        return result; // rolled back
    }
    CaseIntake::fillPlaces(store, firstId);
    auto history = db.prepare("INSERT INTO case_history(case_id, time, operator, to_state, note) "
                              "SELECT id, reported_at, ?, 'collected', ? FROM cases WHERE id >= ?");
    history.bind(1, store.operatorName()).bind(2, tr("Imported from %1").arg(file)).bind(3, firstId);
    history.run();
    // A case imported further along the loop keeps its state; its history says where it came in.
    auto later =
        db.prepare("INSERT INTO case_history(case_id, time, operator, from_state, to_state, note, level, "
                   "unit, route) SELECT id, ?, ?, 'collected', state, ?, level, unit, route FROM cases "
                   "WHERE id >= ? AND state != 'collected'");
    later.bind(1, case_time::text(QDateTime::currentDateTime())).bind(2, store.operatorName());
    later.bind(3, tr("Imported in this state")).bind(4, firstId);
    later.run();
    store.touch();
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
