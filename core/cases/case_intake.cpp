#include "core/cases/case_intake.h"
#include "core/error/error.h"

#include "core/cases/case_labels.h"
#include "core/cases/case_place.h"
#include "core/cases/case_time.h"
#include "core/cases/event_classes.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/new_rows.h"
#include "core/store/store_error.h"

#include <QHash>
#include <algorithm>

namespace uo {

namespace {

void bindPlace(sql::Statement &st, int first, const CasePlace &place)
{
    const auto text = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    const auto id = [](qint64 v) { return v > 0 ? QVariant(v) : QVariant(); };
    st.bindVariant(first, text(place.gridCode)).bindVariant(first + 1, text(place.communityCode));
    st.bindVariant(first + 2, text(place.streetCode)).bindVariant(first + 3, id(place.segmentId));
    st.bindVariant(first + 4, id(place.chiefId)).bindVariant(first + 5, id(place.componentId));
    st.bindVariant(first + 6, id(place.entityId));
}

// Imported cases are named by their ids, a few hundred a statement: few round trips on a server.
constexpr qsizetype kIdsPerStatement = 500;

// `id IN (...)` of ids[first] and up to kIdsPerStatement - 1 after it; ids are the store's own numbers.
QByteArray idsIn(const QList<qint64> &ids, qsizetype first)
{
    QByteArray out = "id IN (";
    const qsizetype end = std::min(ids.size(), first + kIdsPerStatement);
    for (qsizetype i = first; i < end; ++i)
        out += (i > first ? "," : "") + QByteArray::number(ids[i]);
    return out + ')';
}

} // namespace

QString CaseIntake::nextNumber(DistrictStore &store, QDate day)
{
    sql::Database &db = store.db();
    NewRows::lockNumbering(store, Layer::Cases);
    const QString prefix = QStringLiteral("AJ%1-").arg(day.toString(QStringLiteral("yyyyMMdd")));
    auto st = db.prepare("SELECT max(case_no) FROM cases WHERE case_no >= ? AND case_no < ?");
    st.bind(1, prefix).bind(2, prefix.left(prefix.size() - 1) + QLatin1Char('.'));
    int serial = 0;
    if (st.step() && !st.isNull(0))
        serial = st.text(0).mid(prefix.size()).toInt();
    return prefix + QStringLiteral("%1").arg(serial + 1, 4, 10, QLatin1Char('0'));
}

qint64 CaseIntake::create(DistrictStore &store, const NewCase &c, const CaseActor &actor)
{
    sql::Database &db = store.db();
    const EventClass cls = EventClasses::find(store, c.classCode);
    if (cls.code.isEmpty())
        throw RequestError(tr("%1 is not an event class of the district.").arg(c.classCode));
    if (cls.isMajor())
        throw RequestError(tr("%1 %2 is a major class; choose one of its classes.").arg(cls.code, cls.name));
    if (!CaseLabels::sources().contains(c.source))
        throw RequestError(tr("%1 is not a source of cases.").arg(c.source));
    if (c.area && c.area->type != Geometry::Polygon)
        throw RequestError(tr("The area of a case is a polygon."));
    const QRectF district = store.extent(tableOf(Layer::DistrictBoundary));
    if (!district.isEmpty() && !district.contains(c.point))
        throw RequestError(tr("E %1 N %2 lies outside the district.")
                               .arg(c.point.x(), 0, 'f', 1)
                               .arg(c.point.y(), 0, 'f', 1));

    const CasePlace place = CasePlace::at(store, c.point);
    if (const QString why = CaseWorkflow::roleRefusal(actor, QStringLiteral("collected"), place.chiefId);
        !why.isEmpty())
        throw RequestError(why);
    sql::Transaction tx(db);
    const QDateTime reported = c.reportedAt.isValid() ? c.reportedAt : QDateTime::currentDateTime();
    const QString number = c.caseNo.isEmpty()
                               ? nextNumber(store, reported.toOffsetFromUtc(case_time::kOffsetSeconds).date())
                               : c.caseNo;
    const auto text = [](const QString &s) {
        return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed());
    };
    QVariantMap row{{QStringLiteral("case_no"), number},
                    {QStringLiteral("class_code"), cls.code},
                    {QStringLiteral("source"), c.source},
                    {QStringLiteral("description"), text(c.description)},
                    {QStringLiteral("photos"), text(c.photos)},
                    {QStringLiteral("reporter"), text(c.reporter)},
                    {QStringLiteral("reported_at"), case_time::text(reported)},
                    {QStringLiteral("state"), QStringLiteral("collected")},
                    {QStringLiteral("geom"), geometry_blob::encode(Geometry::point(store.srid(), c.point))}};
    if (c.area)
        row.insert(QStringLiteral("area"), geometry_blob::encode(*c.area));
    if (c.riskId > 0)
        row.insert(QStringLiteral("risk_id"), c.riskId);
    const auto put = [&row](const char *column, const QVariant &v) {
        if (v.isValid() && !(v.typeId() == QMetaType::QString && v.toString().isEmpty()) &&
            !(v.typeId() == QMetaType::LongLong && v.toLongLong() == 0))
            row.insert(QLatin1String(column), v);
    };
    put("grid_code", place.gridCode);
    put("community_code", place.communityCode);
    put("street_code", place.streetCode);
    put("segment_id", place.segmentId);
    put("chief_id", place.chiefId);
    put("component_id", place.componentId);
    put("entity_id", place.entityId);
    const QString previous = store.operatorName();
    if (!actor.name.trimmed().isEmpty())
        store.setOperatorName(actor.name.trimmed());
    const qint64 id = store.insertRow(tableOf(Layer::Cases), row);
    auto history = db.prepare("INSERT INTO case_history(case_id, time, operator, to_state) "
                              "VALUES (?, ?, ?, 'collected')");
    history.bind(1, id).bind(2, case_time::text(reported)).bind(3, store.operatorName());
    history.run();
    store.setOperatorName(previous);
    tx.commit();
    return id;
}

qint64 CaseIntake::fillPlaces(DistrictStore &store, const QList<qint64> &ids)
{
    sql::Database &db = store.db();
    auto read = db.prepare("SELECT ST_X(geom), ST_Y(geom) FROM cases WHERE id = ? AND geom IS NOT NULL");
    auto update =
        db.prepare("UPDATE cases SET grid_code = ?, community_code = ?, street_code = ?, segment_id = ?, "
                   "chief_id = ?, component_id = ?, entity_id = ? WHERE id = ?");
    qint64 filled = 0;
    for (qint64 id : ids) {
        read.bind(1, id);
        if (!read.step()) {
            read.reset();
            continue;
        }
        const QPointF point(read.real(0), read.real(1));
        read.reset();
        bindPlace(update, 1, CasePlace::at(store, point));
        update.bind(8, id);
        update.run();
        ++filled;
    }
    return filled;
}

QList<QPair<qint64, QString>> CaseIntake::unknownClasses(DistrictStore &store, const QList<qint64> &ids)
{
    QHash<qint64, qint64> position;
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids[i], i + 1);
    QList<QPair<qint64, QString>> unknown;
    for (qsizetype first = 0; first < ids.size(); first += kIdsPerStatement) {
        auto st = store.db().prepare("SELECT id, class_code FROM cases WHERE " + idsIn(ids, first) +
                                     " AND class_code NOT IN (SELECT code FROM event_classes WHERE major IS "
                                     "NOT NULL)");
        while (st.step())
            unknown.append({position.value(st.int64(0)), st.text(1)});
    }
    std::sort(unknown.begin(), unknown.end());
    return unknown;
}

void CaseIntake::completeImported(DistrictStore &store, const QList<qint64> &ids, const QString &note,
                                  const QString &laterNote)
{
    sql::Database &db = store.db();
    fillPlaces(store, ids);
    const QString now = case_time::text(QDateTime::currentDateTime());
    for (qsizetype first = 0; first < ids.size(); first += kIdsPerStatement) {
        auto history = db.prepare("INSERT INTO case_history(case_id, time, operator, to_state, note) "
                                  "SELECT id, reported_at, ?, 'collected', ? FROM cases WHERE " +
                                  idsIn(ids, first) + " ORDER BY id");
        history.bind(1, store.operatorName()).bind(2, note);
        history.run();
        // A case imported further along the loop keeps its state; its history says where it came in.
        auto later =
            db.prepare("INSERT INTO case_history(case_id, time, operator, from_state, to_state, note, level, "
                       "unit, route) SELECT id, ?, ?, 'collected', state, ?, level, unit, route FROM cases "
                       "WHERE " +
                       idsIn(ids, first) + " AND state != 'collected' ORDER BY id");
        later.bind(1, now).bind(2, store.operatorName()).bind(3, laterNote);
        later.run();
    }
    store.touch();
}

} // namespace uo
