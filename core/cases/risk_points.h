#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

namespace uo {

class DistrictStore;

// How many risk points of one level one street has.
struct StreetLevelCount
{
    QString streetName; // empty for points outside every street
    QString level;      // the stored code (red, orange, yellow, blue)
    qint64 count = 0;
};

// A risk point as a list of them shows it; codes as stored, for the caller to put in words.
struct RiskPointRow
{
    QString code, name, category, level, streetName, address;
};

// Where one risk point is, and its name.
struct RiskPointPlace
{
    QPointF point;
    QString name;
};

// Reads over the district's risk points as a whole (one point's records are in RiskHistory).
class RiskPoints
{
public:
    static QList<StreetLevelCount> countByStreetAndLevel(DistrictStore &store);
    // Every risk point's code, in identifier order.
    static QStringList codes(DistrictStore &store);
    // The red points, then the orange ones, each by street name and code.
    static QList<RiskPointRow> redAndOrange(DistrictStore &store);
    // Nothing when there is no such point or its geometry cannot be read as a point.
    static std::optional<RiskPointPlace> place(DistrictStore &store, qint64 id);
};

} // namespace uo
