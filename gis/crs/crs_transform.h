#pragma once

#include "core/error/error.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

struct pj_ctx;
struct PJconsts;

namespace uo {

// A coordinate system PROJ does not know, or no transformation between two.
class CrsError : public Error
{
public:
    explicit CrsError(const QString &message) : Error(message) {}
};

// Well-known codes. Coordinate systems are named by EPSG code; GCJ-02 has none, so it gets a code
// outside the EPSG range that only this program uses.
namespace crs {
constexpr int kCgcs2000LonLat = 4490;
constexpr int kWgs84 = 4326;
constexpr int kGaussKruger108 = 4545; // 3-degree zone, central meridian 108°E: Jiangbei's default
constexpr int kGaussKruger105 = 4544;
constexpr int kGcj02 = -2;

bool isGeographic(int code);
QString name(int code);
} // namespace crs

// Transforms points between two coordinate systems with PROJ. Geographic coordinates are always
// lon, lat (x, y) whatever the authority's axis order. Each object owns its PROJ context, so one
// object per thread. Throws CrsError when PROJ does not know a code or has no transformation.
class CrsTransform
{
    Q_DECLARE_TR_FUNCTIONS(uo::CrsTransform)

public:
    CrsTransform(int fromCode, int toCode);
    ~CrsTransform();
    CrsTransform(const CrsTransform &) = delete;
    CrsTransform &operator=(const CrsTransform &) = delete;

    int from() const { return m_from; }
    int to() const { return m_to; }

    // A point that cannot be transformed comes back as NaN, NaN.
    QPointF forward(QPointF p) const;
    QPointF inverse(QPointF p) const;
    void forward(QList<QPointF> &points) const;
    void inverse(QList<QPointF> &points) const;

private:
    QPointF apply(QPointF p, bool forward) const;

    int m_from, m_to;
    pj_ctx *m_ctx = nullptr;
    PJconsts *m_pj = nullptr; // between the PROJ ends of the chain (GCJ-02 replaced by WGS84)
};

} // namespace uo
