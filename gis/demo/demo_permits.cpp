#include "gis/demo/demo_permits.h"

#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/row_writer.h"
#include "gis/demo/demo_people.h"

#include <cmath>

namespace uo::demo {

namespace {

constexpr int kChongqing = 8 * 3600; // UTC offset of the times written

const char *const kStatuses[] = {"submitted",      "under_review",  "approved", "rejected",
                                 "returned_joint", "works_started", "restored", "accepted"};
const char *const kUtilities[] = {"water",   "drainage",  "gas",  "power",
                                  "telecom", "broadcast", "heat", "other"};
const char *const kUtilityLabels[] = {"供水管道", "排水管道", "燃气管道", "电力电缆",
                                      "通信光缆", "广电线路", "热力管道", "其他管线"};
const char *const kWorks[] = {"new", "upgrade", "repair", "connection"};
const char *const kWorkLabels[] = {"新建", "改造", "维修", "接入"};
const char *const kApplicants[] = {"重庆市自来水有限公司江北分公司", "重庆市排水有限公司江北分公司",
                                   "重庆燃气集团江北分公司",         "国网重庆市电力公司江北供电分公司",
                                   "中国电信重庆江北分公司",         "重庆有线电视网络江北分公司",
                                   "中国移动重庆江北分公司",         "中国铁塔重庆江北分公司"};

// The steps a permit in a given state has been through.
QStringList pathTo(const QString &status, bool emergency)
{
    if (emergency) {
        QStringList path{QStringLiteral("works_started")};
        for (const char *s : {"restored", "accepted"})
            if (path.last() != status)
                path.append(QLatin1String(s));
        return path;
    }
    if (status == QLatin1String("rejected") || status == QLatin1String("returned_joint"))
        return {QStringLiteral("submitted"), QStringLiteral("under_review"), status};
    QStringList path;
    for (const char *s : {"submitted", "under_review", "approved", "works_started", "restored", "accepted"}) {
        path.append(QLatin1String(s));
        if (path.last() == status)
            break;
    }
    return path;
}

// How a decision was disposed of, and why. Most applications are settled through the online service;
// the governance centres coordinate the digs that have to be combined, and joint enforcement (urban
// management with the traffic police) takes the contested and unlawful ones. The mix differs by
// decision, so that the district's shares land near, not on, the bureau's 70 / 20 / 10 target.
struct Decision
{
    const char *route = nullptr; // null: the step is no decision
    const char *reason = nullptr;
};

Decision decision(const QString &step, Random &random)
{
    static const char *const routes[] = {"online", "coordination", "joint_enforcement"};
    struct Mix
    {
        const char *status;
        double weights[3]; // of the routes, in their order
        const char *reasons[3];
    };
    static const Mix mixes[] = {
        {"approved",
         {78, 16, 6},
         {"网上审批：资料齐全，符合开挖条件，准予开挖",
          "经区城市运行和治理中心协调，与同路段计划错峰施工，准予开挖",
          "城管与交巡警联合现场踏勘，落实交通组织方案后准予开挖"}},
        {"rejected",
         {40, 25, 35},
         {"网上审批：资料不全，请补正后重新申请", "道路处于禁挖期，经治理中心协调不予开挖",
          "联合执法检查发现未批先挖，不予许可并责令恢复"}},
        {"returned_joint",
         {25, 70, 5},
         {"网上审批：与同路段其他掘路计划合并施工", "经治理中心协调，与同路段其他掘路计划合并施工",
          "联合执法现场核查，须与同路段其他掘路计划合并施工"}},
    };
    for (const Mix &mix : mixes)
        if (step == QLatin1String(mix.status)) {
            const int r = random.weighted({mix.weights[0], mix.weights[1], mix.weights[2]});
            return {routes[r], mix.reasons[r]};
        }
    return {};
}

// A trench `width` wide beside the centreline, `offset` to the left, between two measures.
QList<QPointF> trench(const Road &road, double from, double to, double offset, double width)
{
    QList<QPointF> left, right;
    const int steps = std::max(2, int((to - from) / 8));
    for (int s = 0; s <= steps; ++s) {
        const double m = from + (to - from) * s / steps;
        left.append(road.pointAt(m, offset + width / 2));
        right.prepend(road.pointAt(m, offset - width / 2));
    }
    QList<QPointF> ring = left + right;
    ring.append(ring.first());
    return ring;
}

// A dig already written: where a later permit may join it.
struct Dug
{
    int road;
    double from, to;
    QDate start, end;
    int phase; // 0: closed, in the past; 1: works under way; 2: an application, in the future
    int surface;
    double offset;
};

// One permit as it is written: its state and dates, its place and its trench. Its fields are drawn
// from the generator in the order of the functions below, which is the order the demo always drew them
// in: the same seed gives the same permits.
struct PermitDraw
{
    int n = 0;      // its number and id, from 1
    int state = 0;  // index in kStatuses
    QString status; // kStatuses[state]
    bool emergency = false, past = false, future = false;
    QDate start, end;
    int roadIndex = 0;
    double from = 0, to = 0, length = 0;
    QString joint;         // its joint excavation group, if it was returned for one
    qsizetype joined = -1; // the earlier dig it joins, or -1
    int surface = 0;       // carriageway, sidewalk, green belt
    double width = 0, offset = 0, area = 0;
    int utility = 0, work = 0;

    int phase() const { return past ? 0 : future ? 2 : 1; }
};

// Its state and dates. Every state appears in a small demo too; after that the states follow a
// realistic mix.
void drawState(PermitDraw &p, QDate today, Random &random)
{
    p.state = p.n <= 8 ? p.n - 1 : random.weighted({12, 15, 20, 8, 7, 12, 10, 16});
    p.status = QLatin1String(kStatuses[p.state]);
    p.emergency = (p.status == QLatin1String("works_started") || p.status == QLatin1String("restored") ||
                   p.status == QLatin1String("accepted")) &&
                  random.chance(0.15);
    p.past = p.status == QLatin1String("restored") || p.status == QLatin1String("accepted");
    p.future = p.state <= 4;
    p.start = p.past     ? today.addDays(-random.integer(30, 700))
              : p.future ? today.addDays(random.integer(5, 150))
                         : today.addDays(-random.integer(1, 20));
    p.end = p.start.addDays(random.integer(5, 60));
    if (p.past && p.end >= today)
        p.end = today.addDays(-random.integer(3, 10));
    if (p.status == QLatin1String("works_started") && p.end <= today)
        p.end = today.addDays(random.integer(3, 30));
}

// Its road and stretch. One in six or so joins an earlier dig on the same road at an overlapping
// place, and at the same time too when those dates suit its state (a closed dig lies in the past, an
// application in the future, works under way around today); otherwise it digs the same place again.
// A permit returned for joint excavation always has another dig there.
void drawPlace(PermitDraw &p, const QList<Dug> &dug, const RoadNetwork &network, QDate today,
               int &jointGroups, Random &random)
{
    p.roadIndex = random.integer(0, int(network.roads.size()) - 1);
    p.length = random.uniform(20, 180);
    if (!dug.isEmpty() &&
        (p.n % 6 == 0 || p.status == QLatin1String("returned_joint") || random.chance(0.1))) {
        // Preferably a dig of the same phase, whose dates can then be shared.
        qsizetype pick = random.integer(0, int(dug.size()) - 1);
        for (qsizetype k = 0; k < dug.size(); ++k)
            if (dug[(pick + k) % dug.size()].phase == p.phase()) {
                pick = (pick + k) % dug.size();
                break;
            }
        p.joined = pick;
        const Dug &other = dug[pick];
        p.roadIndex = other.road;
        // Some metres of the same stretch at least.
        p.from = std::min(std::max(0.0, other.from + random.uniform(-40, 40)), other.to - 5);
        p.length = std::max(p.length, other.from + 5 - p.from);
        const QDate sameStart = other.start.addDays(random.integer(-5, 10));
        const QDate sameEnd = std::max(p.end, sameStart.addDays(random.integer(5, 40)));
        const bool suits = p.past     ? sameEnd < today
                           : p.future ? sameStart > today
                                      : sameStart <= today && sameEnd > today;
        if (suits) {
            p.start = sameStart;
            p.end = sameEnd;
        }
        if (suits && p.status == QLatin1String("returned_joint"))
            p.joint =
                QStringLiteral("JG-%1-%2").arg(p.start.year()).arg(++jointGroups, 3, 10, QLatin1Char('0'));
    }
    const Road &road = network.roads[p.roadIndex];
    p.length = std::min(p.length, road.length() - 1);
    p.from =
        std::min(p.from > 0 ? p.from : random.uniform(0, road.length() - p.length), road.length() - p.length);
    p.to = p.from + p.length;
}

// Its trench across the road (in the same trench line as the dig it joins), and what it lays.
void drawTrench(PermitDraw &p, const QList<Dug> &dug, Random &random)
{
    p.surface = random.weighted({60, 30, 10});
    p.width = random.uniform(0.8, 2.5);
    p.offset = p.surface == 0 ? random.uniform(-4, 4)
                              : (random.chance(0.5) ? 1 : -1) * (p.surface == 1 ? 9.0 : 12.0);
    if (p.joined >= 0) {
        p.surface = dug[p.joined].surface;
        p.offset = dug[p.joined].offset;
    }
    p.area = std::round(p.length * p.width * 10) / 10;
    p.utility = random.weighted({18, 16, 14, 18, 16, 4, 2, 12});
    p.work = random.weighted({35, 25, 30, 10});
}

// The permit's row; an issued one draws its issue date and police approval here.
void insertPermit(RowWriter &insert, const PermitDraw &p, const Road &road, int srid, Random &random)
{
    const bool issued = p.state == 2 || p.state >= 5;
    const QString number =
        QString::fromUtf8("江北掘〔%1〕%2号").arg(p.start.year()).arg(p.n, 4, 10, QLatin1Char('0'));
    insert.bind(1, p.n).bind(2, number).bind(3, QString::fromUtf8(kApplicants[p.utility % 8]));
    insert.bind(4, QString::fromUtf8("%1 %2—%3 米").arg(road.name).arg(int(p.from)).arg(int(p.to)));
    const QString utilityLabel = QString::fromUtf8(kUtilityLabels[p.utility]);
    insert.bind(5, p.emergency ? utilityLabel + QString::fromUtf8("抢修")
                               : QString::fromUtf8(kWorkLabels[p.work]) + utilityLabel);
    insert.bind(6, QLatin1String(kUtilities[p.utility]))
        .bind(7, QLatin1String(p.emergency ? "emergency" : kWorks[p.work]));
    insert.bind(8, p.status).bind(9, p.start.toString(Qt::ISODate)).bind(10, p.end.toString(Qt::ISODate));
    insert.bind(11, p.surface == 0 ? p.area : 0.0)
        .bind(12, p.surface == 1 ? p.area : 0.0)
        .bind(13, p.surface == 2 ? p.area : 0.0);
    insert.bind(14, p.area).bind(15, std::round(p.length * 10) / 10);
    insert.bind(16, QString::fromUtf8(
                        "设置围挡和警示标志；落实扬尘控制；按交通组织方案施工；完工后按原标准恢复路面"));
    insert.bind(17, QString::fromUtf8("江北区城市管理局"));
    if (issued) {
        insert.bind(18, p.start.addDays(-random.integer(3, 20)).toString(Qt::ISODate));
        insert.bind(
            19,
            QString::fromUtf8("江北交巡警占道〔%1〕%2号").arg(p.start.year()).arg(random.integer(100, 999)));
    }
    insert.bind(20, std::round(p.area * 120));
    insert.bind(21, p.emergency ? 1 : 0);
    if (p.emergency)
        insert.bind(22, p.start.addDays(2).toString(Qt::ISODate));
    if (!p.joint.isEmpty())
        insert.bind(23, p.joint);
    insert.bindBlob(
        24, geometry_blob::encode(Geometry::polygon(srid, {trench(road, p.from, p.to, p.offset, p.width)})));
    insert.run();
}

// The permit's history: each step a day or two after the one before, works steps on their dates,
// nothing after today; decisions draw their routes from `decisions`.
void insertHistory(RowWriter &history, const PermitDraw &p, QDate today, Random &random, Random &decisions)
{
    const QStringList steps = pathTo(p.status, p.emergency);
    const QDateTime latest(today.addDays(-1), QTime(17, 0), Qt::OffsetFromUTC, kChongqing);
    QDateTime t = p.emergency
                      ? QDateTime(p.start, QTime(6, 15), Qt::OffsetFromUTC, kChongqing)
                      : QDateTime(std::min(p.start.addDays(-15), today.addDays(-2 * int(steps.size()) - 1)),
                                  QTime(9, 30), Qt::OffsetFromUTC, kChongqing);
    QString previous;
    for (const QString &step : steps) {
        if (!previous.isEmpty())
            t = t.addDays(random.integer(1, 2));
        if (step == QLatin1String("works_started"))
            t = std::max(t, QDateTime(p.start, QTime(8, 0), Qt::OffsetFromUTC, kChongqing));
        else if (step == QLatin1String("restored"))
            t = std::max(t, QDateTime(p.end, QTime(16, 0), Qt::OffsetFromUTC, kChongqing));
        t = std::min(t, latest);
        history.bind(1, p.n).bind(2, t.toString(Qt::ISODate)).bind(3, personName(random));
        if (!previous.isEmpty())
            history.bind(4, previous);
        history.bind(5, step);
        if (p.emergency && previous.isEmpty()) {
            history.bind(6, QString::fromUtf8("抢修先行，须在期限内补办许可"));
        } else if (const Decision d = decision(step, decisions); d.route) {
            history.bind(6, QString::fromUtf8(d.reason)).bind(7, QLatin1String(d.route));
        }
        history.run();
        previous = step;
    }
}

} // namespace

void writePermits(DistrictStore &store, const RoadNetwork &network, const DemoOptions &options, int srid,
                  int count, Random random)
{
    auto insert = RowWriter::insert(store, tableName(Layer::Permits),
                                    {"id",         "permit_no",       "applicant",          "location",
                                     "reason",     "utility_type",    "work_type",          "status",
                                     "start_date", "end_date",        "carriageway_m2",     "sidewalk_m2",
                                     "green_m2",   "area_m2",         "trench_length_m",    "conditions",
                                     "authority",  "issued_date",     "police_approval_no", "fee_yuan",
                                     "emergency",  "filing_deadline", "joint_group",        "geom"});
    auto history =
        RowWriter::insert(store, "permit_history",
                          {"permit_id", "time", "operator", "from_status", "to_status", "reason", "route"});
    QList<Dug> dug;
    const QDate today = options.referenceDate;
    // The decisions' routes draw from their own generator, forked from a copy, so that the permits
    // themselves stay what they were before decisions had routes.
    Random decisions = Random(random).fork(0x726f757465);
    int jointGroups = 0;
    for (int n = 1; n <= count; ++n) {
        PermitDraw p;
        p.n = n;
        drawState(p, today, random);
        drawPlace(p, dug, network, today, jointGroups, random);
        drawTrench(p, dug, random);
        dug.append({p.roadIndex, p.from, p.to, p.start, p.end, p.phase(), p.surface, p.offset});
        insertPermit(insert, p, network.roads[p.roadIndex], srid, random);
        insertHistory(history, p, today, random, decisions);
    }
}

} // namespace uo::demo
