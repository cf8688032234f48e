#pragma once

#include "core/jobs/job_tracker.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace uo {

class DistrictStore;

// Writes a map layer of the store to a file other departments use, through GDAL/OGR: GeoPackage
// (.gpkg), Shapefile (.shp, UTF-8 with a .cpg), GeoJSON (.geojson), KML (.kml), CSV (.csv, geometry as
// WKT) or DXF (.dxf), chosen by the file's extension. Coordinates in the store CRS, or reprojected to
// `targetEpsg`. `where` narrows the rows (an SQL condition on the layer's columns, e.g. the ids of a
// selection). Progress is reported every 10,000 features; withdrawing `job` stops the export and
// removes the partial file. Throws, with what and where: RequestError for a table or file name it
// cannot export, CrsError for an unknown CRS, FileError when the file exists or cannot be written.
class LayerExport
{
    Q_DECLARE_TR_FUNCTIONS(uo::LayerExport)

public:
    struct Options
    {
        int targetEpsg = 0; // 0: the store CRS
        QString where;
        std::function<void(qint64 done, qint64 total)> progress;
        JobTicket job = JobTicket::untracked(); // withdrawing it cancels the export
    };
    // Returns the number of features written.
    static qint64 run(DistrictStore &store, const QString &table, const QString &file,
                      const Options &options);
    static QString driverFor(const QString &file);
};

} // namespace uo
