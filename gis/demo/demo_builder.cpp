#include "gis/demo/demo_builder.h"

#include "core/catalogue/catalogue.h"
#include "core/error/error.h"
#include "core/store/bulk_load.h"
#include "core/store/component_points.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/row_writer.h"
#include "core/store/store_build.h"
#include "gis/demo/demo_calendar.h"
#include "gis/demo/demo_cases.h"
#include "gis/demo/demo_components.h"
#include "gis/demo/demo_people.h"
#include "gis/demo/demo_permits.h"
#include "gis/demo/demo_risks.h"
#include "gis/demo/demo_roads.h"
#include "gis/demo/district_frame.h"
#include "gis/demo/road_network.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cmath>

namespace uo::demo {

namespace {

void removeStore(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

class Timer
{
public:
    explicit Timer(const DemoProgress &progress) : m_progress(progress) { m_clock.start(); }
    void done(const QString &part, qint64 count)
    {
        if (m_progress)
            m_progress(part, count, m_clock.restart());
        else
            m_clock.restart();
    }

private:
    const DemoProgress &m_progress;
    QElapsedTimer m_clock;
};

void writeFrame(DistrictStore &store, const DistrictFrame &frame, int srid)
{
    auto boundary =
        RowWriter::insert(store, tableName(Layer::DistrictBoundary), {"name", "kind", "area_m2", "geom"});
    Geometry district = frame.boundary;
    if (district.type == Geometry::Polygon)
        district.type = Geometry::MultiPolygon;
    // Names are data, in the district's language like its streets and roads, whatever the language of
    // the program that wrote them.
    boundary.bind(1, QString::fromUtf8("江北区")).bind(2, QStringLiteral("district"));
    boundary.bind(3, std::round(frame.boundaryAreaM2)).bindBlob(4, geometry_blob::encode(district));
    boundary.run();
    boundary.bind(1, QString::fromUtf8("江北区建成区")).bind(2, QStringLiteral("built_up"));
    boundary.bind(3, std::round(frame.builtUpAreaM2)).bindBlob(4, geometry_blob::encode(frame.builtUp));
    boundary.run();

    auto street = RowWriter::insert(store, tableName(Layer::Streets), {"code", "name", "kind", "geom"});
    for (const StreetArea &s : frame.streets) {
        street.bind(1, s.code).bind(2, s.name).bind(3, s.kind).bindBlob(4, geometry_blob::encode(s.area));
        street.run();
    }
    auto community = RowWriter::insert(store, "communities", {"code", "street_code", "name"});
    for (const Community &c : frame.communities) {
        community.bind(1, c.code).bind(2, c.streetCode).bind(3, c.name);
        community.run();
    }
    auto cell = RowWriter::insert(store, tableName(Layer::GridCells),
                                  {"code", "street_code", "community_code", "geom"});
    for (const GridCell &g : frame.cells) {
        const QRectF &q = g.square;
        cell.bind(1, g.code).bind(2, g.streetCode).bind(3, g.communityCode);
        cell.bindBlob(
            4, geometry_blob::encode(Geometry::polygon(
                   srid, {{q.topLeft(), q.topRight(), q.bottomRight(), q.bottomLeft(), q.topLeft()}})));
        cell.run();
    }
}

qint64 scaled(int target, double scale, int minimum)
{
    return std::max<qint64>(minimum, std::llround(target * scale));
}

} // namespace

DemoSummary DemoBuilder::build(const QString &path, const DemoOptions &options, const DemoProgress &progress)
{
    if (!(options.scale > 0 && options.scale <= 10))
        throw RequestError(tr("The demo scale must be above 0 and at most 10."));
    if (QFileInfo::exists(path))
        throw FileError(FileError::Kind::Exists,
                        tr("%1 already exists; the demo is never written over a file.")
                            .arg(QDir::toNativeSeparators(path)));
    QElapsedTimer total;
    total.start();
    Timer timer(progress);
    const QString partial = path + QStringLiteral(".partial");
    removeStore(partial);

    DemoSummary summary;
    try {
        DistrictSettings settings;
        settings.name = QString::fromUtf8("江北区（演示）"); // data, like the boundary names
        auto store = DistrictStore::create(partial, settings);
        store->setOperatorName(QStringLiteral("urbanops-cli demo"));
        // The file is not the user's until it is renamed: durability is not needed while building.
        StoreBuild building(*store);
        const int srid = store->srid();
        Catalogue::builtIn().writeTo(*store);
        timer.done(tr("store and catalogue"), 0);

        Random random(options.seed);
        Geos geos;
        const DistrictFrame frame(srid, random.fork(1), geos);
        const RoadNetwork network(frame, options, random.fork(2), geos);
        timer.done(tr("district frame and road network"), network.roads.size());

        auto tx = store->transaction();
        BulkLoad cells(*store, tableOf(Layer::GridCells));
        writeFrame(*store, frame, srid);
        cells.finish();
        const DemoEntities entities = writeEntities(*store, frame, random.fork(3));
        const QList<PlannedSegment> segments = planSegments(network, frame, targets::kSegments);
        QHash<QString, int> segmentsPerStreet;
        for (const PlannedSegment &segment : segments)
            ++segmentsPerStreet[segment.streetCode];
        const DemoPeople people = writePeople(*store, frame, segmentsPerStreet, random.fork(4));
        writeRoads(*store, network, srid);
        if (options.segmented)
            writeSegments(*store, network, segments, entities, people, srid, random.fork(5));
        tx.commit();
        timer.done(tr("streets, grid, entities, people, roads and segments"), frame.cells.size());

        {
            auto componentsTx = store->transaction();
            BulkLoad load(*store, tableOf(Layer::Components));
            summary.components =
                writeComponents(*store, frame, network, entities, options, settings.countyCode, srid,
                                scaled(targets::kComponents, options.scale, 1), random.fork(6), geos);
            timer.done(tr("components"), summary.components);
            load.finish();
            componentsTx.commit();
            timer.done(tr("component spatial index"), summary.components);
        }

        auto rest = store->transaction();
        const int riskPoints = int(scaled(targets::kRiskPoints, options.scale, 4));
        summary.riskRecords =
            writeRiskPoints(*store, frame, network, entities, options, srid, riskPoints, random.fork(7));
        writeShops(*store, frame, network, srid, int(scaled(targets::kShops, options.scale, 4)),
                   random.fork(8));
        writePermits(*store, network, options, srid, int(scaled(targets::kPermits, options.scale, 8)),
                     random.fork(9));
        writeNoDigCalendar(*store, options);
        store->recordAudit(QStringLiteral("import"), QString(), 0, {},
                           {{QStringLiteral("demo_seed"), QString::number(options.seed)},
                            {QStringLiteral("demo_scale"), options.scale},
                            {QStringLiteral("segmented"), options.segmented}});
        rest.commit();
        timer.done(tr("risk points, shops and permits"), riskPoints);

        {
            auto casesTx = store->transaction();
            const DemoCases cases = writeCases(*store, frame, network, options,
                                               int(scaled(kCases, options.scale, 50)), random.fork(10));
            casesTx.commit();
            summary.cases = cases.cases;
            summary.openCases = cases.open;
            summary.riskAlerts = cases.alerts;
            timer.done(tr("a year of cases and the risk alerts"), cases.cases);
        }

        // The first map of the district then opens from the cache instead of reading every row.
        ComponentPoints::load(*store);
        timer.done(tr("component point cache"), summary.components);

        building.finish();
        summary.roads = store->count(tableOf(Layer::Roads));
        summary.segments = store->count(tableOf(Layer::RoadSegments));
        summary.riskPoints = store->count(tableOf(Layer::RiskPoints));
        summary.shops = store->count(tableOf(Layer::Shops));
        summary.permits = store->count(tableOf(Layer::Permits));
        summary.entities = store->count(QStringLiteral("entities"));
        summary.people = store->count(QStringLiteral("people"));
        summary.gridCells = store->count(tableOf(Layer::GridCells));
        summary.builtUpKm2 = frame.builtUpAreaM2 / 1e6;
        summary.roadKm = network.totalLength / 1000;
    } catch (...) {
        removeStore(partial);
        throw;
    }
    if (!QFile::rename(partial, path)) {
        removeStore(partial);
        throw FileError(FileError::Kind::Unwritable,
                        tr("Could not move the finished demo to %1.").arg(QDir::toNativeSeparators(path)));
    }
    summary.totalMs = total.elapsed();
    return summary;
}

} // namespace uo::demo
