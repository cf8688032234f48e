#include "app/cli/cli_command.h"

#include "core/permits/permit_labels.h"
#include "core/permits/permit_review.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "gis/crs/crs_transform.h"
#include "gis/io/permit_import.h"

#include <QCoreApplication>

namespace uo::cli {

namespace {
int check(const Arguments &args, Streams io)
{
    const QString path = args.at(0), number = args.at(1);
    auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
    const PermitReviewResult review = PermitReview::run(*store, number);
    io.out << tr("Permit %1").arg(review.permitNo) << Qt::endl;
    for (const PermitFinding &f : review.findings)
        io.out << tr("  %1  %2: %3")
                      .arg(PermitReview::outcomeName(f.outcome), -8)
                      .arg(PermitLabels::rule(f.rule), f.message)
               << Qt::endl;
    io.out << (review.blocked() ? tr("Blocked: a rule fails.") : tr("No blocking rule fails.")) << Qt::endl;
    return review.blocked() ? 1 : 0;
}

int import(const Arguments &args, Streams io)
{
    const QString path = args.at(0), file = args.at(1);
    const int crs = args.crsValue("crs", 0);
    auto store = DistrictStore::open(path);
    const PermitImport::Result result = PermitImport::run(*store, file, crs);
    for (const QString &error : result.errors)
        io.err << file << QStringLiteral(", ") << error << Qt::endl;
    if (!result.errors.isEmpty()) {
        io.err
            << tr("Nothing was imported: %1 problems in %2 rows.").arg(result.errors.size()).arg(result.rows)
            << Qt::endl;
        return 1;
    }
    io.out << tr("Imported %1 permits as submitted.").arg(result.imported) << Qt::endl;
    return 0;
}
} // namespace

QList<Command> permitsCommands()
{
    return {
        {"permits check",
         "DB PERMIT_NO",
         {},
         QT_TRANSLATE_NOOP("uo::cli",
                           "review a permit against the district's rules; exit 1 if a blocking rule fails"),
         check},
        {"permits import",
         "DB FILE",
         {{"crs", "EPSG|gcj02",
           QT_TRANSLATE_NOOP("uo::cli", "read the coordinates in this coordinate system")}},
         QT_TRANSLATE_NOOP("uo::cli", "import applications from CSV (WKT) or GeoJSON, all or nothing"),
         import},
    };
}

} // namespace uo::cli
