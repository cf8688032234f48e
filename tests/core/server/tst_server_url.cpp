// Server addresses: our `district` parameter is taken out and everything else reaches libpq as written;
// passwords never appear in what users are shown; names that cannot be a district are refused.

#include "core/server/server_url.h"
#include "core/store/store_error.h"

#include <QTest>

using uo::StoreError;
using uo::server::ServerUrl;

class TestServerUrl : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("display");

        QTest::newRow("district only") << "postgresql://li@db:5432/city?district=jiangbei"
                                       << "postgresql://li@db:5432/city"
                                       << "jiangbei"
                                       << "postgresql://li@db:5432/city?district=jiangbei";
        QTest::newRow("district among libpq's")
            << "postgresql://li@db/city?sslmode=require&district=jb&connect_timeout=5"
            << "postgresql://li@db/city?sslmode=require&connect_timeout=5"
            << "jb"
            << "postgresql://li@db/city?sslmode=require&connect_timeout=5&district=jb";
        QTest::newRow("no district") << "postgres://db/city"
                                     << "postgres://db/city"
                                     << ""
                                     << "postgres://db/city";
        QTest::newRow("password in the address") << "postgresql://li:s3cret@db/city?district=jb"
                                                 << "postgresql://li:s3cret@db/city"
                                                 << "jb"
                                                 << "postgresql://li@db/city?district=jb";
        QTest::newRow("password parameter") << "postgresql://db/city?password=s3cret&user=li"
                                            << "postgresql://db/city?password=s3cret&user=li"
                                            << ""
                                            << "postgresql://db/city?user=li";
        QTest::newRow("service file") << "postgresql:///?service=bureau&district=yubei"
                                      << "postgresql:///?service=bureau"
                                      << "yubei"
                                      << "postgresql:///?service=bureau&district=yubei";
        QTest::newRow("several hosts")
            << "postgresql://db1:5432,db2:5433/city?target_session_attrs=read-write&district=jb"
            << "postgresql://db1:5432,db2:5433/city?target_session_attrs=read-write"
            << "jb"
            << "postgresql://db1:5432,db2:5433/city?target_session_attrs=read-write&district=jb";
        QTest::newRow("percent-encoded district") << "postgresql://db/city?district=jiang%5fbei"
                                                  << "postgresql://db/city"
                                                  << "jiang_bei"
                                                  << "postgresql://db/city?district=jiang_bei";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, conninfo);
        QFETCH(QString, district);
        QFETCH(QString, display);
        const ServerUrl url = ServerUrl::parse(text);
        QCOMPARE(QString::fromUtf8(url.conninfo()), conninfo);
        QCOMPARE(url.district(), district);
        QCOMPARE(url.display(), display);
        QVERIFY(!url.display().contains(QLatin1String("s3cret")));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a file") << "/data/jiangbei.sqlite";
        QTest::newRow("another scheme") << "mysql://db/city";
        QTest::newRow("upper case district") << "postgresql://db/city?district=Jiangbei";
        QTest::newRow("district with a quote") << "postgresql://db/city?district=jb%22x";
        QTest::newRow("district starting with a digit") << "postgresql://db/city?district=5jb";
        QTest::newRow("system schema") << "postgresql://db/city?district=pg_catalog";
        QTest::newRow("public") << "postgresql://db/city?district=public";
        QTest::newRow("two districts") << "postgresql://db/city?district=a&district=b";
        QTest::newRow("unknown libpq parameter") << "postgresql://db/city?colour=red";
    }

    void refused()
    {
        QFETCH(QString, text);
        try {
            ServerUrl::parse(text);
            QFAIL("accepted");
        } catch (const uo::RequestError &error) {
            QVERIFY(!error.message().isEmpty());
        }
    }

    void withDistrict()
    {
        const ServerUrl url = ServerUrl::parse(QStringLiteral("postgresql://db/city?district=a"));
        QCOMPARE(url.withDistrict(QStringLiteral("b")).district(), QStringLiteral("b"));
        QCOMPARE(url.withDistrict(QString()).display(), QStringLiteral("postgresql://db/city"));
        QVERIFY_THROWS_EXCEPTION(uo::RequestError, url.withDistrict(QStringLiteral("B")));
    }
};

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_server_url.moc"
