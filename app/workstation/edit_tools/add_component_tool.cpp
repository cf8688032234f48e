#include "app/workstation/edit_tools/add_component_tool.h"

#include "app/workstation/edit_tools/edit_document.h"
#include "app/workstation/map_canvas.h"
#include "core/edit_session/component_serial.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "gis/edit_scene/snapper.h"

#include <QDate>
#include <QMouseEvent>

namespace uo::edit {

AddComponentTool::AddComponentTool(MapCanvas &canvas, EditDocument &document)
    : MapTool(canvas), m_document(document)
{
}

void AddComponentTool::setComponentClass(const QString &code, const QString &name)
{
    m_code = code;
    m_name = name;
}

qint64 AddComponentTool::addAt(QPointF mapPoint)
{
    EditSession *session = m_document.session();
    if (!session || m_code.isEmpty() || !m_document.isEditing())
        return 0;
    QList<QString> pending;
    for (const QVariantMap &row : session->newRows(tableOf(Layer::Components)))
        pending << row.value(QStringLiteral("ident")).toString();
    const QString ident = nextComponentIdent(*m_document.store(), m_code, pending);
    if (ident.isEmpty())
        return 0;
    const QVariantMap values{{QStringLiteral("ident"), ident},
                             {QStringLiteral("class_code"), m_code},
                             {QStringLiteral("name"), m_name},
                             {QStringLiteral("state"), QStringLiteral("intact")},
                             {QStringLiteral("initial_date"), QDate::currentDate().toString(Qt::ISODate)},
                             {QStringLiteral("data_source"), QStringLiteral("field_drawn")},
                             {QStringLiteral("geom"),
                              geometry_blob::encode(Geometry::point(m_document.store()->srid(), mapPoint))}};
    const EditAction action =
        session->insertRow(tableOf(Layer::Components), values, tr("Add %1 %2").arg(m_name, ident));
    m_document.push(action);
    emit added(action.steps.first().key.id);
    return action.steps.first().key.id;
}

bool AddComponentTool::mousePress(QMouseEvent *event)
{
    return event->button() == Qt::LeftButton && m_document.isEditing() && !m_code.isEmpty();
}

bool AddComponentTool::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_document.isEditing() || m_code.isEmpty())
        return false;
    const QPointF map = canvas().viewport().toMap(event->position());
    const SnapResult snapped =
        Snapper(canvas().snapshot().get()).snap(map, 10 * canvas().viewport().mapUnitsPerPixel());
    addAt(snapped.point);
    return true;
}

} // namespace uo::edit
