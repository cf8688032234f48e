#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace uo {

class DistrictStore;

// Applications exported from the online service, as CSV (geometry as WKT in a `wkt` or `geometry`
// column) or GeoJSON: the generic layer import (LayerImport) into `permits`, with the fields guessed
// by name and nothing imported unless every row is good. Each permit is checked as any imported
// feature is — required fields, known utility and work types (codes or their words), dates, a valid
// polygon (or a line with `width_m`) inside the district, a permit number new to the store and to the
// file — and filed as `submitted` with its first history step. Coordinates come in the file's CRS, or
// `sourceCrs` when the file names none (an EPSG code or crs::kGcj02; 0: the store CRS).
class PermitImport
{
    Q_DECLARE_TR_FUNCTIONS(uo::PermitImport)

public:
    struct Result
    {
        int rows = 0;
        int imported = 0;
        QStringList errors; // "line N: ..." (CSV) or "feature N: ..." (GeoJSON); empty when imported
    };
    static Result run(DistrictStore &store, const QString &file, int sourceCrs = 0);
};

} // namespace uo
