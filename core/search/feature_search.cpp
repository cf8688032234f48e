#include "core/search/feature_search.h"

#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/geometry_blob.h"

#include <QRegularExpression>

#include <algorithm>

namespace uo {

namespace {

// Adds the bounds of the geometry in `column` to the result's, unless the feature has none. A point's
// bounds have no size, which QRectF calls null: `located` tells them from no bounds at all.
void addBounds(SearchResult &result, const sql::Statement &st, int column)
{
    int size = 0;
    const char *data = st.blobData(column, &size);
    const std::optional<Geometry> geometry = data ? geometry_blob::decode(data, size) : std::nullopt;
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

} // namespace

QString FeatureSearch::kindName(SearchResult::Kind kind)
{
    switch (kind) {
    case SearchResult::Kind::Component:
        return tr("Component");
    case SearchResult::Kind::Road:
        return tr("Road");
    case SearchResult::Kind::Segment:
        return tr("Road segment");
    case SearchResult::Kind::Person:
        return tr("Person");
    case SearchResult::Kind::Shop:
        return tr("Shop");
    }
    return QString();
}

QList<SearchResult> FeatureSearch::componentsByIdentifier(sql::Database &db, const QString &prefix, int limit)
{
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
        r.table = QStringLiteral("components");
        r.ids = {st.int64(0)};
        r.title = st.text(1);
        r.detail = tr("Component: %1").arg(st.text(2));
        addBounds(r, st, 3);
        results.append(r);
    }
    return results;
}

QList<SearchResult> FeatureSearch::find(sql::Database &db, const QString &text, int limitPerKind)
{
    const QString query = text.simplified();
    if (query.isEmpty())
        return {};
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    QList<SearchResult> results;
    // Shorter digit strings are too common a prefix to mean an identifier (every identifier begins with
    // the 6-digit county code); they may still be part of a road code or a shop's name.
    if (digits.match(query).hasMatch() && query.size() >= 6)
        results += componentsByIdentifier(db, query, limitPerKind);

    const QString pattern = containsPattern(query);
    const auto run = [&](SearchResult::Kind kind, const QString &table, const QByteArray &sql) {
        auto st = db.prepare(sql);
        st.bind(1, query).bind(2, pattern).bind(3, limitPerKind);
        while (st.step()) {
            SearchResult r;
            r.kind = kind;
            r.table = table;
            r.ids = {st.int64(0)};
            r.title = st.text(1);
            r.detail = st.text(2).isEmpty() ? kindName(kind) : tr("%1: %2").arg(kindName(kind), st.text(2));
            addBounds(r, st, 3);
            results.append(r);
        }
    };
    run(SearchResult::Kind::Road, QStringLiteral("roads"),
        "SELECT id, name, code, geom FROM roads WHERE name LIKE ?2 ESCAPE '\\' OR code LIKE ?2 ESCAPE '\\'" +
            ranking("name") + " LIMIT ?3");
    run(SearchResult::Kind::Segment, QStringLiteral("road_segments"),
        "SELECT s.id, s.name, p.name, s.geom FROM road_segments s LEFT JOIN people p ON p.id = s.chief_id "
        "WHERE s.name LIKE ?2 ESCAPE '\\'" +
            ranking("s.name") + " LIMIT ?3");
    run(SearchResult::Kind::Shop, QStringLiteral("shops"),
        "SELECT id, name, address, geom FROM shops WHERE name LIKE ?2 ESCAPE '\\'" + ranking("name") +
            " LIMIT ?3");

    // A person is found where they work: the segments they lead or help on.
    auto people = db.prepare("SELECT id, name, role, unit FROM people WHERE name LIKE ?2 ESCAPE '\\'" +
                             ranking("name") + " LIMIT ?3");
    people.bind(1, query).bind(2, pattern).bind(3, limitPerKind);
    auto segments = db.prepare("SELECT id, geom FROM road_segments WHERE chief_id = ?1 UNION "
                               "SELECT s.id, s.geom FROM segment_collaborators c JOIN road_segments s "
                               "ON s.id = c.segment_id WHERE c.person_id = ?1");
    while (people.step()) {
        SearchResult r;
        r.kind = SearchResult::Kind::Person;
        r.table = QStringLiteral("road_segments");
        r.title = people.text(1);
        segments.bind(1, people.int64(0));
        while (segments.step()) {
            r.ids.append(segments.int64(0));
            addBounds(r, segments, 1);
        }
        segments.reset();
        const QString unit = people.text(3);
        r.detail = tr("%1, %n segment(s)", nullptr, int(r.ids.size()))
                       .arg(unit.isEmpty() ? kindName(r.kind) : tr("%1: %2").arg(kindName(r.kind), unit));
        results.append(r);
    }
    return results;
}

} // namespace uo
