#pragma once

#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

#include <QDate>
#include <QTemporaryDir>

// A district with one straight road 1 km long (east from E 370000, N 3278000), one segment with a
// chief, and whatever permits, risk points and components a test adds. The road was built on
// 2015-06-01 unless a test says otherwise.
class PermitFixture
{
public:
    static constexpr double kX = 370000, kY = 3278000;

    explicit PermitFixture(const QString &path)
    {
        store = uo::DistrictStore::create(path, uo::DistrictSettings());
        const QByteArray line =
            uo::geometry_blob::encode(uo::Geometry::lineString(4545, {{kX, kY}, {kX + 1000, kY}}));
        road = store->insertRow(QStringLiteral("roads"),
                                {{QStringLiteral("code"), QStringLiteral("R1")},
                                 {QStringLiteral("name"), QStringLiteral("Test road")},
                                 {QStringLiteral("grade"), QStringLiteral("main")},
                                 {QStringLiteral("opened_date"), QStringLiteral("2015-06-01")},
                                 {QStringLiteral("geom"), line}});
        const qint64 chief =
            store->insertRow(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Chief Li")},
                                                        {QStringLiteral("role"), QStringLiteral("officer")}});
        segment = store->insertRow(QStringLiteral("road_segments"),
                                   {{QStringLiteral("road_id"), road},
                                    {QStringLiteral("from_m"), 0.0},
                                    {QStringLiteral("to_m"), 1000.0},
                                    {QStringLiteral("name"), QStringLiteral("Whole road")},
                                    {QStringLiteral("chief_id"), chief},
                                    {QStringLiteral("geom"), line}});
    }

    // A trench along the road from `from` to `to` metres, 2 m wide, just north of the centreline.
    qint64 permit(const QString &number, double from, double to, const QString &start, const QString &end,
                  const QString &status = QStringLiteral("under_review"),
                  const QString &utility = QStringLiteral("water"), double trench = 0)
    {
        const QList<QPointF> ring{{kX + from, kY + 1},
                                  {kX + to, kY + 1},
                                  {kX + to, kY + 3},
                                  {kX + from, kY + 3},
                                  {kX + from, kY + 1}};
        return store->insertRow(
            QStringLiteral("permits"),
            {{QStringLiteral("permit_no"), number},
             {QStringLiteral("applicant"), QStringLiteral("Water Co.")},
             {QStringLiteral("utility_type"), utility},
             {QStringLiteral("work_type"), QStringLiteral("new")},
             {QStringLiteral("status"), status},
             {QStringLiteral("start_date"), start},
             {QStringLiteral("end_date"), end},
             {QStringLiteral("area_m2"), (to - from) * 2},
             {QStringLiteral("trench_length_m"), trench > 0 ? trench : to - from},
             {QStringLiteral("geom"), uo::geometry_blob::encode(uo::Geometry::polygon(4545, {ring}))}});
    }

    qint64 point(const char *table, double along, double north, const QVariantMap &values)
    {
        QVariantMap row = values;
        row.insert(QStringLiteral("geom"),
                   uo::geometry_blob::encode(uo::Geometry::point(4545, {kX + along, kY + north})));
        return store->insertRow(QString::fromLatin1(table), row);
    }

    std::unique_ptr<uo::DistrictStore> store;
    qint64 road = 0, segment = 0;
};
