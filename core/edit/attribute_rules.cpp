#include "attribute_rules.h"

#include "catalogue/component_id.h"
#include "edit_session.h"
#include "sql/statement.h"
#include "store/district_store.h"

#include <QDate>

namespace uo::edit {

namespace {
bool isNull(const QVariant &value)
{
    return !value.isValid() || value.isNull() ||
           (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}
} // namespace

QStringList AttributeRules::choices(const QString &table, const QString &column)
{
    if (table == QLatin1String("components") && column == QLatin1String("state"))
        return {QStringLiteral("intact"),   QStringLiteral("damaged"),   QStringLiteral("missing"),
                QStringLiteral("occupied"), QStringLiteral("discarded"), QStringLiteral("removed")};
    if (table == QLatin1String("components") && column == QLatin1String("data_source"))
        return {QStringLiteral("surveyed"), QStringLiteral("topographic"), QStringLiteral("field_drawn"),
                QStringLiteral("other")};
    if (table == QLatin1String("risk_points") && column == QLatin1String("level"))
        return {QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow"),
                QStringLiteral("blue")};
    if (table == QLatin1String("risk_records") && column == QLatin1String("kind"))
        return {QStringLiteral("reading"), QStringLiteral("inspection"), QStringLiteral("alert")};
    return {};
}

bool AttributeRules::isEntityReference(const QString &table, const QString &column)
{
    if (table == QLatin1String("components"))
        return column == QLatin1String("dept_id") || column == QLatin1String("owner_id") ||
               column == QLatin1String("maintainer_id");
    return table == QLatin1String("risk_points") && column == QLatin1String("entity_id");
}

bool AttributeRules::isDate(const QString &column)
{
    return column.endsWith(QLatin1String("_date"));
}

QStringList AttributeRules::editableColumns(EditSession &session, const QString &table)
{
    QStringList columns;
    auto st = session.store().db().prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid");
    st.bind(1, table);
    while (st.step())
        if (st.text(0) != QLatin1String("id") && st.text(0) != QLatin1String("geom"))
            columns << st.text(0);
    return columns;
}

QString AttributeRules::check(EditSession &session, const QString &table, const QString &column,
                              const QVariant &value, qint64 id)
{
    DistrictStore &store = session.store();
    const bool required = (table == QLatin1String("components") &&
                           (column == QLatin1String("ident") || column == QLatin1String("name") ||
                            column == QLatin1String("class_code") || column == QLatin1String("state"))) ||
                          (table == QLatin1String("risk_points") &&
                           (column == QLatin1String("code") || column == QLatin1String("name") ||
                            column == QLatin1String("category") || column == QLatin1String("level")));
    if (isNull(value))
        return required ? tr("%1 must be filled in.").arg(column) : QString();
    const QString text = value.toString();

    const QStringList allowed = choices(table, column);
    if (!allowed.isEmpty() && !allowed.contains(text))
        return tr("%1 must be one of: %2.").arg(column, allowed.join(QStringLiteral(", ")));
    if (isDate(column) && !QDate::fromString(text, Qt::ISODate).isValid())
        return tr("%1 must be a date written as YYYY-MM-DD, such as 2026-11-27.").arg(column);
    if (isEntityReference(table, column)) {
        auto st = store.db().prepare("SELECT count(*) FROM entities WHERE id = ?");
        st.bind(1, value.toLongLong());
        if (!st.step() || st.int64(0) == 0)
            return tr("There is no entity %1 in the register.").arg(text);
    }
    if (table == QLatin1String("components") && column == QLatin1String("ident")) {
        const auto parsed = ComponentId::parse(text);
        if (!parsed)
            return tr("An identifier is 16 or 17 digits: county code, class code and a 6-digit serial.");
        if (parsed->county != store.settings().countyCode)
            return tr("The identifier must start with this district's county code %1.")
                .arg(store.settings().countyCode);
        auto st = store.db().prepare("SELECT id FROM components WHERE ident = ?");
        st.bind(1, text);
        // Taken in the store by another row that this session has not changed away from it.
        if (st.step() && st.int64(0) != id) {
            const RowState other = session.row({table, st.int64(0)});
            if (other && other->value(QStringLiteral("ident")).toString() == text)
                return tr("The identifier %1 is already used by another component.").arg(text);
        }
        for (const QVariantMap &row : session.newRows(table))
            if (row.value(QStringLiteral("id")).toLongLong() != id &&
                row.value(QStringLiteral("ident")).toString() == text)
                return tr("The identifier %1 is already used by another new component.").arg(text);
    }
    return QString();
}

} // namespace uo::edit
