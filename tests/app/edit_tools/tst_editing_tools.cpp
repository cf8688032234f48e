// Editing in the real main window on a real store: actions push one undo step each, the attribute form
// refuses bad values, dragging moves a component (only the overlay repaints meanwhile), a large delete
// asks first, saving writes the store and the map reads it again, and a crash's journal is recovered.

#include "app/workstation/edit_tools/attribute_form.h"
#include "app/workstation/edit_tools/class_picker.h"
#include "app/workstation/edit_tools/edit_document.h"
#include "app/workstation/edit_tools/edit_overlay.h"
#include "app/workstation/edit_tools/editing_controller.h"
#include "app/workstation/edit_tools/move_tool.h"
#include "app/workstation/language.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_tools/feature_selection.h"
#include "core/catalogue/catalogue.h"
#include "core/edit_session/edit_journal.h"
#include "core/edit_session/edit_session.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "tests/core/edit_session/edit_district.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uo;
using namespace uo::edit;

namespace {
const QString kComponents = QStringLiteral("components");

EditingController *toolsOf(MainWindow &window)
{
    return window.findChild<EditingController *>();
}

QPointF pointOf(const RowState &row)
{
    const QByteArray blob = row->value(QStringLiteral("geom")).toByteArray();
    double x = 0, y = 0;
    geometry_blob::decodePoint(blob.constData(), int(blob.size()), &x, &y);
    return {x, y};
}
} // namespace

class TestEditingTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("d.sqlite"));
        edit_district::make(m_path, 30).reset();
    }

    void attributeFormChecksAndPushesOneStep()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        EditingController *tools = toolsOf(window);
        QVERIFY(tools);
        QVERIFY(!tools->document()->isEditing());
        tools->editingAction()->trigger();
        QVERIFY(tools->document()->isEditing());

        AttributeForm form(*tools->document(), kComponents, {3});
        // Titled by what the feature is, not by the table and row number.
        const QVariantMap row = window.store()->readRow(kComponents, 3);
        QCOMPARE(form.windowTitle(), QStringLiteral("Attributes of %1 %2")
                                         .arg(row.value(QStringLiteral("name")).toString(),
                                              row.value(QStringLiteral("ident")).toString()));
        QVERIFY(!form.windowTitle().contains(kComponents));
        auto *ident = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("ident")));
        auto *state = qobject_cast<QComboBox *>(form.editor(QStringLiteral("state")));
        auto *date = qobject_cast<QLineEdit *>(form.editor(QStringLiteral("initial_date")));
        QVERIFY(ident && state && date);
        ident->setText(edit_district::ident(edit_district::kClassA, 5)); // component 5's
        QVERIFY(form.validate().contains(QStringLiteral("already used")));
        ident->setText(QStringLiteral("123"));
        QVERIFY(!form.validate().isEmpty());
        ident->setText(edit_district::ident(edit_district::kClassA, 3));
        date->setText(QStringLiteral("2026-13-01"));
        QVERIFY(form.validate().contains(QStringLiteral("YYYY-MM-DD")));
        date->setText(QStringLiteral("2026-11-01"));
        state->setCurrentIndex(state->findData(QStringLiteral("damaged")));
        QVERIFY2(form.validate().isEmpty(), qPrintable(form.validate()));
        QVERIFY(form.commit());
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(
            tools->document()->session()->row({kComponents, 3})->value(QStringLiteral("state")).toString(),
            QStringLiteral("damaged"));
        window.undoStack()->undo();
        QCOMPARE(
            tools->document()->session()->row({kComponents, 3})->value(QStringLiteral("state")).toString(),
            QStringLiteral("intact"));
        QVERIFY(!tools->document()->hasChanges());
        window.undoStack()->redo();
        QVERIFY(tools->saveAction()->isEnabled());
        QVERIFY(tools->save());
        QCOMPARE(window.store()->readRow(kComponents, 3).value(QStringLiteral("state")).toString(),
                 QStringLiteral("damaged"));
        QCOMPARE(window.store()->readRow(kComponents, 3).value(QStringLiteral("initial_date")).toString(),
                 QStringLiteral("2026-11-01"));
    }

    // Another workstation changes the note while the form is open: the form's OK, which changes the
    // state, leaves their note (the form used to send the note it showed, and the save wrote it back).
    void aFormLeavesWhatOthersChangedSinceItWasShown()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        EditingController *tools = toolsOf(window);
        tools->editingAction()->trigger();
        AttributeForm form(*tools->document(), kComponents, {4});
        {
            auto other = DistrictStore::open(m_path);
            other->updateRow(kComponents, 4, {{QStringLiteral("note"), QStringLiteral("另一台工作站")}});
        }
        auto *state = qobject_cast<QComboBox *>(form.editor(QStringLiteral("state")));
        QVERIFY(state);
        state->setCurrentIndex(state->findData(QStringLiteral("missing")));
        QVERIFY(form.commit());
        QVERIFY(tools->save());
        const QVariantMap row = window.store()->readRow(kComponents, 4);
        QCOMPARE(row.value(QStringLiteral("state")).toString(), QStringLiteral("missing"));
        QCOMPARE(row.value(QStringLiteral("note")).toString(), QStringLiteral("另一台工作站"));
    }

    void dragMovesAComponentRepaintingOnlyTheOverlay()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(window.openDistrict(m_path));
        MapCanvas *canvas = window.canvas();
        QVERIFY(QTest::qWaitFor([&] { return canvas->hasPicture() && !canvas->isRendering(); }, 20000));
        // Close in: component 10 at (kX + 100, kY), 0.5 m a pixel.
        MapViewport viewport = canvas->viewport();
        viewport.setCentre(QPointF(edit_district::kX + 100, edit_district::kY));
        viewport.setMapUnitsPerPixel(0.5);
        canvas->setViewport(viewport);
        QVERIFY(QTest::qWaitFor([&] { return !canvas->isRendering(); }, 20000));

        EditingController *tools = toolsOf(window);
        tools->editingAction()->trigger();
        tools->moveTool()->activate();
        const QPointF from = canvas->viewport().toPixel(QPointF(edit_district::kX + 100, edit_district::kY));
        const QPointF to = from + QPointF(0, -40); // 20 m north, away from everything to snap to
        QSignalSpy renders(canvas, &MapCanvas::renderFinished);
        QTest::mousePress(canvas, Qt::LeftButton, {}, from.toPoint());
        QVERIFY(tools->overlay()->drag().active);
        QMouseEvent move(QEvent::MouseMove, to, canvas->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to.toPoint());
        QVERIFY(!tools->overlay()->drag().active);
        QTest::qWait(200);
        QCOMPARE(renders.count(), 0); // the drag drew the overlay only

        const QPointF moved = pointOf(tools->document()->session()->row({kComponents, 10}));
        QVERIFY2(qAbs(moved.x() - (edit_district::kX + 100)) < 1.0 &&
                     qAbs(moved.y() - (edit_district::kY + 20)) < 1.0,
                 qPrintable(QStringLiteral("%1 %2").arg(moved.x(), 0, 'f', 2).arg(moved.y(), 0, 'f', 2)));
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(tools->document()->scene().changed.size(), 1);
        tools->moveTool()->deactivate();
    }

    void aLargeDeleteAsksFirst()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        EditingController *tools = toolsOf(window);
        tools->editingAction()->trigger();
        QSet<qint64> ids;
        for (qint64 id = 1; id <= 12; ++id)
            ids.insert(id);
        window.selection()->select(kComponents, ids);
        int asked = 0;
        tools->confirmDelete = [&](int count) {
            ++asked;
            return count == 12 && asked == 2; // no the first time, yes the second
        };
        tools->deleteSelection();
        QCOMPARE(asked, 1);
        QVERIFY(!tools->document()->hasChanges());
        tools->deleteSelection();
        QCOMPARE(asked, 2);
        QCOMPARE(tools->document()->changeCount(), 12);
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY(tools->save());
        QCOMPARE(window.store()->count(kComponents), 18);
    }

    void crashedEditsAreOfferedAtOpen()
    {
        {
            auto store = DistrictStore::open(m_path);
            EditSession session(*store);
            session.apply(
                session.setValues(kComponents, {7}, {{QStringLiteral("note"), QStringLiteral("留下")}}, {}));
        }
        MainWindow window;
        EditingController *tools = toolsOf(window);
        int asked = 0;
        tools->askRecover = [&](const OrphanJournal &journal) {
            ++asked;
            return journal.changes == 1 ? EditingController::RecoverAnswer::Recover
                                        : EditingController::RecoverAnswer::Later;
        };
        QVERIFY(window.openDistrict(m_path));
        QCOMPARE(asked, 1);
        QVERIFY(tools->document()->isEditing());
        QCOMPARE(tools->document()->changeCount(), 1);
        QCOMPARE(
            tools->document()->session()->row({kComponents, 7})->value(QStringLiteral("note")).toString(),
            QStringLiteral("留下"));
        QVERIFY(EditJournal::orphans(m_path).isEmpty()); // taken over by this session
        tools->document()->discard();
        QVERIFY(!QFile::exists(tools->document()->session()->journalPath()));
    }

    void classPickerSearchesChineseAndCodes()
    {
        ClassPicker picker(Catalogue::builtIn());
        const int all = picker.visibleCount();
        QVERIFY(all > 50);
        picker.setFilter(QStringLiteral("井盖"));
        QVERIFY(picker.visibleCount() > 0 && picker.visibleCount() < all);
        QVERIFY(picker.className().contains(QStringLiteral("井盖")));
        picker.setFilter(QStringLiteral("0101"));
        QCOMPARE(picker.classCode(), QStringLiteral("0101"));
        picker.setFilter(QStringLiteral("no such class"));
        QCOMPARE(picker.visibleCount(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(TestEditingTools)
#include "tst_editing_tools.moc"
