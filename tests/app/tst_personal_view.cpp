#include "app/workstation/language.h"
#include "app/workstation/layer_list_model.h"
#include "app/workstation/layers/layer_controller.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_tools/bookmark_model.h"
#include "app/workstation/map_tools/map_controller.h"
#include "app/workstation/personal_view.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "tests/gis/render/tiny_district.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tiny_district;

// What a user chooses to see of a district (layers, extent, bookmarks) is theirs: it survives closing
// and opening again in a new window, and the district file, its settings and its audit log never hear
// of it.
class TestPersonalView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    QString newStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("tiny-%1.sqlite").arg(++m_stores));
        create(path);
        return path;
    }

    static std::unique_ptr<uo::MainWindow> openWindow(const QString &path)
    {
        auto window = std::make_unique<uo::MainWindow>();
        window->resize(1000, 760);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->openDistrict(path))
            return nullptr;
        if (!QTest::qWaitFor(
                [&] { return window->canvas()->hasPicture() && !window->canvas()->isRendering(); }, 20000))
            return nullptr;
        return window;
    }

    // The district as other workstations see it: its settings and how many changes it has audited.
    static QString districtState(const QString &path)
    {
        auto store = uo::DistrictStore::open(path, uo::DistrictStore::Access::ReadOnly);
        QString state = QString::number(store->db().scalarInt("SELECT count(*) FROM audit_log"));
        auto settings = store->db().prepare("SELECT key, value FROM settings ORDER BY key");
        while (settings.step())
            state += QLatin1Char('\n') + settings.text(0) + QLatin1Char('=') + settings.text(1);
        return state;
    }

    static QByteArray fileHash(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        uo::Language::apply(QStringLiteral("en"));
    }

    void layersExtentAndBookmarksSurviveANewWindowAndLeaveTheFileAlone()
    {
        const QString path = newStore();
        openWindow(path).reset(); // a first opening may build the map's caches in the file
        const QString before = districtState(path);
        const QByteArray bytes = fileHash(path);
        QRectF shown;
        {
            std::unique_ptr<uo::MainWindow> window = openWindow(path);
            QVERIFY(window);
            uo::LayerListModel *layers = window->layerModel();
            QVERIFY(layers->setData(layers->layerIndex(QStringLiteral("risk_points")), Qt::Unchecked,
                                    Qt::CheckStateRole));
            uo::BookmarkModel *bookmarks = window->mapController()->bookmarks();
            QAbstractItemModelTester tester(bookmarks,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(
                bookmarks->add(QStringLiteral("红色风险点"), QRectF(kOriginX + 40, kOriginY + 40, 20, 20)));
            window->canvas()->zoomToRect(QRectF(kOriginX - 30, kOriginY - 60, 60, 40), 0);
            shown = window->canvas()->viewport().visibleMapRect();
            QCOMPARE(window->undoStack()->count(), 0);
        } // the window closes as the program would at its end
        QSettings().sync();

        std::unique_ptr<uo::MainWindow> window = openWindow(path);
        QVERIFY(window);
        QVERIFY(!window->canvas()->visibleLayers().contains(QStringLiteral("risk_points")));
        const QRectF again = window->canvas()->viewport().visibleMapRect();
        const double pixel = window->canvas()->viewport().mapUnitsPerPixel();
        QVERIFY2(qAbs(again.center().x() - shown.center().x()) < pixel &&
                     qAbs(again.center().y() - shown.center().y()) < pixel &&
                     qAbs(again.width() - shown.width()) < 2 * pixel,
                 qPrintable(QStringLiteral("%1 %2 %3 %4")
                                .arg(again.x())
                                .arg(again.y())
                                .arg(again.width())
                                .arg(shown.width())));
        QCOMPARE(window->mapController()->bookmarks()->rowCount(), 1);
        QCOMPARE(window->mapController()->bookmarks()->index(0).data().toString(),
                 QStringLiteral("红色风险点"));
        window.reset();
        QCOMPARE(districtState(path), before);
        QCOMPARE(fileHash(path), bytes);
    }

    void anotherDistrictHasItsOwnView()
    {
        const QString first = newStore(), second = newStore();
        {
            std::unique_ptr<uo::MainWindow> window = openWindow(first);
            QVERIFY(window);
            QVERIFY(window->mapController()->bookmarks()->add(QStringLiteral("Mine"),
                                                              QRectF(kOriginX, kOriginY, 10, 10)));
            window->layerModel()->setData(window->layerModel()->layerIndex(QStringLiteral("shops")),
                                          Qt::Unchecked, Qt::CheckStateRole);
        }
        std::unique_ptr<uo::MainWindow> window = openWindow(second);
        QVERIFY(window);
        QCOMPARE(window->mapController()->bookmarks()->rowCount(), 0);
        QVERIFY(window->canvas()->visibleLayers().contains(QStringLiteral("shops")));
        auto a = uo::DistrictStore::open(first, uo::DistrictStore::Access::ReadOnly);
        auto b = uo::DistrictStore::open(second, uo::DistrictStore::Access::ReadOnly);
        QVERIFY(uo::PersonalView::identity(*a) != uo::PersonalView::identity(*b));
        // A copy of a district is the same district: its view follows it.
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        QVERIFY(QFile::copy(first, copy));
        auto c = uo::DistrictStore::open(copy, uo::DistrictStore::Access::ReadOnly);
        QCOMPARE(uo::PersonalView::identity(*c), uo::PersonalView::identity(*a));
    }

    void bookmarksKeptInTheDistrictByEarlierVersionsBecomeTheUsers()
    {
        const QString path = newStore();
        const QByteArray legacy =
            uo::BookmarkModel::toJson({{QStringLiteral("江北嘴"), QRectF(kOriginX, kOriginY, 50, 50)}});
        {
            auto store = uo::DistrictStore::open(path);
            store->setSetting(QString::fromLatin1(uo::BookmarkModel::kSettingsKey),
                              QString::fromUtf8(legacy));
        }
        std::unique_ptr<uo::MainWindow> window = openWindow(path);
        QVERIFY(window);
        uo::BookmarkModel *bookmarks = window->mapController()->bookmarks();
        QCOMPARE(bookmarks->rowCount(), 1);
        QCOMPARE(bookmarks->index(0).data().toString(), QStringLiteral("江北嘴"));
        // Removing it takes it off the user's list only; the district keeps what it had.
        QVERIFY(bookmarks->remove(0));
        window.reset();
        window = openWindow(path);
        QCOMPARE(window->mapController()->bookmarks()->rowCount(), 0);
        QCOMPARE(window->store()->setting(QString::fromLatin1(uo::BookmarkModel::kSettingsKey)).toUtf8(),
                 legacy);
    }

    void theUsersOrderGoesOverTheDistricts_data()
    {
        QTest::addColumn<QStringList>("shared");
        QTest::addColumn<QStringList>("personal");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](const char *text) {
            return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        QTest::newRow("none of the user's") << list("a b c d") << list("") << list("a b c d");
        QTest::newRow("the user's whole order") << list("a b c d") << list("d c b a") << list("d c b a");
        QTest::newRow("a layer new to the user stays above its neighbour")
            << list("a b c d") << list("c a d") << list("c a b d");
        QTest::newRow("a new bottom layer") << list("z a b") << list("b a") << list("z b a");
        QTest::newRow("a layer the district no longer has") << list("a b") << list("x b a") << list("b a");
    }
    void theUsersOrderGoesOverTheDistricts()
    {
        QFETCH(QStringList, shared);
        QFETCH(QStringList, personal);
        QFETCH(QStringList, expected);
        QCOMPARE(uo::PersonalView::mergeOrder(shared, personal), expected);
    }
};

QTEST_MAIN(TestPersonalView)
#include "tst_personal_view.moc"
