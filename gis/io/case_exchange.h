#pragma once

#include "gis/io/layer_import.h"

#include <QCoreApplication>
#include <QString>

namespace uo {

class DistrictStore;

// Cases in and out through the generic GDAL import and export (CSV, GeoPackage, Shapefile, GeoJSON,
// any vector file GDAL reads): the file's fields map to the case columns of the same names, every row
// is checked by the import (its class must be in the district's catalogue, its state and source known,
// its number unused, its point inside the district's CRS bounds), and nothing is written unless every
// row is good. The imported cases then get their place filled in (grid cell, street, segment, chief,
// component) and a first line of history, in the same transaction.
class CaseExchange
{
    Q_DECLARE_TR_FUNCTIONS(uo::CaseExchange)

public:
    struct Result
    {
        LayerImport::Report report;
        QStringList problems; // one line per problem; empty when the cases went in
    };
    // `sourceCrs`: the CRS of a file that names none (0: the store's).
    static Result import(DistrictStore &store, const QString &file, int sourceCrs = 0);
    // Writes the cases (those matching `where`, an SQL condition, when it is not empty); returns how many.
    static qint64 exportTo(DistrictStore &store, const QString &file, const QString &where = QString());
};

} // namespace uo
