#pragma once

#include "core/permits/permit_rule.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace uo {

// Words for the keys the store keeps (status, utility type, work type, disposition route) and for the
// review's rules, in the interface language. The keys stay in the store so that other programs read
// them the same way; this one list serves the review's messages, the workflow's refusals, the command
// line and the widgets. Status, utility, work type and route are the words of CodeLists (what the
// attribute table and an import use), as titles.
class PermitLabels
{
    Q_DECLARE_TR_FUNCTIONS(uo::PermitLabels)

public:
    static QString status(const QString &key);
    static QString utility(const QString &key);
    static QString workType(const QString &key);
    static QString route(const QString &key);
    static QString rule(PermitRule rule);
    // The button for a workflow step to `status`.
    static QString step(const QString &status);

    static QStringList utilities();
    static QStringList workTypes();
};

} // namespace uo
