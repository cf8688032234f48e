#include "gis/crs/crs_transform.h"

#include "gis/crs/gcj02.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>
#include <limits>
#include <proj.h>

namespace uo {

namespace crs {
bool isGeographic(int code)
{
    return code == kCgcs2000LonLat || code == kWgs84 || code == kGcj02;
}

QString name(int code)
{
    // The systems a Chinese district meets, named in the reader's language; EPSG's own names for others.
    switch (code) {
    case kCgcs2000LonLat:
        return QCoreApplication::translate("uo::crs", "CGCS2000 longitude and latitude (EPSG:4490)");
    case kWgs84:
        return QCoreApplication::translate("uo::crs", "WGS 84 longitude and latitude (EPSG:4326)");
    case kGcj02:
        return QCoreApplication::translate("uo::crs", "GCJ-02 (web maps of China)");
    default:
        break;
    }
    // Every CGCS2000 Gauss-Kruger zone (a district's store may use any of the 3-degree ones) from the name
    // PROJ gives it; any other system as PROJ names it.
    PJ_CONTEXT *ctx = proj_context_create();
    proj_log_level(ctx, PJ_LOG_NONE);
    PJ *system = proj_create(ctx, QByteArray("EPSG:" + QByteArray::number(code)).constData());
    const QString projName = system ? QString::fromUtf8(proj_get_name(system)) : QString();
    proj_destroy(system);
    proj_context_destroy(ctx);
    static const QRegularExpression gaussKruger(
        QStringLiteral("^CGCS2000 / 3-degree Gauss-Kruger (CM (\\d+)E|zone (\\d+))$"));
    const QRegularExpressionMatch match = gaussKruger.match(projName);
    QString described = projName;
    if (match.hasMatch())
        described = match.captured(2).isEmpty()
                        ? QCoreApplication::translate("uo::crs", "CGCS2000 / 3-degree Gauss-Kruger, zone %1")
                              .arg(match.captured(3))
                        : QCoreApplication::translate(
                              "uo::crs", "CGCS2000 / 3-degree Gauss-Kruger, central meridian %1°E")
                              .arg(match.captured(2));
    return described.isEmpty()
               ? QStringLiteral("EPSG:%1").arg(code)
               : QCoreApplication::translate("uo::crs", "%1 (EPSG:%2)").arg(described).arg(code);
}
} // namespace crs

namespace {
int projCode(int code)
{
    return code == crs::kGcj02 ? crs::kWgs84 : code;
}
} // namespace

CrsTransform::CrsTransform(int fromCode, int toCode) : m_from(fromCode), m_to(toCode)
{
    m_ctx = proj_context_create();
    // A point PROJ cannot move comes back as NaN, which callers name; PROJ's own words ("tmerc:
    // Invalid latitude") would only reach the terminal.
    proj_log_level(m_ctx, PJ_LOG_NONE);
    const QByteArray source = "EPSG:" + QByteArray::number(projCode(fromCode));
    const QByteArray target = "EPSG:" + QByteArray::number(projCode(toCode));
    PJ *raw = proj_create_crs_to_crs(m_ctx, source.constData(), target.constData(), nullptr);
    if (raw) {
        m_pj = proj_normalize_for_visualization(m_ctx, raw);
        proj_destroy(raw);
    }
    if (!m_pj) {
        const QString reason = QString::fromUtf8(proj_context_errno_string(m_ctx, proj_context_errno(m_ctx)));
        proj_context_destroy(m_ctx);
        m_ctx = nullptr;
        throw CrsError(tr("No coordinate transformation from %1 to %2: %3")
                           .arg(crs::name(fromCode), crs::name(toCode), reason));
    }
}

CrsTransform::~CrsTransform()
{
    proj_destroy(m_pj);
    proj_context_destroy(m_ctx);
}

QPointF CrsTransform::apply(QPointF p, bool forward) const
{
    const int source = forward ? m_from : m_to;
    const int target = forward ? m_to : m_from;
    if (source == crs::kGcj02)
        p = gcj02::toWgs84(p);
    PJ_COORD c = proj_coord(p.x(), p.y(), 0, 0);
    c = proj_trans(m_pj, forward ? PJ_FWD : PJ_INV, c);
    QPointF out(c.xy.x, c.xy.y);
    if (!std::isfinite(out.x()) || !std::isfinite(out.y()) || c.xy.x == HUGE_VAL)
        return QPointF(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
    if (target == crs::kGcj02)
        out = gcj02::fromWgs84(out);
    return out;
}

QPointF CrsTransform::forward(QPointF p) const
{
    return apply(p, true);
}

QPointF CrsTransform::inverse(QPointF p) const
{
    return apply(p, false);
}

void CrsTransform::forward(QList<QPointF> &points) const
{
    for (QPointF &p : points)
        p = apply(p, true);
}

void CrsTransform::inverse(QList<QPointF> &points) const
{
    for (QPointF &p : points)
        p = apply(p, false);
}

} // namespace uo
