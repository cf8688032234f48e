#include "core/cases/case_register.h"

#include "core/cases/case_time.h"
#include "core/cases/case_units.h"
#include "core/cases/case_workflow.h"
#include "core/cases/event_classes.h"
#include "core/sql/statement.h"
#include "core/store/geometry_blob.h"

#include <QLocale>

namespace uo {

namespace {

QByteArray idList(const QList<qint64> &ids)
{
    QByteArray list;
    for (qint64 id : ids)
        list += (list.isEmpty() ? "" : ",") + QByteArray::number(id);
    return list;
}

} // namespace

bool CaseRegister::isOverdue(const QString &state, const QDateTime &due, const QDateTime &now)
{
    return CaseWorkflow::isOpen(state) && due.isValid() && due < now;
}

QList<CaseSummary> CaseRegister::list(sql::Database &db, const CaseFilter &f, const QDateTime &now)
{
    QByteArray where = "1";
    QList<QVariant> binds;
    if (f.state == QLatin1String("open")) {
        where += " AND c.state NOT IN ('closed', 'rejected')";
    } else if (!f.state.isEmpty()) {
        where += " AND c.state = ?";
        binds.append(f.state);
    }
    if (!f.streetCode.isEmpty()) {
        where += " AND c.street_code = ?";
        binds.append(f.streetCode);
    }
    if (f.overdueOnly) {
        where += " AND c.state NOT IN ('closed', 'rejected') AND c.due_at < ?";
        binds.append(case_time::text(now));
    }
    if (f.reportedFrom.isValid()) {
        where += " AND c.reported_at >= ?";
        binds.append(f.reportedFrom.toString(Qt::ISODate));
    }
    if (f.reportedTo.isValid()) {
        where += " AND c.reported_at < ?";
        binds.append(f.reportedTo.addDays(1).toString(Qt::ISODate));
    }
    const auto byId = [&where](const char *column, qint64 id) {
        if (id > 0)
            where += QByteArray(" AND c.") + column + " = " + QByteArray::number(id);
    };
    byId("id", f.caseId);
    byId("segment_id", f.segmentId);
    byId("chief_id", f.chiefId);
    byId("component_id", f.componentId);
    byId("risk_id", f.riskId);
    if (!f.segmentIds.isEmpty())
        where += " AND c.segment_id IN (" + idList(f.segmentIds) + ")";

    auto st = db.prepare(
        "SELECT c.id, c.case_no, c.class_code, coalesce(e.name, c.class_code), coalesce(m.name, ''), "
        "coalesce(e.name_en, ''), coalesce(m.name_en, ''), coalesce(e.tracked, 0), c.source, c.state, "
        "coalesce(c.description, ''), coalesce(c.reporter, ''), c.reported_at, coalesce(c.due_at, ''), "
        "coalesce(c.closed_at, ''), coalesce(c.grid_code, ''), coalesce(c.street_code, ''), "
        "coalesce(s.name, ''), coalesce(c.community_code, ''), coalesce(cm.name, ''), coalesce(g.name, ''), "
        "coalesce(p.name, ''), coalesce(c.segment_id, 0), coalesce(c.chief_id, 0), "
        "coalesce(c.component_id, 0), coalesce(c.risk_id, 0), coalesce(c.level, ''), coalesce(c.unit, ''), "
        "coalesce(c.route, ''), c.reopened, c.geom, coalesce(c.handled_at, '') FROM cases c "
        "LEFT JOIN event_classes e ON e.code = c.class_code LEFT JOIN event_classes m ON m.code = e.major "
        "LEFT JOIN streets s ON s.code = c.street_code LEFT JOIN communities cm ON cm.code = c.community_code "
        "LEFT JOIN road_segments g ON g.id = c.segment_id LEFT JOIN people p ON p.id = c.chief_id WHERE " +
        where + " ORDER BY c.reported_at DESC, c.id DESC");
    for (int i = 0; i < binds.size(); ++i)
        st.bindVariant(i + 1, binds[i]);
    const bool english = QLocale().language() == QLocale::English;
    CaseUnits::Names units(db);
    QList<CaseSummary> rows;
    while (st.step()) {
        CaseSummary c;
        c.id = st.int64(0);
        c.caseNo = st.text(1);
        c.classCode = st.text(2);
        c.className = english && !st.text(5).isEmpty() ? st.text(5) : st.text(3);
        c.majorName = english && !st.text(6).isEmpty() ? st.text(6) : st.text(4);
        c.tracked = st.int64(7) != 0;
        c.source = st.text(8);
        c.state = st.text(9);
        c.description = st.text(10);
        c.reporter = st.text(11);
        c.reportedAt = case_time::parse(st.text(12));
        c.dueAt = case_time::parse(st.text(13));
        c.closedAt = case_time::parse(st.text(14));
        c.gridCode = st.text(15);
        c.streetCode = st.text(16);
        c.streetName = st.text(17);
        c.communityCode = st.text(18);
        c.communityName = st.text(19);
        c.segmentName = st.text(20);
        c.chiefName = st.text(21);
        c.segmentId = st.int64(22);
        c.chiefId = st.int64(23);
        c.componentId = st.int64(24);
        c.riskId = st.int64(25);
        c.level = st.text(26);
        c.unit = st.text(27);
        c.unitName = units.of(c.unit);
        c.route = st.text(28);
        c.reopened = int(st.int64(29));
        int size = 0;
        const char *blob = st.blobData(30, &size);
        double x = 0, y = 0;
        if (blob && geometry_blob::decodePoint(blob, size, &x, &y))
            c.point = QPointF(x, y);
        c.overdue = isOverdue(c.state, c.dueAt, now);
        c.handledAt = case_time::parse(st.text(31));
        c.handledLate = c.handledAt.isValid() && c.dueAt.isValid() && c.handledAt > c.dueAt;
        rows.append(c);
    }
    return rows;
}

CaseSummary CaseRegister::one(sql::Database &db, qint64 caseId, const QDateTime &now)
{
    CaseFilter filter;
    filter.caseId = caseId;
    const QList<CaseSummary> rows = caseId > 0 ? list(db, filter, now) : QList<CaseSummary>();
    return rows.isEmpty() ? CaseSummary() : rows.first();
}

QList<CaseHistoryStep> CaseHistory::of(sql::Database &db, qint64 caseId)
{
    QList<CaseHistoryStep> steps;
    CaseUnits::Names units(db);
    auto st = db.prepare("SELECT time, operator, coalesce(from_state, ''), to_state, coalesce(note, ''), "
                         "coalesce(level, ''), coalesce(unit, ''), coalesce(route, '') FROM case_history "
                         "WHERE case_id = ? ORDER BY time, id");
    st.bind(1, caseId);
    while (st.step())
        steps.append({case_time::parse(st.text(0)), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                      st.text(6), units.of(st.text(6)), st.text(7)});
    return steps;
}

} // namespace uo
