#include "app/cli/cli_command.h"

#include "gis/crs/crs_transform.h"
#include "gis/io/permit_import.h"
#include "core/permits/permit_labels.h"
#include "core/permits/permit_review.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>

namespace uo::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("uo::cli", text);
}

int check(const QString &path, const QString &number, Streams io)
{
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

int import(const QString &path, const QString &file, int crs, Streams io)
{
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

int usage(Streams io)
{
    io.err << tr("usage: urbanops-cli permits check DB PERMIT_NO | permits import DB FILE.csv|FILE.geojson "
                 "[--crs EPSG|gcj02]")
           << Qt::endl;
    return 2;
}
} // namespace

int permitsCommand(const QStringList &args, Streams io)
{
    const QString verb = args.value(0);
    try {
        if (verb == QLatin1String("check") && args.size() == 3)
            return check(args[1], args[2], io);
        if (verb == QLatin1String("import") &&
            (args.size() == 3 || (args.size() == 5 && args[3] == QLatin1String("--crs")))) {
            int crs = 0;
            if (args.size() == 5) {
                bool ok = false;
                crs = args[4].compare(QLatin1String("gcj02"), Qt::CaseInsensitive) == 0 ? crs::kGcj02
                                                                                        : args[4].toInt(&ok);
                if (crs != crs::kGcj02 && (!ok || crs <= 0))
                    return usage(io);
            }
            return import(args[1], args[2], crs, io);
        }
        return usage(io);
    } catch (const StoreError &error) {
        io.err << error.message() << Qt::endl;
        return 2;
    }
}

} // namespace uo::cli
