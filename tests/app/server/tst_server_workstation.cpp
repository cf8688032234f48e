// The workstation on a server district, against the test cluster's real server: it signs in (asking for
// the password only when the server wants one), draws the map, offers only what the signed-in role may
// do and says why the rest is off, shows what another process commits while it is open, and explains a
// refusal by the server in the user's language.

#include "app/workstation/cases/case_document.h"
#include "app/workstation/cases/cases_menu.h"
#include "app/workstation/edit_tools/editing_controller.h"
#include "app/workstation/language.h"
#include "app/workstation/live_updates.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_status_bar.h"
#include "app/workstation/permits/permit_controller.h"
#include "app/workstation/permits/permit_review_panel.h"
#include "app/workstation/permits/permits_menu.h"
#include "app/workstation/permits/step_dialog.h"
#include "app/workstation/recent_files.h"
#include "app/workstation/segments/segment_controller.h"
#include "app/workstation/segments/segments_menu.h"
#include "core/permits/permit_workflow.h"
#include "core/server/server_district.h"
#include "core/server/server_listener.h"
#include "core/server/server_roles.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"

#include <QAction>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace uo;
using uo::server::Role;
using uo::test::TestDatabase;

namespace {
// Pixels of an image that differ from its top-left corner's colour (the map's background).
int drawnPixels(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            drawn += image.pixel(x, y) != background;
    return drawn;
}
} // namespace

class TestServerWorkstation : public QObject
{
    Q_OBJECT

    QString login(const char *role) const { return TestDatabase::name(role); }
    static QString password(const QString &login) { return QStringLiteral("pw-") + login; }
    // The address a user types: no password in it.
    QString address(const QString &login) const { return m_db->url(m_name, login); }

    // A window with the district open as `login`, its password given when asked; the number of times it
    // was asked goes to *asked.
    std::unique_ptr<MainWindow> openAs(const QString &who, int *asked = nullptr)
    {
        auto window = std::make_unique<MainWindow>();
        window->askPassword = [who, asked](const QString &, const QString &) -> std::optional<QString> {
            if (asked)
                ++*asked;
            return password(who);
        };
        QString error;
        if (!window->openDistrict(address(who), &error))
            qWarning("%s", qPrintable(error));
        return window;
    }

    // psql signed in as the editor: another program committing to the district, as another
    // workstation would.
    void psql(const QString &sql)
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(QStringLiteral("psql")),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), m_db->url(QString(), m_editor, password(m_editor)),
                 QStringLiteral("-c"), QStringLiteral("SET search_path = %1, public; ").arg(m_name) + sql});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("psql")).isEmpty(),
                 "psql (postgresql-client) is one of the packages scripts/install-deps.sh installs");
        m_db = std::make_unique<TestDatabase>();
        const QString file = m_dir.filePath(QStringLiteral("district.sqlite"));
        m_district = uo::test::makeTestDistrict(file);
        m_name = TestDatabase::name("ws");
        server::ServerPublish::run(file, server::ServerUrl::parse(m_db->url(m_name)));
        auto district = server::ServerDistrict::open(server::ServerUrl::parse(m_db->url(m_name)));
        m_editor = login("editor");
        for (const auto &[role, name] :
             {std::pair{Role::Editor, m_editor}, std::pair{Role::Planner, login("planner")},
              std::pair{Role::Reviewer, login("reviewer")}, std::pair{Role::Chief, login("chief")}})
            server::ServerRoles::addUser(
                *district, name, role,
                role == Role::Chief ? std::optional<qint64>(m_district.chief) : std::nullopt, password(name));
        m_permit = district->connection()
                       .scalar("SELECT id FROM " + district->table(QStringLiteral("permits")))
                       .toLongLong();
        QVERIFY(m_permit > 0);
    }
    void cleanupTestCase() { m_db.reset(); }
    void init() { Language::apply(QStringLiteral("en")); }

    void opensAfterAskingForThePasswordAndDrawsTheMap()
    {
        int asked = 0;
        auto window = openAs(m_editor, &asked);
        QVERIFY(window->store());
        QCOMPARE(asked, 1); // no .pgpass entry for this login: asked once, then kept in memory
        QVERIFY(window->store()->isOnServer());
        QCOMPARE(window->store()->operatorName(), m_editor);
        QVERIFY2(window->windowTitle().contains(m_editor) &&
                     window->windowTitle().contains(QStringLiteral("Editor")),
                 qPrintable(window->windowTitle()));
        // Recent: the address without a password.
        QCOMPARE(recent_files::list().value(0), window->store()->path());
        QVERIFY(!recent_files::list().value(0).contains(password(m_editor)));
        QCOMPARE(recent_files::label(window->store()->path()), m_name + QStringLiteral(" \u2014 ") +
                                                                   m_editor + QStringLiteral("@127.0.0.1/") +
                                                                   m_db->databaseName());

        window->resize(900, 600);
        window->show();
        QTRY_VERIFY_WITH_TIMEOUT(window->canvas()->snapshot() != nullptr, 30000);
        QCOMPARE(window->canvas()->snapshot()->featureCount(QStringLiteral("components")), 3);
        QTRY_VERIFY_WITH_TIMEOUT(drawnPixels(window->canvas()->grab().toImage()) > 500, 30000);
    }

    void aRefusedPasswordIsAskedForAgain()
    {
        MainWindow window;
        QStringList reasons;
        bool progressOverPassword = false;
        window.askPassword = [&](const QString &, const QString &why) -> std::optional<QString> {
            reasons << why;
            // As long as the password box would be up: the opening's progress must not show over it.
            QTest::qWait(500);
            for (const QProgressDialog *progress : window.findChildren<QProgressDialog *>())
                progressOverPassword = progressOverPassword || progress->isVisible();
            if (reasons.size() == 1)
                return QStringLiteral("not the password");
            return std::nullopt; // the user gives up
        };
        QString error = QStringLiteral("unset");
        QVERIFY(!window.openDistrict(address(login("planner")), &error));
        QVERIFY(error.isEmpty()); // cancelled by the user: nothing more to say
        QCOMPARE(reasons.size(), 2);
        QVERIFY(!progressOverPassword);
        QVERIFY2(reasons.at(0).contains(QStringLiteral("asks for")), qPrintable(reasons.at(0)));
        QVERIFY2(reasons.at(1).contains(QStringLiteral("did not accept the password")),
                 qPrintable(reasons.at(1)));
        QVERIFY(!reasons.at(1).contains(QStringLiteral("not the password")));
        QVERIFY(!window.store());
    }

    void aDistrictThatCannotBeOpenedSaysWhy_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        const QString missing = m_db->url(QStringLiteral("no_such_district"));
        const QString nobody = QStringLiteral("postgresql://nobody@127.0.0.1:1/urbanops?connect_timeout=3");
        QTest::newRow("no such district") << "en" << missing << "no_such_district";
        QTest::newRow("no such district, Chinese") << "zh_CN" << missing << QStringLiteral("没有");
        QTest::newRow("nobody listening") << "en" << nobody << "check the host, the port and the network";
        QTest::newRow("nobody listening, Chinese") << "zh_CN" << nobody << QStringLiteral("无法连接");
    }
    void aDistrictThatCannotBeOpenedSaysWhy()
    {
        QFETCH(QString, language);
        QFETCH(QString, url);
        QFETCH(QString, expected);
        Language::apply(language);
        MainWindow window;
        window.askPassword = {};
        QString error;
        QVERIFY(!window.openDistrict(url, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!window.store());
    }

    void openingCanBeCancelled()
    {
        // A "server" that takes the connection and never answers, as one behind a dead link would.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        MainWindow window;
        window.show();
        bool progressShown = false;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *progress = window.findChild<QProgressDialog *>();
            if (progress && progress->isVisible()) {
                progressShown = true;
                progress->findChild<QPushButton *>()->click(); // Cancel, as the user would
            }
        });
        poll.start(50);
        QString error = QStringLiteral("unset");
        QVERIFY(!window.openDistrict(
            QStringLiteral("postgresql://nobody@127.0.0.1:%1/urbanops?district=x").arg(silent.serverPort()),
            &error));
        poll.stop();
        QVERIFY(progressShown);
        QVERIFY2(error.isEmpty(), qPrintable(error)); // the user's choice: nothing to report
        QVERIFY(!window.store());
        // The abandoned attempt ends when the server goes (instead of at libpq's connect_timeout).
        while (QTcpSocket *socket = silent.nextPendingConnection())
            socket->abort();
        silent.close();
    }

    void theRoleDecidesWhatIsOffered_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("features");
        QTest::addColumn<bool>("permits");
        QTest::addColumn<bool>("segments");
        QTest::addColumn<QString>("why"); // in the tooltip of what is off
        QTest::addColumn<bool>("alerts"); // checking the monitoring rules raises cases
        QTest::newRow("planner") << "planner" << false << false << false << "on the server is Planner"
                                 << false;
        QTest::newRow("reviewer") << "reviewer" << false << true << false << "editors do" << false;
        QTest::newRow("chief") << "chief" << true << false << false << "permit reviewers do" << false;
        QTest::newRow("editor") << "editor" << true << false << false << "permit reviewers do" << true;
    }
    void theRoleDecidesWhatIsOffered()
    {
        QFETCH(QString, role);
        QFETCH(bool, features);
        QFETCH(bool, permits);
        QFETCH(bool, segments);
        QFETCH(QString, why);
        QFETCH(bool, alerts);
        auto window = openAs(login(role.toLatin1().constData()));
        QVERIFY(window->store());
        QCOMPARE(window->store()->isReadOnly(), role == QLatin1String("planner"));
        QAction *editing = window->findChild<edit::EditingController *>()->editingAction();
        QCOMPARE(editing->isEnabled(), features);
        QAction *newPermit = window->findChild<PermitsMenu *>()->newAreaAction();
        QCOMPARE(newPermit->isEnabled(), permits);
        QAction *split = window->segmentController()->menu()->splitAction();
        QCOMPARE(split->isEnabled(), segments);
        const QString tips = editing->toolTip() + QLatin1Char('\n') + newPermit->toolTip();
        QVERIFY2(tips.contains(why), qPrintable(tips));
        QVERIFY2(split->toolTip().contains(QStringLiteral("administrators")) ||
                     role == QLatin1String("planner"),
                 qPrintable(split->toolTip()));
        QVERIFY2(
            window->windowTitle().contains(server::ServerRoles::title(*server::ServerRoles::fromKey(role))),
            qPrintable(window->windowTitle()));

        // Cases: the window asks the workflow with the login's role and person.
        QAction *checkAlerts = window->findChild<CasesMenu *>()->checkAlertsAction();
        QCOMPARE(checkAlerts->isEnabled(), alerts);
        const CaseDocument *cases = window->findChild<CaseDocument *>();
        QCOMPARE(cases->actor().role, role);
        QCOMPARE(cases->actor().personId, role == QLatin1String("chief") ? m_district.chief : 0);
        const qint64 chief = m_district.chief;
        QCOMPARE(cases->whyNot(QStringLiteral("handled"), chief).isEmpty(),
                 role == QLatin1String("chief") || role == QLatin1String("editor"));
        QCOMPARE(cases->whyNot(QStringLiteral("handled"), chief + 1000).isEmpty(),
                 role == QLatin1String("editor"));
        QCOMPARE(cases->whyNot(QStringLiteral("dispatched"), chief).isEmpty(),
                 role == QLatin1String("editor"));
    }

    void anotherProcessCommitShowsUp()
    {
        auto window = openAs(login("planner"));
        QVERIFY(window->store());
        QTRY_VERIFY_WITH_TIMEOUT(window->canvas()->snapshot() != nullptr, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window->liveUpdates()->isListening(), 30000);
        const qint64 shopsBefore = window->canvas()->snapshot()->featureCount(QStringLiteral("shops"));
        psql(QStringLiteral("INSERT INTO shops (name, street_code, geom) SELECT 'new stall', street_code, "
                            "ST_Translate(geom, 5, 5) FROM shops LIMIT 1"));
        QTRY_VERIFY_WITH_TIMEOUT(
            window->canvas()->snapshot()->featureCount(QStringLiteral("shops")) == shopsBefore + 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window->mapStatusBar()->currentMessage().contains(m_editor), 30000);
        QVERIFY2(
            window->mapStatusBar()->currentMessage().contains(QStringLiteral("changed Shops and stalls")),
            qPrintable(window->mapStatusBar()->currentMessage()));

        // In Chinese too.
        Language::apply(QStringLiteral("zh_CN"));
        psql(QStringLiteral("UPDATE components SET note = 'checked' WHERE id = %1")
                 .arg(m_district.componentElsewhere));
        QTRY_VERIFY_WITH_TIMEOUT(window->mapStatusBar()->currentMessage().contains(QStringLiteral("部件")),
                                 30000);
        QVERIFY2(window->mapStatusBar()->currentMessage().contains(m_editor),
                 qPrintable(window->mapStatusBar()->currentMessage()));
    }

    void aLostConnectionIsSaidAndMadeAgain()
    {
        const QString planner = login("planner");
        auto window = openAs(planner);
        QVERIFY(window->store());
        QTRY_VERIFY_WITH_TIMEOUT(window->liveUpdates()->isListening(), 30000);
        // The server ends the listening connection, as a restart or a network cut would (and any of an
        // earlier window still on its way out).
        QVERIFY(m_db->value(QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                           "WHERE usename = '%1' AND query LIKE 'LISTEN%'")
                                .arg(planner))
                    .toInt() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            window->mapStatusBar()->currentMessage().contains(QStringLiteral("was lost")), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window->liveUpdates()->isListening(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window->mapStatusBar()->currentMessage().contains(QStringLiteral("is back")),
                                 30000);
        // Heard again.
        psql(QStringLiteral("UPDATE shops SET phone = '023-1111'"));
        QTRY_VERIFY_WITH_TIMEOUT(window->mapStatusBar()->currentMessage().contains(m_editor), 30000);
    }

    // The server ends the store's own connection: the next store action works without opening the
    // district again, and the workstation's own change is still not told as another's (its connection
    // has a new server process).
    void theStoreConnectsAgainAfterALoss()
    {
        const QString editor = login("editor2");
        {
            auto district = server::ServerDistrict::open(server::ServerUrl::parse(m_db->url(m_name)));
            server::ServerRoles::addUser(*district, editor, Role::Editor, std::nullopt, password(editor));
        }
        auto window = openAs(editor);
        QVERIFY(window->store());
        QTRY_VERIFY_WITH_TIMEOUT(window->liveUpdates()->isListening(), 30000);
        const int before = server::ServerListener::processOf(*window->store());
        QCOMPARE(m_db->value(QStringLiteral("SELECT pg_terminate_backend(%1, 30000)").arg(before)),
                 QStringLiteral("t"));

        QSignalSpy heard(window->liveUpdates(), &LiveUpdates::changed);
        const qint64 shop =
            m_db->value(QStringLiteral("SELECT min(id) FROM %1.shops").arg(m_name)).toLongLong();
        window->store()->updateRow(QStringLiteral("shops"), shop,
                                   {{QStringLiteral("phone"), QStringLiteral("023-2222")}});
        QVERIFY(server::ServerListener::processOf(*window->store()) != before);
        QCOMPARE(
            m_db->value(QStringLiteral("SELECT phone FROM %1.shops WHERE id = %2").arg(m_name).arg(shop)),
            QStringLiteral("023-2222"));
        // Another workstation's change after it is heard; notifications come in commit order, so by then
        // the own one would have been too.
        psql(QStringLiteral("UPDATE shops SET phone = '023-3333' WHERE id = %1").arg(shop));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty() && heard.last().at(1).toString().contains(m_editor), 30000);
        for (const QList<QVariant> &change : std::as_const(heard))
            QVERIFY2(!change.at(1).toString().contains(editor), qPrintable(change.at(1).toString()));
    }

    void aRefusalByTheServerIsExplained()
    {
        // A reviewer whose role the administrator changes while the window is open: the workstation still
        // offers the decision, the server refuses it.
        const QString reviewer = login("reviewer");
        auto window = openAs(reviewer);
        QVERIFY(window->store());
        PermitReviewPanel *panel = window->findChild<PermitController *>()->reviewPanel();
        panel->setPermit(m_permit);
        bool operatorFixed = false;
        panel->setPrompt([&operatorFixed](StepDialog &dialog) {
            auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("operator"));
            operatorFixed = name && name->isReadOnly();
            dialog.setRoute(PermitWorkflow::routes().first());
            dialog.setReason(QStringLiteral("checked on site"));
            return true;
        });
        {
            auto district = server::ServerDistrict::open(server::ServerUrl::parse(m_db->url(m_name)));
            server::ServerRoles::addUser(*district, reviewer, Role::Planner, std::nullopt, std::nullopt);
        }
        Language::apply(QStringLiteral("zh_CN"));
        const QString refusal = panel->takeStep(QStringLiteral("approved"));
        QVERIFY(operatorFixed); // the login, shown read-only
        QVERIFY2(refusal.contains(QStringLiteral("拒绝")) && refusal.contains(reviewer), qPrintable(refusal));
        Language::apply(QStringLiteral("en"));
        QCOMPARE(window->store()
                     ->readRow(QStringLiteral("permits"), m_permit)
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("under_review"));
        {
            auto district = server::ServerDistrict::open(server::ServerUrl::parse(m_db->url(m_name)));
            server::ServerRoles::addUser(*district, reviewer, Role::Reviewer, std::nullopt, std::nullopt);
        }
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_name, m_editor;
    uo::test::TestDistrict m_district;
    qint64 m_permit = 0;
};

QTEST_MAIN(TestServerWorkstation)
#include "tst_server_workstation.moc"
