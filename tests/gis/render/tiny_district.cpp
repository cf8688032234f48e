#include "tests/gis/render/tiny_district.h"

#include "core/sql/statement.h"
#include "core/store/geometry_blob.h"

namespace tiny_district {

namespace {
constexpr int kSrid = 4545;

QPointF at(double dx, double dy)
{
    return QPointF(kOriginX + dx, kOriginY + dy);
}

QByteArray pointBlob(double dx, double dy)
{
    return uo::geometry_blob::encode(uo::Geometry::point(kSrid, at(dx, dy)));
}

QByteArray lineBlob(double dx0, double dx1, double dy)
{
    return uo::geometry_blob::encode(uo::Geometry::lineString(kSrid, {at(dx0, dy), at(dx1, dy)}));
}
} // namespace

std::unique_ptr<uo::DistrictStore> create(const QString &path)
{
    uo::DistrictSettings settings;
    settings.name = QStringLiteral("Tiny");
    settings.srid = kSrid;
    auto store = uo::DistrictStore::create(path, settings, QStringLiteral("tester"));

    const qint64 road =
        store->insertRow(QStringLiteral("roads"), {{QStringLiteral("code"), QStringLiteral("R1")},
                                                   {QStringLiteral("name"), QStringLiteral("Trunk road")},
                                                   {QStringLiteral("grade"), QStringLiteral("trunk")},
                                                   {QStringLiteral("geom"), lineBlob(-80, 80, -50)}});
    // Inserted in reverse so that the colours cannot come from insertion order.
    for (const auto &[from, to] : {std::pair{80.0, 160.0}, std::pair{0.0, 80.0}})
        store->insertRow(QStringLiteral("road_segments"),
                         {{QStringLiteral("road_id"), road},
                          {QStringLiteral("from_m"), from},
                          {QStringLiteral("to_m"), to},
                          {QStringLiteral("name"), QStringLiteral("Segment")},
                          {QStringLiteral("geom"), lineBlob(from - 80, to - 80, -50)}});

    const auto risk = [&](const char *code, const char *level, double dx, double dy) {
        store->insertRow(QStringLiteral("risk_points"),
                         {{QStringLiteral("code"), QString::fromLatin1(code)},
                          {QStringLiteral("name"), QString::fromLatin1(code)},
                          {QStringLiteral("category"), QStringLiteral("slope")},
                          {QStringLiteral("level"), QString::fromLatin1(level)},
                          {QStringLiteral("geom"), pointBlob(dx, dy)}});
    };
    risk("RP-1", "red", 50, 50);
    risk("RP-2", "blue", -50, 50);

    // A permit of 2 x 2 m: a dot at any scale.
    const uo::Geometry::Ring trench = {at(-22, -82), at(-20, -82), at(-20, -80), at(-22, -80), at(-22, -82)};
    store->insertRow(
        QStringLiteral("permits"),
        {{QStringLiteral("permit_no"), QStringLiteral("P-1")},
         {QStringLiteral("applicant"), QStringLiteral("Water works")},
         {QStringLiteral("utility_type"), QStringLiteral("water")},
         {QStringLiteral("work_type"), QStringLiteral("repair")},
         {QStringLiteral("status"), QStringLiteral("submitted")},
         {QStringLiteral("start_date"), QStringLiteral("2025-03-01")},
         {QStringLiteral("end_date"), QStringLiteral("2025-03-05")},
         {QStringLiteral("geom"), uo::geometry_blob::encode(uo::Geometry::polygon(kSrid, {trench}))}});

    store->insertRow(QStringLiteral("shops"), {{QStringLiteral("name"), QStringLiteral("Stall")},
                                               {QStringLiteral("geom"), pointBlob(-20, 80)}});

    // The components go in through one statement: a thousand audited inserts would only slow the test.
    uo::sql::Database &db = store->db();
    uo::sql::Transaction tx(db);
    auto insert =
        db.prepare("INSERT INTO components(ident, class_code, name, state, geom) VALUES (?, ?, ?, ?, ?)");
    int serial = 0;
    const auto component = [&](const char *classCode, const char *state, double dx, double dy) {
        const QString code = QString::fromLatin1(classCode);
        insert.bind(1, QStringLiteral("500105%1%2").arg(code).arg(++serial, 6, 10, QLatin1Char('0')))
            .bind(2, code)
            .bind(3, code)
            .bind(4, QString::fromLatin1(state))
            .bindBlob(5, pointBlob(dx, dy));
        insert.run();
    };
    component("0402", "intact", -50, -20);
    component("0101", "damaged", 0, 20);
    for (int i = 0; i < kClusterSize; ++i)
        component("0101", "intact", 60, -20);
    component("0401", "intact", 60, -20);
    tx.commit();
    return store;
}

uo::MapViewport viewport(double devicePixelRatio)
{
    return uo::MapViewport(QPointF(kOriginX, kOriginY), 1.0, QSize(200, 200), devicePixelRatio);
}

QColor pixel(const QImage &image, QPoint p)
{
    return image.pixelColor(p);
}

bool near(const QColor &actual, const QColor &expected, int tolerance)
{
    return qAbs(actual.red() - expected.red()) <= tolerance &&
           qAbs(actual.green() - expected.green()) <= tolerance &&
           qAbs(actual.blue() - expected.blue()) <= tolerance;
}

bool load(Loaded &loaded)
{
    if (!loaded.dir.isValid())
        return false;
    loaded.store = create(loaded.dir.filePath(QStringLiteral("tiny.sqlite")));
    loaded.map = uo::MapSnapshot::load(*loaded.store);
    return loaded.map != nullptr;
}

} // namespace tiny_district
