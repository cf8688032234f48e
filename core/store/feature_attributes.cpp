#include "core/store/feature_attributes.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/geometry_measure.h"
#include "core/store/layers.h"
#include "core/store/store_columns.h"
#include "core/table/table_columns.h"
#include "core/table/table_lookups.h"

#include <QHash>
#include <QLocale>

namespace uo {

namespace {

// Titles of what identify shows besides the attribute table's columns (TableColumns::title), or
// differently: the class as its code next to its catalogue name.
const QHash<QString, const char *> &ownTitles()
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("class_code"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Class code")},
        {QStringLiteral("class_name"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Class")},
        {QStringLiteral("collaborators"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Collaborators")},
        {QStringLiteral("geom"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Geometry")},
    };
    return titles;
}

QString lookupText(DistrictStore &store, const QByteArray &sql, const QVariant &key)
{
    if (key.isNull())
        return QString();
    auto st = store.db().prepare(sql);
    st.bindVariant(1, key);
    return st.step() ? st.text(0) : QString();
}

// A reference shown as the name it points to, with the raw key kept for whoever needs to find the row.
QString referenceText(DistrictStore &store, const QByteArray &sql, const QVariant &key)
{
    if (key.isNull())
        return QString();
    const QString name = lookupText(store, sql, key);
    return name.isEmpty() ? key.toString() : QStringLiteral("%1 (%2)").arg(name, key.toString());
}

QString valueText(const QVariant &value)
{
    if (value.isNull())
        return QString();
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', 2);
    return value.toString();
}

} // namespace

QString FeatureAttributes::columnTitle(const QString &column)
{
    // One title per column wherever it shows: the attribute table's, the edit form's and this.
    const char *title = ownTitles().value(column);
    return title ? tr(title) : TableColumns::title(TableColumn{column, {}, TableColumn::Kind::Text, {}, 0});
}

QString FeatureAttributes::summarize(const Geometry &geometry)
{
    const QLocale locale;
    qsizetype vertices = 0;
    for (const Geometry::Part &part : geometry.parts)
        for (const Geometry::Ring &ring : part)
            vertices += ring.size();
    const double length = geometry_measure::length(geometry), area = geometry_measure::area(geometry);
    switch (geometry.type) {
    case Geometry::Point: {
        const QPointF p = geometry.parts.value(0).value(0).value(0);
        return tr("Point E %1 N %2").arg(locale.toString(p.x(), 'f', 1), locale.toString(p.y(), 'f', 1));
    }
    case Geometry::MultiPoint:
        return tr("%n point(s)", nullptr, int(geometry.parts.size()));
    case Geometry::LineString:
    case Geometry::MultiLineString:
        return tr("Line of %n vertices, %1 m", nullptr, int(vertices)).arg(locale.toString(length, 'f', 1));
    case Geometry::Polygon:
    case Geometry::MultiPolygon:
        return tr("Area of %1 m² in %n part(s)", nullptr, int(geometry.parts.size()))
            .arg(locale.toString(area, 'f', 1));
    case Geometry::None:
        break;
    }
    return tr("No geometry");
}

QList<FeatureAttribute> FeatureAttributes::read(DistrictStore &store, const QString &table, qint64 id)
{
    const QByteArray columns = StoreColumns::selectList(store.db(), table);
    if (columns.isEmpty())
        return {};
    auto st = store.db().prepare("SELECT " + columns + " FROM \"" + table.toUtf8() + "\" WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return {};
    QList<FeatureAttribute> attributes;
    const auto add = [&](const QString &column, const QString &value) {
        attributes.append({column, columnTitle(column), value});
    };
    const QByteArray entityName = "SELECT name FROM entities WHERE id = ?";
    const QByteArray streetName = "SELECT name FROM streets WHERE code = ?";
    for (int i = 0; i < st.columnCount(); ++i) {
        const QString column = st.columnName(i);
        const QVariant value = st.value(i);
        if (column == QLatin1String("geom")) {
            int size = 0;
            const char *data = st.blobData(i, &size);
            const std::optional<Geometry> geometry = data ? geometry_blob::decode(data, size) : std::nullopt;
            add(column, geometry ? summarize(*geometry) : tr("No geometry"));
        } else if (column.endsWith(QLatin1String("_id")) && column != QLatin1String("road_id") &&
                   column != QLatin1String("chief_id")) {
            // Every other *_id column of a map table points at a responsible entity.
            add(column, referenceText(store, entityName, value));
        } else if (column == QLatin1String("road_id")) {
            add(column, referenceText(store, "SELECT name FROM roads WHERE id = ?", value));
        } else if (column == QLatin1String("chief_id")) {
            add(column, referenceText(store, "SELECT name FROM people WHERE id = ?", value));
        } else if (column == QLatin1String("street_code")) {
            add(column, referenceText(store, streetName, value));
        } else if (column == QLatin1String("community_code")) {
            add(column, referenceText(store, "SELECT name FROM communities WHERE code = ?", value));
        } else if (const TableColumn::Kind kind = TableColumns::kindOf(table, column);
                   kind == TableColumn::Kind::Enum || kind == TableColumn::Kind::Flag) {
            // Words, not the store's codes: 完好 for intact, as the table and the form show it.
            add(column, TableLookups().display(TableColumn{column, {}, kind, {}, 0}, value));
        } else {
            add(column, valueText(value));
        }
        if (column == QLatin1String("class_code"))
            // Both catalogue schemes may list the code; the longer codes are only in the newer one.
            add(QStringLiteral("class_name"),
                lookupText(store, "SELECT name FROM catalogue WHERE code = ? ORDER BY scheme LIMIT 1",
                           value));
    }
    if (table == tableOf(Layer::RoadSegments)) {
        auto people = store.db().prepare("SELECT p.name FROM segment_collaborators c JOIN people p ON "
                                         "p.id = c.person_id WHERE c.segment_id = ? ORDER BY p.name");
        people.bind(1, id);
        QStringList names;
        while (people.step())
            names.append(people.text(0));
        add(QStringLiteral("collaborators"), names.join(QStringLiteral(", ")));
    }
    return attributes;
}

QString FeatureAttributes::displayName(DistrictStore &store, const QString &table, qint64 id)
{
    QByteArray column = "name";
    if (table == tableOf(Layer::Components))
        column = "ident || ' ' || name";
    else if (table == tableOf(Layer::Permits))
        column = "permit_no";
    else if (table == tableOf(Layer::GridCells))
        column = "code";
    auto st = store.db().prepare("SELECT " + column + " FROM \"" + table.toUtf8() + "\" WHERE id = ?");
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

} // namespace uo
