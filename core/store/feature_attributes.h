#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace uo {

class DistrictStore;
struct Geometry;

// One line of what identify shows for a feature: the column, its human title (translated) and its
// value as text.
struct FeatureAttribute
{
    QString column;
    QString title;
    QString value;
};

// Every attribute of one feature of a map layer, in the table's column order, read from the store so
// that identify shows what is really there and not the few fields the map keeps in memory. Ids that
// point elsewhere are followed (a component's departments, a segment's road and chief, a street code),
// the component's class gets its catalogue name and the geometry is summarised, never dumped.
class FeatureAttributes
{
    Q_DECLARE_TR_FUNCTIONS(uo::FeatureAttributes)

public:
    // Empty when the row does not exist.
    static QList<FeatureAttribute> read(DistrictStore &store, const QString &table, qint64 id);
    // The column's title in the current language; the column itself when it has none.
    static QString columnTitle(const QString &column);
    // "Point E 500,000.0 N 3,270,000.0", "Line of 2 vertices, 160.0 m", "Area of 4.0 m²".
    static QString summarize(const Geometry &geometry);
    // A short name of the feature for lists: its name, code, permit number or identifier.
    static QString displayName(DistrictStore &store, const QString &table, qint64 id);
};

} // namespace uo
