#pragma once

// A small district for the segment tests, core and app alike: three roads, three segments, a roster
// with every role and some inactive people, two Party branches and a company, and features placed at
// known distances from the segments. Made through the store's own audited inserts.

#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

#include <QPointF>
#include <memory>

namespace segment_district {

constexpr double kX = 500000.0;
constexpr double kY = 3270000.0;

struct Ids
{
    // Road 1 runs east from (kX, kY) for 600 m: segment A 0–300 m, B 300–600 m.
    // Road 2 runs north from (kX, kY + 500) for 400 m: segment C covers it, without a chief.
    // Road 3 runs east from (kX, kY + 1000) for 200 m and has no segments.
    qint64 road1 = 0, road2 = 0, road3 = 0;
    qint64 a = 0, b = 0, c = 0;
    qint64 zhang = 0, zhao = 0; // active officers; Zhang chairs A, Zhao chairs B
    qint64 li = 0;              // an inactive officer
    qint64 chen = 0;            // municipal works
    qint64 wang = 0;            // greening, collaborates on A
    qint64 liu = 0;             // sanitation
    qint64 sun = 0;             // inactive sanitation
    qint64 branch1 = 0, branch2 = 0, company = 0;
    qint64 nearShop = 0, farShop = 0; // 10 m and 100 m north of A
    qint64 risk = 0;                  // 20 m south of B
    qint64 permit = 0;                // 20 m north of A
};

inline QByteArray line(QPointF from, QPointF to)
{
    return uo::geometry_blob::encode(uo::Geometry::lineString(4545, {from, to}));
}

inline QByteArray point(double x, double y)
{
    return uo::geometry_blob::encode(uo::Geometry::point(4545, QPointF(x, y)));
}

inline Ids fill(uo::DistrictStore &store, bool segmented = true)
{
    Ids ids;
    auto road = [&](const char *code, const QString &name, QPointF from, QPointF to) {
        return store.insertRow(QStringLiteral("roads"), {{QStringLiteral("code"), QLatin1String(code)},
                                                         {QStringLiteral("name"), name},
                                                         {QStringLiteral("grade"), QStringLiteral("main")},
                                                         {QStringLiteral("geom"), line(from, to)}});
    };
    auto person = [&](const QString &name, const char *role, bool active = true) {
        return store.insertRow(QStringLiteral("people"),
                               {{QStringLiteral("name"), name},
                                {QStringLiteral("role"), QLatin1String(role)},
                                {QStringLiteral("unit"), QStringLiteral("建新北路中队")},
                                {QStringLiteral("active"), active ? 1 : 0}});
    };
    auto entity = [&](const char *code, const QString &name, const char *kind) {
        return store.insertRow(QStringLiteral("entities"), {{QStringLiteral("code"), QLatin1String(code)},
                                                            {QStringLiteral("name"), name},
                                                            {QStringLiteral("kind"), QLatin1String(kind)}});
    };
    auto segment = [&](qint64 roadId, double from, double to, const QString &name, QPointF a, QPointF b,
                       qint64 chief) {
        return store.insertRow(QStringLiteral("road_segments"),
                               {{QStringLiteral("road_id"), roadId},
                                {QStringLiteral("from_m"), from},
                                {QStringLiteral("to_m"), to},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("chief_id"), chief > 0 ? QVariant(chief) : QVariant()},
                                {QStringLiteral("geom"), line(a, b)}});
    };

    ids.road1 = road("R1", QStringLiteral("建新北路"), {kX, kY}, {kX + 600, kY});
    ids.road2 = road("R2", QStringLiteral("观音桥步行街"), {kX, kY + 500}, {kX, kY + 900});
    ids.road3 = road("R3", QStringLiteral("北城天街"), {kX, kY + 1000}, {kX + 200, kY + 1000});
    ids.zhang = person(QStringLiteral("张伟"), "officer");
    ids.zhao = person(QStringLiteral("赵敏"), "officer");
    ids.li = person(QStringLiteral("李强"), "officer", false);
    ids.chen = person(QStringLiteral("陈军"), "municipal");
    ids.wang = person(QStringLiteral("王芳"), "greening");
    ids.liu = person(QStringLiteral("刘洋"), "sanitation");
    ids.sun = person(QStringLiteral("孙丽"), "sanitation", false);
    ids.branch1 = entity("P1", QStringLiteral("建新北路第一党支部"), "party_branch");
    ids.branch2 = entity("P2", QStringLiteral("观音桥第二党支部"), "party_branch");
    ids.company = entity("C1", QStringLiteral("江北市政公司"), "company");

    if (segmented) {
        ids.a = segment(ids.road1, 0, 300, QStringLiteral("建新北路（一段）"), {kX, kY}, {kX + 300, kY},
                        ids.zhang);
        ids.b = segment(ids.road1, 300, 600, QStringLiteral("建新北路（二段）"), {kX + 300, kY},
                        {kX + 600, kY}, ids.zhao);
        ids.c = segment(ids.road2, 0, 400, QStringLiteral("观音桥步行街"), {kX, kY + 500}, {kX, kY + 900}, 0);
        store.db().exec("INSERT INTO segment_collaborators(segment_id, person_id) VALUES (" +
                        QByteArray::number(ids.a) + ", " + QByteArray::number(ids.wang) + ")");
        store.updateRow(QStringLiteral("road_segments"), ids.a,
                        {{QStringLiteral("party_unit_id"), ids.branch1}});
    }

    auto shop = [&](const QString &name, double x, double y) {
        return store.insertRow(QStringLiteral("shops"), {{QStringLiteral("name"), name},
                                                         {QStringLiteral("category"), QStringLiteral("餐饮")},
                                                         {QStringLiteral("geom"), point(x, y)}});
    };
    ids.nearShop = shop(QStringLiteral("老火锅"), kX + 100, kY + 10);
    ids.farShop = shop(QStringLiteral("小面馆"), kX + 100, kY + 100);
    ids.risk = store.insertRow(QStringLiteral("risk_points"),
                               {{QStringLiteral("code"), QStringLiteral("RP1")},
                                {QStringLiteral("name"), QStringLiteral("化粪池")},
                                {QStringLiteral("category"), QStringLiteral("septic_tank")},
                                {QStringLiteral("level"), QStringLiteral("red")},
                                {QStringLiteral("geom"), point(kX + 450, kY - 20)}});
    int n = 0;
    for (const QPointF p : {QPointF(kX + 50, kY + 5), QPointF(kX + 60, kY - 5), QPointF(kX + 70, kY + 2),
                            QPointF(kX + 80, kY + 200)})
        store.insertRow(
            QStringLiteral("components"),
            {{QStringLiteral("ident"), QStringLiteral("500105010101%1").arg(++n, 6, 10, QLatin1Char('0'))},
             {QStringLiteral("class_code"), n == 2 ? QStringLiteral("0102") : QStringLiteral("0101")},
             {QStringLiteral("name"), n == 2 ? QStringLiteral("污水井盖") : QStringLiteral("上水井盖")},
             {QStringLiteral("state"), QStringLiteral("intact")},
             {QStringLiteral("geom"), point(p.x(), p.y())}});
    const uo::Geometry::Ring ring{{kX + 200, kY + 20},
                                  {kX + 202, kY + 20},
                                  {kX + 202, kY + 22},
                                  {kX + 200, kY + 22},
                                  {kX + 200, kY + 20}};
    ids.permit = store.insertRow(
        QStringLiteral("permits"),
        {{QStringLiteral("permit_no"), QStringLiteral("JB-2026-001")},
         {QStringLiteral("applicant"), QStringLiteral("江北水务")},
         {QStringLiteral("utility_type"), QStringLiteral("water")},
         {QStringLiteral("work_type"), QStringLiteral("repair")},
         {QStringLiteral("status"), QStringLiteral("approved")},
         {QStringLiteral("start_date"), QStringLiteral("2026-03-01")},
         {QStringLiteral("end_date"), QStringLiteral("2026-03-10")},
         {QStringLiteral("geom"), uo::geometry_blob::encode(uo::Geometry::polygon(4545, {ring}))}});
    return ids;
}

} // namespace segment_district
