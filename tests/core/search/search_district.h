#pragma once

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

#include <memory>

// A district with one of each thing the search box and identify find, made through the store's own
// audited inserts (and one bulk statement for the components): a street and a town, a community of
// two grid cells, two roads with Chinese names, a segment with a chief and a collaborator, shops,
// a permit, a risk point, two cases and components with 16- and 17-digit identifiers.
namespace search_district {

constexpr int kSrid = 4545;
constexpr double kX = 500000.0, kY = 3270000.0;

inline QByteArray point(double dx, double dy)
{
    return uo::geometry_blob::encode(uo::Geometry::point(kSrid, QPointF(kX + dx, kY + dy)));
}

inline QByteArray line(double dx0, double dx1, double dy)
{
    return uo::geometry_blob::encode(
        uo::Geometry::lineString(kSrid, {QPointF(kX + dx0, kY + dy), QPointF(kX + dx1, kY + dy)}));
}

// A square of `side` metres whose lower left corner is at (dx, dy).
inline uo::Geometry::Ring square(double dx, double dy, double side)
{
    return {QPointF(kX + dx, kY + dy), QPointF(kX + dx + side, kY + dy),
            QPointF(kX + dx + side, kY + dy + side), QPointF(kX + dx, kY + dy + side),
            QPointF(kX + dx, kY + dy)};
}

inline QByteArray area(double dx, double dy, double side, bool multi = false)
{
    return uo::geometry_blob::encode(multi ? uo::Geometry::multiPolygon(kSrid, {{square(dx, dy, side)}})
                                           : uo::Geometry::polygon(kSrid, {square(dx, dy, side)}));
}

struct Ids
{
    qint64 road, otherRoad, segment, chief, helper, idle, shop, entity;
    qint64 street, town, cell1, cell2, permit, risk, oldCase, newCase;
};

inline Ids fill(uo::DistrictStore &store)
{
    Ids ids{};
    const auto insert = [&](const char *table, const QVariantMap &values) {
        return store.insertRow(QString::fromLatin1(table), values);
    };
    ids.entity = insert("entities", {{QStringLiteral("code"), QStringLiteral("E1")},
                                     {QStringLiteral("name"), QStringLiteral("江北区市政设施管理所")},
                                     {QStringLiteral("kind"), QStringLiteral("department")}});
    ids.street = insert("streets", {{QStringLiteral("code"), QStringLiteral("500105006")},
                                    {QStringLiteral("name"), QStringLiteral("观音桥街道")},
                                    {QStringLiteral("kind"), QStringLiteral("street")},
                                    {QStringLiteral("geom"), area(-500, -500, 1000, true)}});
    ids.town = insert("streets", {{QStringLiteral("code"), QStringLiteral("500105100")},
                                  {QStringLiteral("name"), QStringLiteral("鱼嘴镇")},
                                  {QStringLiteral("kind"), QStringLiteral("town")},
                                  {QStringLiteral("geom"), area(600, -500, 1000, true)}});
    insert("communities", {{QStringLiteral("code"), QStringLiteral("500105006001")},
                           {QStringLiteral("street_code"), QStringLiteral("500105006")},
                           {QStringLiteral("name"), QStringLiteral("北城天街社区")}});
    ids.cell1 = insert("grid_cells", {{QStringLiteral("code"), QStringLiteral("500105006001001")},
                                      {QStringLiteral("street_code"), QStringLiteral("500105006")},
                                      {QStringLiteral("community_code"), QStringLiteral("500105006001")},
                                      {QStringLiteral("geom"), area(0, 0, 100)}});
    ids.cell2 = insert("grid_cells", {{QStringLiteral("code"), QStringLiteral("500105006001002")},
                                      {QStringLiteral("street_code"), QStringLiteral("500105006")},
                                      {QStringLiteral("community_code"), QStringLiteral("500105006001")},
                                      {QStringLiteral("geom"), area(100, 0, 100)}});
    ids.road = insert("roads", {{QStringLiteral("code"), QStringLiteral("JB-R0001")},
                                {QStringLiteral("name"), QStringLiteral("建新北路")},
                                {QStringLiteral("grade"), QStringLiteral("main")},
                                {QStringLiteral("geom"), line(-100, 100, 0)}});
    ids.otherRoad = insert("roads", {{QStringLiteral("code"), QStringLiteral("JB-R0002")},
                                     {QStringLiteral("name"), QStringLiteral("建新东路")},
                                     {QStringLiteral("grade"), QStringLiteral("branch")},
                                     {QStringLiteral("geom"), line(-100, 100, 300)}});
    ids.chief = insert("people", {{QStringLiteral("name"), QStringLiteral("王建国")},
                                  {QStringLiteral("role"), QStringLiteral("officer")},
                                  {QStringLiteral("unit"), QStringLiteral("观音桥街道城管执法中队")}});
    ids.helper = insert("people", {{QStringLiteral("name"), QStringLiteral("李小红")},
                                   {QStringLiteral("role"), QStringLiteral("sanitation")}});
    ids.idle = insert("people", {{QStringLiteral("name"), QStringLiteral("王一")},
                                 {QStringLiteral("role"), QStringLiteral("officer")}});
    ids.segment =
        insert("road_segments", {{QStringLiteral("road_id"), ids.road},
                                 {QStringLiteral("from_m"), 0.0},
                                 {QStringLiteral("to_m"), 200.0},
                                 {QStringLiteral("name"), QStringLiteral("建新北路（北城天街—观音桥）")},
                                 {QStringLiteral("chief_id"), ids.chief},
                                 {QStringLiteral("geom"), line(-100, 100, 0)}});
    store.db().exec("INSERT INTO segment_collaborators(segment_id, person_id) VALUES (" +
                    QByteArray::number(ids.segment) + ", " + QByteArray::number(ids.helper) + ")");
    ids.shop = insert("shops", {{QStringLiteral("name"), QStringLiteral("顺心便利店")},
                                {QStringLiteral("address"), QStringLiteral("建新北路59号")},
                                {QStringLiteral("geom"), point(20, 10)}});
    insert("shops",
           {{QStringLiteral("name"), QStringLiteral("100%_好味")}, {QStringLiteral("geom"), point(30, 10)}});
    ids.permit = insert("permits", {{QStringLiteral("permit_no"), QStringLiteral("江北掘〔2024〕0042号")},
                                    {QStringLiteral("applicant"), QStringLiteral("国网重庆江北供电分公司")},
                                    {QStringLiteral("location"), QStringLiteral("建新北路 20—40 米")},
                                    {QStringLiteral("utility_type"), QStringLiteral("power")},
                                    {QStringLiteral("work_type"), QStringLiteral("new")},
                                    {QStringLiteral("status"), QStringLiteral("under_review")},
                                    {QStringLiteral("start_date"), QStringLiteral("2024-05-01")},
                                    {QStringLiteral("end_date"), QStringLiteral("2024-05-10")},
                                    {QStringLiteral("geom"), area(20, -2, 4)}});
    ids.risk = insert("risk_points", {{QStringLiteral("code"), QStringLiteral("RP00007")},
                                      {QStringLiteral("name"), QStringLiteral("观音桥化粪池7号")},
                                      {QStringLiteral("category"), QStringLiteral("septic_tank")},
                                      {QStringLiteral("level"), QStringLiteral("red")},
                                      {QStringLiteral("street_code"), QStringLiteral("500105006")},
                                      {QStringLiteral("address"), QStringLiteral("建新北路12号附近")},
                                      {QStringLiteral("geom"), point(50, 50)}});
    // Two cases of exposed rubbish at the same spot, a day apart.
    const auto addCase = [&](const char *number, const char *reported, const char *description) {
        return insert("cases", {{QStringLiteral("case_no"), QString::fromUtf8(number)},
                                {QStringLiteral("class_code"), QStringLiteral("0102")},
                                {QStringLiteral("source"), QStringLiteral("patrol")},
                                {QStringLiteral("description"), QString::fromUtf8(description)},
                                {QStringLiteral("reported_at"), QString::fromUtf8(reported)},
                                {QStringLiteral("geom"), point(60, 40)}});
    };
    ids.oldCase = addCase("AJ202611010001", "2026-11-01T09:00:00+08:00", "建新北路垃圾桶旁堆放建筑垃圾");
    ids.newCase = addCase("AJ202611020001", "2026-11-02T09:00:00+08:00", "垃圾满溢未清运");

    uo::sql::Transaction tx(store.db());
    auto component =
        store.db().prepare("INSERT INTO components(ident, class_code, name, state, dept_id, geom) "
                           "VALUES (?, ?, ?, 'intact', ?, ?)");
    // Identifiers 5001050101000001 … 5001050101000120 (16 digits) and one of the 17-digit form.
    for (int i = 1; i <= 120; ++i)
        component.bind(1, QStringLiteral("5001050101%1").arg(i, 6, 10, QLatin1Char('0')))
            .bind(2, QStringLiteral("0101"))
            .bind(3, QStringLiteral("上水井盖"))
            .bind(4, ids.entity)
            .bindBlob(5, point(i, -10))
            .run();
    component.bind(1, QStringLiteral("50010501001000001"))
        .bind(2, QStringLiteral("01001"))
        .bind(3, QStringLiteral("上水井盖"))
        .bind(4, ids.entity)
        .bindBlob(5, point(0, -20))
        .run();
    tx.commit();
    return ids;
}

} // namespace search_district
