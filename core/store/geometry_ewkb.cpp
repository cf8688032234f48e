#include "core/store/geometry_ewkb.h"

#include "core/store/byte_reader.h"

#include <QtEndian>
#include <cstring>

namespace uo::geometry_ewkb {

namespace {
constexpr quint32 kSridFlag = 0x20000000;
constexpr quint32 kZFlag = 0x80000000;
constexpr quint32 kMFlag = 0x40000000;
constexpr unsigned char kLittleEndian = 1;

class Writer
{
public:
    explicit Writer(qsizetype reserve) { m_out.reserve(reserve); }
    void byte(unsigned char b) { m_out.append(char(b)); }
    void uint32(quint32 v)
    {
        v = qToLittleEndian(v);
        m_out.append(reinterpret_cast<const char *>(&v), 4);
    }
    void real(double v)
    {
        quint64 bits;
        std::memcpy(&bits, &v, 8);
        bits = qToLittleEndian(bits);
        m_out.append(reinterpret_cast<const char *>(&bits), 8);
    }
    void header(quint32 type, int srid)
    {
        byte(kLittleEndian);
        uint32(srid > 0 ? type | kSridFlag : type);
        if (srid > 0)
            uint32(quint32(srid));
    }
    void ring(const Geometry::Ring &points)
    {
        uint32(quint32(points.size()));
        for (const QPointF &p : points) {
            real(p.x());
            real(p.y());
        }
    }
    void body(int type, const Geometry::Part &part)
    {
        switch (type) {
        case Geometry::Point:
            real(part.value(0).value(0).x());
            real(part.value(0).value(0).y());
            break;
        case Geometry::LineString:
            ring(part.value(0));
            break;
        case Geometry::Polygon:
            uint32(quint32(part.size()));
            for (const Geometry::Ring &r : part)
                ring(r);
            break;
        default:
            break;
        }
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

class Reader : public ByteReader
{
public:
    using ByteReader::ByteReader;
    bool byteOrder()
    {
        unsigned char b = 0;
        if (!take(&b, 1) || b > 1)
            return false;
        m_little = b == kLittleEndian;
        return true;
    }
    bool uint32(quint32 *v)
    {
        if (!take(v, 4))
            return false;
        *v = m_little ? qFromLittleEndian(*v) : qFromBigEndian(*v);
        return true;
    }
    bool real(double *v)
    {
        quint64 bits;
        if (!take(&bits, 8))
            return false;
        bits = m_little ? qFromLittleEndian(bits) : qFromBigEndian(bits);
        std::memcpy(v, &bits, 8);
        return true;
    }
    bool count(quint32 *n, int bytesEach) { return uint32(n) && qint64(*n) * bytesEach <= remaining(); }
    bool ring(Geometry::Ring *points)
    {
        quint32 n = 0;
        if (!count(&n, 16))
            return false;
        points->resize(n);
        for (quint32 i = 0; i < n; ++i) {
            double x, y;
            if (!real(&x) || !real(&y))
                return false;
            (*points)[i] = QPointF(x, y);
        }
        return true;
    }
    bool body(int type, Geometry::Part *part)
    {
        switch (type) {
        case Geometry::Point: {
            double x, y;
            if (!real(&x) || !real(&y))
                return false;
            *part = {{QPointF(x, y)}};
            return true;
        }
        case Geometry::LineString:
            part->resize(1);
            return ring(&(*part)[0]);
        case Geometry::Polygon: {
            quint32 n = 0;
            if (!count(&n, 4))
                return false;
            part->resize(n);
            for (quint32 i = 0; i < n; ++i)
                if (!ring(&(*part)[i]))
                    return false;
            return true;
        }
        default:
            return false;
        }
    }
    // A geometry's header: byte order, type (flags stripped) and SRID if present. 2D only.
    bool header(int *type, int *srid)
    {
        quint32 code = 0;
        if (!byteOrder() || !uint32(&code) || (code & (kZFlag | kMFlag)))
            return false;
        if (code & kSridFlag) {
            quint32 s = 0;
            if (!uint32(&s))
                return false;
            *srid = int(s);
        }
        code &= 0xffff;
        if (code < Geometry::Point || code > Geometry::MultiPolygon)
            return false; // ISO Z/M codes (1001 ...), collections and unknown kinds
        *type = int(code);
        return true;
    }

private:
    bool m_little = true;
};

int memberType(int type)
{
    return type >= Geometry::MultiPoint ? type - 3 : 0;
}
} // namespace

QByteArray encode(const Geometry &geometry)
{
    Writer w(64);
    w.header(quint32(geometry.type), geometry.srid);
    const int member = memberType(geometry.type);
    if (member == 0) {
        w.body(geometry.type, geometry.parts.value(0));
        return w.take();
    }
    w.uint32(quint32(geometry.parts.size()));
    for (const Geometry::Part &part : geometry.parts) {
        w.header(quint32(member), 0);
        w.body(member, part);
    }
    return w.take();
}

std::optional<Geometry> decode(const char *data, int size)
{
    Reader r(data, size);
    Geometry g;
    int type = 0;
    if (!r.header(&type, &g.srid))
        return std::nullopt;
    g.type = Geometry::Type(type);
    const int member = memberType(type);
    if (member == 0) {
        g.parts.resize(1);
        if (!r.body(type, &g.parts[0]))
            return std::nullopt;
    } else {
        quint32 n = 0;
        if (!r.count(&n, 5))
            return std::nullopt;
        g.parts.resize(n);
        for (quint32 i = 0; i < n; ++i) {
            int inner = 0, innerSrid = 0;
            if (!r.header(&inner, &innerSrid) || inner != member || !r.body(inner, &g.parts[i]))
                return std::nullopt;
        }
    }
    if (!r.atEnd())
        return std::nullopt;
    return g;
}

QByteArray fromStoreBlob(const char *data, int size)
{
    // Nearly every feature is a component point: no lists to build for it.
    double x = 0, y = 0;
    if (geometry_blob::decodePoint(data, size, &x, &y)) {
        qint32 srid = 0;
        std::memcpy(&srid, data + 2, 4); // a store blob is little endian, its SRID right after the markers
        Writer w(25);
        w.header(Geometry::Point, srid);
        w.real(x);
        w.real(y);
        return w.take();
    }
    const auto geometry = geometry_blob::decode(data, size);
    return geometry ? encode(*geometry) : QByteArray();
}

QByteArray toStoreBlob(const char *data, int size)
{
    const auto geometry = decode(data, size);
    return geometry ? geometry_blob::encode(*geometry) : QByteArray();
}

} // namespace uo::geometry_ewkb
