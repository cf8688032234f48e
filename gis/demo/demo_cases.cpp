#include "gis/demo/demo_cases.h"

#include "core/cases/case_intake.h"
#include "core/cases/case_register.h"
#include "core/cases/case_time.h"
#include "core/cases/case_units.h"
#include "core/cases/dispatch_rules.h"
#include "core/cases/event_classes.h"
#include "core/cases/monitoring_rules.h"
#include "core/cases/risk_points.h"
#include "core/segments/roster.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/row_writer.h"
#include "gis/demo/demo_people.h"

#include <QHash>
#include <QPolygonF>
#include <cmath>

namespace uo::demo {

namespace {

constexpr int kChongqing = 8 * 3600;

// How often each class comes up, relative to 1 for the other tracked classes (0.3 for the untracked):
// what cameras and patrols see most, parking and trading on the street, leads.
const QHash<QString, double> &classWeights()
{
    static const QHash<QString, double> weights = {
        {QStringLiteral("0505"), 40}, {QStringLiteral("0504"), 34}, {QStringLiteral("0102"), 28},
        {QStringLiteral("0201"), 22}, {QStringLiteral("0509"), 20}, {QStringLiteral("0113"), 17},
        {QStringLiteral("0506"), 14}, {QStringLiteral("0104"), 14}, {QStringLiteral("0110"), 11},
        {QStringLiteral("0501"), 11}, {QStringLiteral("0511"), 8},  {QStringLiteral("0303"), 7},
        {QStringLiteral("0302"), 6},  {QStringLiteral("0603"), 6},  {QStringLiteral("0601"), 4},
        {QStringLiteral("0604"), 4},  {QStringLiteral("0605"), 4},  {QStringLiteral("0203"), 4},
        {QStringLiteral("0507"), 3},  {QStringLiteral("0108"), 3},  {QStringLiteral("0404"), 3},
        {QStringLiteral("0305"), 3},  {QStringLiteral("0612"), 3},  {QStringLiteral("0606"), 2},
        {QStringLiteral("0609"), 2},  {QStringLiteral("0701"), 0}, // methane cases come from the alerts
    };
    return weights;
}

struct Step
{
    QDateTime time;
    QString from, to, note, level, unit, route, operatorName;
};

// The district's case workers: who takes the calls and closes the cases at the centre, who verifies
// on site. Names, like every name in the demo, are data.
struct Staff
{
    QStringList centre, inspectors;
};

// A point inside a street's area, away from the built-up roads: the towns have problems too.
QPointF pointIn(const StreetArea &street, Random &random)
{
    QList<QPolygonF> rings;
    for (const Geometry::Part &part : street.area.parts)
        if (!part.isEmpty())
            rings.append(QPolygonF(part.first()));
    const QRectF box = street.area.bounds();
    for (int attempt = 0; attempt < 200; ++attempt) {
        const QPointF p(random.uniform(box.left(), box.right()), random.uniform(box.top(), box.bottom()));
        for (const QPolygonF &ring : std::as_const(rings))
            if (ring.containsPoint(p, Qt::OddEvenFill))
                return p;
    }
    return street.centroid;
}

QString pick(const QStringList &names, Random &random)
{
    return names[random.integer(0, int(names.size()) - 1)];
}

// How often each minor class comes up: its weight, the untracked ones less, the monitoring class
// (07) rarely by hand.
QList<double> classShares(const QList<EventClass> &classes)
{
    QList<double> weights;
    for (const EventClass &c : classes)
        weights.append(classWeights().value(c.code, c.tracked ? 1.0 : 0.3) *
                       (c.major == QLatin1String("07") ? 0.05 : 1.0));
    return weights;
}

// How many of `count` cases each of the 365 days from `firstDay` gets: its share of the year, fewer at
// weekends; the last day takes what rounding left over.
QList<int> casesPerDay(int count, QDate firstDay, Random &random)
{
    QList<int> perDay;
    double weightSum = 0;
    QList<double> dayWeights;
    for (int d = 0; d < 365; ++d) {
        const int weekday = firstDay.addDays(d).dayOfWeek();
        dayWeights.append((weekday >= 6 ? 0.8 : 1.08) * random.uniform(0.92, 1.08));
        weightSum += dayWeights.last();
    }
    int planned = 0;
    for (int d = 0; d < 365; ++d) {
        perDay.append(int(std::lround(count * dayWeights[d] / weightSum)));
        planned += perDay.last();
    }
    perDay.last() += count - planned;
    return perDay;
}

// Writes cases as reported (collected), each with the id the store gives it, numbered per day of their
// report as the centre numbers them (AJyyyyMMdd-nnnn); remembers each one's id and when it was reported,
// for its life.
class CaseReports
{
public:
    explicit CaseReports(DistrictStore &store)
        : m_insert(RowWriter::insert(store, tableName(Layer::Cases),
                                     {"case_no", "class_code", "source", "description", "reporter",
                                      "reported_at", "state", "risk_id", "geom"},
                                     RowWriter::Returning::Id)),
          m_srid(store.srid())
    {
    }

    qint64 add(const QString &classCode, const QString &source, const QDateTime &at, QPointF point,
               const QString &description, const QString &reporter, qint64 riskId)
    {
        const QDate day = at.toOffsetFromUtc(kChongqing).date();
        const QString number = QStringLiteral("AJ%1-%2")
                                   .arg(day.toString(QStringLiteral("yyyyMMdd")))
                                   .arg(++m_serials[day], 4, 10, QLatin1Char('0'));
        m_insert.bind(1, number).bind(2, classCode).bind(3, source).bind(4, description);
        m_insert.bind(5, reporter).bind(6, case_time::text(at)).bind(7, QStringLiteral("collected"));
        m_insert.bindVariant(8, riskId > 0 ? QVariant(riskId) : QVariant());
        m_insert.bindBlob(9, geometry_blob::encode(Geometry::point(m_srid, point)));
        ids.append(m_insert.run());
        reported.append(at);
        return ids.constLast();
    }

private:
    RowWriter m_insert;
    int m_srid;
    QHash<QDate, int> m_serials;

public:
    QList<qint64> ids;
    QList<QDateTime> reported; // as ids
};

// The year's cases as people report them: each day its share, of a class by its weight, most along a
// road a few metres off its centreline and a few in a street's towns, from a source by its share
// and at an hour of the day by its share.
void reportYear(CaseReports &reports, const QList<EventClass> &classes, const QList<int> &perDay,
                QDate firstDay, const DistrictFrame &frame, const RoadNetwork &network, Random &random)
{
    const QList<double> weights = classShares(classes);
    const QList<double> sourceWeights = {62, 20, 14, 0, 4}; // video, patrol, public, (sensor), instruction
    const QStringList sources = {QStringLiteral("video"), QStringLiteral("patrol"), QStringLiteral("public"),
                                 QStringLiteral("sensor"), QStringLiteral("instruction")};
    // Daytime problems: most reports between 8:00 and 20:00.
    const QList<double> hourWeights = {1, 0.6, 0.4, 0.3, 0.3, 0.6, 1.5, 3, 6, 8, 8, 7,
                                       6, 6,   7,   7,   7,   7,   6,   5, 4, 3, 2, 1.5};
    for (int d = 0; d < 365; ++d) {
        const QDate day = firstDay.addDays(d);
        for (int n = 0; n < perDay[d]; ++n) {
            const EventClass &cls = classes[random.weighted(weights)];
            const Road &road = network.roads[random.integer(0, int(network.roads.size()) - 1)];
            QPointF at = road.pointAt(random.uniform(0, road.length()),
                                      (random.chance(0.5) ? 1 : -1) * random.uniform(3, 25));
            QString where = road.name;
            if (random.chance(0.02)) {
                const StreetArea &street = frame.streets[random.integer(0, int(frame.streets.size()) - 1)];
                at = pointIn(street, random);
                where = street.name;
            }
            const QDateTime when =
                QDateTime(day, QTime(0, 0), Qt::OffsetFromUTC, kChongqing)
                    .addSecs(random.weighted(hourWeights) * 3600 + random.integer(0, 3599));
            const QString source = sources[random.weighted(sourceWeights)];
            reports.add(cls.code, source, when, at, QString::fromUtf8("%1，%2附近").arg(cls.name, where),
                        source == QLatin1String("public")
                            ? QString::fromUtf8("市民 %1").arg(personName(random))
                            : QString(),
                        0);
        }
    }
}

// A sensor case for each alert, at its risk point, reported when the alert came. Returns the case
// of each alert by its position in `alerts`.
QHash<qint64, qint64> reportAlerts(CaseReports &reports, DistrictStore &store, const QList<RiskAlert> &alerts)
{
    QHash<qint64, qint64> caseOfAlert;
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        if (const std::optional<RiskPointPlace> place = RiskPoints::place(store, alerts[i].riskId)) {
            const QString description = QString::fromUtf8("%1 甲烷%2%，通风1小时后仍为%3%")
                                            .arg(place->name)
                                            .arg(alerts[i].firstValue, 0, 'f', 1)
                                            .arg(alerts[i].value, 0, 'f', 1);
            caseOfAlert.insert(i, reports.add(QStringLiteral("0701"), QStringLiteral("sensor"),
                                              alerts[i].time, place->point, description,
                                              QString::fromUtf8("监测规则"), alerts[i].riskId));
        }
    }
    return caseOfAlert;
}

// What every case's life draws on: the dispatch rules, the staff, and who reports the handling back
// for each unit: the first of the segment's people the case went to (looked up once per unit), else
// someone at the centre.
class CaseDesk
{
public:
    CaseDesk(DistrictStore &store, const Staff &people, QDateTime referenceTime, Random &generator)
        : rules(DispatchRules::load(store)), staff(people), now(referenceTime), random(generator),
          m_store(store), m_roster(store)
    {
    }

    QString centre() { return pick(staff.centre, random); }
    QString inspector() { return pick(staff.inspectors, random); }
    QString handler(const QString &unit)
    {
        auto found = m_handlers.constFind(unit);
        if (found == m_handlers.cend()) {
            const QList<qint64> people = CaseUnits::people(m_store, unit);
            found =
                m_handlers.insert(unit, people.isEmpty() ? QString() : m_roster.person(people.first()).name);
        }
        return found->isEmpty() ? centre() : *found;
    }

    const QList<DispatchRule> rules;
    const Staff &staff;
    const QDateTime now; // no step is later
    Random &random;

private:
    DistrictStore &m_store;
    Roster m_roster;
    QHash<QString, QString> m_handlers;
};

// One case's life, each step no later than the reference time: rejected now and then, else accepted,
// dispatched where the rules say, handled (a few late, a few stuck past their limit), reported back,
// verified and closed by one of the three routes, and now and then reopened and dealt with again.
class CaseLife
{
public:
    CaseLife(CaseDesk &desk, const CaseFacts &facts, const EventClass &cls, const QDateTime &reported)
        : m_desk(desk), m_facts(facts), m_sensor(facts.classCode == QLatin1String("0701")),
          m_limitSeconds(cls.timeLimitHours * 3600.0), m_t(reported)
    {
        steps.append({m_t, QString(), state, QString(), QString(), QString(), QString(),
                      QStringLiteral("urbanops-cli demo")});
    }

    void live()
    {
        Random &random = m_desk.random;
        if (!m_sensor && random.chance(0.015)) {
            step(QStringLiteral("rejected"), random.uniform(300, 3600), m_desk.centre(),
                 random.chance(0.6) ? QString::fromUtf8("重复上报") : QString::fromUtf8("不属于受理范围"));
        } else if (step(QStringLiteral("accepted"),
                        random.uniform(m_sensor ? 60 : 300, m_sensor ? 300 : 3600), m_desk.centre())) {
            // A few cases stay stuck with their unit past the time limit: the overdue ones.
            const bool stuck = !m_sensor && random.chance(0.003);
            if (stuck) {
                const DispatchTarget target = DispatchRules::suggest(m_desk.rules, m_facts);
                level = target.level;
                unit = target.unit;
                step(QStringLiteral("dispatched"), random.uniform(60, 900), m_desk.centre(), target.note);
            } else if (dealWith(random.chance(0.05)) && random.chance(0.01)) {
                // Back again: reopened days later, and dealt with once more.
                if (step(QStringLiteral("accepted"), random.uniform(1, 7) * 86400, m_desk.centre(),
                         QString::fromUtf8("问题复发，重新立案"))) {
                    ++reopened;
                    dealWith(false);
                }
            }
        }
    }

    QList<Step> steps;
    QString state = QStringLiteral("collected");
    QDateTime acceptedAt, dueAt, handledAt, closedAt;
    QString level, unit, route;
    int reopened = 0;

private:
    // Takes the next step `seconds` later unless that is past the reference time.
    bool step(const QString &to, double seconds, const QString &who, const QString &note = {})
    {
        const QDateTime at = m_t.addSecs(qint64(seconds));
        if (at > m_desk.now)
            return false;
        m_t = at;
        Step s{m_t, state, to, note, QString(), QString(), QString(), who};
        if (to == QLatin1String("accepted")) {
            acceptedAt = m_t;
            dueAt = m_t.addSecs(qint64(m_limitSeconds));
            handledAt = QDateTime();
            closedAt = QDateTime();
        } else if (to == QLatin1String("dispatched")) {
            s.level = level;
            s.unit = unit;
        } else if (to == QLatin1String("handled")) {
            handledAt = m_t;
        } else if (to == QLatin1String("closed")) {
            closedAt = m_t;
            s.route = route;
        }
        steps.append(s);
        state = to;
        return true;
    }

    // From dispatch to closing; false where the reference time stops it.
    bool dealWith(bool late)
    {
        Random &random = m_desk.random;
        const DispatchTarget target = DispatchRules::suggest(m_desk.rules, m_facts);
        level = target.level;
        unit = target.unit;
        route = random.uniform() < 0.7   ? QStringLiteral("online")
                : random.chance(2.0 / 3) ? QStringLiteral("coordination")
                                         : QStringLiteral("joint_enforcement");
        if (!step(QStringLiteral("dispatched"), random.uniform(60, m_sensor ? 300 : 900), m_desk.centre(),
                  target.note))
            return false;
        if (route != QLatin1String("online")) {
            // Not for one unit alone: the street or the district centre coordinates.
            level = route == QLatin1String("coordination") ? QStringLiteral("street")
                                                           : QStringLiteral("district");
            unit = level == QLatin1String("street") && !m_facts.streetCode.isEmpty()
                       ? CaseUnits::street(m_facts.streetCode)
                       : CaseUnits::district();
            if (!step(QStringLiteral("dispatched"), random.uniform(0.05, 0.2) * m_limitSeconds,
                      m_desk.centre(),
                      route == QLatin1String("coordination") ? QString::fromUtf8("需多部门协同处置")
                                                             : QString::fromUtf8("提请联合执法")))
                return false;
        }
        // Handling takes what is left of the time limit, or more for the few late ones.
        const double left = (dueAt.isValid() ? double(m_t.secsTo(dueAt)) : m_limitSeconds) / m_limitSeconds;
        const double handling = late ? std::max(0.05, left) + random.uniform(0.05, 1.0)
                                     : std::max(0.05, left * random.uniform(0.2, 0.9));
        if (!step(QStringLiteral("handled"), handling * m_limitSeconds, m_desk.handler(unit),
                  QString::fromUtf8("已处置")))
            return false;
        if (!step(QStringLiteral("reported"), random.uniform(300, 1800), m_desk.handler(unit),
                  QString::fromUtf8("已反馈处置结果及照片")))
            return false;
        if (!step(QStringLiteral("verified"), random.uniform(0.02, 0.08) * m_limitSeconds + 300,
                  m_desk.inspector(), QString::fromUtf8("现场核查通过")))
            return false;
        return step(QStringLiteral("closed"), random.uniform(120, 1800), m_desk.centre());
    }

    CaseDesk &m_desk;
    const CaseFacts m_facts;
    const bool m_sensor;
    const double m_limitSeconds;
    QDateTime m_t; // of the last step
};

// Writes a case's life: its history, step by step, and where it stands.
class LifeWriter
{
public:
    explicit LifeWriter(DistrictStore &store)
        : m_update(RowWriter::updateById(store, tableName(Layer::Cases),
                                         {"state", "accepted_at", "due_at", "closed_at", "level", "unit",
                                          "route", "reopened", "handled_at"})),
          m_history(RowWriter::insert(
              store, "case_history",
              {"case_id", "time", "operator", "from_state", "to_state", "note", "level", "unit", "route"}))
    {
    }

    void write(qint64 caseId, const CaseLife &life)
    {
        for (const Step &s : life.steps) {
            m_history.bind(1, caseId).bind(2, case_time::text(s.time)).bind(3, s.operatorName);
            m_history.bindVariant(4, textOrNull(s.from)).bind(5, s.to).bindVariant(6, textOrNull(s.note));
            m_history.bindVariant(7, textOrNull(s.level))
                .bindVariant(8, textOrNull(s.unit))
                .bindVariant(9, textOrNull(s.route));
            m_history.run();
        }
        m_update.bind(1, life.state).bindVariant(2, timeOrNull(life.acceptedAt));
        m_update.bindVariant(3, timeOrNull(life.dueAt)).bindVariant(4, timeOrNull(life.closedAt));
        m_update.bindVariant(5, textOrNull(life.level)).bindVariant(6, textOrNull(life.unit));
        m_update.bindVariant(7, life.state == QLatin1String("closed") ? textOrNull(life.route) : QVariant());
        m_update.bind(8, life.reopened);
        m_update.bindVariant(9, timeOrNull(life.handledAt));
        m_update.bind(10, caseId);
        m_update.run();
    }

private:
    // Empty text and no time are stored as NULL.
    static QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); }
    static QVariant timeOrNull(const QDateTime &t)
    {
        return t.isValid() ? QVariant(case_time::text(t)) : QVariant();
    }

    RowWriter m_update, m_history;
};

} // namespace

DemoCases writeCases(DistrictStore &store, const DistrictFrame &frame, const RoadNetwork &network,
                     const DemoOptions &options, int count, Random random)
{
    DemoCases summary;
    const QDateTime now(options.referenceDate, QTime(8, 0), Qt::OffsetFromUTC, kChongqing);
    const QDate firstDay = options.referenceDate.addDays(-365);

    // The alerts are the rules' to find: the demo only stores them.
    QList<RiskAlert> alerts = RiskMonitor::evaluate(store);
    summary.alerts = alerts.size();

    const QList<EventClass> classes = EventClasses::minorClasses(store);
    QHash<QString, EventClass> classByCode;
    for (const EventClass &c : classes)
        classByCode.insert(c.code, c);
    Staff staff;
    for (int i = 0; i < 8; ++i)
        staff.centre.append(personName(random));
    for (int i = 0; i < 12; ++i)
        staff.inspectors.append(personName(random));
    const QList<int> perDay = casesPerDay(count, firstDay, random);

    // The cases as reported, then their places from the spatial indexes, then their lives.
    CaseReports reports(store);
    reportYear(reports, classes, perDay, firstDay, frame, network, random);
    const QHash<qint64, qint64> caseOfAlert = reportAlerts(reports, store, alerts);
    CaseIntake::fillPlaces(store, reports.ids);

    CaseDesk desk(store, staff, now, random);
    LifeWriter writer(store);
    // Each case as reported, with the place the spatial indexes gave it.
    QHash<qint64, CaseSummary> reported;
    for (CaseSummary &c : CaseRegister::list(store))
        reported.insert(c.id, std::move(c));
    for (qsizetype i = 0; i < reports.ids.size(); ++i) {
        const qint64 caseId = reports.ids[i];
        const CaseSummary &c = reported[caseId];
        CaseFacts f{c.classCode, QString(), c.streetCode, c.communityCode, c.segmentId};
        const EventClass &cls = classByCode[f.classCode];
        f.trade = cls.trade;
        CaseLife life(desk, f, cls, reports.reported[i]);
        life.live();
        writer.write(caseId, life);
        ++summary.cases;
        summary.reopened += life.reopened > 0;
        if (life.state != QLatin1String("closed") && life.state != QLatin1String("rejected")) {
            ++summary.open;
            summary.overdue += life.dueAt.isValid() && life.dueAt < now;
        }
    }
    for (auto it = caseOfAlert.cbegin(); it != caseOfAlert.cend(); ++it)
        alerts[it.key()].caseId = it.value();
    RiskMonitor::store(store, alerts);
    return summary;
}

} // namespace uo::demo
