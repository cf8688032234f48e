#pragma once

#include "core/segments/segment_queries.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

namespace uo {

class DistrictStore;

// A feature near a segment, with how far it is from the segment's line (metres).
struct NearbyFeature
{
    qint64 id = 0;
    QString name;
    QString detail; // shop: category; risk point: level; permit: status
    double distance = 0;
};

struct ComponentClassCount
{
    QString classCode;
    QString name;
    int count = 0;
};

// What lies on and along one segment: what its chief answers for.
struct SegmentSurroundings
{
    SegmentSummary segment;
    QRectF bounds;                                   // of the segment's line, store CRS
    QList<NearbyFeature> shops, riskPoints, permits; // nearest first
    QList<ComponentClassCount> componentClasses;     // most numerous first
    int components = 0;
};

// Finds the shops, risk points, components and permits within a distance of segments, through each
// layer's spatial index: a frame around the segment picks the candidates, the exact distance to the
// segment's line decides. Read-only.
class SegmentNeighbourhood
{
    Q_DECLARE_TR_FUNCTIONS(uo::SegmentNeighbourhood)

public:
    // What the bureau means by "on the segment": the street space either side of the centreline.
    static constexpr double kDefaultReach = 30.0;

    explicit SegmentNeighbourhood(DistrictStore &store) : m_store(store) {}

    SegmentSurroundings around(const SegmentSummary &segment, double reach = kDefaultReach);
    // Every segment the person chairs or collaborates on, in road order.
    QList<SegmentSurroundings> forPerson(qint64 personId, double reach = kDefaultReach);

private:
    QList<NearbyFeature> nearby(const QByteArray &table, const QByteArray &nameColumn,
                                const QByteArray &detailColumn, const QByteArray &line, const QRectF &frame,
                                double reach);

    DistrictStore &m_store;
};

} // namespace uo
