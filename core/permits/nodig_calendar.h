#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace uo {

class DistrictStore;

// One period of the no-dig calendar (table nodig_calendar): a statutory holiday or a citywide event,
// when no new digging may start, or a season when no works may be open.
struct NoDigPeriod
{
    qint64 id = 0; // 0: not in the store yet
    QString name;
    QString kind; // holiday, event, season
    QDate start, end;

    friend bool operator==(const NoDigPeriod &, const NoDigPeriod &) = default;
};

class NoDigCalendar
{
    Q_DECLARE_TR_FUNCTIONS(uo::NoDigCalendar)

public:
    static QStringList kinds();
    static QList<NoDigPeriod> load(DistrictStore &store);
    // Makes the table hold exactly `periods`: rows with an id are updated (or put back with that id),
    // rows without one are added, the rest deleted; every change through the store's audited edits.
    // Returns the periods as stored, with their ids. Throws RequestError when a period is not valid.
    static QList<NoDigPeriod> save(DistrictStore &store, const QList<NoDigPeriod> &periods);
    // What is wrong with a period, in words; empty when it is valid.
    static QString problem(const NoDigPeriod &period);
};

} // namespace uo
