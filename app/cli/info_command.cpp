#include "app/cli/cli_command.h"

#include "core/server/server_district.h"
#include "core/server/server_roles.h"
#include "core/server/server_url.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/schema.h"
#include "core/store/store_check.h"
#include "core/store/store_error.h"
#include "gis/crs/crs_transform.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>
#include <cstdlib>
#include <limits>
#include <optional>

namespace uo::cli {

namespace {

// Columns a string takes in a terminal: East Asian wide and full-width characters take two, so that
// Chinese names and translations line up with Latin ones.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide =
            (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
            (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
            (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
            (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padRight(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString padLeft(const QString &text, int width)
{
    return QString(std::max(0, width - displayWidth(text)), QLatin1Char(' ')) + text;
}

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return tr("unknown");
    const QDateTime local = time.toLocalTime();
    const int offset = local.offsetFromUtc() / 60;
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           QStringLiteral(" UTC%1%2:%3")
               .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
               .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
               .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
}

// Union of the map layers' extents, in the store CRS; none when the store has no features. (A layer of
// one point has a zero-size extent, so emptiness is asked of the layer, not read from the rectangle.)
// Store: a DistrictStore or a server::ServerDistrict, which answer the same questions.
template <typename Store> std::optional<QRectF> storeExtent(Store &store)
{
    std::optional<QRectF> all;
    for (const LayerInfo &layer : mapLayers()) {
        const QString table = QLatin1String(layer.table);
        const QRectF box = store.extent(table);
        if (box.isNull() && store.count(table) == 0)
            continue;
        all =
            !all
                ? box
                : QRectF(QPointF(std::min(all->left(), box.left()), std::min(all->top(), box.top())),
                         QPointF(std::max(all->right(), box.right()), std::max(all->bottom(), box.bottom())));
    }
    return all;
}

// The lon/lat bounds of a rectangle in another CRS. Its edges are curves in lon/lat (meridians converge
// in Gauss-Kruger), so they are walked rather than only the corners transformed.
std::optional<QRectF> lonLatExtent(const QRectF &box, const CrsTransform &toLonLat)
{
    constexpr int steps = 32;
    double minLon = std::numeric_limits<double>::max(), minLat = minLon;
    double maxLon = std::numeric_limits<double>::lowest(), maxLat = maxLon;
    for (int i = 0; i <= steps; ++i) {
        const double x = box.left() + box.width() * i / steps, y = box.top() + box.height() * i / steps;
        for (const QPointF p : {QPointF(x, box.top()), QPointF(x, box.bottom()), QPointF(box.left(), y),
                                QPointF(box.right(), y)}) {
            const QPointF q = toLonLat.forward(p);
            if (q.x() != q.x()) // NaN: outside the projection's domain
                continue;
            minLon = std::min(minLon, q.x());
            maxLon = std::max(maxLon, q.x());
            minLat = std::min(minLat, q.y());
            maxLat = std::max(maxLat, q.y());
        }
    }
    if (minLon > maxLon)
        return std::nullopt;
    return QRectF(QPointF(minLon, minLat), QPointF(maxLon, maxLat));
}

QString degreesText(const QRectF &box)
{
    return tr("lon %1 to %2, lat %3 to %4")
        .arg(box.left(), 0, 'f', 6)
        .arg(box.right(), 0, 'f', 6)
        .arg(box.top(), 0, 'f', 6)
        .arg(box.bottom(), 0, 'f', 6);
}

QString extentText(const std::optional<QRectF> &extent, int srid)
{
    if (!extent)
        return tr("no features");
    const QRectF box = *extent;
    if (crs::isGeographic(srid))
        return degreesText(box);
    // One decimal: the spatial index keeps single-precision bounds.
    return tr("E %1 to %2, N %3 to %4")
        .arg(box.left(), 0, 'f', 1)
        .arg(box.right(), 0, 'f', 1)
        .arg(box.top(), 0, 'f', 1)
        .arg(box.bottom(), 0, 'f', 1);
}

QString lonLatText(const std::optional<QRectF> &extent, int srid)
{
    if (!extent)
        return tr("no features");
    if (srid == crs::kCgcs2000LonLat)
        return degreesText(*extent);
    try {
        const auto lonLat = lonLatExtent(*extent, CrsTransform(srid, crs::kCgcs2000LonLat));
        return lonLat ? degreesText(*lonLat) : tr("outside the coordinate system's range");
    } catch (const CrsError &error) {
        return tr("not available: %1").arg(error.message());
    }
}

QString crsText(int srid)
{
    const QString code = QStringLiteral("EPSG:%1").arg(srid);
    const QString name = crs::name(srid);
    return name.contains(code) ? name : code + QStringLiteral(" ") + name;
}

struct Row
{
    QString table, title, count;
};

void printTable(QTextStream &out, const QString &heading, const QList<Row> &rows, int tableWidth)
{
    int titleWidth = 0, countWidth = 0;
    for (const Row &row : rows) {
        titleWidth = std::max(titleWidth, displayWidth(row.title));
        countWidth = std::max(countWidth, displayWidth(row.count));
    }
    out << heading << Qt::endl;
    for (const Row &row : rows) {
        out << QStringLiteral("  ") << padRight(row.table, tableWidth) << QStringLiteral("  ");
        if (titleWidth > 0)
            out << padRight(row.title, titleWidth) << QStringLiteral("  ");
        out << padLeft(row.count, countWidth) << Qt::endl;
    }
}

// What `info` says about a district, wherever it is kept.
struct Facts
{
    DistrictSettings settings;
    int version = 0;
    QDateTime created, updated;
    std::optional<QRectF> extent;
    QList<std::pair<QString, QString>> place; // where the district is, for a server district
    QList<Row> layers, tables;
};

template <typename Store> Facts gather(Store &store)
{
    Facts facts;
    facts.settings = store.settings();
    facts.version = store.schemaVersion();
    facts.created = store.created();
    facts.updated = store.updated();
    facts.extent = storeExtent(store);
    for (const LayerInfo &layer : mapLayers()) {
        const QString table = QLatin1String(layer.table);
        facts.layers.append({table, layerTitle(layer), QString::number(store.count(table))});
    }
    for (const char *name : attributeTables()) {
        const QString table = QLatin1String(name);
        if (store.hasTable(table)) // tables added by later schema versions are missing from older files
            facts.tables.append({table, QString(), QString::number(store.count(table))});
    }
    return facts;
}

Facts serverFacts(server::ServerDistrict &district)
{
    Facts facts = gather(district);
    const QString role = district.loginRole();
    const auto known = server::ServerRoles::fromKey(role);
    const QString roleText = known            ? server::ServerRoles::title(*known)
                             : role.isEmpty() ? tr("no role in this district")
                                              : tr("owner of the district");
    facts.place = {{tr("Server"), district.connection().url().withDistrict(QString()).display()},
                   {tr("District on the server"), district.name()},
                   {tr("Signed in as"), tr("%1 (%2)").arg(district.connection().login(), roleText)}};
    return facts;
}

void describe(const Facts &store, QTextStream &out)
{
    const int srid = store.settings.srid;
    QString version = QString::number(store.version);
    if (store.version < schema::kCurrentVersion)
        version = tr("%1 (upgrade on next open for writing)").arg(version);

    QList<std::pair<QString, QString>> facts = store.place;
    facts += {
        {tr("District"), tr("%1, county code %2").arg(store.settings.name, store.settings.countyCode)},
        {tr("Store CRS"), crsText(srid)},
        {tr("Schema version"), version},
        {tr("Created"), timeText(store.created)},
        {tr("Updated"), timeText(store.updated)},
        {tr("Extent (EPSG:%1)").arg(srid), extentText(store.extent, srid)},
        {tr("Extent (CGCS2000 lon/lat)"), lonLatText(store.extent, srid)},
    };
    int labelWidth = 0;
    for (const auto &fact : facts)
        labelWidth = std::max(labelWidth, displayWidth(fact.first));
    for (const auto &[label, value] : facts)
        out << padRight(label, labelWidth) << QStringLiteral("  ") << value << Qt::endl;

    int tableWidth = 0;
    for (const QList<Row> *rows : {&store.layers, &store.tables})
        for (const Row &row : *rows)
            tableWidth = std::max(tableWidth, displayWidth(row.table));

    out << Qt::endl;
    printTable(out, tr("Map layers (table, title, features)"), store.layers, tableWidth);
    out << Qt::endl;
    printTable(out, tr("Attribute tables (table, rows)"), store.tables, tableWidth);
}

} // namespace

namespace {
int info(const Arguments &args, Streams io)
{
    QString text; // printed only when complete, so that a failure never leaves half a description
    QTextStream buffer(&text);
    if (server::ServerUrl::isServerUrl(args.at(0))) {
        auto district = server::ServerDistrict::open(server::ServerUrl::parse(args.at(0)));
        describe(serverFacts(*district), buffer);
    } else {
        auto store = DistrictStore::open(args.at(0), DistrictStore::Access::ReadOnly);
        // A damaged page may lie anywhere: SQLite's quick check reads them all (seconds on a district).
        const QStringList damage = StoreCheck::quick(*store);
        if (!damage.isEmpty())
            throw StoreError(StoreError::Kind::Corrupt,
                             tr("%1 is damaged: %2 Run urbanops-cli check for details.")
                                 .arg(QDir::toNativeSeparators(args.at(0)), damage.first()));
        describe(gather(*store), buffer);
    }
    io.out << text;
    io.out.flush();
    return 0;
}
} // namespace

QList<Command> infoCommands()
{
    return {{"info",
             "DB|URL",
             {},
             QT_TRANSLATE_NOOP("uo::cli", "describe a district store or server district"),
             info}};
}

} // namespace uo::cli
