#include "app/workstation/language.h"
#include "app/workstation/layer_list_model.h"
#include "app/workstation/layers/layer_controller.h"
#include "app/workstation/layers/layer_style_dialog.h"
#include "app/workstation/layers/style_document.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "core/sql/database.h"
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

    void layerChoicesAreTheUsersOwnNotTheDistricts()
    {
        const QString path = newStore();
        qint64 styleAudits = 0;
        {
            uo::MainWindow window;
            QVERIFY(window.openDistrict(path));
            styleAudits = window.store()->db().scalarInt("SELECT count(*) FROM audit_log WHERE table_name = "
                                                         "'settings' AND new_values LIKE '%map/style%'");
            uo::LayerListModel *model = window.layerModel();
            QCOMPARE(window.layerView()->model(), model);

            QVERIFY(model->setData(model->layerIndex(QStringLiteral("shops")), Qt::Unchecked,
                                   Qt::CheckStateRole));
            QVERIFY(!window.canvas()->style().layer(QStringLiteral("shops"))->visible);
            QVERIFY(!window.canvas()->visibleLayers().contains(QStringLiteral("shops")));
            QVERIFY(model->moveLayer(QStringLiteral("roads"), 0));
            QCOMPARE(window.canvas()->style().order().last(), QStringLiteral("roads"));
            // Not an edit: nothing to undo, and Ctrl+Z cannot toggle a layer.
            QCOMPARE(window.undoStack()->count(), 0);
            // The district's shared style is as it was.
            QVERIFY(uo::loadDistrictStyle(*window.store()).layer(QStringLiteral("shops"))->visible);
            QVERIFY(uo::loadDistrictStyle(*window.store()).order().last() != QStringLiteral("roads"));
        }
        // Opened again: as this user left it; the district's style and audit log untouched.
        uo::MainWindow window;
        QVERIFY(window.openDistrict(path));
        QCOMPARE(window.canvas()->style().order().last(), QStringLiteral("roads"));
        QCOMPARE(tableAtRow(*window.layerModel(), 0), QStringLiteral("roads"));
        QVERIFY(!window.canvas()->visibleLayers().contains(QStringLiteral("shops")));
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(window.store()->db().scalarInt("SELECT count(*) FROM audit_log WHERE table_name = "
                                                "'settings' AND new_values LIKE '%map/style%'"),
                 styleAudits);
        // Back to the district's own choice of layers.
        window.findChild<uo::LayerController *>()->resetPersonalLayers();
        QVERIFY(window.canvas()->visibleLayers().contains(QStringLiteral("shops")));
        QVERIFY(window.canvas()->style().order().last() != QStringLiteral("roads"));
    }

    void theStyleDialogPreviewsAndSavesOnceOnOk()
    {
        const QString path = newStore();
        uo::MainWindow window;
        QVERIFY(window.openDistrict(path));
        auto *tools = window.findChild<uo::LayerController *>();
        const auto styleAudits = [&window] {
            return window.store()->db().scalarInt("SELECT count(*) FROM audit_log WHERE table_name = "
                                                  "'settings' AND new_values LIKE '%map/style%'");
        };
        const qint64 audits = styleAudits();
        uo::LayerStyleDialog *dialog = tools->editStyle(QStringLiteral("risk_points"));
        QVERIFY(dialog);
        auto *opacity = dialog->findChild<QSlider *>(QStringLiteral("opacity"));
        QVERIFY(opacity);
        QCOMPARE(opacity->value(), 100);
        for (const int value : {90, 70, 40})
            opacity->setValue(value);
        // The map shows it at once; the district has not changed yet.
        QCOMPARE(window.canvas()->style().layer(QStringLiteral("risk_points"))->opacity, 0.4);
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(uo::loadDistrictStyle(*window.store()).layer(QStringLiteral("risk_points"))->opacity, 1.0);
        dialog->accept();
        // OK: one step, saved and audited once, and it says so.
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY(window.undoStack()->text(0).contains(QStringLiteral("saved at once")));
        QCOMPARE(uo::loadDistrictStyle(*window.store()).layer(QStringLiteral("risk_points"))->opacity, 0.4);
        QCOMPARE(styleAudits(), audits + 1);
        window.undoStack()->undo();
        QCOMPARE(window.canvas()->style().layer(QStringLiteral("risk_points"))->opacity, 1.0);
        QCOMPARE(uo::loadDistrictStyle(*window.store()).layer(QStringLiteral("risk_points"))->opacity, 1.0);

        // Cancelled: the map goes back and no step is left to undo.
        const int steps = window.undoStack()->count();
        const int index = window.undoStack()->index();
        dialog = tools->editStyle(QStringLiteral("roads"));
        dialog->findChild<QSlider *>(QStringLiteral("opacity"))->setValue(20);
        QCOMPARE(window.canvas()->style().layer(QStringLiteral("roads"))->opacity, 0.2);
        dialog->reject();
        QCOMPARE(window.canvas()->style().layer(QStringLiteral("roads"))->opacity, 1.0);
        QCOMPARE(window.undoStack()->index(), index);
        QCOMPARE(window.undoStack()->count(), steps);

        // A layer hidden by the user stays hidden through a change of the shared style.
        QVERIFY(window.layerModel()->setData(window.layerModel()->layerIndex(QStringLiteral("roads")),
                                             Qt::Unchecked, Qt::CheckStateRole));
        dialog = tools->editStyle(QStringLiteral("roads"));
        dialog->findChild<QSlider *>(QStringLiteral("opacity"))->setValue(50);
        dialog->accept();
        QVERIFY(!window.canvas()->visibleLayers().contains(QStringLiteral("roads")));
        QVERIFY(uo::loadDistrictStyle(*window.store()).layer(QStringLiteral("roads"))->visible);
        QCOMPARE(uo::loadDistrictStyle(*window.store()).layer(QStringLiteral("roads"))->opacity, 0.5);
    }

    void closingGoesBackToTheDefaults()
    {
        const QString path = newStore();
        uo::MainWindow window;
        QVERIFY(window.openDistrict(path));
        window.findChild<uo::LayerController *>()->document()->setStyle([] {
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
