#include "core/permits/permit_verdict.h"

#include "core/catalogue/code_lists.h"
#include "core/permits/permit_labels.h"
#include "core/store/layers.h"

#include <QMap>

#include <algorithm>
#include <utility>

namespace uo {

namespace {

// YYYY-MM-DD as QDate::toString(Qt::ISODate) writes it, a good deal faster: the register writes the
// dates of every other permit a permit's reasons name.
QString isoDate(const QDate &d)
{
    int year = 0, month = 0, day = 0;
    d.getDate(&year, &month, &day);
    if (!d.isValid() || year < 1000 || year > 9999)
        return d.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + year / 1000),
                               char16_t(u'0' + year / 100 % 10),
                               char16_t(u'0' + year / 10 % 10),
                               char16_t(u'0' + year % 10),
                               u'-',
                               char16_t(u'0' + month / 10),
                               char16_t(u'0' + month % 10),
                               u'-',
                               char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

template <typename Features> QList<qint64> idsOf(const Features &features)
{
    QList<qint64> ids;
    for (const auto &f : features)
        ids.append(f.id);
    return ids;
}

// The review of one permit: what every rule reads (the permit's facts, the district's rules, the day)
// and the result each adds its finding to. One function per rule, in the order the review lists them;
// judge() decides which of them run.
struct PermitCheck
{
    Q_DECLARE_TR_FUNCTIONS(uo::PermitReview)

public:
    const PermitFacts &p;
    const PermitRules &rules;
    QDate today;
    PermitVerdict::Words words;
    PermitReviewResult result;

    // The words are worked out only where they are wanted: the register shows only the reasons.
    template <typename Message>
    void add(PermitRule rule, PermitFinding::Outcome outcome, Message &&message,
             std::optional<Layer> layer = std::nullopt, const QList<qint64> &ids = {})
    {
        const bool reason = outcome == PermitFinding::Fail || outcome == PermitFinding::Warn;
        result.findings.append({rule, outcome,
                                words == PermitVerdict::Words::All || reason ? message() : QString(), layer,
                                ids});
    }

    // 1. No-dig period of every road the dig lies on.
    void noDigPeriod()
    {
        QList<qint64> ids;
        QStringList reasons;
        for (const PermitFacts::Road &road : p.roads) {
            const QDate built = std::max(road.built, road.rebuilt);
            // "Less than N years before the start": the period ends on the same day N years later.
            if (built.isValid() && p.start < built.addYears(rules.newRoadYears)) {
                ids.append(road.id);
                reasons.append(
                    tr("%1 was built or rebuilt on %2 and may not be dug before %3")
                        .arg(road.name, isoDate(built), isoDate(built.addYears(rules.newRoadYears))));
            } else if (road.majorRepair.isValid() &&
                       p.start < road.majorRepair.addYears(rules.majorRepairYears)) {
                ids.append(road.id);
                reasons.append(tr("%1 had a major repair on %2 and may not be dug before %3")
                                   .arg(road.name, isoDate(road.majorRepair),
                                        isoDate(road.majorRepair.addYears(rules.majorRepairYears))));
            }
        }
        if (ids.isEmpty())
            add(PermitRule::NoDigPeriod, PermitFinding::Pass,
                [] { return tr("No touched road is in its no-dig period."); });
        else if (!p.specialApproval.isEmpty())
            add(
                PermitRule::NoDigPeriod, PermitFinding::Warn,
                [&] {
                    return tr("%1; allowed by special approval %2.")
                        .arg(reasons.join(tr("; ")), p.specialApproval);
                },
                Layer::Roads, ids);
        else
            add(
                PermitRule::NoDigPeriod, PermitFinding::Fail,
                [&] { return tr("%1.").arg(reasons.join(tr("; "))); }, Layer::Roads, ids);
    }

    // 2. Other permits under review or approved, in the same place at the same time.
    void conflicts()
    {
        if (p.conflicts.isEmpty()) {
            add(PermitRule::Conflicts, PermitFinding::Pass,
                [] { return tr("No other permit digs here at the same time."); });
            return;
        }
        result.proposedJointGroup = QStringLiteral("JG-%1-%2").arg(p.start.year()).arg(p.id);
        add(
            PermitRule::Conflicts, PermitFinding::Warn,
            [&] {
                QStringList texts;
                for (const PermitFacts::OtherPermit &other : p.conflicts)
                    texts.append(
                        tr("%1 (%2 to %3)").arg(other.permitNo, isoDate(other.start), isoDate(other.end)));
                return tr("%n other permit(s) dig here at the same time: %1. Propose joint excavation "
                          "group %2.",
                          nullptr, int(p.conflicts.size()))
                    .arg(texts.join(tr(", ")), result.proposedJointGroup);
            },
            Layer::Permits, idsOf(p.conflicts));
    }

    // 3. The same kind of pipeline dug in the same segment within the last years.
    void sameUtility()
    {
        if (p.sameUtility.isEmpty())
            add(PermitRule::SameUtility, PermitFinding::Pass, [&] {
                return tr("No dig of the same utility (%1) in these segments in the last %2 years.")
                    .arg(PermitLabels::utility(p.utility))
                    .arg(rules.sameUtilityYears);
            });
        else
            add(
                PermitRule::SameUtility, PermitFinding::Fail,
                [&] {
                    QStringList texts;
                    for (const PermitFacts::OtherPermit &other : p.sameUtility)
                        texts.append(tr("%1 from %2").arg(other.permitNo, isoDate(other.start)));
                    return tr("The same kind of pipeline (%1) was dug in these segments within %2 years: %3.")
                        .arg(PermitLabels::utility(p.utility))
                        .arg(rules.sameUtilityYears)
                        .arg(texts.join(tr(", ")));
                },
                Layer::Permits, idsOf(p.sameUtility));
    }

    // 4. The no-dig calendar: no new digging starts on holidays or during events; seasons close a period.
    void calendar()
    {
        if (p.calendar.isEmpty())
            add(PermitRule::Calendar, PermitFinding::Pass,
                [] { return tr("The works fall in no no-dig period of the calendar."); });
        else
            add(
                PermitRule::Calendar, p.emergency ? PermitFinding::Warn : PermitFinding::Fail,
                [&] {
                    QStringList texts;
                    for (const NoDigPeriod &period : p.calendar)
                        texts.append(
                            tr("%1 (%2 to %3)").arg(period.name, isoDate(period.start), isoDate(period.end)));
                    return tr("The works meet the no-dig calendar: %1.").arg(texts.join(tr(", ")));
                },
                std::nullopt, idsOf(p.calendar)); // periods of the calendar, not map features
    }

    // 5. Risk points near the dig (a red or orange one warns) ...
    void riskPoints()
    {
        bool serious = false;
        for (const PermitFacts::Feature &risk : p.riskPoints)
            serious = serious || risk.level == QLatin1String("red") || risk.level == QLatin1String("orange");
        add(
            PermitRule::RiskPoints,
            p.riskPoints.isEmpty() ? PermitFinding::Pass
            : serious              ? PermitFinding::Warn
                                   : PermitFinding::Info,
            [&] {
                if (p.riskPoints.isEmpty())
                    return tr("No risk point within %1 m.").arg(rules.riskBufferM);
                QStringList texts;
                for (const PermitFacts::Feature &risk : p.riskPoints)
                    texts.append(
                        tr("%1 (%2)").arg(risk.name, CodeLists::word(tableOf(Layer::RiskPoints),
                                                                     QStringLiteral("level"), risk.level)));
                return tr("%n risk point(s) within %1 m: %2.", nullptr, int(p.riskPoints.size()))
                    .arg(rules.riskBufferM)
                    .arg(texts.join(tr(", ")));
            },
            Layer::RiskPoints, idsOf(p.riskPoints));
    }

    // ... and components in its way, to protect: a note, never a reason.
    void components()
    {
        add(
            PermitRule::Components, p.components.isEmpty() ? PermitFinding::Pass : PermitFinding::Info,
            [&] {
                if (p.components.isEmpty())
                    return tr("No component lies in the dug area.");
                QMap<QString, int> byClass;
                for (const PermitFacts::Feature &component : p.components)
                    ++byClass[component.name];
                QStringList parts;
                for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
                    parts.append(QStringLiteral("%1 × %2").arg(it.key()).arg(it.value()));
                return tr("%n component(s) to protect in the dug area: %1.", nullptr,
                          int(p.components.size()))
                    .arg(parts.join(tr(", ")));
            },
            Layer::Components, idsOf(p.components));
    }

    // 6. Who owns the road there; a dig outside every managed segment has nobody to answer for it.
    void segments()
    {
        add(
            PermitRule::Segments, p.segments.isEmpty() ? PermitFinding::Warn : PermitFinding::Info,
            [&] {
                if (p.segments.isEmpty())
                    return tr("The dig touches no managed segment.");
                QStringList texts;
                for (const PermitFacts::Segment &segment : p.segments)
                    texts.append(segment.chief.isEmpty()
                                     ? tr("%1 (no chief)").arg(segment.name)
                                     : tr("%1, chief %2").arg(segment.name, segment.chief));
                return tr("Touches %1.").arg(texts.join(tr("; ")));
            },
            Layer::RoadSegments, idsOf(p.segments));
    }

    // 7. Trench length and area.
    void trenchLimits()
    {
        const bool longer = p.trenchM > rules.maxTrenchM, larger = p.areaM2 > rules.maxAreaM2;
        add(PermitRule::TrenchLimits, longer || larger ? PermitFinding::Fail : PermitFinding::Pass, [&] {
            if (!longer && !larger)
                return tr("Trench %1 m and area %2 m² are within the limits.").arg(p.trenchM).arg(p.areaM2);
            QStringList over;
            if (longer)
                over.append(tr("trench %1 m is longer than %2 m").arg(p.trenchM).arg(rules.maxTrenchM));
            if (larger)
                over.append(tr("area %1 m² is larger than %2 m²").arg(p.areaM2).arg(rules.maxAreaM2));
            return tr("%1.").arg(over.join(tr("; ")));
        });
    }

    // Emergency repairs dig first and must be filed by their deadline.
    void emergencyFiling()
    {
        const QDate deadline = QDate::fromString(p.filingDeadline, Qt::ISODate);
        const bool overdue = p.issued.isEmpty() && deadline.isValid() && deadline < today;
        add(PermitRule::EmergencyFiling, overdue ? PermitFinding::Fail : PermitFinding::Info, [&] {
            return overdue ? tr("Emergency repair not filed by its deadline %1.").arg(p.filingDeadline)
                           : tr("Emergency repair; filing deadline %1.").arg(p.filingDeadline);
        });
    }
};

} // namespace

bool PermitVerdict::isOpen(const QString &status)
{
    static const QStringList open = {QStringLiteral("under_review"), QStringLiteral("approved"),
                                     QStringLiteral("works_started")};
    return open.contains(status);
}

bool PermitVerdict::wasDug(const QString &status)
{
    // Applications not yet granted do not count: only works that were allowed to dig.
    static const QStringList notDug = {QStringLiteral("submitted"), QStringLiteral("under_review"),
                                       QStringLiteral("rejected"), QStringLiteral("returned_joint")};
    return !notDug.contains(status);
}

bool PermitVerdict::conflictsInTime(const PermitFacts &facts, bool open, QDate start, QDate end)
{
    return open && start <= facts.end && facts.start <= end;
}

QDate PermitVerdict::sameUtilitySince(const PermitFacts &facts, const PermitRules &rules)
{
    return facts.start.addYears(-rules.sameUtilityYears);
}

void PermitVerdict::sortByStart(QList<PermitFacts::OtherPermit> &permits)
{
    std::sort(permits.begin(), permits.end(),
              [](const PermitFacts::OtherPermit &a, const PermitFacts::OtherPermit &b) {
                  return a.start != b.start ? a.start < b.start : a.id < b.id;
              });
}

bool PermitVerdict::meetsCalendar(const PermitFacts &facts, const NoDigPeriod &period)
{
    // No new digging starts on a holiday or during an event; a season closes the whole period.
    if (period.kind == QLatin1String("season"))
        return period.start <= facts.end && facts.start <= period.end;
    return facts.start >= period.start && facts.start <= period.end;
}

PermitReviewResult PermitVerdict::judge(const PermitFacts &p, const PermitRules &rules, QDate today,
                                        Words words)
{
    PermitCheck check{p, rules, today, words, {p.id, p.permitNo, {}, {}}};
    if (rules.noDigPeriod)
        check.noDigPeriod();
    if (rules.conflicts)
        check.conflicts();
    if (rules.sameUtility && !p.segments.isEmpty())
        check.sameUtility();
    if (rules.calendar && p.hasCalendar)
        check.calendar();
    if (rules.riskPoints)
        check.riskPoints();
    if (rules.components && p.componentsGathered)
        check.components();
    if (rules.segments)
        check.segments();
    if (rules.trenchLimits)
        check.trenchLimits();
    if (p.emergency)
        check.emergencyFiling();
    return std::move(check.result);
}

} // namespace uo
