#pragma once

// A small district for the edit tests: components of two classes in a row 10 m apart and two risk
// points, written in one transaction through the store's connection (the code under test is not used
// to make it).

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"

#include <QPointF>
#include <memory>

namespace edit_district {

constexpr double kX = 500000.0;
constexpr double kY = 3270000.0;
constexpr const char *kClassA = "0101"; // 上水井盖
constexpr const char *kClassB = "0102";

inline QByteArray point(double x, double y)
{
    return uo::geometry_blob::encode(uo::Geometry::point(4545, QPointF(x, y)));
}

inline QString ident(const char *classCode, int serial)
{
    return QStringLiteral("500105") + QLatin1String(classCode) +
           QStringLiteral("%1").arg(serial, 6, 10, QLatin1Char('0'));
}

// Components 1..count (ids and serials equal), odd ids class A and even ids class B; risk points 1 and 2.
inline std::unique_ptr<uo::DistrictStore> make(const QString &path, int count)
{
    uo::DistrictSettings settings;
    settings.countyCode = QStringLiteral("500105");
    settings.name = QStringLiteral("江北区");
    auto store = uo::DistrictStore::create(path, settings);
    uo::sql::Database &db = store->db();
    uo::sql::Transaction tx(db);
    auto st = db.prepare("INSERT INTO components(id, ident, class_code, name, state, initial_date, geom) "
                         "VALUES (?, ?, ?, ?, 'intact', '2020-05-01', ?)");
    for (int i = 1; i <= count; ++i) {
        const char *cls = i % 2 ? kClassA : kClassB;
        st.bind(1, i)
            .bind(2, ident(cls, i))
            .bind(3, QLatin1String(cls))
            .bind(4, QStringLiteral("部件%1").arg(i));
        st.bindBlob(5, point(kX + 10.0 * i, kY));
        st.run();
    }
    auto risk = db.prepare("INSERT INTO risk_points(id, code, name, category, level, geom) VALUES (?, ?, ?, "
                           "'slope', 'yellow', ?)");
    for (int i = 1; i <= 2; ++i) {
        risk.bind(1, i).bind(2, QStringLiteral("RP%1").arg(i)).bind(3, QStringLiteral("边坡%1").arg(i));
        risk.bindBlob(4, point(kX + 10.0 * i, kY + 50.0));
        risk.run();
    }
    tx.commit();
    return store;
}

// A road of three vertices 100 m south of the components, (kX, kY - 100) → (kX + 200, …) → (kX + 400, …),
// cut into segments at 150 m and 300 m; returns its id.
inline qint64 addRoad(uo::DistrictStore &store)
{
    const QList<QPointF> line{{kX, kY - 100}, {kX + 200, kY - 100}, {kX + 400, kY - 100}};
    const qint64 road = store.insertRow(
        QStringLiteral("roads"),
        {{QStringLiteral("code"), QStringLiteral("R1")},
         {QStringLiteral("name"), QStringLiteral("建新北路")},
         {QStringLiteral("grade"), QStringLiteral("main")},
         {QStringLiteral("length_m"), 400.0},
         {QStringLiteral("geom"), uo::geometry_blob::encode(uo::Geometry::lineString(4545, line))}});
    const std::pair<double, double> spans[] = {{0.0, 150.0}, {150.0, 300.0}, {300.0, 400.0}};
    for (const auto &[from, to] : spans) {
        QList<QPointF> piece{{kX + from, kY - 100}};
        if (from < 200 && to > 200)
            piece.append({kX + 200, kY - 100});
        piece.append({kX + to, kY - 100});
        store.insertRow(
            QStringLiteral("road_segments"),
            {{QStringLiteral("road_id"), road},
             {QStringLiteral("from_m"), from},
             {QStringLiteral("to_m"), to},
             {QStringLiteral("name"), QStringLiteral("段")},
             {QStringLiteral("geom"), uo::geometry_blob::encode(uo::Geometry::lineString(4545, piece))}});
    }
    return road;
}

} // namespace edit_district
