#pragma once

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

#include <QDateTime>
#include <QTemporaryDir>

// A district of one street (a 2 km square from E 370000, N 3277000) with one community, one unit grid
// cell covering its south-west kilometre, one road along N 3277500 with one segment (chief Li, sanitation
// collaborator Wang, greening collaborator Zhao), a manhole cover maintained by the water company at
// 10 m north of the road's 300 m point, and a septic tank risk point. Cases are added by the tests.
class CaseFixture
{
public:
    static constexpr double kX = 370000, kY = 3277000;

    explicit CaseFixture(const QString &path)
    {
        store = uo::DistrictStore::create(path, uo::DistrictSettings(), QStringLiteral("tester"));
        const auto square = [](double x0, double y0, double size) {
            return uo::Geometry::Ring{
                {x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}, {x0, y0}};
        };
        uo::Geometry district = uo::Geometry::polygon(4545, {square(kX, kY, 2000)});
        district.type = uo::Geometry::MultiPolygon;
        insert("district_boundary", {{QStringLiteral("name"), QStringLiteral("D")},
                                     {QStringLiteral("kind"), QStringLiteral("district")},
                                     {QStringLiteral("geom"), uo::geometry_blob::encode(district)}});
        insert("streets", {{QStringLiteral("code"), QStringLiteral("500105006")},
                           {QStringLiteral("name"), QStringLiteral("观音桥街道")},
                           {QStringLiteral("kind"), QStringLiteral("street")},
                           {QStringLiteral("geom"), uo::geometry_blob::encode(district)}});
        store->db().exec("INSERT INTO communities(code, street_code, name) VALUES "
                         "('500105006001', '500105006', '建新北路社区')");
        insert("grid_cells",
               {{QStringLiteral("code"), QStringLiteral("500105006001001")},
                {QStringLiteral("street_code"), QStringLiteral("500105006")},
                {QStringLiteral("community_code"), QStringLiteral("500105006001")},
                {QStringLiteral("geom"),
                 uo::geometry_blob::encode(uo::Geometry::polygon(4545, {square(kX, kY, 1000)}))}});
        const QByteArray line = uo::geometry_blob::encode(
            uo::Geometry::lineString(4545, {{kX, kY + 500}, {kX + 1000, kY + 500}}));
        const qint64 road = insert("roads", {{QStringLiteral("code"), QStringLiteral("R1")},
                                             {QStringLiteral("name"), QStringLiteral("建新北路")},
                                             {QStringLiteral("grade"), QStringLiteral("main")},
                                             {QStringLiteral("geom"), line}});
        chief = person("李路长", "officer");
        sanitation = person("王保洁", "sanitation");
        greening = person("赵园林", "greening");
        segment = insert("road_segments", {{QStringLiteral("road_id"), road},
                                           {QStringLiteral("from_m"), 0.0},
                                           {QStringLiteral("to_m"), 1000.0},
                                           {QStringLiteral("name"), QStringLiteral("建新北路全段")},
                                           {QStringLiteral("chief_id"), chief},
                                           {QStringLiteral("geom"), line}});
        for (qint64 p : {sanitation, greening})
            store->db().exec("INSERT INTO segment_collaborators(segment_id, person_id) VALUES (" +
                             QByteArray::number(segment) + ", " + QByteArray::number(p) + ")");
        waterCompany = insert("entities", {{QStringLiteral("code"), QStringLiteral("E1")},
                                           {QStringLiteral("name"), QStringLiteral("自来水公司")},
                                           {QStringLiteral("kind"), QStringLiteral("company")}});
        cover = insert("components", {{QStringLiteral("ident"), QStringLiteral("5001050101000001")},
                                      {QStringLiteral("class_code"), QStringLiteral("0101")},
                                      {QStringLiteral("name"), QStringLiteral("上水井盖")},
                                      {QStringLiteral("state"), QStringLiteral("intact")},
                                      {QStringLiteral("maintainer_id"), waterCompany},
                                      {QStringLiteral("geom"), point(300, 510)}});
        tank = insert("risk_points", {{QStringLiteral("code"), QStringLiteral("RP1")},
                                      {QStringLiteral("name"), QStringLiteral("化粪池1号")},
                                      {QStringLiteral("category"), QStringLiteral("septic_tank")},
                                      {QStringLiteral("level"), QStringLiteral("yellow")},
                                      {QStringLiteral("street_code"), QStringLiteral("500105006")},
                                      {QStringLiteral("geom"), point(600, 520)}});
    }

    static QByteArray point(double dx, double dy)
    {
        return uo::geometry_blob::encode(uo::Geometry::point(4545, {kX + dx, kY + dy}));
    }

    qint64 insert(const char *table, const QVariantMap &values)
    {
        return store->insertRow(QString::fromLatin1(table), values);
    }

    qint64 person(const char *name, const char *role)
    {
        return insert("people", {{QStringLiteral("name"), QString::fromUtf8(name)},
                                 {QStringLiteral("role"), QString::fromLatin1(role)}});
    }

    // A reading of the tank at local time `time` (yyyy-MM-ddTHH:mm).
    void reading(qint64 risk, const char *time, double value, const char *quantity = "methane_pct")
    {
        auto st = store->db().prepare(
            "INSERT INTO risk_records(risk_id, time, kind, quantity, value) VALUES (?, ?, 'reading', ?, ?)");
        st.bind(1, risk).bind(2, QString::fromLatin1(time) + QStringLiteral(":00+08:00"));
        st.bind(3, QString::fromLatin1(quantity)).bind(4, value);
        st.run();
    }

    QString text(const QByteArray &sql) { return store->db().scalarText(sql); }
    qint64 number(const QByteArray &sql) { return store->db().scalarInt(sql); }

    std::unique_ptr<uo::DistrictStore> store;
    qint64 chief = 0, sanitation = 0, greening = 0, segment = 0, waterCompany = 0, cover = 0, tank = 0;
};

// The bureau's clock in the tests: 2026-03-02 09:00 in Chongqing.
inline QDateTime caseNow(int addMinutes = 0)
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::OffsetFromUTC, 8 * 3600).addSecs(addMinutes * 60);
}
