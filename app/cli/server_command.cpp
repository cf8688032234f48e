#include "app/cli/cli_command.h"

#include "core/server/server_district.h"
#include "core/server/server_export.h"
#include "core/server/server_publish.h"
#include "core/server/server_roles.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace uo::cli {

namespace {
// Progress on stderr: a line per step and per table; on a terminal, the rows copied so far as well.
server::ServerProgress progressTo(QTextStream &err)
{
    const bool terminal = isatty(fileno(stderr));
    return [&err, terminal, last = QString()](const QString &step, qint64 done, qint64 total) mutable {
        if (total == 0) { // a step without rows, or an empty table: once
            if (step != last)
                err << step << Qt::endl;
        } else if (done == total) {
            // On a terminal, over the running count, which may be longer.
            err << (terminal ? QStringLiteral("\r") : QString())
                << QCoreApplication::translate("uo::cli", "%1: %Ln row(s)", nullptr, int(total)).arg(step)
                << (terminal ? QStringLiteral("          ") : QString()) << Qt::endl;
        } else if (terminal) {
            err << QLatin1Char('\r')
                << QCoreApplication::translate("uo::cli", "%1: %2 of %3 rows")
                       .arg(step, QLocale().toString(done), QLocale().toString(total))
                << Qt::flush;
        }
        last = step;
        return true;
    };
}

// A password typed at the terminal without echo, or the first line of stdin with --password-stdin.
std::optional<QString> readPassword(bool fromStdin, const QString &login, QTextStream &err)
{
    auto line = []() {
        QTextStream in(stdin);
        return in.readLine();
    };
    if (fromStdin)
        return line();
    if (!isatty(fileno(stdin)))
        return std::nullopt; // none: the server signs this login in some other way (certificate, LDAP)
    termios saved{};
    tcgetattr(fileno(stdin), &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(fileno(stdin), TCSANOW, &quiet);
    err << tr("Password for %1 (empty: none): ").arg(login) << Qt::flush;
    const QString first = line();
    err << Qt::endl << tr("Again: ") << Qt::flush;
    const QString second = line();
    err << Qt::endl;
    tcsetattr(fileno(stdin), TCSANOW, &saved);
    if (first != second)
        throw RequestError(tr("The two passwords differ; nothing was changed."));
    if (first.isEmpty())
        return std::nullopt;
    return first;
}

int publish(const Arguments &args, Streams io)
{
    server::ServerUrl url = server::ServerUrl::parse(args.at(1));
    if (args.isSet("district"))
        url = url.withDistrict(args.value("district"));
    QElapsedTimer clock;
    clock.start();
    const auto report = server::ServerPublish::run(args.at(0), url, progressTo(io.err));
    io.out << tr("Published %1 as district %2 on %3: %4 tables, %5 rows in %6 s.")
                  .arg(args.at(0), report.district, url.withDistrict(QString()).display())
                  .arg(report.tables)
                  .arg(report.rows)
                  .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
           << Qt::endl;
    return 0;
}

int exportDistrict(const Arguments &args, Streams io)
{
    const server::ServerUrl url = server::ServerUrl::parse(args.at(0));
    QElapsedTimer clock;
    clock.start();
    const auto report = server::ServerExport::run(url, args.at(1), progressTo(io.err));
    io.out << tr("Exported district %1 to %2: %3 tables, %4 rows in %5 s.")
                  .arg(report.district, args.at(1))
                  .arg(report.tables)
                  .arg(report.rows)
                  .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
           << Qt::endl;
    return 0;
}

int addUser(const Arguments &args, Streams io)
{
    const std::optional<server::Role> role = server::ServerRoles::fromKey(args.value("role"));
    if (!role)
        throw UsageError(tr("--role takes admin, editor, reviewer, chief or planner, not \"%1\".")
                             .arg(args.value("role")));
    std::optional<qint64> person;
    if (args.isSet("person"))
        person = args.int64Value("person", 0);
    const bool passwordStdin = args.isSet("password-stdin");
    auto district = server::ServerDistrict::open(server::ServerUrl::parse(args.at(0)));
    const QString login = args.at(1);
    const auto password = readPassword(passwordStdin, login, io.err);
    server::ServerRoles::addUser(*district, login, *role, person, password);
    io.out
        << tr("%1 is now %2 of district %3.").arg(login, server::ServerRoles::title(*role), district->name())
        << Qt::endl;
    return 0;
}

int listUsers(const Arguments &args, Streams io)
{
    auto district = server::ServerDistrict::open(server::ServerUrl::parse(args.at(0)));
    const QList<server::ServerLogin> logins = server::ServerRoles::users(*district);
    io.out << tr("Logins of district %1 (login, role, person, sign-in)").arg(district->name()) << Qt::endl;
    for (const server::ServerLogin &login : logins) {
        const auto role = server::ServerRoles::fromKey(login.role);
        const QString person = login.personId > 0 ? tr("%1 (id %2)").arg(login.personName).arg(login.personId)
                                                  : QStringLiteral("-");
        io.out << QStringLiteral("  ") << login.login << QStringLiteral("  ")
               << (role ? server::ServerRoles::title(*role) : tr("no role")) << QStringLiteral("  ") << person
               << QStringLiteral("  ") << (login.canSignIn ? tr("can sign in") : tr("cannot sign in"))
               << Qt::endl;
    }
    if (logins.isEmpty())
        io.out << QStringLiteral("  ") << tr("none yet: add one with urbanops-cli server user add")
               << Qt::endl;
    return 0;
}
} // namespace

QList<Command> serverCommands()
{
    return {
        {"server publish",
         "FILE.sqlite URL",
         {{"district", "NAME",
           QT_TRANSLATE_NOOP("uo::cli",
                             "the district's name on the server (lower-case letters, digits, _)")}},
         QT_TRANSLATE_NOOP("uo::cli", "copy a district file to a server, all or nothing"),
         publish},
        {"server export",
         "URL FILE.sqlite",
         {},
         QT_TRANSLATE_NOOP("uo::cli", "make a district file from a server district"),
         exportDistrict},
        {"server user add",
         "URL LOGIN",
         {{"role", "admin|editor|reviewer|chief|planner",
           QT_TRANSLATE_NOOP("uo::cli", "what the login may do (required)")},
          {"person", "ID",
           QT_TRANSLATE_NOOP("uo::cli", "the person the login is (a chief's segments are theirs)")},
          {"password-stdin", nullptr,
           QT_TRANSLATE_NOOP("uo::cli", "read the password from the first line of stdin")}},
         QT_TRANSLATE_NOOP("uo::cli", "give a login a role in a server district"),
         addUser},
        {"server user list",
         "URL",
         {},
         QT_TRANSLATE_NOOP("uo::cli", "the logins of a server district and their roles"),
         listUsers},
    };
}

} // namespace uo::cli
