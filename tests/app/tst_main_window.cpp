#include "app/workstation/language.h"
#include "app/workstation/layer_list_model.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/recent_files.h"
#include "app/workstation/recent_files_menu.h"
#include "core/store/layers.h"
#include "tests/gis/render/tiny_district.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QFile>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

#include <functional>

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

    // Every action a user sees in the menus (and their submenus) and toolbars, by where it is, with its
    // text; the language menu (language names) and recent files (paths) say the same in any language.
    static QMap<QString, QString> actionTexts(uo::MainWindow &window)
    {
        QMap<QString, QString> texts;
        const std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &path) {
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || action->text().isEmpty())
                    continue;
                const QString where =
                    path + QLatin1Char('/') + QString::number(menu->actions().indexOf(action));
                if (QMenu *sub = action->menu()) {
                    if (sub->objectName() == QLatin1String("LanguageMenu") ||
                        sub->objectName() == QLatin1String("RecentFilesMenu"))
                        continue;
                    texts.insert(where, action->text());
                    walk(sub, where);
                } else {
                    texts.insert(where, action->text());
                }
            }
        };
        const QList<QAction *> menus = window.menuBar()->actions();
        for (QAction *menu : menus)
            if (menu->menu() && menu->menu()->objectName() != QLatin1String("LanguageMenu"))
                walk(menu->menu(), QStringLiteral("menu %1").arg(menus.indexOf(menu)));
        for (QAction *menu : menus)
            texts.insert(QStringLiteral("menu ") + QString::number(menus.indexOf(menu)), menu->text());
        for (QToolBar *bar : window.findChildren<QToolBar *>()) {
            texts.insert(QStringLiteral("toolbar ") + bar->objectName(), bar->windowTitle());
            const QList<QAction *> actions = bar->actions();
            for (QAction *action : actions)
                if (!action->isSeparator() && !action->text().isEmpty() && !action->menu())
                    texts.insert(
                        QStringLiteral("toolbar %1/%2").arg(bar->objectName()).arg(actions.indexOf(action)),
                        action->text());
        }
        return texts;
    }

    static bool waitForPicture(uo::MainWindow &window)
    {
        return QTest::qWaitFor(
            [&] { return window.canvas()->hasPicture() && !window.canvas()->isRendering(); }, 20000);
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

    // Files and server districts, newest first, each by what people recognise, never a password; the menu
    // opens again and again (it is rebuilt each time).
    void recentFilesAndServersShowInTheRecentMenu()
    {
        uo::recent_files::clear();
        uo::recent_files::add(m_store);
        uo::recent_files::add(QStringLiteral("postgresql://li_wei@db.bureau:5432/city?district=jiangbei"));
        uo::MainWindow window;
        auto *menu = window.findChild<uo::RecentFilesMenu *>();
        QVERIFY(menu);
        for (int opening = 0; opening < 3; ++opening) {
            emit menu->aboutToShow();
            const QList<QAction *> actions = menu->actions();
            QCOMPARE(actions.size(), 4); // two entries, a separator, Clear List
            QCOMPARE(actions.at(0)->text(), QStringLiteral("&1 jiangbei \u2014 li_wei@db.bureau/city"));
            QCOMPARE(actions.at(1)->text(), QStringLiteral("&2 tiny.sqlite"));
            QVERIFY(actions.at(3)->isEnabled());
        }
        uo::recent_files::clear();
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
            QCOMPARE(model->data(model->index(row, 0), Qt::CheckStateRole).value<Qt::CheckState>(),
                     Qt::Checked);
            QVERIFY(cell(model, row, uo::LayerListModel::CountColumn).isEmpty());
        }
    }

    // A dock on the right opened for the first time gets room for its columns and forms (the queue of
    // today's cases once opened a couple of columns wide), not its bare minimum.
    void sideDocksOpenWideEnough()
    {
        uo::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDistrict(m_store));
        for (const char *name : {"CaseQueueDock", "CaseDock", "RiskDock", "PermitReviewDock"}) {
            auto *dock = window.findChild<QDockWidget *>(QString::fromLatin1(name));
            QVERIFY2(dock, name);
            QVERIFY2(dock->isHidden(), name);
            dock->toggleViewAction()->trigger();
            QTRY_VERIFY2(dock->isVisible() && dock->width() >= 400,
                         qPrintable(QStringLiteral("%1: %2 px").arg(QLatin1String(name)).arg(dock->width())));
            dock->toggleViewAction()->trigger();
        }
    }

    void countsArriveAfterOpening()
    {
        uo::MainWindow window;
        QAbstractItemModelTester tester(window.layerModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(window.openDistrict(m_store));
        QTRY_VERIFY_WITH_TIMEOUT(window.isSummaryReady(), 20000);
        const uo::LayerListModel *model = window.layerModel();
        const int components = model->rowOf(QStringLiteral("components"));
        QCOMPARE(model->data(model->index(components, 1), uo::LayerListModel::CountRole).toLongLong(),
                 qint64(tiny_district::kComponentCount));
        QCOMPARE(cell(model, components, uo::LayerListModel::CountColumn),
                 QLocale().toString(tiny_district::kComponentCount));
        QCOMPARE(cell(model, model->rowOf(QStringLiteral("permits")), uo::LayerListModel::CountColumn),
                 QStringLiteral("1"));
        QCOMPARE(cell(model, model->rowOf(QStringLiteral("streets")), uo::LayerListModel::CountColumn),
                 QStringLiteral("0"));
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
        QVERIFY(cell(model, model->rowOf(QStringLiteral("components")), uo::LayerListModel::CountColumn)
                    .isEmpty());
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
        QCOMPARE(cell(model, 0, 0), QStringLiteral("案件")); // the topmost layer
        QCOMPARE(cell(model, 1, 0), QStringLiteral("风险点"));
        QCOMPARE(uo::layerTitle(*risks), QStringLiteral("风险点"));

        uo::Language::apply(QStringLiteral("en"));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Layer"));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void everyMenuAndToolbarFollowsTheLanguage()
    {
        // A district open, so that every tool's menu entries and toolbars are there and enabled.
        uo::MainWindow window;
        QVERIFY(window.openDistrict(m_store));
        const QMap<QString, QString> english = actionTexts(window);
        QVERIFY(english.size() > 60);
        uo::Language::apply(QStringLiteral("zh_CN"));
        QTRY_VERIFY(window.menuBar()->actions().first()->text().startsWith(QStringLiteral("文件")));
        QCoreApplication::processEvents();
        const QMap<QString, QString> chinese = actionTexts(window);
        QCOMPARE(chinese.keys(), english.keys());
        QStringList unchanged;
        for (auto it = english.cbegin(); it != english.cend(); ++it)
            if (chinese.value(it.key()) == it.value())
                unchanged.append(it.key() + QStringLiteral(" = ") + it.value());
        if (!unchanged.isEmpty())
            qWarning().noquote() << unchanged.join(QLatin1Char('\n'));
        QVERIFY(unchanged.isEmpty());
        uo::Language::apply(QStringLiteral("en"));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCoreApplication::processEvents();
        QCOMPARE(actionTexts(window), english);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
