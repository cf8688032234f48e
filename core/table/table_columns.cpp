#include "core/table/table_columns.h"
#include "core/error/error.h"

#include "core/catalogue/code_lists.h"
#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/layers.h"
#include "core/store/store_columns.h"
#include "core/store/store_error.h"

#include <QHash>

namespace uo {

namespace {

using Kind = TableColumn::Kind;

// Foreign keys whose names the table shows instead of the raw value.
Kind kindByName(const QString &name, const QString &declaredType)
{
    static const QHash<QString, Kind> known{
        {QStringLiteral("id"), Kind::Id},
        {QStringLiteral("dept_id"), Kind::Entity},
        {QStringLiteral("owner_id"), Kind::Entity},
        {QStringLiteral("maintainer_id"), Kind::Entity},
        {QStringLiteral("entity_id"), Kind::Entity},
        {QStringLiteral("party_unit_id"), Kind::Entity},
        {QStringLiteral("chief_id"), Kind::Person},
        {QStringLiteral("road_id"), Kind::Road},
        {QStringLiteral("street_code"), Kind::Street},
        {QStringLiteral("community_code"), Kind::Community},
        {QStringLiteral("class_code"), Kind::ClassCode},
        {QStringLiteral("emergency"), Kind::Flag},
    };
    const auto it = known.constFind(name);
    if (it != known.cend())
        return *it;
    if (name.endsWith(QLatin1String("_date")) || name == QLatin1String("filing_deadline"))
        return Kind::Date;
    const QString type = declaredType.toUpper();
    if (type.contains(QLatin1String("INT")))
        return Kind::Integer;
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB")))
        return Kind::Real;
    return Kind::Text;
}

const QHash<QString, const char *> &titles()
{
    static const QHash<QString, const char *> map{
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("uo::TableColumns", "No.")},
        {QStringLiteral("ident"), QT_TRANSLATE_NOOP("uo::TableColumns", "Identifier")},
        {QStringLiteral("class_code"), QT_TRANSLATE_NOOP("uo::TableColumns", "Class")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("uo::TableColumns", "Name")},
        {QStringLiteral("dept_id"), QT_TRANSLATE_NOOP("uo::TableColumns", "Competent department")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("uo::TableColumns", "Owner")},
        {QStringLiteral("maintainer_id"), QT_TRANSLATE_NOOP("uo::TableColumns", "Maintainer")},
        {QStringLiteral("grid_code"), QT_TRANSLATE_NOOP("uo::TableColumns", "Unit grid")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("uo::TableColumns", "Street")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("uo::TableColumns", "State")},
        {QStringLiteral("initial_date"), QT_TRANSLATE_NOOP("uo::TableColumns", "Initial date")},
        {QStringLiteral("change_date"), QT_TRANSLATE_NOOP("uo::TableColumns", "Change date")},
        {QStringLiteral("data_source"), QT_TRANSLATE_NOOP("uo::TableColumns", "Data source")},
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("uo::TableColumns", "Photo")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("uo::TableColumns", "Note")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("uo::TableColumns", "Code")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("uo::TableColumns", "Category")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("uo::TableColumns", "Risk level")},
        {QStringLiteral("entity_id"), QT_TRANSLATE_NOOP("uo::TableColumns", "Responsible entity")},
        {QStringLiteral("street_code"), QT_TRANSLATE_NOOP("uo::TableColumns", "Street")},
        {QStringLiteral("community_code"), QT_TRANSLATE_NOOP("uo::TableColumns", "Community")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("uo::TableColumns", "Address")},
        {QStringLiteral("licence_no"), QT_TRANSLATE_NOOP("uo::TableColumns", "Business licence")},
        {QStringLiteral("keeper"), QT_TRANSLATE_NOOP("uo::TableColumns", "Keeper")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("uo::TableColumns", "Phone")},
        {QStringLiteral("permit_no"), QT_TRANSLATE_NOOP("uo::TableColumns", "Permit no.")},
        {QStringLiteral("applicant"), QT_TRANSLATE_NOOP("uo::TableColumns", "Applicant")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("uo::TableColumns", "Location")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("uo::TableColumns", "Reason")},
        {QStringLiteral("utility_type"), QT_TRANSLATE_NOOP("uo::TableColumns", "Utility")},
        {QStringLiteral("work_type"), QT_TRANSLATE_NOOP("uo::TableColumns", "Work type")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("uo::TableColumns", "Status")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("uo::TableColumns", "Start date")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("uo::TableColumns", "End date")},
        {QStringLiteral("carriageway_m2"), QT_TRANSLATE_NOOP("uo::TableColumns", "Carriageway (m²)")},
        {QStringLiteral("sidewalk_m2"), QT_TRANSLATE_NOOP("uo::TableColumns", "Sidewalk (m²)")},
        {QStringLiteral("green_m2"), QT_TRANSLATE_NOOP("uo::TableColumns", "Green belt (m²)")},
        {QStringLiteral("area_m2"), QT_TRANSLATE_NOOP("uo::TableColumns", "Area (m²)")},
        {QStringLiteral("trench_length_m"), QT_TRANSLATE_NOOP("uo::TableColumns", "Trench length (m)")},
        {QStringLiteral("conditions"), QT_TRANSLATE_NOOP("uo::TableColumns", "Conditions")},
        {QStringLiteral("authority"), QT_TRANSLATE_NOOP("uo::TableColumns", "Issuing authority")},
        {QStringLiteral("issued_date"), QT_TRANSLATE_NOOP("uo::TableColumns", "Issue date")},
        {QStringLiteral("police_approval_no"),
         QT_TRANSLATE_NOOP("uo::TableColumns", "Traffic police approval")},
        {QStringLiteral("fee_yuan"), QT_TRANSLATE_NOOP("uo::TableColumns", "Fee (yuan)")},
        {QStringLiteral("emergency"), QT_TRANSLATE_NOOP("uo::TableColumns", "Emergency")},
        {QStringLiteral("filing_deadline"), QT_TRANSLATE_NOOP("uo::TableColumns", "Filing deadline")},
        {QStringLiteral("joint_group"), QT_TRANSLATE_NOOP("uo::TableColumns", "Joint excavation group")},
        {QStringLiteral("special_approval"), QT_TRANSLATE_NOOP("uo::TableColumns", "Special approval")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("uo::TableColumns", "Kind")},
        {QStringLiteral("grade"), QT_TRANSLATE_NOOP("uo::TableColumns", "Grade")},
        {QStringLiteral("opened_date"), QT_TRANSLATE_NOOP("uo::TableColumns", "Opened")},
        {QStringLiteral("rebuilt_date"), QT_TRANSLATE_NOOP("uo::TableColumns", "Rebuilt")},
        {QStringLiteral("major_repair_date"), QT_TRANSLATE_NOOP("uo::TableColumns", "Major repair")},
        {QStringLiteral("length_m"), QT_TRANSLATE_NOOP("uo::TableColumns", "Length (m)")},
        {QStringLiteral("road_id"), QT_TRANSLATE_NOOP("uo::TableColumns", "Road")},
        {QStringLiteral("from_m"), QT_TRANSLATE_NOOP("uo::TableColumns", "From (m)")},
        {QStringLiteral("to_m"), QT_TRANSLATE_NOOP("uo::TableColumns", "To (m)")},
        {QStringLiteral("chief_id"), QT_TRANSLATE_NOOP("uo::TableColumns", "Segment chief")},
        {QStringLiteral("party_unit_id"), QT_TRANSLATE_NOOP("uo::TableColumns", "Party branch")},
    };
    return map;
}

} // namespace

bool TableColumn::isCoded() const
{
    switch (kind) {
    case Kind::Enum:
    case Kind::Flag:
    case Kind::Entity:
    case Kind::Person:
    case Kind::Road:
    case Kind::Street:
    case Kind::Community:
    case Kind::ClassCode:
        return true;
    default:
        return false;
    }
}

QList<TableColumn> TableColumns::load(sql::Database &db, const QString &table)
{
    QList<TableColumn> columns;
    // The table name goes into the SQL text, so it must be one the store holds.
    if (!StoreColumns::hasTable(db, table))
        throw RequestError(tr("The district has no table %1.").arg(table));
    for (const StoreColumns::Column &column : StoreColumns::of(db, table)) {
        const QString &name = column.name;
        const QString &type = column.type;
        if (name == QLatin1String("geom") || type.compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0)
            continue;
        const QString quoted = QLatin1Char('"') + name + QLatin1Char('"');
        columns.append(TableColumn{name, quoted, kindOf(table, name, type), QString(), 0});
        // A component's street is not stored: its unit grid code starts with the street's code.
        if (table == tableOf(Layer::Components) && name == QLatin1String("grid_code"))
            columns.append(TableColumn{QStringLiteral("street"),
                                       QStringLiteral("substr(\"grid_code\", 1, 9)"), Kind::Street, quoted,
                                       9});
    }
    return columns;
}

TableColumn::Kind TableColumns::kindOf(const QString &table, const QString &name, const QString &declaredType)
{
    // Coded columns show their words (CodeLists), whatever their name.
    return CodeLists::codes(table, name).isEmpty() ? kindByName(name, declaredType) : Kind::Enum;
}

QString TableColumns::title(const TableColumn &column)
{
    const auto it = titles().constFind(column.name);
    if (it == titles().cend())
        return column.name;
    return QCoreApplication::translate("uo::TableColumns", *it);
}

int TableColumns::indexOf(const QList<TableColumn> &columns, const QString &name)
{
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return int(i);
    return -1;
}

} // namespace uo
