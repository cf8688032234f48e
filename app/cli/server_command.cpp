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
QString tr(const char *text)
{
    return QCoreApplication::translate("uo::cli", text);
}

QString usageText()
{
    return tr("usage: urbanops-cli server publish FILE.sqlite URL [--district NAME]\n"
              "       urbanops-cli server export URL FILE.sqlite\n"
              "       urbanops-cli server user add URL LOGIN --role admin|editor|reviewer|chief|planner "
              "[--person ID] [--password-stdin]\n"
              "       urbanops-cli server user list URL");
}

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
        throw StoreError(StoreError::Kind::Invalid, tr("The two passwords differ; nothing was changed."));
    if (first.isEmpty())
        return std::nullopt;
    return first;
}

int publish(const QStringList &args, Streams io)
{
    if (args.size() != 2 && !(args.size() == 4 && args[2] == QLatin1String("--district"))) {
        io.err << usageText() << Qt::endl;
        return 2;
    }
    server::ServerUrl url = server::ServerUrl::parse(args[1]);
    if (args.size() == 4)
        url = url.withDistrict(args[3]);
    QElapsedTimer clock;
    clock.start();
    const auto report = server::ServerPublish::run(args[0], url, progressTo(io.err));
    io.out << tr("Published %1 as district %2 on %3: %4 tables, %5 rows in %6 s.")
                  .arg(args[0], report.district, url.withDistrict(QString()).display())
                  .arg(report.tables)
                  .arg(report.rows)
                  .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
           << Qt::endl;
    return 0;
}

int exportDistrict(const QStringList &args, Streams io)
{
    if (args.size() != 2) {
        io.err << usageText() << Qt::endl;
        return 2;
    }
    const server::ServerUrl url = server::ServerUrl::parse(args[0]);
    QElapsedTimer clock;
    clock.start();
    const auto report = server::ServerExport::run(url, args[1], progressTo(io.err));
    io.out << tr("Exported district %1 to %2: %3 tables, %4 rows in %5 s.")
                  .arg(report.district, args[1])
                  .arg(report.tables)
                  .arg(report.rows)
                  .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
           << Qt::endl;
    return 0;
}

int addUser(const QStringList &args, Streams io)
{
    // URL LOGIN --role ROLE [--person ID] [--password-stdin]
    QStringList rest = args.mid(2);
    std::optional<server::Role> role;
    std::optional<qint64> person;
    bool passwordStdin = false;
    bool ok = args.size() >= 4;
    while (ok && !rest.isEmpty()) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--role") && !rest.isEmpty()) {
            role = server::ServerRoles::fromKey(rest.takeFirst());
            ok = role.has_value();
        } else if (option == QLatin1String("--person") && !rest.isEmpty()) {
            person = rest.takeFirst().toLongLong(&ok);
        } else if (option == QLatin1String("--password-stdin")) {
            passwordStdin = true;
        } else {
            ok = false;
        }
    }
    if (!ok || !role) {
        io.err << usageText() << Qt::endl;
        return 2;
    }
    auto district = server::ServerDistrict::open(server::ServerUrl::parse(args[0]));
    const QString login = args[1];
    const auto password = readPassword(passwordStdin, login, io.err);
    server::ServerRoles::addUser(*district, login, *role, person, password);
    io.out << tr("%1 is now %2 of district %3.").arg(login, server::ServerRoles::title(*role), district->name())
           << Qt::endl;
    return 0;
}

int listUsers(const QStringList &args, Streams io)
{
    if (args.size() != 1) {
        io.err << usageText() << Qt::endl;
        return 2;
    }
    auto district = server::ServerDistrict::open(server::ServerUrl::parse(args[0]));
    const QList<server::ServerLogin> logins = server::ServerRoles::users(*district);
    io.out << tr("Logins of district %1 (login, role, person, sign-in)").arg(district->name()) << Qt::endl;
    for (const server::ServerLogin &login : logins) {
        const auto role = server::ServerRoles::fromKey(login.role);
        const QString person = login.personId > 0 ? tr("%1 (id %2)").arg(login.personName).arg(login.personId)
                                                  : QStringLiteral("-");
        io.out << QStringLiteral("  ") << login.login << QStringLiteral("  ")
               << (role ? server::ServerRoles::title(*role) : tr("no role")) << QStringLiteral("  ") << person
               << QStringLiteral("  ") << (login.canSignIn ? tr("can sign in") : tr("cannot sign in")) << Qt::endl;
    }
    if (logins.isEmpty())
        io.out << QStringLiteral("  ") << tr("none yet: add one with urbanops-cli server user add") << Qt::endl;
    return 0;
}
} // namespace

int serverCommand(const QStringList &args, Streams io)
{
    const QString what = args.value(0);
    try {
        if (what == QLatin1String("publish"))
            return publish(args.mid(1), io);
        if (what == QLatin1String("export"))
            return exportDistrict(args.mid(1), io);
        if (what == QLatin1String("user") && args.value(1) == QLatin1String("add"))
            return addUser(args.mid(2), io);
        if (what == QLatin1String("user") && args.value(1) == QLatin1String("list"))
            return listUsers(args.mid(2), io);
    } catch (const StoreError &error) {
        io.err << QString(error.message()).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
        return 1;
    }
    io.err << usageText() << Qt::endl;
    return 2;
}

} // namespace uo::cli
