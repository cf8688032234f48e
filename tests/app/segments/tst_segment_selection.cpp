#include "language.h"
#include "main_window.h"
#include "map/feature_selection.h"
#include "segment_district.h"
#include "segments/segment_tools.h"
#include "segments/segments_dock.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTableView>

using namespace uo;
using namespace segment_district;

// The segment list and the map share the window's selection both ways: segments picked on the map are
// selected in the list (so the assignment panel follows them), segments picked in the list are the map's
// selection, and a selection of other features on the map empties the list's without being emptied.
class TestSegmentSelection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    Ids m_ids;

    static QSet<qint64> listed(MainWindow &window)
    {
        const QList<qint64> ids = window.segmentTools()->segmentsDock()->selectedSegments();
        return QSet<qint64>(ids.begin(), ids.end());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_path = m_dir.filePath(QStringLiteral("s.sqlite"));
        auto store = DistrictStore::create(m_path, DistrictSettings());
        m_ids = fill(*store);
    }

    void mapSelectionSelectsInTheListAndBack()
    {
        MainWindow window;
        QVERIFY(window.openDistrict(m_path));
        FeatureSelection *selection = window.selection();
        SegmentsDock *dock = window.segmentTools()->segmentsDock();
        QTRY_VERIFY_WITH_TIMEOUT(dock->view()->model()->rowCount() == 3, 10000);

        // Picked on the map: the list selects the same two segments.
        selection->select(QStringLiteral("road_segments"), {m_ids.a, m_ids.c});
        QCOMPARE(listed(window), (QSet<qint64>{m_ids.a, m_ids.c}));

        // Picked in the list: the map's selection becomes that segment alone.
        dock->selectSegments({m_ids.b});
        QCOMPARE(selection->ids(QStringLiteral("road_segments")), QSet<qint64>{m_ids.b});

        // Shops picked on the map: the list has nothing selected, and the shops stay selected.
        selection->select(QStringLiteral("shops"), {m_ids.nearShop});
        QVERIFY(listed(window).isEmpty());
        QCOMPARE(selection->ids(QStringLiteral("shops")), QSet<qint64>{m_ids.nearShop});

        // Added to the map's selection with Shift: both kinds stay, the list shows the segment.
        selection->select(QStringLiteral("road_segments"), {m_ids.a}, FeatureSelection::Mode::Add);
        QCOMPARE(listed(window), QSet<qint64>{m_ids.a});
        QCOMPARE(selection->ids(QStringLiteral("shops")), QSet<qint64>{m_ids.nearShop});
    }
};

QTEST_MAIN(TestSegmentSelection)
#include "tst_segment_selection.moc"
