#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace uo {

class DistrictStore;

// The unit a case is dispatched to, kept with the case and in its history as a key that stays right
// when names change: "district" (the district governance centre), "street:CODE", "community:CODE",
// "entity:ID" (a department), "collaborators:SEGMENT:TRADE" (the segment's people of that trade; the
// chief for enforcement). Names() turns keys into words for the reader.
class CaseUnits
{
    Q_DECLARE_TR_FUNCTIONS(uo::CaseUnits)

public:
    static QString district();
    static QString street(const QString &code);
    static QString community(const QString &code);
    static QString entity(qint64 id);
    static QString collaborators(qint64 segmentId, const QString &trade);

    // The people a collaborators key stands for: the segment's collaborators of the trade, or its chief
    // for enforcement.
    static QList<qint64> people(DistrictStore &store, const QString &unit);

    // A unit a case may be dispatched to, as the dispatch dialog offers it.
    struct Choice
    {
        QString level, unit, name;
    };
    // For a case in street `streetCode` on segment `segmentId` (0: none): the district centre, the
    // street centres (the case's first), the communities of the case's street, the departments, and
    // the segment's collaborators of each trade.
    static QList<Choice> choices(DistrictStore &store, const QString &streetCode, qint64 segmentId);
    // The streets and towns, code and name, in code order.
    static QList<QPair<QString, QString>> streets(DistrictStore &store);
    // The departments a rule may send cases to, id and name, by name.
    static QList<QPair<qint64, QString>> departments(DistrictStore &store);

    // Words for unit keys, with the names read once per connection and kept.
    class Names
    {
    public:
        explicit Names(DistrictStore &store);
        QString of(const QString &unit);

    private:
        DistrictStore &m_store;
        QHash<QString, QString> m_cache;
    };
};

} // namespace uo
