// The Basemaps list under the layer tree, in a real main window on the tiny district: what a district
// shows by default, ticks that are the user's own (not undo steps, not written to the district), adding
// a GeoTIFF made here with GDAL, refusing a file that is no raster, opacity and removal for everyone.
#include "app/workstation/layers/basemap_controller.h"
#include "app/workstation/layers/basemap_list_model.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "core/basemap/basemaps.h"
#include "core/store/district_store.h"
#include "tests/gis/render/tiny_district.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <gdal.h>
#include <ogr_srs_api.h>

namespace {
// A GeoTIFF of 32 x 32 pixels over the tiny district, in the store CRS.
bool writeOrthophoto(const QString &path)
{
    GDALAllRegister();
    GDALDatasetH ds =
        GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), 32, 32, 3, GDT_Byte, nullptr);
    if (!ds)
        return false;
    double gt[6] = {tiny_district::kOriginX - 100, 200.0 / 32, 0,
                    tiny_district::kOriginY + 100, 0,          -200.0 / 32};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4545);
    GDALSetSpatialRef(ds, srs);
    OSRDestroySpatialReference(srs);
    for (int band = 1; band <= 3; ++band)
        GDALFillRaster(GDALGetRasterBand(ds, band), 90.0 * band - 60, 0);
    GDALClose(ds);
    return true;
}

// Closes the next message box, so that a refusal shown to the user does not wait for a click.
void dismissNextMessageBox()
{
    QTimer::singleShot(0, [] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(widget))
                box->accept();
    });
}
} // namespace

class TestBasemapList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    // A tiny district with two basemaps: one shown by default, one not.
    QString newStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("tiny-%1.sqlite").arg(++m_stores));
        auto store = tiny_district::create(path);
        uo::Basemap ortho;
        ortho.name = QStringLiteral("正射影像 2024");
        ortho.source = m_dir.filePath(QStringLiteral("ortho.tif"));
        uo::Basemaps::add(*store, ortho);
        uo::Basemap tiles;
        tiles.name = QStringLiteral("天地图影像");
        tiles.source = QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png");
        tiles.visibleByDefault = false;
        uo::Basemaps::add(*store, tiles);
        return path;
    }

    static QStringList names(const QList<uo::Basemap> &basemaps)
    {
        QStringList list;
        for (const uo::Basemap &b : basemaps)
            list.append(b.name);
        return list;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(writeOrthophoto(m_dir.filePath(QStringLiteral("ortho.tif"))));
    }

    void aDistrictShowsItsDefaultBasemapsAndTicksAreTheUsersOwn()
    {
        uo::MainWindow window;
        auto *tools = window.findChild<uo::BasemapController *>();
        QVERIFY(tools);
        uo::BasemapListModel *model = tools->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString path = newStore();
        QVERIFY(window.openDistrict(path));
        QTRY_COMPARE(model->rowCount(), 2);
        // Top of the drawing order first; the service added last lies on top.
        QCOMPARE(model->index(0, 0).data(Qt::DisplayRole).toString(), QStringLiteral("天地图影像 (75%)"));
        QCOMPARE(model->index(1, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(names(window.canvas()->basemaps()), QStringList{QStringLiteral("正射影像 2024")});

        // A tick is this screen's: the map follows, nothing to undo, nothing written to the district.
        QVERIFY(model->setData(model->index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(names(window.canvas()->basemaps()),
                 (QStringList{QStringLiteral("正射影像 2024"), QStringLiteral("天地图影像")}));
        QCOMPARE(window.undoStack()->count(), 0);
        QVERIFY(!uo::Basemaps::list(*window.store()).last().visibleByDefault);
        QVERIFY(model->setData(model->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(names(window.canvas()->basemaps()), QStringList{QStringLiteral("天地图影像")});
    }

    void addingSettingOpacityAndRemovingAreTheDistricts()
    {
        uo::MainWindow window;
        auto *tools = window.findChild<uo::BasemapController *>();
        uo::BasemapListModel *model = tools->model();
        const QString path = newStore();
        QVERIFY(window.openDistrict(path));
        QTRY_COMPARE(model->rowCount(), 2);
        // A user's tick survives the district being read again after a change.
        QVERIFY(model->setData(model->index(1, 0), Qt::Unchecked, Qt::CheckStateRole));

        const QString second = m_dir.filePath(QStringLiteral("second.tif"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("ortho.tif")), second));
        QVERIFY(tools->addBasemap(second, QStringLiteral("1995 scan")));
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, 0).data(Qt::DisplayRole).toString(), QStringLiteral("1995 scan (75%)"));
        QCOMPARE(model->index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(model->index(2, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

        // A file that is no raster is refused with the reason, and nothing is added.
        const QString junk = m_dir.filePath(QStringLiteral("junk.tif"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a picture");
        file.close();
        dismissNextMessageBox();
        QVERIFY(!tools->addBasemap(junk));
        QCOMPARE(uo::Basemaps::list(*window.store()).size(), 3);

        const qint64 id = model->index(0, 0).data(uo::BasemapListModel::IdRole).toLongLong();
        QVERIFY(tools->setOpacity(id, 0.4));
        QTRY_COMPARE(model->index(0, 0).data(Qt::DisplayRole).toString(), QStringLiteral("1995 scan (40%)"));
        QTRY_COMPARE(window.canvas()->basemaps().last().opacity, 0.4);
        QVERIFY(tools->removeBasemap(id));
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(uo::Basemaps::list(*window.store()).size(), 2);
    }

    // With no basemap the list says how to add one instead of standing empty, naming the menu entry
    // as the File menu shows it; the hint goes once there is one.
    void anEmptyListSaysHowToAddOne()
    {
        uo::MainWindow window;
        auto *tools = window.findChild<uo::BasemapController *>();
        uo::BasemapListModel *model = tools->model();
        auto *hint = window.findChild<QLabel *>(QStringLiteral("BasemapHint"));
        QVERIFY(hint);
        QVERIFY(window.openDistrict(newStore()));
        QTRY_COMPARE(model->rowCount(), 2);
        QVERIFY(hint->isHidden());
        QList<qint64> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(uo::BasemapListModel::IdRole).toLongLong();
        for (qint64 id : std::as_const(ids))
            QVERIFY(tools->removeBasemap(id));
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(!hint->isHidden());
        auto *list = window.findChild<QTreeView *>(QStringLiteral("BasemapView"));
        QVERIFY(list->isHidden()); // the hint takes the empty list's room
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
                 qPrintable(
                     QStringLiteral("%1 < %2").arg(hint->height()).arg(hint->heightForWidth(hint->width()))));
        QVERIFY2(hint->text().contains(QStringLiteral("Add Basemap")), qPrintable(hint->text()));
        QVERIFY(!hint->text().contains(QLatin1Char('&')));
        QVERIFY(tools->addBasemap(m_dir.filePath(QStringLiteral("ortho.tif")), QStringLiteral("back")));
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(hint->isHidden());
        QVERIFY(!list->isHidden());
    }
};

QTEST_MAIN(TestBasemapList)
#include "tst_basemap_list.moc"
