#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace uo {

namespace sql {
class Database;
}

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
    static QList<qint64> people(sql::Database &db, const QString &unit);

    // Words for unit keys, with the names read once per connection and kept.
    class Names
    {
    public:
        explicit Names(sql::Database &db) : m_db(db) {}
        QString of(const QString &unit);

    private:
        sql::Database &m_db;
        QHash<QString, QString> m_cache;
    };
};

} // namespace uo
