// A second workstation for the concurrent case tests: opens a district as its login, takes a problem in as
// a case the way the workstation's New Case does (CaseIntake::create with the login's role and person)
// and prints "case ID NUMBER", or the refusal on stderr with exit code 1.
//   case_intake_child DB CLASS X Y [--hold]
// --hold: takes it in inside a transaction of its own that it keeps open, says "holding ID NUMBER", and
// commits when a line arrives on its input: a case not committed yet when another workstation's starts.

#include "core/cases/case_intake.h"
#include "core/server/server_access.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <cstdio>
#include <optional>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5 && !(args.size() == 6 && args[5] == QLatin1String("--hold")))
        return 2;
    try {
        auto store = uo::DistrictStore::open(args[1]);
        const auto access = uo::server::ServerAccess::of(*store);
        const uo::CaseActor actor{QString(), access.roleKey(), access.personId()};
        uo::NewCase c;
        c.classCode = args[2];
        c.point = QPointF(args[3].toDouble(), args[4].toDouble());
        c.description = QStringLiteral("井盖缺失");
        std::optional<uo::sql::Transaction> held;
        if (args.size() == 6)
            held.emplace(store->db()); // the intake's own transaction becomes a savepoint of this one
        const qint64 id = uo::CaseIntake::create(*store, c, actor);
        const QByteArray number = store->readRow(uo::tableOf(uo::Layer::Cases), id)
                                      .value(QStringLiteral("case_no"))
                                      .toString()
                                      .toUtf8();
        if (held) {
            std::printf("holding %lld %s\n", static_cast<long long>(id), number.constData());
            std::fflush(stdout);
            char line[16];
            if (!std::fgets(line, sizeof line, stdin))
                return 3;
            held->commit();
        }
        std::printf("case %lld %s\n", static_cast<long long>(id), number.constData());
        return 0;
    } catch (const uo::Error &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 1;
    }
}
