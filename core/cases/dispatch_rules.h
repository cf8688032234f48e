#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace uo {

class DistrictStore;
namespace sql {
class Database;
}

// One dispatch rule (table dispatch_rules): cases of a class (a code or its beginning: "07" is every
// risk alert, "" every class), of a trade and in a street (empty: any) go to `level` and a unit there:
// the level's governance centre, a department (`entityId`), or the collaborators of the case's road
// segment in the class's trade (the chief for enforcement). The first rule by priority that matches
// wins.
struct DispatchRule
{
    qint64 id = 0; // 0: not in the store yet
    int priority = 100;
    QString classPrefix, trade, streetCode;
    QString level = QStringLiteral("street");
    QString unitKind = QStringLiteral("centre");
    qint64 entityId = 0;
    QString note;

    friend bool operator==(const DispatchRule &, const DispatchRule &) = default;
};

// What a case is matched on: its class and trade, and where it is.
struct CaseFacts
{
    QString classCode, trade, streetCode, communityCode;
    qint64 segmentId = 0;
};

// Where a rule sends a case: the level and the unit key kept with the case (see CaseUnits), and the
// rule that said so; `ruleId` 0 when no rule matches.
struct DispatchTarget
{
    QString level, unit;
    qint64 ruleId = 0;
    int priority = 0;
    QString note;
    bool isValid() const { return !level.isEmpty() && !unit.isEmpty(); }
};

class DispatchRules
{
    Q_DECLARE_TR_FUNCTIONS(uo::DispatchRules)

public:
    // By priority, then id.
    static QList<DispatchRule> load(DistrictStore &store);
    // Makes the table hold exactly `rules` (rows with an id updated, new ones added, the rest deleted),
    // audited, in one transaction. Returns the rules as stored, with their ids. Throws RequestError when a
    // rule is not valid.
    static QList<DispatchRule> save(DistrictStore &store, const QList<DispatchRule> &rules);
    // What is wrong with a rule, in words; empty when it is valid.
    static QString problem(const DispatchRule &rule);

    static bool matches(const DispatchRule &rule, const CaseFacts &facts);
    // The first matching rule's target, resolved for the case's place: a street or community centre
    // needs the case's street or community, collaborators its segment; without them the case goes to
    // the centre of the level above.
    static DispatchTarget suggest(const QList<DispatchRule> &rules, const CaseFacts &facts);
    // The same for a case in the store, reading its facts and the rules.
    static DispatchTarget suggest(DistrictStore &store, qint64 caseId);
    static CaseFacts factsOf(DistrictStore &store, qint64 caseId);
};

} // namespace uo
