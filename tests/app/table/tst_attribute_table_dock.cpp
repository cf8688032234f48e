// The attribute table as the user meets it in the main window, on a small demo district: shown from
// the View menu, filtered with its dropdowns, rows selected in it become the window's selection and
// the other way round, "selected only", zoom to a row, and inline edits through the edit session.
// Counts and saved values are checked against sqlite3.

#include "app/workstation/edit_tools/edit_document.h"
#include "app/workstation/edit_tools/editing_controller.h"
#include "app/workstation/language.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_tools/feature_selection.h"
#include "app/workstation/table/attribute_table_dock.h"
#include "app/workstation/table/table_cell_delegate.h"
#include "app/workstation/table/table_filter_bar.h"
#include "core/edit_session/attribute_rules.h"
#include "core/edit_session/edit_session.h"
#include "core/store/layers.h"
#include "core/table/attribute_table_model.h"
#include "gis/demo/demo_builder.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <cstring>
#include <sqlite3.h>

using namespace uo;

namespace {

// The first column of the first row, read with sqlite3 alone; invalid when there is none.
QVariant rawQuery(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    QVariant value;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_type(st, 0) == SQLITE_INTEGER
                    ? QVariant(qint64(sqlite3_column_int64(st, 0)))
                    : QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

qint64 rawValue(const QString &path, const QString &sql)
{
    const QVariant value = rawQuery(path, sql);
    return value.isValid() ? value.toLongLong() : -1;
}

QString rawText(const QString &path, const QString &sql)
{
    return rawQuery(path, sql).toString();
}

// A point's place read from its SpatiaLite blob with sqlite3 alone: the blob's bounding box starts
// at byte 6 (min x, min y, max x, max y as doubles, little-endian when byte 1 is 1).
QPointF rawPoint(const QString &path, qint64 id)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    QPointF point;
    const QByteArray sql = "SELECT geom FROM components WHERE id = " + QByteArray::number(id);
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(st, 0));
        if (sqlite3_column_bytes(st, 0) >= 38 && bytes[1] == 1) {
            double x = 0, y = 0;
            std::memcpy(&x, bytes + 6, sizeof x);
            std::memcpy(&y, bytes + 14, sizeof y);
            point = QPointF(x, y);
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return point;
}

} // namespace

class TestAttributeTableDock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    // A window with the district open and the table shown, its rows listed.
    struct Fixture
    {
        MainWindow window;
        AttributeTableDock *dock = nullptr;
    };

    std::unique_ptr<Fixture> open()
    {
        auto f = std::make_unique<Fixture>();
        f->window.resize(1400, 900);
        f->window.show();
        if (!f->window.openDistrict(m_path))
            return nullptr;
        f->dock = f->window.findChild<AttributeTableDock *>();
        if (!f->dock)
            return nullptr;
        QSignalSpy listed(f->dock->model(), &AttributeTableModel::rowsListed);
        f->dock->toggleViewAction()->trigger();
        if (!f->dock->isVisible() || !listed.wait(20000))
            return nullptr;
        return f;
    }

    static bool waitListed(AttributeTableDock &dock, const std::function<void()> &change)
    {
        QSignalSpy listed(dock.model(), &AttributeTableModel::rowsListed);
        change();
        return listed.wait(20000);
    }

    static edit::EditingController *tools(Fixture &f)
    {
        return f.window.findChild<edit::EditingController *>();
    }

    static int column(const AttributeTableModel &model, const char *name)
    {
        return TableColumns::indexOf(model.columns(), QLatin1String(name));
    }

    // Another state than `state`, one the rules accept.
    static QString otherState(const QString &state)
    {
        return state == QLatin1String("damaged") ? QStringLiteral("missing") : QStringLiteral("damaged");
    }

    // The first row of the table, read.
    static bool readFirstRow(AttributeTableModel &model)
    {
        model.data(model.index(0, 1));
        for (int i = 0; i < 400 && !model.isRowCached(0); ++i)
            QTest::qWait(5);
        return model.isRowCached(0);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.scale = 0.01;
        demo::DemoBuilder::build(m_path, options);
    }

    void opensFromTheViewMenuWithCounts()
    {
        auto f = open();
        QVERIFY(f);
        AttributeTableDock &dock = *f->dock;
        QAbstractItemModelTester tester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        bool inAMenu = false;
        for (QAction *action : f->window.menuBar()->actions())
            if (action->menu() && action->menu()->actions().contains(dock.toggleViewAction()))
                inAMenu = true;
        QVERIFY(inAMenu);
        const qint64 components = rawValue(m_path, QStringLiteral("SELECT count(*) FROM components"));
        QCOMPARE(dock.table(), QStringLiteral("components"));
        QCOMPARE(dock.view()->model()->rowCount(), int(components));
        QCOMPARE(dock.layerBox()->count(), mapLayers().size());
        const QLocale locale;
        QCOMPARE(dock.countLabel()->text(),
                 QStringLiteral("%1 of %1 rows, 0 selected").arg(locale.toString(components)));
        // The rows on screen are read and shown by name; the id column needs no read.
        QTRY_VERIFY(dock.model()->isRowCached(0));
        QTRY_VERIFY(dock.model()->rowsRead() > 0);
        QVERIFY(dock.model()->rowsRead() < components);
        // Another layer.
        QVERIFY(waitListed(dock, [&] { dock.showTable(QStringLiteral("roads")); }));
        QCOMPARE(dock.model()->rowCount(), 339);
    }

    void dropdownsFilterLikeSql()
    {
        auto f = open();
        QVERIFY(f);
        AttributeTableDock &dock = *f->dock;
        TableFilterBar *bar = dock.filterBar();
        const int street = bar->streetBox()->findData(QStringLiteral("500105006"));
        QVERIFY(street > 0);
        QVERIFY(bar->streetBox()->itemText(street).contains(QStringLiteral("观音桥")));
        QVERIFY(waitListed(dock, [&] { bar->streetBox()->setCurrentIndex(street); }));
        QCOMPARE(
            dock.model()->rowCount(),
            int(rawValue(m_path, QStringLiteral(
                                     "SELECT count(*) FROM components WHERE grid_code LIKE '500105006%'"))));
        const int klass = bar->classBox()->findData(QStringLiteral("0402"));
        QVERIFY(klass > 0);
        QVERIFY(bar->classBox()->itemText(klass).contains(QStringLiteral("行道树")));
        QVERIFY(waitListed(dock, [&] { bar->classBox()->setCurrentIndex(klass); }));
        const int state = bar->stateBox()->findData(QStringLiteral("intact"));
        QVERIFY(waitListed(dock, [&] { bar->stateBox()->setCurrentIndex(state); }));
        const qint64 expected =
            rawValue(m_path, QStringLiteral("SELECT count(*) FROM components WHERE grid_code LIKE "
                                            "'500105006%' AND class_code = '0402' AND state = 'intact'"));
        QVERIFY(expected > 0);
        QCOMPARE(dock.model()->rowCount(), int(expected));
        QVERIFY(dock.countLabel()->text().startsWith(QLocale().toString(expected) + QStringLiteral(" of ")));
        // A typed filter on a column, then all cleared.
        bar->columnBox()->setCurrentIndex(bar->columnBox()->findData(QStringLiteral("initial_date")));
        QVERIFY(waitListed(dock, [&] {
            bar->textEdit()->setText(QStringLiteral(">= 2020-01-01"));
            emit bar->textEdit()->returnPressed();
        }));
        QCOMPARE(
            dock.model()->rowCount(),
            int(rawValue(m_path,
                         QStringLiteral(
                             "SELECT count(*) FROM components WHERE grid_code LIKE '500105006%' AND "
                             "class_code = '0402' AND state = 'intact' AND initial_date >= '2020-01-01'"))));
        QVERIFY(waitListed(dock, [&] { bar->findChild<QToolButton *>()->click(); }));
        QCOMPARE(dock.model()->rowCount(), int(dock.model()->totalCount()));
    }

    void selectionGoesBothWays()
    {
        auto f = open();
        QVERIFY(f);
        AttributeTableDock &dock = *f->dock;
        FeatureSelection *selection = f->window.selection();
        // Rows selected in the table become the window's selection.
        dock.view()->selectionModel()->select(
            QItemSelection(dock.model()->index(2, 0),
                           dock.model()->index(6, dock.model()->columnCount() - 1)),
            QItemSelectionModel::ClearAndSelect);
        QSet<qint64> expected;
        for (int row = 2; row <= 6; ++row)
            expected.insert(dock.model()->idAt(row));
        QCOMPARE(selection->ids(QStringLiteral("components")), expected);
        QTRY_VERIFY(dock.countLabel()->text().endsWith(QStringLiteral(", 5 selected")));
        // A selection made elsewhere (the map) shows in the table.
        const qint64 far = dock.model()->idAt(dock.model()->rowCount() - 10);
        selection->select(QStringLiteral("components"), {far});
        QTRY_COMPARE(dock.view()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(dock.view()->selectionModel()->selectedRows().first().row(), dock.model()->rowCount() - 10);
        // Selected rows only.
        dock.selectedOnlyBox()->setChecked(true);
        QCOMPARE(dock.model()->rowCount(), 1);
        QCOMPARE(dock.model()->idAt(0), far);
        QTRY_COMPARE(dock.view()->selectionModel()->selectedRows().size(), 1);
        selection->select(QStringLiteral("components"), {far, dock.model()->totalCount() / 2, qint64(1)});
        QTRY_COMPARE(dock.model()->rowCount(), 3);
        QTRY_COMPARE(dock.view()->selectionModel()->selectedRows().size(), 3);
        // Taking a row out of the view's selection takes it out of the window's; it leaves the list.
        dock.view()->selectionModel()->select(dock.model()->index(0, 0),
                                              QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
        QCOMPARE(selection->count(QStringLiteral("components")), 2);
        QTRY_COMPARE(dock.model()->rowCount(), 2);
        selection->clear();
        QTRY_COMPARE(dock.model()->rowCount(), 0);
        dock.selectedOnlyBox()->setChecked(false);
        QCOMPARE(dock.model()->rowCount(), int(dock.model()->totalCount()));
    }

    void zoomsToARow()
    {
        auto f = open();
        QVERIFY(f);
        AttributeTableDock &dock = *f->dock;
        QTRY_VERIFY(f->window.canvas()->viewport().isValid());
        const int row = 3;
        const qint64 id = dock.model()->idAt(row);
        const QRect cell = dock.view()->visualRect(dock.model()->index(row, 1));
        QVERIFY(cell.isValid());
        // As a user does it: the view takes a double-click only on the row the first click pressed.
        QTest::mouseClick(dock.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(dock.view()->viewport(), Qt::LeftButton, {}, cell.center());
        const QPointF centre = f->window.canvas()->viewport().centre();
        const QPointF place = rawPoint(m_path, id);
        QVERIFY(place.x() > 300000); // in the store CRS, EPSG:4545
        QVERIFY(qAbs(centre.x() - place.x()) < 1.0);
        QVERIFY(qAbs(centre.y() - place.y()) < 1.0);
        // A close view: about 60 m across.
        QVERIFY(f->window.canvas()->viewport().visibleMapRect().width() < 200);
        // Zoom to the selection covers every selected feature.
        f->window.selection()->select(QStringLiteral("components"),
                                      {dock.model()->idAt(0), dock.model()->idAt(1000)});
        QTRY_VERIFY(dock.zoomButton()->isEnabled());
        dock.zoomButton()->click();
        const QRectF visible = f->window.canvas()->viewport().visibleMapRect();
        const auto bounds = dock.selectedBounds();
        QVERIFY(bounds);
        QVERIFY(visible.contains(bounds->topLeft()) && visible.contains(bounds->bottomRight()));
    }

    void closesWithTheDistrict()
    {
        auto f = open();
        QVERIFY(f);
        f->window.closeDistrict();
        QCOMPARE(f->dock->model()->rowCount(), 0);
        QCOMPARE(f->dock->countLabel()->text(), QStringLiteral("No district open"));
        // And opens the next one as soon as it is shown.
        QSignalSpy listed(f->dock->model(), &AttributeTableModel::rowsListed);
        QVERIFY(f->window.openDistrict(m_path));
        QVERIFY(listed.wait(20000));
        QVERIFY(f->dock->model()->rowCount() > 0);
    }

    // Inline edits (issue #7: "through the same commands"): while an edit session is on, a cell takes a
    // new value as one command on the window's undo stack, the same rules as the attribute form refuse
    // a bad value with their sentence, the table shows the session's pending values, and it follows
    // undo, redo, discard and save.
    void readOnlyUntilEditingIsOn()
    {
        auto f = open();
        QVERIFY(f);
        QVERIFY(readFirstRow(*f->dock->model()));
        AttributeTableModel &model = *f->dock->model();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex name = model.index(0, column(model, "name"));
        QVERIFY(!(model.flags(name) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(name, QStringLiteral("x")));
        tools(*f)->document()->setEditing(true);
        QVERIFY(model.flags(name) & Qt::ItemIsEditable);
        // The id and the street derived from the grid code never are.
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(0, column(model, "street"))) & Qt::ItemIsEditable));
        // Layers edited by their own tools stay read-only.
        QSignalSpy listed(&model, &AttributeTableModel::rowsListed);
        f->dock->showTable(QStringLiteral("road_segments"));
        QVERIFY(listed.wait(20000));
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
    }

    void anInlineEditIsOneUndoableCommand()
    {
        auto f = open();
        QVERIFY(f);
        QVERIFY(readFirstRow(*f->dock->model()));
        AttributeTableModel &model = *f->dock->model();
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QUndoStack *undo = f->window.undoStack();
        tools(*f)->document()->setEditing(true);
        const int stateColumn = column(model, "state");
        const QModelIndex cell = model.index(0, stateColumn);
        const qint64 id = model.idAt(0);
        const QString before = model.rawValue(0, stateColumn).toString();
        const QString after = otherState(before);
        const int commands = undo->count();

        QVERIFY(model.setData(cell, after));
        QCOMPARE(undo->count(), commands + 1);
        QCOMPARE(model.data(cell, Qt::EditRole).toString(), after);
        QCOMPARE(model.data(cell).toString(), model.lookups().display(model.columns()[stateColumn], after));
        const edit::PendingRow *pending =
            tools(*f)->document()->session()->pending({QStringLiteral("components"), id});
        QVERIFY(pending && pending->current);
        QCOMPARE(pending->current->value(QStringLiteral("state")).toString(), after);
        // Nothing is written before a save.
        QCOMPARE(rawText(m_path, QStringLiteral("SELECT state FROM components WHERE id = %1").arg(id)),
                 before);

        undo->undo();
        QCOMPARE(model.rawValue(0, stateColumn).toString(), before);
        QVERIFY(!tools(*f)->document()->hasChanges());
        undo->redo();
        QCOMPARE(model.rawValue(0, stateColumn).toString(), after);

        // Discard puts the stored value back, as one more undoable action.
        tools(*f)->document()->discard();
        QCOMPARE(model.rawValue(0, stateColumn).toString(), before);
        undo->undo();
        QCOMPARE(model.rawValue(0, stateColumn).toString(), after);

        // Saved: the store holds it, and the rows read again show it.
        QSignalSpy listed(&model, &AttributeTableModel::rowsListed);
        QVERIFY(tools(*f)->save());
        QCOMPARE(rawText(m_path, QStringLiteral("SELECT state FROM components WHERE id = %1").arg(id)),
                 after);
        QVERIFY(listed.wait(20000));
        model.data(model.index(model.rowsOf({id}).value(0), 1));
        QTRY_VERIFY(model.isRowCached(model.rowsOf({id}).value(0)));
        QCOMPARE(model.rawValue(model.rowsOf({id}).value(0), stateColumn).toString(), after);
    }

    void badValuesAreRefusedWithTheRulesSentence()
    {
        auto f = open();
        QVERIFY(f);
        QVERIFY(readFirstRow(*f->dock->model()));
        AttributeTableModel &model = *f->dock->model();
        QUndoStack *undo = f->window.undoStack();
        tools(*f)->document()->setEditing(true);
        QSignalSpy refused(&model, &AttributeTableModel::editRefused);
        const int commands = undo->count();
        const int dateColumn = column(model, "change_date");
        const QString bad = QStringLiteral("2026-13-45");
        QVERIFY(!model.setData(model.index(0, dateColumn), bad));
        QCOMPARE(refused.size(), 1);
        const QString expected =
            edit::AttributeRules::check(*tools(*f)->document()->session(), QStringLiteral("components"),
                                        QStringLiteral("change_date"), bad, model.idAt(0));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(refused.first().first().toString(), expected);
        // A required value emptied.
        QVERIFY(!model.setData(model.index(0, column(model, "name")), QString()));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(undo->count(), commands);
        QVERIFY(!tools(*f)->document()->hasChanges());
        // The same value again changes nothing and adds no step.
        const QModelIndex name = model.index(0, column(model, "name"));
        QVERIFY(model.setData(name, model.data(name, Qt::EditRole)));
        QCOMPARE(undo->count(), commands);
    }

    void codedCellsAreEditedFromTheirNames()
    {
        auto f = open();
        QVERIFY(f);
        QVERIFY(readFirstRow(*f->dock->model()));
        AttributeTableModel &model = *f->dock->model();
        tools(*f)->document()->setEditing(true);
        const int stateColumn = column(model, "state");
        const QModelIndex cell = model.index(0, stateColumn);
        QTableView *view = f->dock->view();
        auto *delegate = qobject_cast<TableCellDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        std::unique_ptr<QWidget> editor(
            delegate->createEditor(view->viewport(), QStyleOptionViewItem(), cell));
        auto *box = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(box);
        delegate->setEditorData(box, cell);
        QCOMPARE(box->currentData().toString(), model.rawValue(0, stateColumn).toString());
        const QString after = otherState(model.rawValue(0, stateColumn).toString());
        const int at = box->findData(after);
        QVERIFY(at > 0);
        QCOMPARE(box->itemText(at), model.lookups().display(model.columns()[stateColumn], after));
        box->setCurrentIndex(at);
        delegate->setModelData(box, &model, cell);
        QCOMPARE(model.rawValue(0, stateColumn).toString(), after);
        QCOMPARE(f->window.undoStack()->count(), 1);
        f->window.undoStack()->undo();
    }
};

QTEST_MAIN(TestAttributeTableDock)
#include "tst_attribute_table_dock.moc"
