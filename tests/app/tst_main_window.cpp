#include "app/workstation/language.h"
#include "app/workstation/layer_list_model.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "core/store/layers.h"
#include "tests/gis/render/tiny_district.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;

    static QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
    {
        return model->data(model->index(row, column), role).toString();
    }

    static bool waitForPicture(uo::MainWindow &window)
    {
        return QTest::qWaitFor([&] { return window.canvas()->hasPicture() && !window.canvas()->isRendering(); }, 20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(QStringLiteral("tiny.sqlite"));
        tiny_district::create(m_store);
        uo::Language::apply(QStringLiteral("en"));
    }

    void theLayerListShowsEveryMapLayer()
    {
        uo::MainWindow window;
        uo::LayerListModel *model = window.layerModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(window.layerView()->model(), model);
        const QList<uo::LayerInfo> &layers = uo::mapLayers();
        QCOMPARE(model->rowCount(), layers.size());
        // Top of the list is what is drawn last.
        for (int row = 0; row < model->rowCount(); ++row) {
            const uo::LayerInfo &layer = layers.at(layers.size() - 1 - row);
            QCOMPARE(cell(model, row, uo::LayerListModel::TitleColumn), uo::layerTitle(layer));
            QCOMPARE(cell(model, row, 0, uo::LayerListModel::TableRole), QString::fromLatin1(layer.table));
            QCOMPARE(model->data(model->index(row, 0), Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
            QVERIFY(cell(model, row, uo::LayerListModel::CountColumn).isEmpty());
        }
    }

    void countsArriveAfterOpening()
    {
        uo::MainWindow window;
        QAbstractItemModelTester tester(window.layerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(window.openDistrict(m_store));
        QTRY_VERIFY_WITH_TIMEOUT(window.isSummaryReady(), 20000);
        const uo::LayerListModel *model = window.layerModel();
        const int components = model->rowOf(QStringLiteral("components"));
        QCOMPARE(model->data(model->index(components, 1), uo::LayerListModel::CountRole).toLongLong(),
                 qint64(tiny_district::kComponentCount));
        QCOMPARE(cell(model, components, uo::LayerListModel::CountColumn), QLocale().toString(tiny_district::kComponentCount));
        QCOMPARE(cell(model, model->rowOf(QStringLiteral("permits")), uo::LayerListModel::CountColumn), QStringLiteral("1"));
        QCOMPARE(cell(model, model->rowOf(QStringLiteral("streets")), uo::LayerListModel::CountColumn), QStringLiteral("0"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Tiny")));
    }

    void uncheckingALayerRedrawsWithoutIt()
    {
        uo::MainWindow window;
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDistrict(m_store));
        QVERIFY(waitForPicture(window));
        QVERIFY(window.canvas()->lastStats().featuresRead.contains(QStringLiteral("risk_points")));

        QSignalSpy redrawn(window.canvas(), &uo::MapCanvas::renderFinished);
        uo::LayerListModel *model = window.layerModel();
        const QModelIndex risks = model->index(model->rowOf(QStringLiteral("risk_points")), 0);
        QVERIFY(model->setData(risks, Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!window.canvas()->visibleLayers().contains(QStringLiteral("risk_points")));
        QVERIFY(window.canvas()->isRendering());
        QVERIFY(redrawn.wait(20000));
        QVERIFY(!window.canvas()->lastStats().featuresRead.contains(QStringLiteral("risk_points")));
        QCOMPARE(window.canvas()->lastStats().featuresRead.value(QStringLiteral("components")),
                 qint64(tiny_district::kComponentCount));

        QVERIFY(model->setData(risks, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(window.canvas()->visibleLayers().contains(QStringLiteral("risk_points")));
    }

    void aFileThatIsNotAStoreKeepsTheCurrentOne()
    {
        const QString notAStore = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(notAStore);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a district\n");
        file.close();

        uo::MainWindow window;
        QVERIFY(window.openDistrict(m_store));
        QString error;
        QVERIFY(!window.openDistrict(notAStore, &error));
        QVERIFY2(error.contains(QStringLiteral("notes.sqlite")), qPrintable(error));
        QVERIFY(window.store());
        QCOMPARE(window.store()->path(), m_store);
    }

    void closingForgetsTheDistrict()
    {
        uo::MainWindow window;
        QVERIFY(window.openDistrict(m_store));
        QTRY_VERIFY_WITH_TIMEOUT(window.isSummaryReady(), 20000);
        window.closeDistrict();
        QVERIFY(!window.store());
        QVERIFY(!window.isSummaryReady());
        const uo::LayerListModel *model = window.layerModel();
        QVERIFY(cell(model, model->rowOf(QStringLiteral("components")), uo::LayerListModel::CountColumn).isEmpty());
        QVERIFY(!window.windowTitle().contains(QStringLiteral("Tiny")));
    }

    void switchingLanguageRetranslatesLive()
    {
        uo::MainWindow window;
        const uo::LayerListModel *model = window.layerModel();
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Layer"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));

        uo::Language::apply(QStringLiteral("zh_CN"));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("图层"));
        // Widgets hear of the new language through a posted event.
        QTRY_VERIFY(window.menuBar()->actions().first()->text().startsWith(QStringLiteral("文件")));
        const uo::LayerInfo *risks = uo::findLayer(QStringLiteral("risk_points"));
        QCOMPARE(cell(model, 0, 0), QStringLiteral("风险点"));
        QCOMPARE(uo::layerTitle(*risks), QStringLiteral("风险点"));

        uo::Language::apply(QStringLiteral("en"));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Layer"));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
