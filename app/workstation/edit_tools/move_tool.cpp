#include "app/workstation/edit_tools/move_tool.h"

#include "app/workstation/edit_tools/edit_document.h"
#include "app/workstation/edit_tools/edit_overlay.h"
#include "app/workstation/map_canvas.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "gis/edit_scene/snapper.h"
#include "gis/map_snapshot/feature_lookup.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <cmath>

namespace uo::edit {

namespace {

constexpr double kPickPixels = 6.0;
constexpr double kSnapPixels = 10.0;

bool pointOf(const RowState &row, QPointF *where)
{
    if (!row)
        return false;
    const QByteArray blob = row->value(QStringLiteral("geom")).toByteArray();
    double x = 0, y = 0;
    if (!geometry_blob::decodePoint(blob.constData(), int(blob.size()), &x, &y))
        return false;
    *where = QPointF(x, y);
    return true;
}

} // namespace

bool editablePointAt(MapCanvas &canvas, EditDocument &document, QPointF pixel, QString *table, qint64 *id,
                     QPointF *where)
{
    EditSession *session = document.session();
    if (!session)
        return false;
    const QPointF map = canvas.viewport().toMap(pixel);
    const double tolerance = kPickPixels * canvas.viewport().mapUnitsPerPixel();
    double best = tolerance;
    bool found = false;
    for (const FeatureKey &key : session->changedKeys()) {
        QPointF p;
        if (!EditDocument::editableTables().contains(key.table) ||
            !pointOf(session->pending(key)->current, &p))
            continue;
        const double d = std::hypot(p.x() - map.x(), p.y() - map.y());
        if (d <= best) {
            best = d;
            *table = key.table;
            *id = key.id;
            *where = p;
            found = true;
        }
    }
    if (found || !canvas.snapshot())
        return found;
    const QStringList &editable = EditDocument::editableTables();
    const QSet<QString> tables(editable.begin(), editable.end());
    for (const FeatureHit &hit : featuresAt(*canvas.snapshot(), map, tolerance, tables, 5)) {
        const FeatureKey key{hit.table, hit.id};
        QPointF p;
        if (!pointOf(session->row(key), &p))
            continue; // deleted in this session
        *table = hit.table;
        *id = hit.id;
        *where = p;
        return true;
    }
    return false;
}

MoveTool::MoveTool(MapCanvas &canvas, EditDocument &document, EditOverlay &overlay)
    : MapTool(canvas), m_document(document), m_overlay(overlay)
{
}

QPointF MoveTool::snapped(QPointF pixel, int *kind) const
{
    const QPointF map = canvas().viewport().toMap(pixel);
    const SnapResult result =
        Snapper(canvas().snapshot().get()).snap(map, kSnapPixels * canvas().viewport().mapUnitsPerPixel());
    *kind = int(result.kind);
    return result.point;
}

bool MoveTool::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_document.isEditing())
        return false;
    QPointF where;
    if (!editablePointAt(canvas(), m_document, event->position(), &m_table, &m_id, &where))
        return false; // not on a feature: the press pans
    EditDrag drag;
    drag.active = true;
    drag.from = where;
    drag.to = where;
    m_overlay.setDrag(drag);
    return true;
}

bool MoveTool::mouseMove(QMouseEvent *event)
{
    if (!m_overlay.drag().active)
        return false;
    EditDrag drag = m_overlay.drag();
    int kind = 0;
    drag.to = snapped(event->position(), &kind);
    drag.snap = EditDrag::Snap(kind);
    m_overlay.setDrag(drag);
    return true;
}

bool MoveTool::mouseRelease(QMouseEvent *event)
{
    if (!m_overlay.drag().active || event->button() != Qt::LeftButton)
        return false;
    const EditDrag drag = m_overlay.drag();
    m_overlay.setDrag({});
    if (drag.to == drag.from || !m_document.session())
        return true;
    const QByteArray geom = geometry_blob::encode(Geometry::point(m_document.store()->srid(), drag.to));
    EditSession &session = *m_document.session();
    m_document.push(session.setValues(m_table, {m_id}, {{QStringLiteral("geom"), geom}}, tr("Move feature")));
    return true;
}

bool MoveTool::keyPress(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Escape || !m_overlay.drag().active)
        return false;
    cancel();
    return true;
}

void MoveTool::deactivated()
{
    cancel();
}

void MoveTool::cancel()
{
    if (m_overlay.drag().active)
        m_overlay.setDrag({});
}

} // namespace uo::edit
