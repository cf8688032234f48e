#include "core/store/component_points.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace uo {

namespace {

constexpr quint32 kMagic = 0x55504331; // "UPC1": layout version 1 of the cache blob

qint64 componentsVersion(DistrictStore &store)
{
    if (!store.hasTable(QStringLiteral("layer_versions")))
        return -1;
    return store.db().scalarInt("SELECT version FROM layer_versions WHERE table_name = 'components'");
}

template <typename T> void put(QByteArray &out, const T &value)
{
    out.append(reinterpret_cast<const char *>(&value), sizeof(T));
}

template <typename T> bool take(const QByteArray &in, qsizetype *pos, T *value, qsizetype count = 1)
{
    const qsizetype bytes = qsizetype(sizeof(T)) * count;
    if (count < 0 || *pos + bytes > in.size())
        return false;
    std::memcpy(value, in.constData() + *pos, size_t(bytes));
    *pos += bytes;
    return true;
}

} // namespace

ComponentPoints::State ComponentPoints::stateOf(const QString &text)
{
    static const QHash<QString, State> states = {
        {QStringLiteral("intact"), Intact},       {QStringLiteral("damaged"), Damaged},
        {QStringLiteral("missing"), Missing},     {QStringLiteral("occupied"), Occupied},
        {QStringLiteral("discarded"), Discarded}, {QStringLiteral("removed"), Removed}};
    return states.value(text, Unknown);
}

std::shared_ptr<const ComponentPoints> ComponentPoints::build(DistrictStore &store)
{
    auto points = std::make_shared<ComponentPoints>();
    points->m_version = componentsVersion(store);
    const QRectF extent = store.extent(tableOf(Layer::Components));
    points->m_origin = extent.isNull() ? QPointF() : extent.topLeft();
    points->m_extent = extent;
    points->m_tilesX = std::max(1, int(std::ceil(extent.width() / kTileSize)) + 1);
    points->m_tilesY = std::max(1, int(std::ceil(extent.height() / kTileSize)) + 1);

    QHash<QString, quint16> classIndex;
    QList<Point> all;
    all.reserve(store.count(tableOf(Layer::Components)));
    auto st = store.db().prepare("SELECT id, class_code, state, geom FROM components");
    while (st.step()) {
        int size = 0;
        double x, y;
        const char *blob = st.blobData(3, &size);
        if (!geometry_blob::decodePoint(blob, size, &x, &y))
            continue; // a component without a point cannot be drawn; the attribute table still lists it
        const QString code = st.text(1);
        auto it = classIndex.find(code);
        if (it == classIndex.end()) {
            it = classIndex.insert(code, quint16(points->m_classes.size()));
            points->m_classes.append(code);
        }
        const int major = code.left(2).toInt();
        all.append({float(x - points->m_origin.x()), float(y - points->m_origin.y()), quint32(st.int64(0)),
                    *it, quint8(major >= 1 && major <= 6 ? major : 0), stateOf(st.text(2))});
    }

    // Counting sort by tile: two passes, no comparisons.
    const qsizetype tiles = qsizetype(points->m_tilesX) * points->m_tilesY;
    auto tileOf = [&](const Point &p) {
        const int tx = std::clamp(int(p.x / kTileSize), 0, points->m_tilesX - 1);
        const int ty = std::clamp(int(p.y / kTileSize), 0, points->m_tilesY - 1);
        return qsizetype(ty) * points->m_tilesX + tx;
    };
    points->m_tileStart.fill(0, tiles + 1);
    for (const Point &p : std::as_const(all))
        ++points->m_tileStart[tileOf(p) + 1];
    for (qsizetype t = 0; t < tiles; ++t)
        points->m_tileStart[t + 1] += points->m_tileStart[t];
    QList<quint32> next(points->m_tileStart.begin(), points->m_tileStart.end() - 1);
    points->m_points.resize(all.size());
    for (const Point &p : std::as_const(all))
        points->m_points[next[tileOf(p)]++] = p;
    return points;
}

std::shared_ptr<const ComponentPoints> ComponentPoints::load(DistrictStore &store, bool *fromCache)
{
    const qint64 version = componentsVersion(store);
    if (version >= 0) {
        auto st = store.db().prepare(
            "SELECT data FROM component_points_cache WHERE id = 1 AND components_version = ?");
        st.bind(1, version);
        if (st.step()) {
            if (auto cached = deserialize(st.blob(0))) {
                cached->m_version = version;
                if (fromCache)
                    *fromCache = true;
                return cached;
            }
        }
    }
    if (fromCache)
        *fromCache = false;
    auto built = build(store);
    if (version >= 0 && !store.isReadOnly()) {
        // A cache is a convenience: a store that cannot take it now (locked, disk full) still opens.
        try {
            sql::Transaction tx(store.db());
            auto put = store.db().prepare(
                "INSERT INTO component_points_cache(id, components_version, data) VALUES (1, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET components_version = excluded.components_version, "
                "data = excluded.data");
            put.bind(1, version).bindBlob(2, built->serialize());
            put.run();
            tx.commit();
        } catch (const StoreError &) {
        }
    }
    return built;
}

bool ComponentPoints::tileRange(const QRectF &rect, int *x0, int *y0, int *x1, int *y1) const
{
    if (m_points.isEmpty())
        return false;
    const QRectF r = rect.normalized().translated(-m_origin);
    *x0 = std::max(0, int(std::floor(r.left() / kTileSize)));
    *y0 = std::max(0, int(std::floor(r.top() / kTileSize)));
    *x1 = std::min(m_tilesX - 1, int(std::floor(r.right() / kTileSize)));
    *y1 = std::min(m_tilesY - 1, int(std::floor(r.bottom() / kTileSize)));
    return *x0 <= *x1 && *y0 <= *y1;
}

QList<quint32> ComponentPoints::near(QPointF p, double radius, int maxCount) const
{
    QList<QPair<double, quint32>> found;
    const QRectF box(p.x() - radius, p.y() - radius, 2 * radius, 2 * radius);
    const double rx = p.x() - m_origin.x(), ry = p.y() - m_origin.y();
    forEachNear(box, [&](const Point &q) {
        const double d = std::hypot(q.x - rx, q.y - ry);
        if (d <= radius)
            found.append({d, q.id});
    });
    std::sort(found.begin(), found.end());
    QList<quint32> ids;
    for (qsizetype i = 0; i < found.size() && i < maxCount; ++i)
        ids.append(found[i].second);
    return ids;
}

QByteArray ComponentPoints::serialize() const
{
    QByteArray out;
    out.reserve(64 + m_tileStart.size() * 4 + m_points.size() * qsizetype(sizeof(Point)) +
                m_classes.size() * 8);
    put(out, kMagic);
    put(out, m_origin.x());
    put(out, m_origin.y());
    put(out, m_extent.x());
    put(out, m_extent.y());
    put(out, m_extent.width());
    put(out, m_extent.height());
    put(out, qint32(m_tilesX));
    put(out, qint32(m_tilesY));
    put(out, qint64(m_points.size()));
    out.append(reinterpret_cast<const char *>(m_tileStart.constData()), m_tileStart.size() * 4);
    out.append(reinterpret_cast<const char *>(m_points.constData()),
               m_points.size() * qsizetype(sizeof(Point)));
    put(out, qint32(m_classes.size()));
    for (const QString &code : m_classes) {
        const QByteArray utf8 = code.toUtf8();
        put(out, qint32(utf8.size()));
        out.append(utf8);
    }
    return out;
}

std::shared_ptr<ComponentPoints> ComponentPoints::deserialize(const QByteArray &data)
{
    auto p = std::make_shared<ComponentPoints>();
    qsizetype pos = 0;
    quint32 magic = 0;
    double ox, oy, ex, ey, ew, eh;
    qint32 tx, ty, classes;
    qint64 count;
    if (!take(data, &pos, &magic) || magic != kMagic || !take(data, &pos, &ox) || !take(data, &pos, &oy) ||
        !take(data, &pos, &ex) || !take(data, &pos, &ey) || !take(data, &pos, &ew) ||
        !take(data, &pos, &eh) || !take(data, &pos, &tx) || !take(data, &pos, &ty) ||
        !take(data, &pos, &count) || tx <= 0 || ty <= 0 || count < 0 || qint64(tx) * ty > (qint64(1) << 28))
        return nullptr;
    p->m_origin = QPointF(ox, oy);
    p->m_extent = QRectF(ex, ey, ew, eh);
    p->m_tilesX = tx;
    p->m_tilesY = ty;
    p->m_tileStart.resize(qsizetype(tx) * ty + 1);
    p->m_points.resize(count);
    if (!take(data, &pos, p->m_tileStart.data(), p->m_tileStart.size()) ||
        !take(data, &pos, p->m_points.data(), count) || !take(data, &pos, &classes) || classes < 0 ||
        p->m_tileStart.last() != quint64(count))
        return nullptr;
    for (qint32 i = 0; i < classes; ++i) {
        qint32 n = 0;
        if (!take(data, &pos, &n) || n < 0 || pos + n > data.size())
            return nullptr;
        p->m_classes.append(QString::fromUtf8(data.constData() + pos, n));
        pos += n;
    }
    return p;
}

} // namespace uo
