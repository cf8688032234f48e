#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace uo {

class DistrictStore;
namespace sql {
class Database;
}

// One event class (事件) of GB/T 30428.2 as the district keeps it (table event_classes): a major class
// (no `major`) or a minor class with the bureau's handling time limit and the trade that handles it.
// `tracked`: one of the classes the bureau follows closely (70 of them by default).
struct EventClass
{
    QString code, name, nameEn, major;
    bool tracked = false;
    double timeLimitHours = 24;
    QString trade; // sanitation, municipal, greening, enforcement, utility; empty for a major class

    bool isMajor() const { return major.isEmpty(); }
    friend bool operator==(const EventClass &, const EventClass &) = default;
};

class EventClasses
{
    Q_DECLARE_TR_FUNCTIONS(uo::EventClasses)

public:
    // Every class, majors and minors, in code order.
    static QList<EventClass> load(DistrictStore &store);
    static QList<EventClass> minorClasses(DistrictStore &store);
    // The class with `code`; a default EventClass (empty code) when there is none.
    static EventClass find(DistrictStore &store, const QString &code);
    // Writes the tracked flag, time limit and trade of the given classes (names and codes are the
    // standard's and stay); audited, one transaction. Throws RequestError for a class that is not there
    // or a value that is not valid.
    static void save(DistrictStore &store, const QList<EventClass> &classes);
    // The class's name in the interface language: the standard's Chinese name, or the English one in
    // an English interface.
    static QString displayName(const EventClass &c);
};

} // namespace uo
