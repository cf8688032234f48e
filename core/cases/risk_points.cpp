#include "core/cases/risk_points.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

namespace uo {

QList<StreetLevelCount> RiskPoints::countByStreetAndLevel(DistrictStore &store)
{
    auto st = store.db().prepare("SELECT s.name, r.level, count(*) FROM risk_points r "
                                 "LEFT JOIN streets s ON s.code = r.street_code GROUP BY s.name, r.level");
    QList<StreetLevelCount> counts;
    while (st.step())
        counts.append({st.isNull(0) ? QString() : st.text(0), st.text(1), st.int64(2)});
    return counts;
}

QStringList RiskPoints::codes(DistrictStore &store)
{
    auto st = store.db().prepare("SELECT code FROM risk_points ORDER BY id");
    QStringList codes;
    while (st.step())
        codes.append(st.text(0));
    return codes;
}

QList<RiskPointRow> RiskPoints::redAndOrange(DistrictStore &store)
{
    auto st =
        store.db().prepare("SELECT r.code, r.name, r.category, r.level, s.name, r.address FROM risk_points r "
                           "LEFT JOIN streets s ON s.code = r.street_code WHERE r.level IN ('red', 'orange') "
                           "ORDER BY CASE r.level WHEN 'red' THEN 0 ELSE 1 END, s.name, r.code");
    QList<RiskPointRow> rows;
    while (st.step())
        rows.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    return rows;
}

std::optional<RiskPointPlace> RiskPoints::place(DistrictStore &store, qint64 id)
{
    auto st = store.db().prepare("SELECT geom, name FROM risk_points WHERE id = ?");
    st.bind(1, id);
    double x = 0, y = 0;
    int size = 0;
    const char *blob = st.step() ? st.blobData(0, &size) : nullptr;
    if (!blob || !geometry_blob::decodePoint(blob, size, &x, &y))
        return std::nullopt;
    return RiskPointPlace{QPointF(x, y), st.text(1)};
}

} // namespace uo
