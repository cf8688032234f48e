#include "app/workstation/permits/permit_overlay.h"

#include "core/store/layers.h"
#include "gis/render/map_viewport.h"
#include "gis/render/pixel_geometry.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace uo {

namespace {

bool isArea(const Geometry &g)
{
    return g.type == Geometry::Polygon || g.type == Geometry::MultiPolygon;
}

bool isPoint(const Geometry &g)
{
    return g.type == Geometry::Point || g.type == Geometry::MultiPoint;
}

QColor riskColour(const QString &level)
{
    if (level == QLatin1String("red"))
        return QColor(220, 30, 30);
    if (level == QLatin1String("orange"))
        return QColor(245, 140, 20);
    if (level == QLatin1String("yellow"))
        return QColor(235, 210, 30);
    return QColor(40, 110, 230);
}

} // namespace

PermitOverlay::PermitOverlay(MapCanvas &canvas) : MapOverlay(canvas) {}

void PermitOverlay::setScene(const PermitScene &scene)
{
    m_scene = scene;
    m_highlightLayer.reset();
    m_highlightIds.clear();
    changed();
}

void PermitOverlay::setHighlight(std::optional<Layer> layer, const QList<qint64> &ids)
{
    m_highlightLayer = layer;
    m_highlightIds = ids;
    changed();
}

void PermitOverlay::setMostDug(const QList<RankedRoad> &roads)
{
    m_mostDug = roads;
    changed();
}

int PermitOverlay::timeClass(QDate start, QDate end, QDate reviewedStart, QDate reviewedEnd)
{
    if (end < reviewedStart)
        return 0;
    if (start > reviewedEnd)
        return 2;
    return 1;
}

QColor PermitOverlay::timeColour(int timeClass)
{
    switch (timeClass) {
    case 0:
        return QColor(70, 110, 200); // dug before
    case 1:
        return QColor(215, 25, 28); // at the same time: a conflict
    default:
        return QColor(150, 60, 190); // planned after
    }
}

void PermitOverlay::paint(QPainter &painter, const MapViewport &viewport)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double mpp = viewport.mapUnitsPerPixel();

    // The most-dug roads, ranked: drawn under a permit's scene so that both can show together.
    for (int i = 0; i < m_mostDug.size(); ++i) {
        const RankedRoad &road = m_mostDug[i];
        const QPainterPath path = render::linePath(viewport, road.line);
        const double w = std::max(4.0, 12.0 - i);
        painter.setPen(QPen(QColor(180, 0, 60, 170), w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        if (!road.line.parts.isEmpty() && !road.line.parts.first().isEmpty()) {
            const Geometry::Ring &ring = road.line.parts.first().first();
            const QPointF mid = viewport.toPixel(ring[ring.size() / 2]);
            const QString label = QStringLiteral("%1. %2 (%3)").arg(i + 1).arg(road.name).arg(road.digs);
            painter.setPen(Qt::white);
            QRectF box = painter.fontMetrics().boundingRect(label).adjusted(-3, -1, 3, 1);
            box.moveCenter(mid);
            painter.fillRect(box, QColor(180, 0, 60, 220));
            painter.drawText(box, Qt::AlignCenter, label);
        }
    }

    if (!m_scene.isEmpty()) {
        // Roads around the dig: hatched while in their no-dig period, the touched ones outlined.
        const double roadWidth = std::max(8.0, 16.0 / mpp);
        for (const PermitScene::Road &road : m_scene.roads) {
            const QPainterPath path = render::linePath(viewport, road.line);
            if (road.noDig) {
                painter.setPen(QPen(QBrush(QColor(200, 0, 0, 200), Qt::BDiagPattern), roadWidth,
                                    Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
                painter.drawPath(path);
            }
            if (road.touched) {
                painter.setPen(QPen(QColor(40, 40, 40, 160), 2, Qt::DashLine));
                painter.drawPath(path);
            }
        }
        // Other permits on the same roads, by when they dig.
        for (const PermitScene::OtherPermit &other : m_scene.others) {
            const QColor colour = timeColour(timeClass(other.start, other.end, m_scene.start, m_scene.end));
            QColor fill = colour;
            fill.setAlpha(90);
            painter.setPen(QPen(colour, 1.5));
            painter.setBrush(fill);
            painter.drawPath(render::areaPath(viewport, other.area));
        }

        // What the checks found in the way.
        for (auto it = m_scene.features.value(Layer::RiskPoints).cbegin();
             it != m_scene.features.value(Layer::RiskPoints).cend(); ++it) {
            if (it->parts.isEmpty() || it->parts.first().isEmpty() || it->parts.first().first().isEmpty())
                continue;
            painter.setPen(QPen(Qt::black, 1.5));
            painter.setBrush(riskColour(m_scene.riskLevels.value(it.key())));
            painter.drawEllipse(viewport.toPixel(it->parts.first().first().first()), 7, 7);
        }
        // Components in the way: small, under the dug area's outline, so that a trench full of covers
        // still shows its shape.
        const auto components = m_scene.features.value(Layer::Components);
        painter.setPen(QPen(QColor(120, 0, 120), 1));
        painter.setBrush(QColor(255, 0, 255, 170));
        for (const Geometry &g : components)
            if (!g.parts.isEmpty() && !g.parts.first().isEmpty() && !g.parts.first().first().isEmpty()) {
                const QPointF p = viewport.toPixel(g.parts.first().first().first());
                painter.drawRect(QRectF(p.x() - 2.5, p.y() - 2.5, 5, 5));
            }
        // The permit under review, on top.
        painter.setPen(QPen(QColor(255, 110, 0), 3));
        painter.setBrush(QColor(255, 150, 0, 90));
        painter.drawPath(render::areaPath(viewport, m_scene.area));

        // The finding the user picked.
        const auto table =
            m_highlightLayer ? m_scene.features.value(*m_highlightLayer) : QHash<qint64, Geometry>();
        QPen halo(QColor(0, 230, 255, 220), 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        for (qint64 id : m_highlightIds) {
            const auto it = table.constFind(id);
            if (it == table.cend())
                continue;
            painter.setPen(halo);
            painter.setBrush(Qt::NoBrush);
            if (isPoint(*it)) {
                if (!it->parts.isEmpty() && !it->parts.first().isEmpty() &&
                    !it->parts.first().first().isEmpty())
                    painter.drawEllipse(viewport.toPixel(it->parts.first().first().first()), 12, 12);
            } else {
                painter.drawPath(isArea(*it) ? render::areaPath(viewport, *it)
                                             : render::linePath(viewport, *it));
            }
        }
        paintLegend(painter, viewport);
    }
    painter.restore();
}

void PermitOverlay::paintLegend(QPainter &painter, const MapViewport &viewport)
{
    struct Entry
    {
        QColor colour;
        QString text;
        bool hatched;
    };
    const QList<Entry> entries{
        {QColor(255, 150, 0), tr("Permit %1").arg(m_scene.permitNo), false},
        {timeColour(0), tr("Dug before it"), false},
        {timeColour(1), tr("Digs at the same time"), false},
        {timeColour(2), tr("Planned after it"), false},
        {QColor(200, 0, 0), tr("Road in its no-dig period"), true},
    };
    const QFontMetrics fm = painter.fontMetrics();
    int width = 0;
    for (const Entry &e : entries)
        width = std::max(width, fm.horizontalAdvance(e.text));
    const int line = fm.height() + 4;
    const QRectF box(viewport.size().width() - width - 46, 10, width + 36, line * entries.size() + 8);
    painter.setPen(QColor(0, 0, 0, 80));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 4, 4);
    for (int i = 0; i < entries.size(); ++i) {
        const QRectF swatch(box.left() + 8, box.top() + 6 + i * line, 16, line - 6);
        painter.setPen(QPen(entries[i].colour, 1));
        painter.setBrush(entries[i].hatched ? QBrush(entries[i].colour, Qt::BDiagPattern)
                                            : QBrush(entries[i].colour));
        painter.drawRect(swatch);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(swatch.right() + 6, swatch.top() - 2, width + 4, line),
                         Qt::AlignLeft | Qt::AlignVCenter, entries[i].text);
    }
}

} // namespace uo
