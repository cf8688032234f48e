#include "core/permits/permit_scene.h"

#include "core/permits/permit_rules.h"
#include "core/permits/permit_statistics.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/spatial_sql.h"

#include <QSet>

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

PermitScene PermitScene::load(DistrictStore &store, const PermitReviewResult &review, double surroundM)
{
    PermitScene scene;
    sql::Database &db = store.db();
    auto self = db.prepare("SELECT id, permit_no, start_date, end_date, geom FROM permits WHERE id = ?");
    self.bind(1, review.permitId);
    if (!self.step())
        return scene;
    scene.permitId = self.int64(0);
    scene.permitNo = self.text(1);
    scene.start = QDate::fromString(self.text(2), Qt::ISODate);
    scene.end = QDate::fromString(self.text(3), Qt::ISODate);
    scene.area = geometry_blob::readOrEmpty(self, 4);
    scene.bounds = scene.area.bounds();

    // Roads around the dig; the no-dig test is the review's (rule 1), as of the permit's start.
    const PermitRules rules = PermitRules::load(store);
    const QList<qint64> touched = PermitStatistics::roadsOf(store, scene.permitId);
    auto roads = db.prepare(
        "SELECT r.id, r.name, r.geom, coalesce(r.opened_date, ''), coalesce(r.rebuilt_date, ''), "
        "coalesce(r.major_repair_date, '') FROM permits p, roads r WHERE p.id = ? AND " +
        spatial_sql::inFrame(db, "r", tableName(Layer::Roads), spatial_sql::around(db, "p.geom", "?")) +
        " AND ST_Distance(r.geom, p.geom) <= ?");
    roads.bind(1, scene.permitId).bind(2, surroundM).bind(3, surroundM);
    while (roads.step()) {
        Road road{roads.int64(0), roads.text(1), geometry_blob::readOrEmpty(roads, 2), false, false};
        road.touched = touched.contains(road.id);
        const QDate built = std::max(QDate::fromString(roads.text(3), Qt::ISODate),
                                     QDate::fromString(roads.text(4), Qt::ISODate));
        const QDate repaired = QDate::fromString(roads.text(5), Qt::ISODate);
        road.noDig = (built.isValid() && scene.start < built.addYears(rules.newRoadYears)) ||
                     (repaired.isValid() && scene.start < repaired.addYears(rules.majorRepairYears));
        scene.roads.append(road);
    }

    // The other permits on the touched roads, past and planned.
    QSet<qint64> seen;
    QList<qint64> otherIds;
    for (const RoadDig &dig : PermitStatistics::timeline(store, touched))
        if (dig.permitId != scene.permitId && !seen.contains(dig.permitId)) {
            seen.insert(dig.permitId);
            otherIds.append(dig.permitId);
        }
    if (!otherIds.isEmpty()) {
        auto others =
            db.prepare("SELECT id, permit_no, status, start_date, end_date, geom FROM permits WHERE id IN (" +
                       idList(otherIds) + ") ORDER BY start_date");
        while (others.step())
            scene.others.append({others.int64(0), others.text(1), others.text(2),
                                 QDate::fromString(others.text(3), Qt::ISODate),
                                 QDate::fromString(others.text(4), Qt::ISODate),
                                 geometry_blob::readOrEmpty(others, 5)});
    }

    // Every feature a finding names.
    QMap<Layer, QList<qint64>> wanted;
    for (const PermitFinding &finding : review.findings)
        if (finding.layer)
            wanted[*finding.layer] += finding.ids;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const bool risk = it.key() == Layer::RiskPoints;
        auto st = db.prepare("SELECT id, geom" + QByteArray(risk ? ", level" : "") + " FROM \"" +
                             tableName(it.key()) + "\" WHERE id IN (" + idList(it.value()) + ")");
        while (st.step()) {
            scene.features[it.key()].insert(st.int64(0), geometry_blob::readOrEmpty(st, 1));
            if (risk)
                scene.riskLevels.insert(st.int64(0), st.text(2));
        }
    }
    return scene;
}

} // namespace uo
