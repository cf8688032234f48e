#include "gis/demo/demo_risks.h"

#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/row_writer.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace uo::demo {

namespace {

struct Category
{
    const char *code;
    const char *label; // Chinese, as the bureau's ledger names it
    double share;
};

const Category kCategories[] = {
    {"septic_tank", "化粪池", 30},
    {"slope", "边坡", 15},
    {"gas", "燃气管网", 15},
    {"flooding", "易涝积水点", 10},
    {"bridge", "桥梁", 5},
    {"dangerous_building", "危房", 10},
    {"underground_space", "地下空间", 5},
    {"construction_site", "在建工地", 5},
    {"falling_objects", "高空坠物", 5},
};

const char *const kLevels[] = {"red", "orange", "yellow", "blue"};
constexpr double kMethaneLimit = 60.0;
// About 22 records a point, as the bureau's 63,000 over 2,850: a tank read every six hours for nine
// days (36), the other points inspected monthly for as many months as make up the rest (about 16).
constexpr double kRecordsPerPoint = 63000.0 / 2850.0;
constexpr int kTankReadings = 36;
// Tanks whose methane can cross the limit in the period: a few per cent.
constexpr double kProneTanks = 0.08;

QString shortName(const QString &street)
{
    QString s = street;
    s.remove(QString::fromUtf8("街道"));
    return s;
}

const Road &anyRoad(const RoadNetwork &network, Random &random, bool busy)
{
    for (;;) {
        const Road &road = network.roads[random.integer(0, int(network.roads.size()) - 1)];
        if (!busy || road.grade != QLatin1String("branch") || random.chance(0.5))
            return road;
    }
}

} // namespace

qint64 writeRiskPoints(DistrictStore &store, const DistrictFrame &frame, const RoadNetwork &network,
                       const DemoEntities &entities, const DemoOptions &options, int srid, int count,
                       Random random)
{
    auto point = RowWriter::insert(
        store, tableName(Layer::RiskPoints),
        {"id", "code", "name", "category", "level", "entity_id", "street_code", "address", "geom"});
    auto record =
        RowWriter::insert(store, "risk_records", {"risk_id", "time", "kind", "quantity", "value", "note"});
    QList<double> shares;
    for (const Category &c : kCategories)
        shares.append(c.share);
    // Chongqing time, written with its offset so that other programs read the same instant.
    const QDateTime end(options.referenceDate, QTime(8, 0), Qt::OffsetFromUTC, 8 * 3600);
    qint64 records = 0;
    auto addRecord = [&](qint64 id, const QDateTime &t, const char *kind, const QVariant &quantity,
                         const QVariant &value, const QString &note) {
        record.bind(1, id).bind(2, t.toString(Qt::ISODate)).bind(3, QString::fromLatin1(kind));
        record.bindVariant(4, quantity).bindVariant(5, value).bind(6, note);
        record.run();
        ++records;
    };
    // The categories first, so that the other points' inspections can make up the records to the
    // bureau's ratio (63,000 over 2,850 points) whatever share of the points are tanks.
    QList<int> categories;
    for (int n = 1; n <= count; ++n)
        categories.append(random.weighted(shares));
    const qint64 tanks = std::count(categories.cbegin(), categories.cend(), 0);
    const double perOther = count > tanks ? (std::llround(count * kRecordsPerPoint) - tanks * kTankReadings) /
                                                double(count - tanks)
                                          : 0.0;
    double owed = 0; // inspections carried over, so that their total comes out whole
    bool anyProne = false;
    for (int n = 1; n <= count; ++n) {
        const Category &cat = kCategories[categories[n - 1]];
        const Road &road = anyRoad(network, random, false);
        const QPointF at = road.pointAt(random.uniform(0, road.length()),
                                        (random.chance(0.5) ? 1 : -1) * random.uniform(8, 30));
        const StreetArea &street = frame.streetAt(at);
        const QString label = QString::fromUtf8(cat.label);
        point.bind(1, n).bind(2, QStringLiteral("RP%1").arg(n, 5, 10, QLatin1Char('0')));
        point.bind(3, QString::fromUtf8("%1%2%3号").arg(shortName(street.name), label).arg(n));
        point.bind(4, QString::fromLatin1(cat.code))
            .bind(5, QString::fromLatin1(kLevels[random.weighted({5, 15, 35, 45})]));
        point.bind(6, entities.departments[random.integer(0, int(entities.departments.size()) - 1)]);
        point.bind(7, street.code)
            .bind(8, QString::fromUtf8("%1%2号附近").arg(road.name).arg(random.integer(1, 399)));
        point.bindBlob(9, geometry_blob::encode(Geometry::point(srid, at)));
        point.run();

        if (QLatin1String(cat.code) == QLatin1String("septic_tank")) {
            // Most tanks stay well below the limit; a few are prone to build-ups, which forced
            // ventilation usually clears within the hour. The alerts are what the monitoring rules find
            // in these readings (RiskMonitor), not written here.
            const QString quantity = QStringLiteral("methane_pct");
            // The first tank is one of them, so that even the smallest demo shows the rule at work.
            const bool prone = random.chance(kProneTanks) || !anyProne;
            anyProne = true;
            double level = random.uniform(5, 30);
            for (int k = kTankReadings; k >= 1; --k) {
                const QDateTime t = end.addSecs(-qint64(k) * 6 * 3600);
                level = std::clamp(level + random.normal(0, 3), 1.0, 45.0);
                const double value = prone && random.chance(0.06) ? random.uniform(61, 85) : level;
                addRecord(n, t, "reading", quantity, std::round(value * 10) / 10, QString());
                if (value > kMethaneLimit) {
                    // Forced ventilation started; an hour later the tank is read again.
                    const bool stillHigh = random.chance(0.35);
                    const double after = stillHigh ? value - random.uniform(0, 0.9) * (value - kMethaneLimit)
                                                   : random.uniform(20, 55);
                    addRecord(n, t.addSecs(3600), "reading", quantity, std::round(after * 10) / 10,
                              QString::fromUtf8("强制通风1小时后复测"));
                }
            }
        } else {
            owed += std::max(1.0, perOther);
            const int inspections = int(owed);
            owed -= inspections;
            for (int k = inspections; k >= 1; --k) {
                const QDateTime t = end.addDays(-qint64(k) * 30 + random.integer(-5, 5));
                const bool finding = random.chance(0.12);
                addRecord(n, t, "inspection", QVariant(), QVariant(),
                          finding ? QString::fromUtf8("发现隐患，已通知责任单位整改")
                                  : QString::fromUtf8("巡查正常"));
            }
        }
    }
    return records;
}

void writeShops(DistrictStore &store, const DistrictFrame &frame, const RoadNetwork &network, int srid,
                int count, Random random)
{
    static const QStringList brands =
        QString::fromUtf8("老王 渝味 山城 嘉陵 江北 小李 德庄 刘一手 巴蜀 鸿运 福满 顺心 好邻居 红旗 美佳 "
                          "阿婆 九宫格 老码头 朝天门 小面王")
            .split(QLatin1Char(' '));
    static const QStringList kinds =
        QString::fromUtf8("火锅 小面 便利店 超市 水果店 药房 理发店 洗衣店 五金店 烟酒店 茶馆 汽修店 早餐店 "
                          "烧烤 书店 花店 手机维修 串串")
            .split(QLatin1Char(' '));
    auto insert = RowWriter::insert(
        store, tableName(Layer::Shops),
        {"id", "name", "licence_no", "keeper", "phone", "category", "address", "street_code", "geom"});
    for (int n = 1; n <= count; ++n) {
        const Road &road = anyRoad(network, random, true);
        const QPointF at = road.pointAt(random.uniform(0, road.length()),
                                        (random.chance(0.5) ? 1 : -1) * random.uniform(14, 22));
        const QString kind = kinds[random.integer(0, int(kinds.size()) - 1)];
        insert.bind(1, n).bind(2, brands[random.integer(0, int(brands.size()) - 1)] + kind);
        insert.bind(3, QStringLiteral("92500105MA%1")
                           .arg(random.next() % 100000000ull, 8, 36, QLatin1Char('0'))
                           .toUpper());
        insert.bind(4, personName(random))
            .bind(5, QStringLiteral("13%1").arg(random.integer(100000000, 999999999)));
        insert.bind(6, kind).bind(7, QString::fromUtf8("%1%2号").arg(road.name).arg(random.integer(1, 399)));
        insert.bind(8, frame.streetAt(at).code);
        insert.bindBlob(9, geometry_blob::encode(Geometry::point(srid, at)));
        insert.run();
    }
}

} // namespace uo::demo
