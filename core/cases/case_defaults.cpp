#include "core/cases/case_defaults.h"

#include "core/csv/csv.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QFile>

namespace uo::case_defaults {

namespace {

void writeEventClasses(sql::Database &db)
{
    QFile file(QStringLiteral(":/urbanops/data/catalogue/event-classes.csv"));
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::NotFound,
                         DistrictStore::tr("The built-in catalogue of event classes is missing."));
    QString error;
    const QList<csv::Row> rows = csv::read(file.readAll(), &error);
    if (!error.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, error);
    auto insert =
        db.prepare("INSERT INTO event_classes(code, name, name_en, major, tracked, time_limit_hours, "
                   "trade) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const csv::Row &row : rows) {
        if (row.line == 1)
            continue; // the header
        if (row.fields.size() != 7)
            throw StoreError(StoreError::Kind::Invalid,
                             DistrictStore::tr("%1, line %2: expected code, name, name_en, major, tracked, "
                                               "time_limit_hours, trade.")
                                 .arg(file.fileName())
                                 .arg(row.line));
        const QStringList &f = row.fields;
        insert.bind(1, f[0]).bind(2, f[1]).bind(3, f[2]);
        insert.bindVariant(4, f[3].isEmpty() ? QVariant() : QVariant(f[3]));
        insert.bind(5, f[4].toInt()).bind(6, f[5].toDouble());
        insert.bindVariant(7, f[6].isEmpty() ? QVariant() : QVariant(f[6]));
        insert.run();
    }
}

// First match wins, by priority. Notes are data in the district's language, like its street names.
void writeDispatchRules(sql::Database &db)
{
    struct Rule
    {
        int priority;
        const char *classPrefix, *trade, *level, *unitKind, *note;
    };
    const Rule rules[] = {
        {10, "07", "", "street", "centre", "风险预警按预案推送至所在街道基层治理中心"},
        {20, "", "utility", "district", "centre", "管线类问题由区中心协调权属单位"},
        {30, "04", "", "district", "centre", "突发事件由区中心统一调度"},
        {40, "0101", "", "street", "centre", "违法建设由街道组织联合执法"},
        {50, "", "sanitation", "community", "collaborators", "环卫类问题派至路段环卫协作人员"},
        {60, "", "greening", "street", "collaborators", "园林类问题派至路段园林协作人员"},
        {70, "", "municipal", "street", "collaborators", "市政类问题派至路段市政协作人员"},
        {80, "", "enforcement", "street", "collaborators", "街面秩序类问题派至路段长"},
        {1000, "", "", "street", "centre", "其余问题派至所在街道基层治理中心"},
    };
    auto insert =
        db.prepare("INSERT INTO dispatch_rules(priority, class_prefix, trade, level, unit_kind, note) "
                   "VALUES (?, ?, ?, ?, ?, ?)");
    for (const Rule &r : rules) {
        insert.bind(1, r.priority)
            .bind(2, QString::fromLatin1(r.classPrefix))
            .bind(3, QString::fromLatin1(r.trade));
        insert.bind(4, QString::fromLatin1(r.level)).bind(5, QString::fromLatin1(r.unitKind));
        insert.bind(6, QString::fromUtf8(r.note));
        insert.run();
    }
}

void writeMonitoringRules(sql::Database &db)
{
    // The bureau's rule: above 60 % forced ventilation starts; still above an hour later, an alert.
    auto insert = db.prepare(
        "INSERT INTO monitoring_rules(name, category, quantity, threshold, recheck_minutes, "
        "window_minutes, class_code) VALUES (?, 'septic_tank', 'methane_pct', 60, 60, 15, '0701')");
    insert.bind(1, QString::fromUtf8("化粪池甲烷浓度通风1小时后仍超限"));
    insert.run();
}

} // namespace

void write(sql::Database &db)
{
    writeEventClasses(db);
    writeDispatchRules(db);
    writeMonitoringRules(db);
}

} // namespace uo::case_defaults
