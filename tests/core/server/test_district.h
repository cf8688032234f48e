#pragma once

// A small district with a row in every table of the file store and the values a copy is most likely to
// get wrong: Chinese and quoted text, line breaks, NULLs, whole numbers beyond a double's precision,
// decimals that do not round, geometry of every layer's kind with many digits, the component point
// cache, audit log and permit history. Built on the permit tests' district: one road along
// E 370000-371000, N 3278000 with one segment and its chief.

#include "core/catalogue/catalogue.h"
#include "core/server/server_publish.h"
#include "core/server/server_url.h"
#include "core/store/component_points.h"
#include "tests/core/permits/permit_fixture.h"
#include "tests/core/server/server_fixture.h"

#include <QVariantMap>

namespace uo::test {

struct TestDistrict
{
    qint64 chief = 0;
    qint64 segment = 0;
    qint64 componentOnSegment = 0, componentElsewhere = 0;
    qint64 riskOnSegment = 0, riskElsewhere = 0;
};

inline QByteArray square(double x, double y, double size)
{
    return geometry_blob::encode(
        Geometry::polygon(4545, {{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}}}));
}

inline TestDistrict makeTestDistrict(const QString &path)
{
    TestDistrict out;
    PermitFixture f(path);
    DistrictStore &store = *f.store;
    const QString s = QStringLiteral("name");
    Catalogue::builtIn().writeTo(store);
    out.segment = f.segment;
    out.chief = store.readRow(QStringLiteral("road_segments"), f.segment)
                    .value(QStringLiteral("chief_id"))
                    .toLongLong();
    const qint64 entity = store.insertRow(QStringLiteral("entities"),
                                          {{QStringLiteral("code"), QStringLiteral("E-01")},
                                           {s, QStringLiteral("江北区市政设施管理所 \"Municipal\" O'Brien")},
                                           {QStringLiteral("kind"), QStringLiteral("department")}});
    const QList<Geometry::Part> district = {
        {{{360000, 3270000}, {390000, 3270000}, {390000, 3290000}, {360000, 3290000}, {360000, 3270000}},
         {{370500, 3280500}, {370600, 3280500}, {370600, 3280600}, {370500, 3280500}}},
        {{{391000, 3270000}, {392000.123456789, 3270000}, {392000, 3271000}, {391000, 3270000}}}};
    store.insertRow(
        QStringLiteral("district_boundary"),
        {{s, QStringLiteral("江北区")},
         {QStringLiteral("kind"), QStringLiteral("district")},
         {QStringLiteral("area_m2"), 0.1 + 0.2},
         {QStringLiteral("geom"), geometry_blob::encode(Geometry::multiPolygon(4545, district))}});
    store.insertRow(
        QStringLiteral("streets"),
        {{QStringLiteral("code"), QStringLiteral("500105001")},
         {s, QStringLiteral("华新街街道")},
         {QStringLiteral("kind"), QStringLiteral("street")},
         {QStringLiteral("geom"), geometry_blob::encode(Geometry::multiPolygon(4545, {district.first()}))}});
    store.insertRow(QStringLiteral("communities"),
                    {{QStringLiteral("code"), QStringLiteral("500105001001")},
                     {QStringLiteral("street_code"), QStringLiteral("500105001")},
                     {s, QStringLiteral("华新村社区")}});
    store.insertRow(QStringLiteral("grid_cells"),
                    {{QStringLiteral("code"), QStringLiteral("500105001001001")},
                     {QStringLiteral("street_code"), QStringLiteral("500105001")},
                     {QStringLiteral("geom"), square(370000, 3277900, 100)}});
    const qint64 helper =
        store.insertRow(QStringLiteral("people"), {{s, QStringLiteral("王 五\n(greening)")},
                                                   {QStringLiteral("role"), QStringLiteral("greening")},
                                                   {QStringLiteral("active"), 0}});
    store.insertRow(QStringLiteral("segment_collaborators"),
                    {{QStringLiteral("segment_id"), f.segment}, {QStringLiteral("person_id"), helper}});
    auto component = [&](const QString &ident, double along, double north, const QVariantMap &extra) {
        QVariantMap row{{QStringLiteral("ident"), ident},
                        {QStringLiteral("class_code"), QStringLiteral("0101")},
                        {s, QStringLiteral("上水井盖")},
                        {QStringLiteral("state"), QStringLiteral("intact")}};
        row.insert(extra);
        return f.point("components", along, north, row);
    };
    out.componentOnSegment = component(QStringLiteral("5001050101000001"), 100.123456789012, 5,
                                       {{QStringLiteral("dept_id"), entity},
                                        {QStringLiteral("note"), QStringLiteral("井盖松动 ✓ 'quoted'")}});
    out.componentElsewhere = component(QStringLiteral("5001050101000002"), 500, 800, {});
    component(QStringLiteral("5001050101000003"), 300, -10,
              {{QStringLiteral("grid_code"), QStringLiteral("")}});
    auto risk = [&](const QString &code, double along, double north) {
        return f.point("risk_points", along, north,
                       {{QStringLiteral("code"), code},
                        {s, QString(QStringLiteral("化粪池 ") + code)},
                        {QStringLiteral("category"), QStringLiteral("septic_tank")},
                        {QStringLiteral("level"), QStringLiteral("red")}});
    };
    out.riskOnSegment = risk(QStringLiteral("R-1"), 400, 10);
    out.riskElsewhere = risk(QStringLiteral("R-2"), 400, 900);
    store.insertRow(QStringLiteral("risk_records"),
                    {{QStringLiteral("risk_id"), out.riskOnSegment},
                     {QStringLiteral("time"), QStringLiteral("2025-06-01T08:00:00Z")},
                     {QStringLiteral("kind"), QStringLiteral("reading")},
                     {QStringLiteral("quantity"), QStringLiteral("methane_pct")},
                     {QStringLiteral("value"), 61.25}});
    store.insertRow(QStringLiteral("risk_records"),
                    {{QStringLiteral("risk_id"), out.riskElsewhere},
                     {QStringLiteral("time"), QStringLiteral("2025-06-01T09:00:00Z")},
                     {QStringLiteral("kind"), QStringLiteral("inspection")},
                     {QStringLiteral("value"), 60}});
    // An identifier beyond 2^53: a double would lose its last digit.
    f.point("shops", 200, 15,
            {{QStringLiteral("id"), qint64(9007199254740993)},
             {s, QStringLiteral("老王面馆")},
             {QStringLiteral("street_code"), QStringLiteral("500105001")}});
    const qint64 permit = f.permit(QStringLiteral("JB-2025-001"), 100, 180, QStringLiteral("2025-07-01"),
                                   QStringLiteral("2025-07-20"));
    store.insertRow(QStringLiteral("permit_history"),
                    {{QStringLiteral("permit_id"), permit},
                     {QStringLiteral("time"), QStringLiteral("2025-06-20T10:00:00Z")},
                     {QStringLiteral("operator"), QStringLiteral("审核员")},
                     {QStringLiteral("to_status"), QStringLiteral("under_review")},
                     {QStringLiteral("route"), QStringLiteral("online")}});
    store.insertRow(QStringLiteral("nodig_calendar"),
                    {{s, QStringLiteral("国庆节")},
                     {QStringLiteral("kind"), QStringLiteral("holiday")},
                     {QStringLiteral("start_date"), QStringLiteral("2025-10-01")},
                     {QStringLiteral("end_date"), QStringLiteral("2025-10-07")}});
    store.db().exec("INSERT INTO permit_rules(key, value) VALUES ('nodig_new_years', '5')");
    ComponentPoints::load(store); // writes the point cache
    return out;
}

// Publishes a district file to the test database as the district TestDatabase::name(stem); its address.
inline QString publishCopy(const TestDatabase &db, const QString &file, const char *stem)
{
    const QString url = db.url(TestDatabase::name(stem));
    server::ServerPublish::run(file, server::ServerUrl::parse(url));
    return url;
}

} // namespace uo::test
