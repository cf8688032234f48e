#include "gis/demo/demo_cases.h"

#include "core/cases/case_intake.h"
#include "core/cases/case_time.h"
#include "core/cases/case_units.h"
#include "core/cases/dispatch_rules.h"
#include "core/cases/event_classes.h"
#include "core/cases/monitoring_rules.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
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

} // namespace

DemoCases writeCases(DistrictStore &store, const DistrictFrame &frame, const RoadNetwork &network,
                     const DemoOptions &options, int count, Random random)
{
    sql::Database &db = store.db();
    DemoCases summary;
    const QDateTime now(options.referenceDate, QTime(8, 0), Qt::OffsetFromUTC, kChongqing);
    const QDate firstDay = options.referenceDate.addDays(-365);

    // The alerts are the rules' to find: the demo only stores them.
    QList<RiskAlert> alerts = RiskMonitor::evaluate(store);
    summary.alerts = alerts.size();

    const QList<EventClass> classes = EventClasses::minorClasses(store);
    QList<double> weights;
    for (const EventClass &c : classes)
        weights.append(classWeights().value(c.code, c.tracked ? 1.0 : 0.3) *
                       (c.major == QLatin1String("07") ? 0.05 : 1.0));
    QHash<QString, EventClass> classByCode;
    for (const EventClass &c : classes)
        classByCode.insert(c.code, c);

    Staff staff;
    for (int i = 0; i < 8; ++i)
        staff.centre.append(personName(random));
    for (int i = 0; i < 12; ++i)
        staff.inspectors.append(personName(random));

    // Each day its share of the year's cases, fewer at weekends.
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

    // The cases as reported, then their places from the spatial indexes, then their lives.
    const qint64 firstId = db.scalarInt("SELECT coalesce(max(id), 0) + 1 FROM cases");
    auto insert =
        db.prepare("INSERT INTO cases(id, case_no, class_code, source, description, reporter, reported_at, "
                   "state, risk_id, geom) VALUES (?, ?, ?, ?, ?, ?, ?, 'collected', ?, ?)");
    qint64 id = firstId;
    QHash<QDate, int> serials;
    const auto add = [&](const QString &classCode, const QString &source, const QDateTime &at, QPointF point,
                         const QString &description, const QString &reporter, qint64 riskId) {
        const QDate day = at.toOffsetFromUtc(kChongqing).date();
        const QString number = QStringLiteral("AJ%1-%2")
                                   .arg(day.toString(QStringLiteral("yyyyMMdd")))
                                   .arg(++serials[day], 4, 10, QLatin1Char('0'));
        insert.bind(1, id).bind(2, number).bind(3, classCode).bind(4, source).bind(5, description);
        insert.bind(6, reporter).bind(7, case_time::text(at));
        insert.bindVariant(8, riskId > 0 ? QVariant(riskId) : QVariant());
        insert.bindBlob(9, geometry_blob::encode(Geometry::point(store.srid(), point)));
        insert.run();
        return id++;
    };
    const QList<double> sourceWeights = {62, 20, 14, 0, 4}; // video, patrol, public, (sensor), instruction
    const QStringList sources = {QStringLiteral("video"), QStringLiteral("patrol"), QStringLiteral("public"),
                                 QStringLiteral("sensor"), QStringLiteral("instruction")};
    // Daytime problems: most reports between 8:00 and 20:00.
    const QList<double> hourWeights = {1, 0.6, 0.4, 0.3, 0.3, 0.6, 1.5, 3, 6, 8, 8, 7,
                                       6, 6,   7,   7,   7,   7,   6,   5, 4, 3, 2, 1.5};
    QList<QDateTime> reported;
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
            add(cls.code, source, when, at, QString::fromUtf8("%1，%2附近").arg(cls.name, where),
                source == QLatin1String("public") ? QString::fromUtf8("市民 %1").arg(personName(random))
                                                  : QString(),
                0);
            reported.append(when);
        }
    }
    // A sensor case for each alert, at its risk point, reported when the alert came.
    QHash<qint64, qint64> caseOfAlert; // position in alerts -> case id
    auto riskPoint = db.prepare("SELECT geom, name FROM risk_points WHERE id = ?");
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        riskPoint.bind(1, alerts[i].riskId);
        double x = 0, y = 0;
        int size = 0;
        const char *blob = riskPoint.step() ? riskPoint.blobData(0, &size) : nullptr;
        if (blob && geometry_blob::decodePoint(blob, size, &x, &y)) {
            const QString description = QString::fromUtf8("%1 甲烷%2%，通风1小时后仍为%3%")
                                            .arg(riskPoint.text(1))
                                            .arg(alerts[i].firstValue, 0, 'f', 1)
                                            .arg(alerts[i].value, 0, 'f', 1);
            caseOfAlert.insert(i, add(QStringLiteral("0701"), QStringLiteral("sensor"), alerts[i].time,
                                      QPointF(x, y), description, QString::fromUtf8("监测规则"),
                                      alerts[i].riskId));
            reported.append(alerts[i].time);
        }
        riskPoint.reset();
    }
    CaseIntake::fillPlaces(store, firstId);

    // Their lives, each step no later than the reference time.
    const QList<DispatchRule> rules = DispatchRules::load(store);
    auto facts =
        db.prepare("SELECT c.class_code, coalesce(c.street_code, ''), coalesce(c.community_code, ''), "
                   "coalesce(c.segment_id, 0) FROM cases c WHERE c.id = ?");
    auto update =
        db.prepare("UPDATE cases SET state = ?, accepted_at = ?, due_at = ?, closed_at = ?, level = ?, "
                   "unit = ?, route = ?, reopened = ?, handled_at = ? WHERE id = ?");
    auto history =
        db.prepare("INSERT INTO case_history(case_id, time, operator, from_state, to_state, note, level, "
                   "unit, route) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QHash<QString, QString> handlers;
    auto personNames = db.prepare("SELECT name FROM people WHERE id = ?");
    const auto text = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    for (qint64 caseId = firstId; caseId < id; ++caseId) {
        facts.bind(1, caseId);
        facts.step();
        CaseFacts f{facts.text(0), QString(), facts.text(1), facts.text(2), facts.int64(3)};
        facts.reset();
        const EventClass &cls = classByCode[f.classCode];
        f.trade = cls.trade;
        const bool sensor = f.classCode == QLatin1String("0701");
        const double limitSeconds = cls.timeLimitHours * 3600.0;

        QList<Step> steps;
        QString state = QStringLiteral("collected");
        QDateTime t = reported[int(caseId - firstId)];
        steps.append({t, QString(), state, QString(), QString(), QString(), QString(),
                      QStringLiteral("urbanops-cli demo")});
        QDateTime acceptedAt, dueAt, handledAt, closedAt;
        QString level, unit, route;
        int reopened = 0;
        // Takes the next step `seconds` later unless that is past the reference time.
        const auto step = [&](const QString &to, double seconds, const QString &who,
                              const QString &note = {}) {
            const QDateTime at = t.addSecs(qint64(seconds));
            if (at > now)
                return false;
            t = at;
            Step s{t, state, to, note, QString(), QString(), QString(), who};
            if (to == QLatin1String("accepted")) {
                acceptedAt = t;
                dueAt = t.addSecs(qint64(limitSeconds));
                handledAt = QDateTime();
                closedAt = QDateTime();
            } else if (to == QLatin1String("dispatched")) {
                s.level = level;
                s.unit = unit;
            } else if (to == QLatin1String("handled")) {
                handledAt = t;
            } else if (to == QLatin1String("closed")) {
                closedAt = t;
                s.route = route;
            }
            steps.append(s);
            state = to;
            return true;
        };
        // Who reports the handling back: the first of the segment's people the case went to, else someone
        // at the centre it went to.
        const auto handler = [&] {
            auto found = handlers.constFind(unit);
            if (found == handlers.cend()) {
                const QList<qint64> people = CaseUnits::people(store, unit);
                QString name;
                if (!people.isEmpty()) {
                    personNames.bind(1, people.first());
                    if (personNames.step())
                        name = personNames.text(0);
                    personNames.reset();
                }
                found = handlers.insert(unit, name);
            }
            return found->isEmpty() ? pick(staff.centre, random) : *found;
        };
        const auto live = [&](bool late) {
            const DispatchTarget target = DispatchRules::suggest(rules, f);
            level = target.level;
            unit = target.unit;
            route = random.uniform() < 0.7   ? QStringLiteral("online")
                    : random.chance(2.0 / 3) ? QStringLiteral("coordination")
                                             : QStringLiteral("joint_enforcement");
            if (!step(QStringLiteral("dispatched"), random.uniform(60, sensor ? 300 : 900),
                      pick(staff.centre, random), target.note))
                return false;
            if (route != QLatin1String("online")) {
                // Not for one unit alone: the street or the district centre coordinates.
                level = route == QLatin1String("coordination") ? QStringLiteral("street")
                                                               : QStringLiteral("district");
                unit = level == QLatin1String("street") && !f.streetCode.isEmpty()
                           ? CaseUnits::street(f.streetCode)
                           : CaseUnits::district();
                if (!step(QStringLiteral("dispatched"), random.uniform(0.05, 0.2) * limitSeconds,
                          pick(staff.centre, random),
                          route == QLatin1String("coordination") ? QString::fromUtf8("需多部门协同处置")
                                                                 : QString::fromUtf8("提请联合执法")))
                    return false;
            }
            // Handling takes what is left of the time limit, or more for the few late ones.
            const double left = (dueAt.isValid() ? double(t.secsTo(dueAt)) : limitSeconds) / limitSeconds;
            const double handling = late ? std::max(0.05, left) + random.uniform(0.05, 1.0)
                                         : std::max(0.05, left * random.uniform(0.2, 0.9));
            if (!step(QStringLiteral("handled"), handling * limitSeconds, handler(),
                      QString::fromUtf8("已处置")))
                return false;
            if (!step(QStringLiteral("reported"), random.uniform(300, 1800), handler(),
                      QString::fromUtf8("已反馈处置结果及照片")))
                return false;
            if (!step(QStringLiteral("verified"), random.uniform(0.02, 0.08) * limitSeconds + 300,
                      pick(staff.inspectors, random), QString::fromUtf8("现场核查通过")))
                return false;
            return step(QStringLiteral("closed"), random.uniform(120, 1800), pick(staff.centre, random));
        };

        if (!sensor && random.chance(0.015)) {
            step(QStringLiteral("rejected"), random.uniform(300, 3600), pick(staff.centre, random),
                 random.chance(0.6) ? QString::fromUtf8("重复上报") : QString::fromUtf8("不属于受理范围"));
        } else if (step(QStringLiteral("accepted"), random.uniform(sensor ? 60 : 300, sensor ? 300 : 3600),
                        pick(staff.centre, random))) {
            // A few cases stay stuck with their unit past the time limit: the overdue ones.
            const bool stuck = !sensor && random.chance(0.003);
            if (stuck) {
                const DispatchTarget target = DispatchRules::suggest(rules, f);
                level = target.level;
                unit = target.unit;
                step(QStringLiteral("dispatched"), random.uniform(60, 900), pick(staff.centre, random),
                     target.note);
            } else if (live(random.chance(0.05)) && random.chance(0.01)) {
                // Back again: reopened days later, and dealt with once more.
                if (step(QStringLiteral("accepted"), random.uniform(1, 7) * 86400, pick(staff.centre, random),
                         QString::fromUtf8("问题复发，重新立案"))) {
                    ++reopened;
                    live(false);
                }
            }
        }
        for (const Step &s : std::as_const(steps)) {
            history.bind(1, caseId).bind(2, case_time::text(s.time)).bind(3, s.operatorName);
            history.bindVariant(4, text(s.from)).bind(5, s.to).bindVariant(6, text(s.note));
            history.bindVariant(7, text(s.level)).bindVariant(8, text(s.unit)).bindVariant(9, text(s.route));
            history.run();
        }
        update.bind(1, state).bindVariant(2, acceptedAt.isValid() ? QVariant(case_time::text(acceptedAt))
                                                                  : QVariant());
        update.bindVariant(3, dueAt.isValid() ? QVariant(case_time::text(dueAt)) : QVariant());
        update.bindVariant(4, closedAt.isValid() ? QVariant(case_time::text(closedAt)) : QVariant());
        update.bindVariant(5, text(level)).bindVariant(6, text(unit));
        update.bindVariant(7, state == QLatin1String("closed") ? text(route) : QVariant());
        update.bind(8, reopened);
        update.bindVariant(9, handledAt.isValid() ? QVariant(case_time::text(handledAt)) : QVariant());
        update.bind(10, caseId);
        update.run();
        ++summary.cases;
        summary.reopened += reopened > 0;
        if (state != QLatin1String("closed") && state != QLatin1String("rejected")) {
            ++summary.open;
            summary.overdue += dueAt.isValid() && dueAt < now;
        }
    }
    for (auto it = caseOfAlert.cbegin(); it != caseOfAlert.cend(); ++it)
        alerts[it.key()].caseId = it.value();
    RiskMonitor::store(store, alerts);
    return summary;
}

} // namespace uo::demo
