#include "app/workstation/edit_tools/vertex_tool.h"

#include "app/workstation/edit_tools/edit_document.h"
#include "app/workstation/edit_tools/edit_overlay.h"
#include "app/workstation/map_canvas.h"
#include "core/segments/polyline.h"
#include "core/segments/road_reshape.h"
#include "core/segments/segment_coverage.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/edit_scene/snapper.h"
#include "gis/map_snapshot/feature_lookup.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <cmath>

namespace uo::edit {

namespace {

const QString kRoads = tableOf(Layer::Roads);
constexpr double kHandlePixels = 8.0; // a handle is hit this close to its vertex
constexpr double kLinePixels = 8.0;   // a road drawn some 10 px wide is hit anywhere on it
constexpr double kSnapPixels = 10.0;

double pixelDistance(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

VertexTool::VertexTool(MapCanvas &canvas, EditDocument &document, EditOverlay &overlay)
    : MapTool(canvas), m_document(document), m_overlay(overlay)
{
    // Undo, redo, a save or a discard may change the road under the handles.
    connect(&m_document, &EditDocument::changed, this, [this] {
        if (m_roadId != 0 && m_dragged < 0)
            reload();
    });
}

void VertexTool::reload()
{
    EditSession *session = m_document.session();
    const RowState row = session ? session->row({kRoads, m_roadId}) : RowState();
    const QByteArray blob = row ? row->value(QStringLiteral("geom")).toByteArray() : QByteArray();
    const auto geometry = geometry_blob::decode(blob.constData(), int(blob.size()));
    m_line.clear();
    if (geometry && geometry->type == Geometry::LineString)
        m_line = geometry->parts.value(0).value(0);
    if (m_line.size() < 2) {
        if (row)
            emit message(tr("Road %1 is drawn in several parts; only a road of one line can be edited by its "
                            "vertices.")
                             .arg(m_roadId));
        m_roadId = 0;
        m_line.clear();
    }
    if (m_current >= m_line.size())
        m_current = -1;
    emit currentVertexChanged();
    canvas().update();
}

bool VertexTool::pickRoad(qint64 roadId)
{
    m_roadId = roadId;
    m_current = -1;
    reload();
    if (m_roadId != 0)
        emit message(tr("Drag a vertex to move it; double-click the line to add one; right-click a vertex "
                        "to delete it."));
    return m_roadId != 0;
}

bool VertexTool::push(const QList<QPointF> &line, const QString &text)
{
    EditSession *session = m_document.session();
    if (!session || !m_document.isEditing() || m_roadId == 0)
        return false;
    if (line.size() < 2 || polyline::length(line) <= SegmentCoverage::kTolerance) {
        emit message(tr("A road's centreline needs at least two distinct points."));
        return false;
    }
    try {
        return m_document.push(session->setValues(
            kRoads, {m_roadId}, RoadReshape::centrelineValues(m_document.store()->srid(), line), text));
    } catch (const Error &error) {
        emit message(error.message());
        return false;
    }
}

bool VertexTool::moveVertex(int index, QPointF to)
{
    if (index < 0 || index >= m_line.size())
        return false;
    QList<QPointF> line = m_line;
    line[index] = to;
    return push(line, tr("Move road vertex"));
}

bool VertexTool::insertVertex(QPointF near)
{
    if (m_line.size() < 2)
        return false;
    const double at = polyline::project(m_line, near);
    const QList<double> measures = polyline::vertexMeasures(m_line);
    qsizetype after = 0;
    while (after + 2 < measures.size() && measures[after + 1] <= at)
        ++after;
    QList<QPointF> line = m_line;
    line.insert(after + 1, polyline::pointAt(m_line, at));
    if (!push(line, tr("Insert road vertex")))
        return false;
    m_current = int(after + 1);
    emit currentVertexChanged();
    return true;
}

bool VertexTool::deleteVertex(int index)
{
    if (index < 0 || index >= m_line.size())
        return false;
    if (m_line.size() <= 2) {
        emit message(tr("A road keeps at least two vertices."));
        return false;
    }
    QList<QPointF> line = m_line;
    line.removeAt(index);
    if (!push(line, tr("Delete road vertex")))
        return false;
    m_current = -1;
    emit currentVertexChanged();
    return true;
}

int VertexTool::handleAt(QPointF pixel) const
{
    int best = -1;
    double bestDistance = kHandlePixels;
    for (qsizetype i = 0; i < m_line.size(); ++i) {
        const double d = pixelDistance(canvas().viewport().toPixel(m_line[i]), pixel);
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(i);
        }
    }
    return best;
}

bool VertexTool::onLine(QPointF pixel) const
{
    if (m_line.size() < 2)
        return false;
    double distance = 0;
    polyline::project(m_line, canvas().viewport().toMap(pixel), &distance);
    return distance <= kLinePixels * canvas().viewport().mapUnitsPerPixel();
}

QPointF VertexTool::snapped(QPointF pixel, int *kind) const
{
    const QPointF map = canvas().viewport().toMap(pixel);
    Snapper snapper(canvas().snapshot().get());
    snapper.skip(kRoads, m_roadId);
    const SnapResult result = snapper.snap(map, kSnapPixels * canvas().viewport().mapUnitsPerPixel());
    *kind = int(result.kind);
    return result.point;
}

bool VertexTool::mousePress(QMouseEvent *event)
{
    if (!m_document.isEditing() || !m_document.session())
        return false;
    const QPointF pixel = event->position();
    const int handle = handleAt(pixel);
    if (event->button() == Qt::RightButton) {
        if (handle < 0)
            return false;
        deleteVertex(handle);
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    if (handle >= 0) {
        m_current = handle;
        m_dragged = handle;
        emit currentVertexChanged();
        EditDrag drag;
        drag.active = true;
        drag.from = drag.to = m_line[handle];
        drag.line = QPolygonF(m_line);
        m_overlay.setDrag(drag);
        canvas().update();
        return true;
    }
    if (onLine(pixel))
        return true; // the first click of a double-click that inserts a vertex
    // Another road: the pending lines of the session first (the map picture shows them as stored).
    const QPointF map = canvas().viewport().toMap(pixel);
    const double tolerance = kLinePixels * canvas().viewport().mapUnitsPerPixel();
    EditSession &session = *m_document.session();
    for (const FeatureKey &key : session.changedKeys()) {
        if (key.table != kRoads || !session.pending(key)->current)
            continue;
        const QByteArray blob = session.pending(key)->current->value(QStringLiteral("geom")).toByteArray();
        const auto geometry = geometry_blob::decode(blob.constData(), int(blob.size()));
        double distance = tolerance + 1;
        if (geometry && geometry->type == Geometry::LineString)
            polyline::project(geometry->parts.value(0).value(0), map, &distance);
        if (distance <= tolerance) {
            pickRoad(key.id);
            return true;
        }
    }
    if (canvas().snapshot())
        for (const FeatureHit &hit : featuresAt(*canvas().snapshot(), map, tolerance, {kRoads}, 1)) {
            pickRoad(hit.id);
            return true;
        }
    return false; // nothing here: the press pans
}

bool VertexTool::mouseMove(QMouseEvent *event)
{
    if (m_dragged < 0)
        return false;
    EditDrag drag = m_overlay.drag();
    int kind = 0;
    drag.to = snapped(event->position(), &kind);
    drag.snap = EditDrag::Snap(kind);
    if (m_dragged < drag.line.size())
        drag.line[m_dragged] = drag.to;
    m_overlay.setDrag(drag);
    return true;
}

bool VertexTool::mouseRelease(QMouseEvent *event)
{
    if (m_dragged < 0 || event->button() != Qt::LeftButton)
        return false;
    const EditDrag drag = m_overlay.drag();
    const int index = m_dragged;
    m_dragged = -1;
    m_overlay.setDrag({});
    if (drag.to != drag.from)
        moveVertex(index, drag.to);
    canvas().update();
    return true;
}

bool VertexTool::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_document.isEditing() || handleAt(event->position()) >= 0 ||
        !onLine(event->position()))
        return false;
    insertVertex(canvas().viewport().toMap(event->position()));
    return true;
}

bool VertexTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (m_dragged >= 0)
            cancelDrag();
        else if (m_roadId != 0)
            pickRoad(0);
        else
            return false;
        return true;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_current >= 0) {
        deleteVertex(m_current);
        return true;
    }
    return false;
}

void VertexTool::paint(QPainter &painter)
{
    if (m_line.isEmpty())
        return;
    const MapViewport &viewport = canvas().viewport();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // While a vertex is dragged its handle goes with it.
    const QPolygonF line = m_dragged >= 0 ? m_overlay.drag().line : QPolygonF(m_line);
    QPolygonF pixels;
    for (const QPointF &p : line)
        pixels << viewport.toPixel(p);
    const QColor colour(0x1e, 0x88, 0xe5);
    if (m_dragged < 0) {
        painter.setPen(QPen(colour, 2));
        painter.drawPolyline(pixels);
    }
    for (qsizetype i = 0; i < pixels.size(); ++i) {
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(i == m_current ? colour : QColor(Qt::white));
        painter.drawRect(QRectF(pixels[i] - QPointF(4.5, 4.5), QSizeF(9, 9)));
    }
}

void VertexTool::cancelDrag()
{
    m_dragged = -1;
    m_overlay.setDrag({});
    canvas().update();
}

void VertexTool::deactivated()
{
    cancelDrag();
    m_roadId = 0;
    m_line.clear();
    m_current = -1;
    emit currentVertexChanged();
}

} // namespace uo::edit
