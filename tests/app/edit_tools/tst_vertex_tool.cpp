// Road vertices edited with the mouse in the real main window (issue #7, issue #4): a click picks the
// road, a drag moves a vertex, a double-click on the line inserts one, a right-click deletes one, each
// one undo step; saving cuts the segments again and `segments check` stays clean. Saving keeps the
// window's other undo steps, and Ctrl+Z still undoes the last action; opening another district or
// closing this one with unsaved edits asks first.

#include "app/workstation/edit_tools/edit_document.h"
#include "app/workstation/edit_tools/editing_controller.h"
#include "app/workstation/edit_tools/vertex_tool.h"
#include "app/workstation/language.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "core/edit_session/edit_journal.h"
#include "core/edit_session/edit_session.h"
#include "core/segments/segment_check.h"
#include "core/segments/segment_editor.h"
#include "core/store/geometry_blob.h"
#include "tests/core/edit_session/edit_district.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uo;
using namespace uo::edit;

namespace {
const QString kRoads = QStringLiteral("roads");
const QString kComponents = QStringLiteral("components");
constexpr double kX = edit_district::kX, kY = edit_district::kY;

QList<QPointF> lineOf(const RowState &row)
{
    const QByteArray blob = row->value(QStringLiteral("geom")).toByteArray();
    const auto geometry = geometry_blob::decode(blob.constData(), int(blob.size()));
    return geometry ? geometry->parts.value(0).value(0) : QList<QPointF>();
}

bool near(QPointF a, QPointF b, double metres)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y()) <= metres;
}

// A step of some other tool on the window's stack (a segment split, say): it only counts.
class CountingCommand : public QUndoCommand
{
public:
    explicit CountingCommand(int *done) : QUndoCommand(QStringLiteral("other")), m_done(done) {}
    void redo() override { ++*m_done; }
    void undo() override { --*m_done; }

private:
    int *m_done;
};
} // namespace

class TestVertexTool : public QObject
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
        auto store = edit_district::make(m_path, 10);
        m_road = edit_district::addRoad(*store);
    }

    void dragInsertAndDeleteVertices()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(window.openDistrict(m_path));
        MapCanvas *canvas = window.canvas();
        QVERIFY(QTest::qWaitFor([&] { return canvas->hasPicture() && !canvas->isRendering(); }, 20000));
        MapViewport viewport = canvas->viewport();
        viewport.setCentre(QPointF(kX + 200, kY - 100));
        viewport.setMapUnitsPerPixel(0.5);
        canvas->setViewport(viewport);
        QVERIFY(QTest::qWaitFor([&] { return !canvas->isRendering() && canvas->snapshot(); }, 20000));

        EditingController *tools = window.findChild<EditingController *>();
        tools->editingAction()->trigger();
        tools->vertexAction()->trigger();
        VertexTool *tool = tools->vertexTool();
        QVERIFY(tool->isActive());
        auto pixel = [&](QPointF map) { return canvas->viewport().toPixel(map).toPoint(); };

        QTest::mouseClick(canvas, Qt::LeftButton, {}, pixel({kX + 100, kY - 100}));
        QCOMPARE(tool->roadId(), m_road);
        QCOMPARE(tool->line().size(), 3);

        // Drag the middle vertex 20 m north.
        const QPoint from = pixel({kX + 200, kY - 100}), to = pixel({kX + 200, kY - 80});
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, canvas->mapToGlobal(QPointF(to)), Qt::NoButton,
                         Qt::LeftButton, {});
        QCoreApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
        QCOMPARE(window.undoStack()->count(), 1);
        EditSession *session = tools->document()->session();
        QList<QPointF> line = lineOf(session->row({kRoads, m_road}));
        QVERIFY(near(line[1], {kX + 200, kY - 80}, 1.0));
        QCOMPARE(lineOf(window.store()->readRow(kRoads, m_road)).at(1), QPointF(kX + 200, kY - 100));

        // Double-click halfway along the first piece: a fourth vertex there.
        QTest::mouseDClick(canvas, Qt::LeftButton, {}, pixel((line[0] + line[1]) / 2));
        QCOMPARE(window.undoStack()->count(), 2);
        line = lineOf(session->row({kRoads, m_road}));
        QCOMPARE(line.size(), 4);
        QVERIFY(near(line[1], (line[0] + line[2]) / 2, 1.0));
        QCOMPARE(tool->currentVertex(), 1);

        // Right-click it: gone again. Then Delete removes the selected (moved) vertex.
        QTest::mouseClick(canvas, Qt::RightButton, {}, pixel(line[1]));
        QCOMPARE(window.undoStack()->count(), 3);
        QCOMPARE(lineOf(session->row({kRoads, m_road})).size(), 3);
        QTest::mousePress(canvas, Qt::LeftButton, {}, pixel(line[2]));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, pixel(line[2]));
        QCOMPARE(tool->currentVertex(), 1);
        QVERIFY(tools->deleteAction()->isEnabled());
        tools->deleteAction()->trigger();
        QCOMPARE(window.undoStack()->count(), 4);
        QCOMPARE(lineOf(session->row({kRoads, m_road})).size(), 2);
        // Two are the least a road keeps.
        QTest::mouseClick(canvas, Qt::RightButton, {}, pixel({kX, kY - 100}));
        QCOMPARE(window.undoStack()->count(), 4);

        window.undoStack()->undo(); // the middle vertex back, where it was dragged
        line = lineOf(session->row({kRoads, m_road}));
        QCOMPARE(line.size(), 3);
        QVERIFY(near(line[1], {kX + 200, kY - 80}, 1.0));
        QVERIFY(tools->save());
        QCOMPARE(lineOf(window.store()->readRow(kRoads, m_road)), line);
        const SegmentCheckReport report = SegmentCheck::run(*window.store());
        QCOMPARE(report.violations, 0);
        QCOMPARE(SegmentEditor(*window.store()).read(m_road).segments.size(), 3);
        tool->deactivate();
    }

    void savingKeepsTheOtherUndoSteps()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        EditingController *tools = window.findChild<EditingController *>();
        EditDocument *document = tools->document();
        tools->editingAction()->trigger();
        int other = 0;
        window.undoStack()->push(new CountingCommand(&other));
        document->push(document->session()->setValues(kComponents, {3},
                                                      {{QStringLiteral("state"), QStringLiteral("damaged")}},
                                                      QStringLiteral("state")));
        QVERIFY(tools->save());
        QCOMPARE(window.undoStack()->count(), 2);
        QCOMPARE(window.store()->readRow(kComponents, 3).value(QStringLiteral("state")).toString(),
                 QStringLiteral("damaged"));

        // Ctrl+Z undoes the last action, the saved edit: a new unsaved change back to intact.
        window.undoStack()->undo();
        QCOMPARE(other, 1);
        QCOMPARE(document->changeCount(), 1);
        QCOMPARE(document->session()->row({kComponents, 3})->value(QStringLiteral("state")).toString(),
                 QStringLiteral("intact"));
        window.undoStack()->undo();
        QCOMPARE(other, 0);
        window.undoStack()->redo();
        window.undoStack()->redo();
        QVERIFY(!document->hasChanges());
        QCOMPARE(other, 1);

        // Discarding is an undoable step too, and leaves the others alone.
        document->push(document->session()->setValues(
            kComponents, {4}, {{QStringLiteral("note"), QStringLiteral("x")}}, QStringLiteral("note")));
        document->discard();
        QVERIFY(!document->hasChanges());
        QVERIFY(!QFile::exists(document->session()->journalPath()));
        QCOMPARE(window.undoStack()->count(), 4);
        window.undoStack()->undo();
        QCOMPARE(document->changeCount(), 1);
    }

    void anotherDistrictOrCloseAsksAboutUnsavedEdits()
    {
        const QString second = m_dir->filePath(QStringLiteral("e.sqlite"));
        edit_district::make(second, 3).reset();
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        EditingController *tools = window.findChild<EditingController *>();
        tools->editingAction()->trigger();
        EditDocument *document = tools->document();
        auto edit = [&] {
            document->push(document->session()->setValues(
                kComponents, {5}, {{QStringLiteral("note"), QStringLiteral("n")}}, QStringLiteral("note")));
        };
        edit();
        int asked = 0, answer = QMessageBox::Cancel;
        tools->askUnsaved = [&](int count) {
            ++asked;
            return count == 1 ? answer : int(QMessageBox::Cancel);
        };
        QVERIFY(!window.openDistrict(second));
        QCOMPARE(asked, 1);
        QCOMPARE(window.store()->path(), m_path);
        QVERIFY(document->hasChanges());

        QAction *close = nullptr;
        for (QAction *action : window.fileMenu()->actions())
            if (action->shortcut() == QKeySequence(QKeySequence::Close))
                close = action;
        QVERIFY(close);
        close->trigger();
        QCOMPARE(asked, 2);
        QVERIFY(window.store());

        answer = QMessageBox::Save;
        QVERIFY(window.openDistrict(second));
        QCOMPARE(asked, 3);
        QCOMPARE(window.store()->path(), second);
        {
            auto first = DistrictStore::open(m_path);
            QCOMPARE(first->readRow(kComponents, 5).value(QStringLiteral("note")).toString(),
                     QStringLiteral("n"));
        }

        QVERIFY(window.openDistrict(m_path)); // nothing unsaved: no question
        QCOMPARE(asked, 3);
        tools->editingAction()->trigger();
        document->push(document->session()->setValues(
            kComponents, {5}, {{QStringLiteral("note"), QStringLiteral("m")}}, QStringLiteral("note")));
        answer = QMessageBox::Discard;
        close->trigger();
        QCOMPARE(asked, 4);
        QVERIFY(!window.store());
        QVERIFY(EditJournal::orphans(m_path).isEmpty()); // nothing left to recover
        auto first = DistrictStore::open(m_path);
        QCOMPARE(first->readRow(kComponents, 5).value(QStringLiteral("note")).toString(),
                 QStringLiteral("n"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    qint64 m_road = 0;
};

QTEST_MAIN(TestVertexTool)
#include "tst_vertex_tool.moc"
