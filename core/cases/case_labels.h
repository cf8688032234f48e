#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace uo {

// Words for the keys the cases keep in the store (state, source, dispatch level, unit kind, trade), in
// the interface language: one list for the workflow's refusals, the command line, the reports and every
// case widget. The disposition routes are the permits' (PermitLabels::route): one word per route.
class CaseLabels
{
    Q_DECLARE_TR_FUNCTIONS(uo::CaseLabels)

public:
    static QStringList states();
    static QStringList sources();
    static QStringList levels();
    static QStringList unitKinds();
    static QStringList trades();
    static QStringList routes(); // the permits' disposition routes: online, coordination, joint_enforcement

    static QString state(const QString &key);
    // The state's word, followed by "overdue" for a case open past its time limit: how every list says it.
    static QString state(const QString &key, bool overdue);
    static QString source(const QString &key);
    static QString level(const QString &key);
    static QString unitKind(const QString &key);
    static QString trade(const QString &key);
    static QString route(const QString &key);
    // The button for a workflow step to `state`.
    static QString step(const QString &state);
};

} // namespace uo
