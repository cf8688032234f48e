#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

namespace uo {

class DistrictStore;

// Where other roads cross or meet one road, and the segment names that follow from it: the bureau
// names a segment "road (cross street A — cross street B)". A cut where no road crosses is named by
// its chainage along the road, K1+250 for 1,250 m, as road engineers write it.
class SegmentNaming
{
    Q_DECLARE_TR_FUNCTIONS(uo::SegmentNaming)

public:
    struct Crossing
    {
        double measure = 0; // along this road, metres
        qint64 roadId = 0;  // the other road
        QString name;
        QString grade;
    };

    // A crossing closer than this to a cut names it; two crossings closer than this are one junction.
    static constexpr double kJunctionMetres = 1.0;
    // The road's own ends take the name of a road that crosses within this distance of them.
    static constexpr double kEndMetres = 15.0;

    SegmentNaming(DistrictStore &store, qint64 roadId);

    const QString &roadName() const { return m_roadName; }
    double length() const { return m_length; }
    const QList<QPointF> &centreline() const { return m_line; }
    // Every other road crossing or touching this one, in order along it.
    const QList<Crossing> &crossings() const { return m_crossings; }

    // The derived name of the piece between two measures.
    QString nameFor(double from, double to) const;
    static QString chainage(double measure);

private:
    QString labelAt(double measure) const;

    QString m_roadName;
    QList<QPointF> m_line;
    double m_length = 0;
    QList<Crossing> m_crossings;
};

} // namespace uo
