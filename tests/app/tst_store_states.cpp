// The window on stores it may not write to: on read-only media or in a folder without write permission
// the district opens for viewing, the title says "(read-only)", editing is off, and the editors say why
// they cannot write; a damaged page found by the check after opening turns editing off the same way
// and tells the user.

#include "app/workstation/edit_tools/editing_controller.h"
#include "app/workstation/language.h"
#include "app/workstation/main_window.h"
#include "app/workstation/segments/segment_controller.h"
#include "app/workstation/segments/segment_document.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "tests/app/damaged_page.h"
#include "tests/core/read_only_place.h"
#include "tests/gis/render/tiny_district.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace uo;

namespace {
edit::EditingController *editingController(MainWindow &window)
{
    return window.findChild<edit::EditingController *>();
}

// Closes the next modal message box as a user reading it would, keeping what it said.
void closeNextMessageBox(QString *text)
{
    QTimer::singleShot(50, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->accept();
        } else {
            closeNextMessageBox(text);
        }
    });
}
} // namespace

class TestStoreStates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
    }

    void aReadOnlyPlaceOpensForViewing()
    {
        QTemporaryDir dir;
        read_only_place::Folder folder(dir);
        const QString path = folder.filePath(QStringLiteral("tiny.sqlite"));
        tiny_district::create(path);
        QVERIFY(folder.lock());

        MainWindow window;
        QString error;
        QVERIFY2(window.openDistrict(path, &error), qPrintable(error));
        QVERIFY(window.store()->isReadOnly());
        QVERIFY2(window.windowTitle().contains(QStringLiteral("(read-only)")),
                 qPrintable(window.windowTitle()));
        QVERIFY(!editingController(window)->editingAction()->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return window.isSummaryReady(); }, 20000));
        // The editors say why, naming what makes the file read-only.
        try {
            window.segmentController()->document()->rename(1, QStringLiteral("x"));
            QFAIL("renamed a segment of a read-only store");
        } catch (const StoreError &e) {
            QVERIFY2(e.message().contains(folder.expectedReason()), qPrintable(e.message()));
        }
        window.closeDistrict();
    }

    void aDamagedPageFoundAfterOpeningStopsEditing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tiny.sqlite"));
        tiny_district::create(path);
        QVERIFY(damaged_page::damage(path));
        MainWindow window;
        QSignalSpy readOnly(&window, &MainWindow::districtReadOnly);
        QString told;
        closeNextMessageBox(&told);
        QString error;
        // Opening reads the header and the schema, which are whole: the damage is found after it.
        QVERIFY2(window.openDistrict(path, &error), qPrintable(error));
        QVERIFY(!window.store()->isReadOnly() || readOnly.count() == 1);
        QVERIFY(readOnly.count() == 1 || readOnly.wait(30000));
        QVERIFY(window.store()->isReadOnly());
        QVERIFY(window.windowTitle().contains(QStringLiteral("(read-only)")));
        QVERIFY(!editingController(window)->editingAction()->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return !told.isEmpty(); }, 5000));
        QVERIFY2(told.contains(QStringLiteral("damaged")) && told.contains(QStringLiteral("Editing is off")),
                 qPrintable(told));
        // Writing is refused by SQLite itself now, not only by the window.
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 window.store()->setSetting(QStringLiteral("x"), QStringLiteral("y")));
    }
};

QTEST_MAIN(TestStoreStates)
#include "tst_store_states.moc"
