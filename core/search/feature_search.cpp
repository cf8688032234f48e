#include "core/search/feature_search.h"

#include "core/cases/event_classes.h"
#include "core/sql/database.h"
#include "core/sql/dialect_sql.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"

#include <QRegularExpression>

#include <algorithm>

namespace uo {

namespace {

// Adds the bounds of the geometry in `column` to the result's, unless the feature has none. A point's
// bounds have no size, which QRectF calls null: `located` tells them from no bounds at all.
void addBounds(SearchResult &result, const sql::Statement &st, int column)
{
    const std::optional<Geometry> geometry = geometry_blob::read(st, column);
    if (!geometry || geometry->isEmpty())
        return;
    const QRectF bounds = geometry->bounds();
    if (!result.located)
        result.bounds = bounds;
    else
        result.bounds = QRectF(QPointF(std::min(result.bounds.left(), bounds.left()),
                                       std::min(result.bounds.top(), bounds.top())),
                               QPointF(std::max(result.bounds.right(), bounds.right()),
                                       std::max(result.bounds.bottom(), bounds.bottom())));
    result.located = true;
}

// A LIKE pattern that finds `text` anywhere, with LIKE's own wildcards taken literally.
QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// Exact matches first, then prefixes, then the shortest names: `name` is an SQL expression.
QByteArray ranking(const QByteArray &name)
{
    return " ORDER BY (" + name + " = ?1) DESC, (substr(" + name + ", 1, length(?1)) = ?1) DESC, length(" +
           name + "), " + name;
}

// `column` contains the text: ?2 is the pattern. The SQL lists are made once per dialect.
QByteArray contains(sql::Dialect dialect, const QByteArray &column)
{
    return sql::likeCondition(dialect, column, "?2");
}

// One kind of thing the search finds by name. The query binds ?1 to the text, ?2 to a LIKE pattern
// that finds it anywhere and ?3 to the most results of the kind; it returns one row per feature:
// the thing's key, its title, a detail (or ''), the feature's geometry and, when the thing is made of
// several features (a community of grid cells, a person of segments), the feature's id (NULL for
// none) in a fifth column. Rows of one thing come together.
struct SearchSource
{
    SearchResult::Kind kind;
    const char *table; // map layer of the features
    QByteArray sql;
};

// Every kind found by name, in the order the list shows them. A new kind is a value of
// SearchResult::Kind, a row here and a name in kindName().
QList<SearchSource> makeSearchSources(sql::Dialect dialect)
{
    const auto contains = [dialect](const QByteArray &column) { return ::uo::contains(dialect, column); };
    // A person is found where they work: the segments they lead or help on.
    static const QByteArray personSegments =
        "SELECT id AS segment_id, chief_id AS person_id, geom FROM road_segments UNION "
        "SELECT s.id, c.person_id, s.geom FROM segment_collaborators c JOIN road_segments s ON s.id = "
        "c.segment_id";
    return {
        {SearchResult::Kind::Street, tableName(Layer::Streets),
         "SELECT id, name, kind, geom FROM streets WHERE " + contains("name") + " OR code = ?1" +
             ranking("name") + " LIMIT ?3"},
        {SearchResult::Kind::Community, tableName(Layer::GridCells),
         // Communities are keyed by code; a number for each found one keeps its rows together.
         "SELECT c.n, c.name, s.name, g.geom, g.id FROM (SELECT row_number() OVER () AS n, code, name, "
         "street_code FROM (SELECT code, name, street_code FROM communities WHERE " +
             contains("name") + " OR code = ?1" + ranking("name") +
             " LIMIT ?3) f) c JOIN streets s ON s.code = c.street_code "
             "LEFT JOIN grid_cells g ON g.community_code = c.code" +
             ranking("c.name") + ", c.n, g.id"},
        {SearchResult::Kind::Road, tableName(Layer::Roads),
         "SELECT id, name, code, geom FROM roads WHERE " + contains("name") + " OR " + contains("code") +
             ranking("name") + " LIMIT ?3"},
        {SearchResult::Kind::Segment, tableName(Layer::RoadSegments),
         "SELECT s.id, s.name, p.name, s.geom FROM road_segments s LEFT JOIN people p ON p.id = s.chief_id "
         "WHERE " +
             contains("s.name") + ranking("s.name") + " LIMIT ?3"},
        {SearchResult::Kind::Permit, tableName(Layer::Permits),
         "SELECT id, permit_no, coalesce(location, ''), geom FROM permits WHERE " + contains("permit_no") +
             ranking("permit_no") + " LIMIT ?3"},
        {SearchResult::Kind::Person, tableName(Layer::RoadSegments),
         "SELECT p.id, p.name, coalesce(p.unit, ''), w.geom, w.segment_id FROM (SELECT id, name, unit "
         "FROM people WHERE " +
             contains("name") + ranking("name") + " LIMIT ?3) p LEFT JOIN (" + personSegments +
             ") w ON w.person_id = p.id" + ranking("p.name") + ", p.id, w.segment_id"},
        {SearchResult::Kind::Shop, tableName(Layer::Shops),
         "SELECT id, name, address, geom FROM shops WHERE " + contains("name") + ranking("name") +
             " LIMIT ?3"},
        {SearchResult::Kind::RiskPoint, tableName(Layer::RiskPoints),
         "SELECT id, name, address, geom FROM risk_points WHERE " + contains("name") + " OR code = ?1" +
             ranking("name") + " LIMIT ?3"},
        // The class's Chinese and English names travel together to describe(), which picks by language.
        {SearchResult::Kind::Case, tableName(Layer::Cases),
         "SELECT c.id, c.case_no, coalesce(e.name, c.class_code) || '\x1f' || coalesce(e.name_en, ''), "
         "c.geom "
         "FROM cases c LEFT JOIN event_classes e ON e.code = c.class_code WHERE " +
             contains("c.case_no") + " OR " + contains("c.description") +
             " ORDER BY (c.case_no = ?1) DESC, (substr(c.case_no, 1, length(?1)) = ?1) DESC, c.reported_at "
             "DESC, "
             "c.id DESC LIMIT ?3"},
    };
}

const QList<SearchSource> &searchSources(sql::Dialect dialect)
{
    static const QList<SearchSource> file = makeSearchSources(sql::Dialect::Sqlite),
                                     server = makeSearchSources(sql::Dialect::Postgres);
    return dialect == sql::Dialect::Postgres ? server : file;
}

// The detail line of a result from the query's detail column.
QString describe(const SearchResult &result, const QString &detail)
{
    const QString kind = FeatureSearch::kindName(result.kind);
    switch (result.kind) {
    case SearchResult::Kind::Street:
        return detail == QLatin1String("town") ? FeatureSearch::tr("Town") : FeatureSearch::tr("Street");
    case SearchResult::Kind::Person:
        return FeatureSearch::tr("%1, %n segment(s)", nullptr, int(result.ids.size()))
            .arg(detail.isEmpty() ? kind : FeatureSearch::tr("%1: %2").arg(kind, detail));
    case SearchResult::Kind::Case: {
        EventClass c;
        c.name = detail.section(QChar(31), 0, 0);
        c.nameEn = detail.section(QChar(31), 1);
        return FeatureSearch::tr("%1: %2").arg(kind, EventClasses::displayName(c));
    }
    default:
        return detail.isEmpty() ? kind : FeatureSearch::tr("%1: %2").arg(kind, detail);
    }
}

void findByName(sql::Database &db, const SearchSource &source, const QString &query, int limit,
                QList<SearchResult> &results)
{
    auto st = db.prepare(source.sql);
    st.bind(1, query).bind(2, containsPattern(query)).bind(3, limit);
    const bool parts = st.columnCount() > 4;
    const qsizetype first = results.size();
    QList<QString> details;
    qint64 key = 0;
    while (st.step()) {
        if (results.size() == first || st.int64(0) != key) {
            key = st.int64(0);
            SearchResult r;
            r.kind = source.kind;
            r.table = QString::fromLatin1(source.table);
            r.title = st.text(1);
            if (!parts)
                r.ids = {key};
            results.append(r);
            details.append(st.text(2));
        }
        SearchResult &r = results.last();
        if (parts && !st.isNull(4))
            r.ids.append(st.int64(4));
        addBounds(r, st, 3);
    }
    for (qsizetype i = first; i < results.size(); ++i)
        results[i].detail = describe(results.at(i), details.at(i - first));
}

} // namespace

QString FeatureSearch::kindName(SearchResult::Kind kind)
{
    switch (kind) {
    case SearchResult::Kind::Component:
        return tr("Component");
    case SearchResult::Kind::Street:
        return tr("Street or town");
    case SearchResult::Kind::Community:
        return tr("Community");
    case SearchResult::Kind::Road:
        return tr("Road");
    case SearchResult::Kind::Segment:
        return tr("Road segment");
    case SearchResult::Kind::Permit:
        return tr("Excavation permit");
    case SearchResult::Kind::Person:
        return tr("Person");
    case SearchResult::Kind::Shop:
        return tr("Shop");
    case SearchResult::Kind::RiskPoint:
        return tr("Risk point");
    case SearchResult::Kind::Case:
        return tr("Case");
    }
    return QString();
}

QList<SearchResult> FeatureSearch::componentsByIdentifier(DistrictStore &store, const QString &prefix,
                                                          int limit)
{
    sql::Database &db = store.db();
    // ident >= prefix AND ident < the prefix with its last digit raised: the range the unique index on
    // ident answers directly. ':' follows '9' in ASCII, so "…9" needs no carry.
    QString upper = prefix;
    upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
    auto st = db.prepare("SELECT c.id, c.ident, c.name, c.geom FROM components c "
                         "WHERE c.ident >= ? AND c.ident < ? ORDER BY c.ident LIMIT ?");
    st.bind(1, prefix).bind(2, upper).bind(3, limit);
    QList<SearchResult> results;
    while (st.step()) {
        SearchResult r;
        r.kind = SearchResult::Kind::Component;
        r.table = tableOf(Layer::Components);
        r.ids = {st.int64(0)};
        r.title = st.text(1);
        r.detail = tr("Component: %1").arg(st.text(2));
        addBounds(r, st, 3);
        results.append(r);
    }
    return results;
}

QList<SearchResult> FeatureSearch::find(DistrictStore &store, const QString &text, int limitPerKind)
{
    sql::Database &db = store.db();
    const QString query = text.simplified();
    if (query.isEmpty())
        return {};
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    QList<SearchResult> results;
    // Shorter digit strings are too common a prefix to mean an identifier (every identifier begins with
    // the 6-digit county code); they may still be part of a road code, a permit number or a name.
    if (digits.match(query).hasMatch() && query.size() >= 6)
        results += componentsByIdentifier(store, query, limitPerKind);
    for (const SearchSource &source : searchSources(db.dialect()))
        findByName(db, source, query, limitPerKind, results);
    return results;
}

} // namespace uo
