#include "core/store/geometry_blob.h"

#include "core/sql/statement.h"
#include "core/store/byte_reader.h"

#include <cstring>
#include <limits>

namespace uo {

namespace {
// Markers of the SpatiaLite BLOB-Geometry layout.
constexpr unsigned char kStart = 0x00;
constexpr unsigned char kLittleEndian = 0x01;
constexpr unsigned char kMbrEnd = 0x7C;
constexpr unsigned char kEntity = 0x69;
constexpr unsigned char kEnd = 0xFE;
constexpr int kHeaderSize = 43; // start, endian, srid, 4 doubles of MBR, MBR end, class type

class Writer
{
public:
    void byte(unsigned char b) { m_out.append(char(b)); }
    void int32(qint32 v) { m_out.append(reinterpret_cast<const char *>(&v), 4); }
    void real(double v) { m_out.append(reinterpret_cast<const char *>(&v), 8); }
    void points(const Geometry::Ring &ring)
    {
        int32(qint32(ring.size()));
        for (const QPointF &p : ring) {
            real(p.x());
            real(p.y());
        }
    }
    void rings(const Geometry::Part &part)
    {
        int32(qint32(part.size()));
        for (const auto &ring : part)
            points(ring);
    }
    QByteArray take() { return std::move(m_out); }
    void reserve(qsizetype n) { m_out.reserve(n); }

private:
    QByteArray m_out;
};

class Reader : public ByteReader
{
public:
    using ByteReader::ByteReader;
    bool byte(unsigned char *b) { return take(b, 1); }
    bool int32(qint32 *v) { return take(v, 4); }
    bool real(double *v) { return take(v, 8); }
    bool ring(Geometry::Ring *ring)
    {
        qint32 n = 0;
        if (!int32(&n) || n < 0 || qint64(n) * 16 > remaining())
            return false;
        ring->resize(n);
        for (qint32 i = 0; i < n; ++i) {
            double x, y;
            if (!real(&x) || !real(&y))
                return false;
            (*ring)[i] = QPointF(x, y);
        }
        return true;
    }
    bool rings(Geometry::Part *part)
    {
        qint32 n = 0;
        if (!int32(&n) || n < 0 || qint64(n) * 4 > remaining())
            return false;
        part->resize(n);
        for (qint32 i = 0; i < n; ++i)
            if (!ring(&(*part)[i]))
                return false;
        return true;
    }
};

int memberType(Geometry::Type type)
{
    switch (type) {
    case Geometry::MultiPoint:
        return Geometry::Point;
    case Geometry::MultiLineString:
        return Geometry::LineString;
    case Geometry::MultiPolygon:
        return Geometry::Polygon;
    default:
        return 0;
    }
}

void writeBody(Writer &w, int type, const Geometry::Part &part)
{
    switch (type) {
    case Geometry::Point:
        w.real(part.value(0).value(0).x());
        w.real(part.value(0).value(0).y());
        break;
    case Geometry::LineString:
        w.points(part.value(0));
        break;
    case Geometry::Polygon:
        w.rings(part);
        break;
    default:
        break;
    }
}

bool readBody(Reader &r, int type, Geometry::Part *part)
{
    switch (type) {
    case Geometry::Point: {
        double x, y;
        if (!r.real(&x) || !r.real(&y))
            return false;
        *part = {{QPointF(x, y)}};
        return true;
    }
    case Geometry::LineString:
        part->resize(1);
        return r.ring(&(*part)[0]);
    case Geometry::Polygon:
        return r.rings(part);
    default:
        return false;
    }
}
} // namespace

Geometry Geometry::point(int srid, QPointF p)
{
    return Geometry{Point, srid, {{{p}}}};
}

Geometry Geometry::lineString(int srid, const Ring &points)
{
    return Geometry{LineString, srid, {{points}}};
}

Geometry Geometry::polygon(int srid, const Part &rings)
{
    return Geometry{Polygon, srid, {rings}};
}

Geometry Geometry::multiPolygon(int srid, const QList<Part> &polygons)
{
    return Geometry{MultiPolygon, srid, polygons};
}

QRectF Geometry::bounds() const
{
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const Part &part : parts)
        for (const Ring &ring : part)
            for (const QPointF &p : ring) {
                minX = std::min(minX, p.x());
                minY = std::min(minY, p.y());
                maxX = std::max(maxX, p.x());
                maxY = std::max(maxY, p.y());
            }
    if (minX > maxX)
        return QRectF();
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

namespace geometry_blob {

QByteArray encode(const Geometry &g)
{
    Writer w;
    w.reserve(64);
    const QRectF box = g.bounds();
    w.byte(kStart);
    w.byte(kLittleEndian);
    w.int32(g.srid);
    w.real(box.left());
    w.real(box.top());
    w.real(box.right());
    w.real(box.bottom());
    w.byte(kMbrEnd);
    w.int32(g.type);
    if (const int member = memberType(g.type)) {
        w.int32(qint32(g.parts.size()));
        for (const auto &part : g.parts) {
            w.byte(kEntity);
            w.int32(member);
            writeBody(w, member, part);
        }
    } else {
        writeBody(w, g.type, g.parts.value(0));
    }
    w.byte(kEnd);
    return w.take();
}

std::optional<Geometry> decode(const char *data, int size)
{
    if (!data || size < kHeaderSize + 1 || (unsigned char)data[0] != kStart ||
        (unsigned char)data[1] != kLittleEndian || (unsigned char)data[38] != kMbrEnd ||
        (unsigned char)data[size - 1] != kEnd)
        return std::nullopt;
    Reader r(data + 2, size - 2);
    Geometry g;
    qint32 srid = 0, type = 0;
    double mbr[4];
    unsigned char marker;
    r.int32(&srid);
    for (double &v : mbr)
        r.real(&v);
    r.byte(&marker);
    r.int32(&type);
    g.srid = srid;
    g.type = Geometry::Type(type);
    if (const int member = memberType(g.type)) {
        qint32 n = 0;
        if (!r.int32(&n) || n < 0 || n > size)
            return std::nullopt;
        g.parts.resize(n);
        for (qint32 i = 0; i < n; ++i) {
            qint32 t = 0;
            if (!r.byte(&marker) || marker != kEntity || !r.int32(&t) || t != member ||
                !readBody(r, member, &g.parts[i]))
                return std::nullopt;
        }
    } else {
        g.parts.resize(1);
        if (!readBody(r, type, &g.parts[0]))
            return std::nullopt;
    }
    return g;
}

bool decodePoint(const char *data, int size, double *x, double *y)
{
    if (!data || size != 60 || (unsigned char)data[0] != kStart || (unsigned char)data[1] != kLittleEndian)
        return false;
    qint32 type;
    std::memcpy(&type, data + 39, 4);
    if (type != Geometry::Point)
        return false;
    std::memcpy(x, data + 43, 8);
    std::memcpy(y, data + 51, 8);
    return true;
}

} // namespace geometry_blob
std::optional<Geometry> geometry_blob::read(const sql::Statement &st, int column)
{
    int size = 0;
    const char *data = st.blobData(column, &size);
    if (!data || size == 0)
        return std::nullopt;
    return decode(data, size);
}

Geometry geometry_blob::readOrEmpty(const sql::Statement &st, int column)
{
    return read(st, column).value_or(Geometry());
}

} // namespace uo
