#pragma once

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

#include <memory>

// A district with one of each thing the search box and identify find, made through the store's own
// audited inserts (and one bulk statement for the components): two roads with Chinese names, a
// segment with a chief and a collaborator, shops and components with 16- and 17-digit identifiers.
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

struct Ids
{
    qint64 road, otherRoad, segment, chief, helper, idle, shop, entity;
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
