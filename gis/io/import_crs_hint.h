#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace uo {

class DistrictStore;

// Whether a layer lands where the district is in the coordinate system it is read in, judged before
// an import reads every feature. A file read in the wrong system can still fall inside the district
// (GCJ-02 is only about 480 m off), so the first few hundred features are placed under every likely
// reading — as it is, as GCJ-02, as CGCS2000 lon/lat, in either 3° Gauss-Kruger zone (with or without
// the zone number), each also with x and y swapped — and a reading wins over the file's when it puts
// most features inside the district where the file's puts most outside, or puts them on the
// district's roads where the file's leaves them far from every road.
class ImportCrsHint
{
    Q_DECLARE_TR_FUNCTIONS(uo::ImportCrsHint)

public:
    struct Hint
    {
        int crs = 0; // an EPSG code or crs::kGcj02
        bool swapAxes = false;
        double offMetres = 0; // how far the file's reading is from the hinted one (median)
        QString message;      // what was seen and the flag that reads it the other way
    };

    // `layer` is an OGRLayerH (its reading restarts afterwards); `layerType` the store layer's
    // geometry type as SpatiaLite names it.
    static std::optional<Hint> judge(DistrictStore &store, void *layer, int sourceCrs, bool swapAxes);
    // A file whose name says it is in GCJ-02 (roads_gcj02.geojson, 火星坐标.csv).
    static bool nameSaysGcj02(const QString &file);
};

} // namespace uo
