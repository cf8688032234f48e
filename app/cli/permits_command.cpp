#include "cli_command.h"

#include "permits/permit_review.h"
#include "store/district_store.h"
#include "store/store_error.h"

#include <QCoreApplication>

namespace uo::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("uo::cli", text);
}

QString ruleTitle(const QString &rule)
{
    static const std::pair<const char *, const char *> titles[] = {
        {"no_dig_period", QT_TRANSLATE_NOOP("uo::cli", "No-dig period")},
        {"conflicts", QT_TRANSLATE_NOOP("uo::cli", "Other digs here")},
        {"same_utility", QT_TRANSLATE_NOOP("uo::cli", "Same pipeline again")},
        {"calendar", QT_TRANSLATE_NOOP("uo::cli", "No-dig calendar")},
        {"risk_points", QT_TRANSLATE_NOOP("uo::cli", "Risk points")},
        {"components", QT_TRANSLATE_NOOP("uo::cli", "Components")},
        {"segments", QT_TRANSLATE_NOOP("uo::cli", "Segments and chiefs")},
        {"trench_limits", QT_TRANSLATE_NOOP("uo::cli", "Trench limits")},
        {"emergency_filing", QT_TRANSLATE_NOOP("uo::cli", "Emergency filing")},
    };
    for (const auto &[key, title] : titles)
        if (rule == QLatin1String(key))
            return tr(title);
    return rule;
}

int check(const QString &path, const QString &number, Streams io)
{
    auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
    const PermitReviewResult review = PermitReview::run(*store, number);
    io.out << tr("Permit %1").arg(review.permitNo) << Qt::endl;
    for (const PermitFinding &f : review.findings)
        io.out << QStringLiteral("  %1  %2: ").arg(PermitReview::outcomeName(f.outcome), -8).arg(ruleTitle(f.rule))
               << f.message << Qt::endl;
    io.out << (review.blocked() ? tr("Blocked: a rule fails.") : tr("No blocking rule fails.")) << Qt::endl;
    return review.blocked() ? 1 : 0;
}
} // namespace

int permitsCommand(const QStringList &args, Streams io)
{
    if (args.size() != 3 || args[0] != QLatin1String("check")) {
        io.err << tr("usage: urbanops-cli permits check DB PERMIT_NO") << Qt::endl;
        return 2;
    }
    try {
        return check(args[1], args[2], io);
    } catch (const StoreError &error) {
        io.err << error.message() << Qt::endl;
        return 2;
    }
}

} // namespace uo::cli
