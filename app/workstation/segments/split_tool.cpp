#include "app/workstation/segments/split_tool.h"

#include "app/workstation/map_canvas.h"
#include "app/workstation/segments/segment_document.h"
#include "app/workstation/segments/split_plan.h"
#include "core/segments/polyline.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/map_snapshot/layer_features.h"
#include "gis/map_snapshot/map_snapshot.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace uo {

namespace {

QList<QPointF> firstLine(const Geometry &geometry)
{
    if (geometry.parts.isEmpty() || geometry.parts.first().isEmpty())
        return {};
    return geometry.parts.first().first();
}

// Pieces alternate between two colours so that neighbours stand apart, as the segment layer draws them.
const QColor kPieceColours[] = {QColor(230, 90, 20), QColor(20, 120, 220)};

} // namespace

SplitTool::SplitTool(MapCanvas &canvas, SegmentDocument *document) : MapTool(canvas), m_document(document)
{
    // Cached segments and crossings go stale with every edit, undo and redo, and with the district.
    connect(document, &SegmentDocument::assignmentsChanged, this, &SplitTool::reloadSegments);
    connect(document, &SegmentDocument::storeChanged, this, [this] {
        m_road.reset();
        clear();
    });
}

SplitTool::~SplitTool() = default;

void SplitTool::deactivated()
{
    m_road.reset();
    clear();
}

void SplitTool::clear()
{
    m_cuts.clear();
    m_snap.reset();
    m_dragBoundary = -1;
    update();
}

void SplitTool::update()
{
    canvas().update();
}

qint64 SplitTool::roadNear(QPointF pixel) const
{
    const std::shared_ptr<const MapSnapshot> snapshot = canvas().snapshot();
    const LayerFeatures *roads = snapshot ? snapshot->layer(tableOf(Layer::Roads)) : nullptr;
    if (!roads)
        return 0;
    const MapViewport &viewport = canvas().viewport();
    const double tolerance = kRoadPixels * viewport.mapUnitsPerPixel();
    const QPointF p = viewport.toMap(pixel);
    // The road already taken keeps the mouse at a junction, where roads that meet are equally near:
    // another has to be nearer to take it over.
    qint64 best = 0;
    double bestDistance = tolerance;
    if (m_road) {
        double distance = 0;
        polyline::project(m_road->naming->centreline(), p, &distance);
        if (distance <= tolerance) {
            best = m_road->id;
            bestDistance = distance;
        }
    }
    roads->forEachIn(QRectF(p.x() - tolerance, p.y() - tolerance, 2 * tolerance, 2 * tolerance),
                     [&](const MapFeature &road) {
                         double distance = 0;
                         polyline::project(firstLine(road.geometry), p, &distance);
                         if (distance < bestDistance - 1e-9 || (best == 0 && distance <= bestDistance)) {
                             bestDistance = distance;
                             best = road.id;
                         }
                     });
    return best;
}

void SplitTool::setRoad(qint64 id)
{
    if (roadId() == id)
        return;
    m_road.reset();
    m_cuts.clear();
    DistrictStore *store = m_document->store();
    if (id == 0 || !store)
        return;
    try {
        auto road = std::make_unique<Road>();
        road->id = id;
        road->naming = std::make_unique<SegmentNaming>(*store, id);
        road->segments = SegmentEditor(*store).read(id).segments;
        m_road = std::move(road);
    } catch (const Error &error) {
        m_document->reportFailure(error.message());
    }
}

void SplitTool::reloadSegments()
{
    if (!m_road || !m_document->store())
        return;
    try {
        m_road->segments = SegmentEditor(*m_document->store()).read(m_road->id).segments;
    } catch (const Error &) {
        m_road.reset(); // the district changed under the tool: start again from the mouse
    }
    update();
}

double SplitTool::pixelDistance(QPointF pixel, double measure) const
{
    const QPointF p = canvas().viewport().toPixel(polyline::pointAt(m_road->naming->centreline(), measure));
    return std::hypot(p.x() - pixel.x(), p.y() - pixel.y());
}

std::optional<SplitTool::Snap> SplitTool::snapOn(QPointF pixel) const
{
    if (!m_road)
        return std::nullopt;
    const MapViewport &viewport = canvas().viewport();
    const QList<QPointF> &line = m_road->naming->centreline();
    double distance = 0;
    const double measure = polyline::project(line, viewport.toMap(pixel), &distance);
    if (distance > kRoadPixels * viewport.mapUnitsPerPixel())
        return std::nullopt;
    Snap snap{measure, polyline::pointAt(line, measure), SnapKind::Line};
    // The nearest vertex or crossing within reach wins; a crossing over a vertex at the same place,
    // since the junction is what names the cut.
    double best = kSnapPixels;
    auto consider = [&](double m, SnapKind kind) {
        const double d = pixelDistance(pixel, m);
        if (d < best || (kind == SnapKind::Crossing && d <= best + 0.5)) {
            best = d;
            snap = {m, polyline::pointAt(line, m), kind};
        }
    };
    const QList<double> vertices = polyline::vertexMeasures(line);
    for (double m : vertices)
        consider(m, SnapKind::Vertex);
    for (const SegmentNaming::Crossing &crossing : m_road->naming->crossings())
        consider(crossing.measure, SnapKind::Crossing);
    return snap;
}

int SplitTool::boundaryNear(QPointF pixel) const
{
    if (!m_road)
        return -1;
    int best = -1;
    double bestDistance = kBoundaryPixels;
    for (int i = 0; i + 1 < m_road->segments.size(); ++i) {
        const double d = pixelDistance(pixel, m_road->segments.at(i).to);
        if (d <= bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

bool SplitTool::mouseMove(QMouseEvent *event)
{
    const QPointF pixel = event->position();
    if (m_dragBoundary >= 0) {
        const SegmentRecord &first = m_road->segments.at(m_dragBoundary);
        const SegmentRecord &second = m_road->segments.at(m_dragBoundary + 1);
        const std::optional<Snap> snap = snapOn(pixel);
        const double measure =
            snap ? snap->measure
                 : polyline::project(m_road->naming->centreline(), canvas().viewport().toMap(pixel));
        // The boundary stays between the two segments' far ends: a move never swallows a segment.
        m_dragMeasure =
            std::clamp(measure, first.from + split_plan::kMinPiece, second.to - split_plan::kMinPiece);
        m_dragged = true;
        update();
        return true;
    }
    if (m_cuts.isEmpty() && !(event->buttons() & Qt::MiddleButton))
        setRoad(roadNear(pixel)); // with cuts made the road stays the one being cut
    m_snap = snapOn(pixel);
    update();
    return false; // hovering leaves the mouse to the canvas
}

bool SplitTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const QPointF pixel = event->position();
    if (m_cuts.isEmpty())
        setRoad(roadNear(pixel));
    if (!m_road)
        return false; // off the roads the left button pans, as without a tool
    const int boundary = boundaryNear(pixel);
    if (boundary >= 0 && m_cuts.isEmpty()) {
        const SegmentRecord first = m_road->segments.at(boundary);
        const SegmentRecord second = m_road->segments.at(boundary + 1);
        if (event->modifiers() & Qt::ShiftModifier) {
            try {
                m_document->merge(first.id, second.id);
            } catch (const Error &error) {
                m_document->reportFailure(error.message());
            }
            return true;
        }
        m_dragBoundary = boundary;
        m_dragMeasure = first.to;
        m_dragged = false;
        update();
        return true;
    }
    m_snap = snapOn(pixel);
    if (!m_snap)
        return false;
    if (!split_plan::isTooClose(m_snap->measure, m_road->naming->length(), m_road->segments, m_cuts))
        m_cuts.append(m_snap->measure);
    update();
    return true;
}

bool SplitTool::mouseRelease(QMouseEvent *event)
{
    if (m_dragBoundary < 0 || event->button() != Qt::LeftButton)
        return m_road != nullptr && event->button() == Qt::LeftButton;
    const SegmentRecord first = m_road->segments.at(m_dragBoundary);
    const SegmentRecord second = m_road->segments.at(m_dragBoundary + 1);
    m_dragBoundary = -1;
    if (m_dragged && std::abs(m_dragMeasure - first.to) > 0.01) {
        try {
            m_document->moveBoundary(first.id, second.id, m_dragMeasure);
        } catch (const Error &error) {
            m_document->reportFailure(error.message());
        }
    }
    update();
    return true;
}

bool SplitTool::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_cuts.isEmpty())
        return false;
    apply();
    return true;
}

bool SplitTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return apply();
    case Qt::Key_Escape:
        if (m_cuts.isEmpty() && m_dragBoundary < 0)
            return false;
        clear();
        return true;
    case Qt::Key_Backspace:
        if (m_cuts.isEmpty())
            return false;
        m_cuts.removeLast();
        update();
        return true;
    default:
        return false;
    }
}

bool SplitTool::apply()
{
    if (!m_road || m_cuts.isEmpty())
        return false;
    const RoadProposal plan = split_plan::proposal(*m_road->naming, m_road->id, m_road->segments, m_cuts);
    try {
        m_document->splitRoad(plan);
    } catch (const Error &error) {
        m_document->reportFailure(error.message());
        return false;
    }
    m_cuts.clear();
    update();
    return true;
}

QString SplitTool::label(double measure) const
{
    return tr("%1 · %2 m").arg(SegmentNaming::chainage(measure)).arg(measure, 0, 'f', 1);
}

void SplitTool::paint(QPainter &painter)
{
    if (!m_road)
        return;
    const MapViewport &viewport = canvas().viewport();
    const QList<QPointF> &line = m_road->naming->centreline();
    auto path = [&](double from, double to) {
        QPainterPath p;
        const QList<QPointF> piece = polyline::substring(line, from, to);
        for (int i = 0; i < piece.size(); ++i)
            i == 0 ? p.moveTo(viewport.toPixel(piece.at(i))) : p.lineTo(viewport.toPixel(piece.at(i)));
        return p;
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);

    // The road under the mouse, then the pieces the cuts would make, each with its name.
    painter.setPen(QPen(QColor(255, 220, 0, 150), 10, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(path(0, m_road->naming->length()));
    if (!m_cuts.isEmpty()) {
        const RoadProposal plan = split_plan::proposal(*m_road->naming, m_road->id, m_road->segments, m_cuts);
        for (int i = 0; i < plan.pieces.size(); ++i) {
            const RoadProposal::Piece &piece = plan.pieces.at(i);
            const QColor colour = kPieceColours[i % 2];
            painter.setPen(QPen(colour, 5, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
            painter.drawPath(path(piece.from, piece.to));
            const QPointF mid = viewport.toPixel(polyline::pointAt(line, (piece.from + piece.to) / 2));
            painter.setPen(QPen(Qt::white, 3));
            painter.drawText(mid + QPointF(6, -6), piece.name);
            painter.setPen(colour.darker(150));
            painter.drawText(mid + QPointF(6, -6), piece.name);
        }
    }

    // Existing boundaries as ticks across the road; the one being dragged where it would go.
    auto tick = [&](double measure, const QColor &colour) {
        const QPointF c = viewport.toPixel(polyline::pointAt(line, measure));
        const QPointF a = viewport.toPixel(polyline::pointAt(line, std::max(0.0, measure - 1)));
        const QPointF b =
            viewport.toPixel(polyline::pointAt(line, std::min(m_road->naming->length(), measure + 1)));
        QPointF n(-(b.y() - a.y()), b.x() - a.x());
        const double len = std::hypot(n.x(), n.y());
        n = len > 0 ? n * (9 / len) : QPointF(0, 9);
        painter.setPen(QPen(colour, 3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(c - n, c + n);
    };
    for (int i = 0; i + 1 < m_road->segments.size(); ++i)
        if (i != m_dragBoundary)
            tick(m_road->segments.at(i).to, QColor(60, 60, 60));
    for (double cut : m_cuts)
        tick(cut, QColor(200, 0, 0));
    if (m_dragBoundary >= 0) {
        tick(m_dragMeasure, QColor(200, 0, 160));
        const QPointF p = viewport.toPixel(polyline::pointAt(line, m_dragMeasure));
        painter.setPen(Qt::black);
        painter.drawText(p + QPointF(10, 18), label(m_dragMeasure));
    }

    // Where a click would cut: a square on a vertex, a ring on a crossing, a dot on the line.
    if (m_snap && m_dragBoundary < 0) {
        const QPointF p = viewport.toPixel(m_snap->point);
        painter.setPen(QPen(Qt::black, 2));
        painter.setBrush(QColor(255, 255, 255, 200));
        if (m_snap->kind == SnapKind::Vertex)
            painter.drawRect(QRectF(p - QPointF(5, 5), QSizeF(10, 10)));
        else if (m_snap->kind == SnapKind::Crossing)
            painter.drawEllipse(p, 7, 7);
        else
            painter.drawEllipse(p, 3, 3);
        const QString text = label(m_snap->measure);
        const QRectF box = QRectF(painter.fontMetrics().boundingRect(text))
                               .adjusted(-4, -2, 4, 2)
                               .translated(p + QPointF(12, 22));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawRect(box);
        painter.setPen(Qt::black);
        painter.drawText(box, Qt::AlignCenter, text);
    }
    painter.restore();
}

} // namespace uo
