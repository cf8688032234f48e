#include "core/edit_session/attribute_rules.h"

#include "core/catalogue/code_lists.h"
#include "core/catalogue/component_id.h"
#include "core/edit_session/edit_session.h"
#include "core/sql/statement.h"
#include "core/store/column_limits.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_columns.h"
#include "core/table/table_columns.h"

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
    if (const QStringList codes = CodeLists::codes(table, column); !codes.isEmpty())
        return codes;
    if (table == QLatin1String("risk_records") && column == QLatin1String("kind"))
        return {QStringLiteral("reading"), QStringLiteral("inspection"), QStringLiteral("alert")};
    return {};
}

bool AttributeRules::isEntityReference(const QString &table, const QString &column)
{
    if (table == tableOf(Layer::Components))
        return column == QLatin1String("dept_id") || column == QLatin1String("owner_id") ||
               column == QLatin1String("maintainer_id");
    return table == tableOf(Layer::RiskPoints) && column == QLatin1String("entity_id");
}

QList<QPair<qint64, QString>> AttributeRules::entities(DistrictStore &store)
{
    QList<QPair<qint64, QString>> out;
    auto st = store.db().prepare("SELECT id, name FROM entities ORDER BY name");
    while (st.step())
        out.append({st.int64(0), st.text(1)});
    return out;
}

bool AttributeRules::isDate(const QString &column)
{
    return column.endsWith(QLatin1String("_date"));
}

QStringList AttributeRules::editableColumns(EditSession &session, const QString &table)
{
    QStringList columns;
    for (const StoreColumns::Column &column : StoreColumns::of(session.store(), table))
        if (column.name != QLatin1String("id") && column.name != QLatin1String("geom"))
            columns << column.name;
    return columns;
}

QString AttributeRules::title(const QString &column)
{
    TableColumn described;
    described.name = column;
    return TableColumns::title(described);
}

QString AttributeRules::check(EditSession &session, const QString &table, const QString &column,
                              const QVariant &value, qint64 id)
{
    DistrictStore &store = session.store();
    const bool required = (table == tableOf(Layer::Components) &&
                           (column == QLatin1String("ident") || column == QLatin1String("name") ||
                            column == QLatin1String("class_code") || column == QLatin1String("state"))) ||
                          (table == tableOf(Layer::RiskPoints) &&
                           (column == QLatin1String("code") || column == QLatin1String("name") ||
                            column == QLatin1String("category") || column == QLatin1String("level")));
    const QString title = AttributeRules::title(column);
    if (isNull(value))
        return required ? tr("%1 must be filled in.").arg(title) : QString();
    const QString text = value.toString();
    if (value.typeId() == QMetaType::QString && text.size() > columnLimit(column))
        return tr("%1 may be at most %n characters long.", nullptr, columnLimit(column)).arg(title);

    const QStringList allowed = choices(table, column);
    if (!allowed.isEmpty() && !allowed.contains(text)) {
        QStringList words;
        for (const QString &code : allowed)
            words << CodeLists::word(table, column, code);
        return tr("%1 must be one of: %2.").arg(title, words.join(QStringLiteral(", ")));
    }
    if (isDate(column) && !QDate::fromString(text, Qt::ISODate).isValid())
        return tr("%1 must be a date written as YYYY-MM-DD, such as 2026-11-27.").arg(title);
    if (isEntityReference(table, column)) {
        auto st = store.db().prepare("SELECT count(*) FROM entities WHERE id = ?");
        st.bind(1, value.toLongLong());
        if (!st.step() || st.int64(0) == 0)
            return tr("There is no entity %1 in the register.").arg(text);
    }
    if (table == tableOf(Layer::Components) && column == QLatin1String("ident")) {
        const auto parsed = ComponentId::parse(text);
        if (!parsed)
            return tr("An identifier is 16 or 17 digits: county code, class code and a 6-digit serial.");
        if (parsed->county != store.settings().countyCode)
            return tr("The identifier must start with this district's county code %1.")
                .arg(store.settings().countyCode);
        if (usedElsewhere(session, table, column, text, id))
            return tr("The identifier %1 is already used by another component.").arg(text);
    }
    if (table == tableOf(Layer::RiskPoints) && column == QLatin1String("code") &&
        usedElsewhere(session, table, column, text, id))
        return tr("The code %1 is already used by another risk point.").arg(text);
    return QString();
}

// The store's UNIQUE columns would otherwise refuse the whole save.
bool AttributeRules::usedElsewhere(EditSession &session, const QString &table, const QString &column,
                                   const QString &text, qint64 id)
{
    auto st = session.store().db().prepare("SELECT id FROM \"" + table.toUtf8() + "\" WHERE \"" +
                                           column.toUtf8() + "\" = ?");
    st.bind(1, text);
    // Taken in the store by another row that this session has not changed away from it.
    while (st.step()) {
        const qint64 other = st.int64(0);
        if (other == id)
            continue;
        const RowState row = session.row({table, other});
        if (row && row->value(column).toString() == text)
            return true;
    }
    // Or by a row this session added or changed to it.
    for (const FeatureKey &key : session.changedKeys()) {
        if (key.table != table || key.id == id)
            continue;
        const PendingRow *row = session.pending(key);
        if (row->current && row->current->value(column).toString() == text)
            return true;
    }
    return false;
}

} // namespace uo::edit
