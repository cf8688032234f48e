#include "core/store/feature_attributes.h"

#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/sql/statement.h"

#include <QHash>
#include <QLocale>
#include <cmath>

namespace uo {

namespace {

// Human titles of the map tables' columns; one table for all since the same names mean the same thing.
const QHash<QString, const char *> &columnTitles()
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Row id")},
        {QStringLiteral("ident"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Identifier")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Code")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Name")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Kind")},
        {QStringLiteral("class_code"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Class code")},
        {QStringLiteral("class_name"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Class")},
        {QStringLiteral("dept_id"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Competent department")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Owner")},
        {QStringLiteral("maintainer_id"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Maintainer")},
        {QStringLiteral("grid_code"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Unit grid cell")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "State")},
        {QStringLiteral("initial_date"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Initial date")},
        {QStringLiteral("change_date"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Change date")},
        {QStringLiteral("data_source"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Data source")},
        {QStringLiteral("photo"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Photo")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Note")},
        {QStringLiteral("area_m2"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Area (m²)")},
        {QStringLiteral("street_code"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Street")},
        {QStringLiteral("community_code"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Community")},
        {QStringLiteral("grade"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Grade")},
        {QStringLiteral("opened_date"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Opened")},
        {QStringLiteral("rebuilt_date"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Rebuilt")},
        {QStringLiteral("major_repair_date"),
         QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Last major repair")},
        {QStringLiteral("length_m"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Length (m)")},
        {QStringLiteral("road_id"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Road")},
        {QStringLiteral("from_m"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "From (m)")},
        {QStringLiteral("to_m"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "To (m)")},
        {QStringLiteral("chief_id"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Segment chief")},
        {QStringLiteral("party_unit_id"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Party unit")},
        {QStringLiteral("collaborators"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Collaborators")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Category")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Risk level")},
        {QStringLiteral("entity_id"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Responsible entity")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Address")},
        {QStringLiteral("licence_no"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Licence number")},
        {QStringLiteral("keeper"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Keeper")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Phone")},
        {QStringLiteral("permit_no"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Permit number")},
        {QStringLiteral("applicant"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Applicant")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Location")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Reason")},
        {QStringLiteral("utility_type"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Utility")},
        {QStringLiteral("work_type"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Work type")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Status")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Start date")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "End date")},
        {QStringLiteral("carriageway_m2"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Carriageway (m²)")},
        {QStringLiteral("sidewalk_m2"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Sidewalk (m²)")},
        {QStringLiteral("green_m2"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Green space (m²)")},
        {QStringLiteral("trench_length_m"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Trench length (m)")},
        {QStringLiteral("conditions"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Conditions")},
        {QStringLiteral("authority"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Authority")},
        {QStringLiteral("issued_date"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Issued")},
        {QStringLiteral("police_approval_no"),
         QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Traffic police approval")},
        {QStringLiteral("fee_yuan"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Fee (yuan)")},
        {QStringLiteral("emergency"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Emergency")},
        {QStringLiteral("filing_deadline"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Filing deadline")},
        {QStringLiteral("joint_group"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Joint works group")},
        {QStringLiteral("special_approval"), QT_TRANSLATE_NOOP("uo::FeatureAttributes", "Special approval")},
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

double ringArea(const Geometry::Ring &ring)
{
    double twice = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        twice += ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
    return std::abs(twice) / 2.0;
}

double ringLength(const Geometry::Ring &ring)
{
    double length = 0;
    for (qsizetype i = 1; i < ring.size(); ++i)
        length += std::hypot(ring[i].x() - ring[i - 1].x(), ring[i].y() - ring[i - 1].y());
    return length;
}

} // namespace

QString FeatureAttributes::columnTitle(const QString &column)
{
    const char *title = columnTitles().value(column);
    return title ? tr(title) : column;
}

QString FeatureAttributes::summarize(const Geometry &geometry)
{
    const QLocale locale;
    qsizetype vertices = 0;
    double length = 0, area = 0;
    for (const Geometry::Part &part : geometry.parts)
        for (qsizetype r = 0; r < part.size(); ++r) {
            vertices += part[r].size();
            length += ringLength(part[r]);
            // The exterior ring comes first; the others are holes.
            area += (r == 0 ? 1 : -1) * ringArea(part[r]);
        }
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
    auto st = store.db().prepare("SELECT * FROM \"" + table.toUtf8() + "\" WHERE id = ?");
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
        } else {
            add(column, valueText(value));
        }
        if (column == QLatin1String("class_code"))
            // Both catalogue schemes may list the code; the longer codes are only in the newer one.
            add(QStringLiteral("class_name"),
                lookupText(store, "SELECT name FROM catalogue WHERE code = ? ORDER BY scheme LIMIT 1",
                           value));
    }
    if (table == QLatin1String("road_segments")) {
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
    if (table == QLatin1String("components"))
        column = "ident || ' ' || name";
    else if (table == QLatin1String("permits"))
        column = "permit_no";
    else if (table == QLatin1String("grid_cells"))
        column = "code";
    auto st = store.db().prepare("SELECT " + column + " FROM \"" + table.toUtf8() + "\" WHERE id = ?");
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

} // namespace uo
