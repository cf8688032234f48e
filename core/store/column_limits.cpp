#include "core/store/column_limits.h"

#include <QHash>

namespace uo {

int columnLimit(const QString &column)
{
    static const QHash<QString, int> limits{
        {QStringLiteral("ident"), 17},
        {QStringLiteral("class_code"), 5},
        {QStringLiteral("code"), 40},
        {QStringLiteral("permit_no"), 40},
        {QStringLiteral("grid_code"), 20},
        {QStringLiteral("street_code"), 12},
        {QStringLiteral("licence_no"), 40},
        {QStringLiteral("phone"), 40},
        {QStringLiteral("police_approval_no"), 60},
        {QStringLiteral("joint_group"), 40},
        {QStringLiteral("filing_deadline"), 25},
        {QStringLiteral("name"), 200},
        {QStringLiteral("applicant"), 200},
        {QStringLiteral("authority"), 200},
        {QStringLiteral("keeper"), 100},
        {QStringLiteral("category"), 100},
        {QStringLiteral("address"), 300},
        {QStringLiteral("location"), 300},
        {QStringLiteral("photo"), 500},
        {QStringLiteral("note"), 2000},
        {QStringLiteral("reason"), 2000},
        {QStringLiteral("conditions"), 2000},
        {QStringLiteral("special_approval"), 2000},
    };
    if (column.endsWith(QLatin1String("_date")))
        return 10; // YYYY-MM-DD
    return limits.value(column, 500);
}

} // namespace uo
