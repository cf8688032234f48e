#include "core/store/layers.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/render/map_style.h"
#include "gis/render/render_scheduler.h"
#include "tests/gis/render/tiny_district.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace tiny_district;

class TestRenderScheduler : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const uo::MapSnapshot> m_map;

    uo::RenderRequest request(double perPixel = 1.0) const
    {
        uo::MapViewport vp = viewport();
        vp.setMapUnitsPerPixel(perPixel);
        QSet<QString> layers;
        for (const uo::LayerInfo &layer : uo::mapLayers())
            layers.insert(QString::fromLatin1(layer.table));
        return {m_map, vp, layers};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_map = uo::MapSnapshot::load(*create(m_dir.filePath(QStringLiteral("tiny.sqlite"))));
    }

    void rendersOffTheGuiThread()
    {
        uo::RenderScheduler scheduler;
        QSignalSpy finished(&scheduler, &uo::RenderScheduler::finished);
        QSignalSpy busy(&scheduler, &uo::RenderScheduler::busyChanged);
        const quint64 id = scheduler.request(request());
        QVERIFY(scheduler.isBusy());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).value<quint64>(), id);
        const auto result = finished.first().at(1).value<uo::RenderResult>();
        QVERIFY(near(pixel(result.image, QPoint(150, 50)), uo::map_style::riskColour(QStringLiteral("red"))));
        QVERIFY(!scheduler.isBusy());
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void aNewerRequestWins()
    {
        uo::RenderScheduler scheduler;
        QSignalSpy finished(&scheduler, &uo::RenderScheduler::finished);
        scheduler.request(request(1.0));
        scheduler.request(request(2.0));
        const quint64 last = scheduler.request(request(3.0));
        QVERIFY(finished.wait(10000));
        // Give overtaken jobs time to report, had they been going to.
        scheduler.waitForIdle();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).value<quint64>(), last);
        QCOMPARE(finished.first().at(1).value<uo::RenderResult>().viewport.mapUnitsPerPixel(), 3.0);
    }

    void cancelDropsTheResult()
    {
        uo::RenderScheduler scheduler;
        QSignalSpy finished(&scheduler, &uo::RenderScheduler::finished);
        scheduler.request(request());
        scheduler.cancel();
        QVERIFY(!scheduler.isBusy());
        scheduler.waitForIdle();
        QTest::qWait(50);
        QCOMPARE(finished.size(), 0);
    }

    void aRequestWithoutAMapIsReported()
    {
        uo::RenderScheduler scheduler;
        QSignalSpy failed(&scheduler, &uo::RenderScheduler::failed);
        uo::RenderRequest broken = request();
        broken.snapshot.reset();
        scheduler.request(broken);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        QVERIFY(!scheduler.isBusy());
    }

    void jobsShareOneSnapshot()
    {
        // Several pictures of one snapshot at once, as when a report is drawn while the screen is:
        // nothing in it is written, so nothing is locked.
        QList<QFuture<uo::RenderResult>> jobs;
        for (const double perPixel : {0.5, 1.0, 2.0, 50.0})
            jobs.append(QtConcurrent::run([this, perPixel] {
                return uo::runRenderJob(request(perPixel), uo::JobTicket::untracked());
            }));
        for (QFuture<uo::RenderResult> &job : jobs) {
            const uo::RenderResult result = job.result();
            QVERIFY(result.error.isEmpty());
            QVERIFY(!result.image.isNull());
        }
    }
};

QTEST_MAIN(TestRenderScheduler)
#include "tst_render_scheduler.moc"
