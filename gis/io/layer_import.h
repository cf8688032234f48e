#pragma once

#include "core/jobs/job_tracker.h"
#include "core/store/import_writer.h"
#include "gis/io/import_mapping.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace uo {

class DistrictStore;

// Reads a vector file into a layer of the store (components, roads, risk points, permits or shops):
// every field through the user's mapping, every geometry reprojected to the store CRS with PROJ and
// checked with GEOS. check() reads the whole file and lists every feature that cannot be imported and
// why (no geometry, invalid, the wrong kind, outside the district, a value that is not one the
// column takes, text that is not valid in the file's encoding or too long, an identifier of another
// district or already used) without changing the store; run() imports in one transaction, and only
// if the problems were accepted: the features named in the report are left out. A layer that seems
// to be read in the wrong coordinate system (ImportCrsHint) is not imported either unless accepted.
// A cancelled or failed import leaves the store exactly as it was.
//
// Each feature goes through four stages: read (ImportSource), map (ImportValues, the mapping and the
// code lists), check (ImportTarget for the layer's rules, ImportGeometry) and write (ImportWriter).
class LayerImport
{
    Q_DECLARE_TR_FUNCTIONS(uo::LayerImport)

public:
    struct Options
    {
        QString file;
        QString layer;     // empty: the file's first layer
        QString encoding;  // Shapefile text; empty: from the .cpg, else UTF-8 if it is, else GB18030
        int sourceCrs = 0; // used when the file names no CRS (an EPSG code or crs::kGcj02); 0: the store CRS
        bool overrideCrs = false; // use sourceCrs even when the file names one (a file that lies)
        bool swapAxes = false;    // the file has y before x (latitude first, northing first)
        QString table;
        ImportMapping mapping;
        bool generateIds = false; // features without an identifier get one (components, risk points)
        ImportWriter::Duplicates duplicates = ImportWriter::Duplicates::Refuse;
        std::function<void(qint64 done, qint64 total)> progress;
        JobTicket job = JobTicket::untracked(); // withdrawing it cancels the import
    };

    struct Problem
    {
        qint64 feature = 0; // 1-based position in the file (CSV: the line is feature + 1)
        QString reason;
    };

    struct Report
    {
        qint64 read = 0;       // features in the file
        qint64 importable = 0; // read minus those with problems
        qint64 imported = 0;   // written to the store (run() only), merged ones included
        qint64 merged = 0;     // of those, rows already in the store that took the file's values
        QList<qint64> added;   // the ids of the rows the import added, in the file's order (run() only)
        QList<Problem> problems;
        // About the file as a whole: a coordinate system that seems wrong. Blocks the import unless
        // accepted, like a problem.
        QStringList warnings;
        // What the import did that the user should know: values read by their words, identifiers made,
        // the coordinate system taken from the file's name.
        QStringList notes;
        int sourceCrs = 0; // the CRS the coordinates were taken in
        bool cancelled = false;
        bool blocked() const { return !problems.isEmpty() || !warnings.isEmpty(); }
        // One line per problem, for the report the user accepts and for the command line.
        QStringList lines(const QString &file) const;
    };

    // Reads and checks everything; the store is not changed. Throws FileError when the file cannot be
    // read at all, RequestError when the table is not one an import fills or a required column has no
    // field, CrsError when the file's CRS has no EPSG code (StoreError from the store itself).
    static Report check(DistrictStore &store, const Options &options);
    // Imports the features without problems. With acceptProblems false, nothing is written when there
    // is any problem (the report says which).
    static Report run(DistrictStore &store, const Options &options, bool acceptProblems);

private:
    static Report process(DistrictStore &store, const Options &options, bool write, bool acceptProblems);
};

} // namespace uo
