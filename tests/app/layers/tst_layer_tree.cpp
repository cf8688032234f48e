#include "app/workstation/language.h"
#include "app/workstation/layer_list_model.h"
#include "app/workstation/layers/layer_style_dialog.h"
#include "app/workstation/layers/layer_tools.h"
#include "app/workstation/layers/style_document.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "tests/gis/render/tiny_district.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QPixmap>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <algorithm>
#include <memory>

namespace {
QString tableAtRow(const uo::LayerListModel &model, int row)
{
    return model.index(row, 0).data(uo::LayerListModel::TableRole).toString();
}

// The tables top row first, as the tree lists them.
QStringList rows(const uo::LayerListModel &model)
{
    QStringList tables;
    for (int row = 0; row < model.rowCount(); ++row)
        tables.append(tableAtRow(model, row));
    return tables;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}
} // namespace

class TestLayerTree : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    QString newStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("tiny-%1.sqlite").arg(++m_stores));
        tiny_district::create(path);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        uo::Language::apply(QStringLiteral("en"));
    }

    void layersWithTheirLegends()
    {
        uo::LayerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(rows(model), reversed(model.style().order()));
        const QModelIndex components = model.layerIndex(QStringLiteral("components"));
        QVERIFY(components.data(uo::LayerListModel::IsLayerRole).toBool());
        QCOMPARE(model.rowCount(components), uo::classKeys(QStringLiteral("components")).size());
        QCOMPARE(
            model.rowCount(model.layerIndex(QStringLiteral("components"), uo::LayerListModel::CountColumn)),
            0);
        const QModelIndex defect = model.index(model.rowCount(components) - 1, 0, components);
        QCOMPARE(defect.parent(), components);
        QCOMPARE(defect.data(uo::LayerListModel::ClassKeyRole).toString(), QStringLiteral("defect"));
        QCOMPARE(defect.data().toString(), QStringLiteral("Damaged or missing"));
        QVERIFY(!defect.data(Qt::DecorationRole).value<QPixmap>().isNull());
        QVERIFY(!(model.flags(defect) & Qt::ItemIsUserCheckable));
        QCOMPARE(model.tableAt(defect), QStringLiteral("components"));
        // A layer drawn in one colour has one legend line, its own title.
        const QModelIndex shops = model.layerIndex(QStringLiteral("shops"));
        QCOMPARE(model.rowCount(shops), 1);
        QCOMPARE(model.index(0, 0, shops).data().toString(), shops.data().toString());
    }

    void checkboxesHideLayersAndSayWhatChanged()
    {
        uo::LayerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &uo::LayerListModel::styleEdited);
        QSignalSpy visible(&model, &uo::LayerListModel::visibleLayersChanged);
        QVERIFY(model.setData(model.layerIndex(QStringLiteral("risk_points")), Qt::Unchecked,
                              Qt::CheckStateRole));
        QCOMPARE(edited.size(), 1);
        const auto before = edited.at(0).at(0).value<uo::DistrictStyle>();
        const auto after = edited.at(0).at(1).value<uo::DistrictStyle>();
        QVERIFY(before.layer(QStringLiteral("risk_points"))->visible);
        QVERIFY(!after.layer(QStringLiteral("risk_points"))->visible);
        QVERIFY(after == model.style());
        QCOMPARE(visible.size(), 1);
        QVERIFY(!model.visibleLayers().contains(QStringLiteral("risk_points")));
        // Setting the same state again changes nothing.
        QVERIFY(model.setData(model.layerIndex(QStringLiteral("risk_points")), Qt::Unchecked,
                              Qt::CheckStateRole));
        QCOMPARE(edited.size(), 1);
        // Legend lines have no checkbox.
        const QModelIndex legend = model.index(0, 0, model.layerIndex(QStringLiteral("roads")));
        QVERIFY(!model.setData(legend, Qt::Unchecked, Qt::CheckStateRole));
    }

    void draggingALayerChangesTheDrawingOrder()
    {
        uo::LayerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTreeView view;
        view.setModel(&model);
        view.expandAll();
        QSignalSpy edited(&model, &uo::LayerListModel::styleEdited);
        const QPersistentModelIndex roadLegend = model.index(0, 0, model.layerIndex(QStringLiteral("roads")));

        // Risk points (the top row) dropped between the first two rows below them: above row 3.
        const QModelIndexList dragged{model.layerIndex(QStringLiteral("risk_points"))};
        std::unique_ptr<QMimeData> data(model.mimeData(dragged));
        QVERIFY(data);
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 3, 0, QModelIndex()));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 0, 0, roadLegend)); // not into a legend
        model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, QModelIndex());
        QCOMPARE(tableAtRow(model, 2), QStringLiteral("risk_points"));
        QCOMPARE(edited.size(), 1);
        QCOMPARE(model.style().order(), reversed(rows(model)));
        // Legends go with their layers.
        QVERIFY(roadLegend.isValid());
        QCOMPARE(roadLegend.parent(), model.layerIndex(QStringLiteral("roads")));

        // Dropped onto a layer: above it.
        std::unique_ptr<QMimeData> again(
            model.mimeData({model.layerIndex(QStringLiteral("district_boundary"))}));
        model.dropMimeData(again.get(), Qt::MoveAction, -1, -1, model.layerIndex(QStringLiteral("shops")));
        QCOMPARE(rows(model).indexOf(QStringLiteral("district_boundary")) + 1,
                 rows(model).indexOf(QStringLiteral("shops")));
        QCOMPARE(model.style().order().first(), QStringLiteral("streets"));
    }

    void aNewStyleMovesOnlyWhatDiffers()
    {
        uo::LayerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        uo::DistrictStyle style = uo::DistrictStyle::defaults();
        std::reverse(style.layers.begin(), style.layers.end());
        style.layer(QStringLiteral("shops"))->visible = false;
        style.layer(QStringLiteral("roads"))->classes[0].colour = QColor(Qt::black);
        QSignalSpy visible(&model, &uo::LayerListModel::visibleLayersChanged);
        QSignalSpy edited(&model, &uo::LayerListModel::styleEdited);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setStyle(style);
        QCOMPARE(rows(model), reversed(style.order()));
        QVERIFY(model.style() == style);
        QCOMPARE(visible.size(), 1);
        QCOMPARE(edited.size(), 0); // not the user's doing
        QCOMPARE(reset.size(), 0);
        const QModelIndex trunk = model.index(0, 0, model.layerIndex(QStringLiteral("roads")));
        QCOMPARE(trunk.data(uo::LayerListModel::ClassKeyRole).toString(), QStringLiteral("trunk"));
        model.setStyle(uo::DistrictStyle::defaults());
        QCOMPARE(rows(model), reversed(uo::DistrictStyle::defaults().order()));
    }

    void layersOutOfTheirScaleRangeAreGreyed()
    {
        uo::LayerListModel model;
        uo::DistrictStyle style = uo::DistrictStyle::defaults();
        style.layer(QStringLiteral("risk_points"))->maxScale = 10000;
        model.setStyle(style);
        const QModelIndex risks = model.layerIndex(QStringLiteral("risk_points"));
        model.setScaleDenominator(5000);
        QVERIFY(!risks.data(Qt::ForegroundRole).isValid());
        model.setScaleDenominator(50000);
        QVERIFY(risks.data(Qt::ForegroundRole).isValid());
        QVERIFY(risks.data(Qt::ToolTipRole).toString().contains(QStringLiteral("scale")));
    }

    void editsAreUndoableAndSavedWithTheDistrict()
    {
        const QString path = newStore();
        {
            uo::MainWindow window;
            QVERIFY(window.openDistrict(path));
            auto *tools = window.findChild<uo::LayerTools *>();
            QVERIFY(tools);
            uo::LayerListModel *model = window.layerModel();
            QCOMPARE(window.layerView()->model(), model);

            QVERIFY(model->setData(model->layerIndex(QStringLiteral("shops")), Qt::Unchecked,
                                   Qt::CheckStateRole));
            QCOMPARE(window.undoStack()->count(), 1);
            QVERIFY(!window.canvas()->style().layer(QStringLiteral("shops"))->visible);
            QVERIFY(!window.canvas()->visibleLayers().contains(QStringLiteral("shops")));
            QVERIFY(!uo::loadDistrictStyle(*window.store()).layer(QStringLiteral("shops"))->visible);

            window.undoStack()->undo();
            QVERIFY(window.canvas()->style().layer(QStringLiteral("shops"))->visible);
            QCOMPARE(model->index(model->rowOf(QStringLiteral("shops")), 0)
                         .data(Qt::CheckStateRole)
                         .value<Qt::CheckState>(),
                     Qt::Checked);
            QVERIFY(uo::loadDistrictStyle(*window.store()).layer(QStringLiteral("shops"))->visible);

            QVERIFY(model->moveLayer(QStringLiteral("roads"), 0));
            QCOMPARE(window.canvas()->style().order().last(), QStringLiteral("roads"));
            QCOMPARE(window.undoStack()->count(), 1); // the undone command gave way
        }
        // Opened again: as it was left.
        uo::MainWindow window;
        QVERIFY(window.openDistrict(path));
        QCOMPARE(window.canvas()->style().order().last(), QStringLiteral("roads"));
        QCOMPARE(tableAtRow(*window.layerModel(), 0), QStringLiteral("roads"));
        QCOMPARE(window.undoStack()->count(), 0);
    }

    void theStyleDialogAppliesLiveAndMergesIntoOneStep()
    {
        const QString path = newStore();
        uo::MainWindow window;
        QVERIFY(window.openDistrict(path));
        auto *tools = window.findChild<uo::LayerTools *>();
        uo::LayerStyleDialog *dialog = tools->editStyle(QStringLiteral("risk_points"));
        QVERIFY(dialog);
        auto *opacity = dialog->findChild<QSlider *>(QStringLiteral("opacity"));
        QVERIFY(opacity);
        QCOMPARE(opacity->value(), 100);
        for (const int value : {90, 70, 40})
            opacity->setValue(value);
        QCOMPARE(window.canvas()->style().layer(QStringLiteral("risk_points"))->opacity, 0.4);
        QCOMPARE(window.undoStack()->count(), 1);
        dialog->accept();
        QCOMPARE(uo::loadDistrictStyle(*window.store()).layer(QStringLiteral("risk_points"))->opacity, 0.4);
        window.undoStack()->undo();
        QCOMPARE(window.canvas()->style().layer(QStringLiteral("risk_points"))->opacity, 1.0);

        // Cancelled: the map goes back and no step is left to undo.
        const int steps = window.undoStack()->count();
        const int index = window.undoStack()->index();
        dialog = tools->editStyle(QStringLiteral("roads"));
        dialog->findChild<QSlider *>(QStringLiteral("opacity"))->setValue(20);
        QCOMPARE(window.canvas()->style().layer(QStringLiteral("roads"))->opacity, 0.2);
        dialog->reject();
        QCOMPARE(window.canvas()->style().layer(QStringLiteral("roads"))->opacity, 1.0);
        QCOMPARE(window.undoStack()->index(), index);
        QVERIFY(window.undoStack()->count() <= steps);
    }

    void closingGoesBackToTheDefaults()
    {
        const QString path = newStore();
        uo::MainWindow window;
        QVERIFY(window.openDistrict(path));
        window.findChild<uo::LayerTools *>()->document()->setStyle([] {
            uo::DistrictStyle s = uo::DistrictStyle::defaults();
            s.layer(QStringLiteral("roads"))->opacity = 0.5;
            return s;
        }());
        window.closeDistrict();
        QVERIFY(window.canvas()->style() == uo::DistrictStyle::defaults());
        QVERIFY(window.layerModel()->style() == uo::DistrictStyle::defaults());
    }
};

QTEST_MAIN(TestLayerTree)
#include "tst_layer_tree.moc"
