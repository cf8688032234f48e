#include "app/workstation/map_canvas.h"

#include "app/workstation/map_tools/map_overlay.h"
#include "app/workstation/map_tools/map_tool.h"
#include "core/store/layers.h"
#include "gis/render/map_style.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>
#include <cmath>
#include <numbers>
#include <utility>

namespace uo {

namespace {
// Waiting a moment after the last change lets a drag or a spin of the wheel end in one render.
constexpr int kRenderDelayMs = 60;
constexpr int kSpinnerIntervalMs = 80;
constexpr int kSpinnerSpokes = 12;
constexpr double kZoomStep = 1.5;
constexpr double kWheelZoomPerNotch = 1.25;
// Arrow keys move the map by this part of the window.
constexpr double kKeyPanFraction = 0.2;
} // namespace

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    for (const LayerInfo &layer : mapLayers())
        m_visibleLayers.insert(QString::fromLatin1(layer.table));

    m_renderDelay.setSingleShot(true);
    m_renderDelay.setInterval(kRenderDelayMs);
    connect(&m_renderDelay, &QTimer::timeout, this, &MapCanvas::startRender);
    m_spinner.setInterval(kSpinnerIntervalMs);
    connect(&m_spinner, &QTimer::timeout, this, [this] {
        m_spinnerStep = (m_spinnerStep + 1) % kSpinnerSpokes;
        update();
    });
    connect(&m_scheduler, &RenderScheduler::finished, this,
            [this](quint64, const RenderResult &result) { renderDone(result); });
    connect(&m_scheduler, &RenderScheduler::failed, this, [this](quint64, const QString &message) {
        m_error = message;
        update();
        emit renderFailed(message);
    });
    connect(&m_scheduler, &RenderScheduler::busyChanged, this, &MapCanvas::updateBusy);
    connect(&m_loader, &MapDataLoader::busyChanged, this, &MapCanvas::updateBusy);
    connect(&m_loader, &MapDataLoader::loaded, this, &MapCanvas::mapLoaded);
    // Tiles came into the cache: the same view drawn again, now with them.
    connect(&m_fetcher, &BasemapFetcher::fetched, this, &MapCanvas::scheduleRender);
    connect(&m_fetcher, &BasemapFetcher::unreachable, this, [this](const QString &message) {
        emit basemapProblem(tr("A tile service did not answer; the map shows the tiles kept on this "
                               "computer. %1")
                                .arg(message));
    });
    connect(&m_loader, &MapDataLoader::failed, this, [this](const QString &message) {
        m_error = message;
        update();
        emit renderFailed(message);
    });
}

MapCanvas::~MapCanvas()
{
    // The overlays are children that take themselves off m_overlays when deleted: delete them while the
    // list still exists, not after it (QWidget's destructor deletes children once members are gone).
    const QList<MapOverlay *> overlays = m_overlays;
    qDeleteAll(overlays);
    // Likewise the tools: the current one gives the canvas back to panning when deleted.
    m_tool = nullptr;
    qDeleteAll(findChildren<MapTool *>(Qt::FindDirectChildrenOnly));
}

void MapCanvas::setStore(const QString &path)
{
    clear();
    m_path = path;
    m_loader.load(path);
}

void MapCanvas::clear()
{
    m_loader.clear();
    m_scheduler.cancel();
    m_fetcher.cancel();
    m_basemaps.clear();
    m_basemapErrors.clear();
    m_renderDelay.stop();
    m_path.clear();
    m_snapshot.reset();
    m_extentKnown = false;
    m_fitPending = false;
    m_fullExtent = QRectF();
    m_startExtent = QRectF();
    m_image = QImage();
    m_lastStats = RenderStats();
    m_error.clear();
    update();
}

void MapCanvas::setFullExtent(const QRectF &extent)
{
    m_fullExtent = extent;
    m_extentKnown = true;
    if (extent == QRectF())
        scheduleRender();
    else
        zoomToFullExtent();
}

void MapCanvas::setVisibleLayers(const QSet<QString> &tables)
{
    if (tables == m_visibleLayers)
        return;
    m_visibleLayers = tables;
    scheduleRender();
}

void MapCanvas::setStyle(const DistrictStyle &style)
{
    if (style == m_style)
        return;
    m_style = style;
    scheduleRender();
}

void MapCanvas::setBasemaps(const QList<Basemap> &basemaps)
{
    if (basemaps == m_basemaps)
        return;
    m_basemaps = basemaps;
    scheduleRender();
}

void MapCanvas::setViewport(const MapViewport &viewport)
{
    m_viewport.setCentre(viewport.centre());
    m_viewport.setMapUnitsPerPixel(viewport.mapUnitsPerPixel());
    viewportEdited();
}

bool MapCanvas::isRendering() const
{
    return m_renderDelay.isActive() || m_scheduler.isBusy() || m_loader.isBusy();
}

void MapCanvas::reloadChangedLayers()
{
    m_loader.reloadChanged();
}

void MapCanvas::mapLoaded()
{
    const bool first = !m_snapshot;
    m_snapshot = m_loader.snapshot();
    m_error.clear();
    emit snapshotChanged();
    // The first map of a district is shown whole, or where the user left it; a reload after an edit
    // keeps the view.
    if (!first) {
        scheduleRender();
        return;
    }
    const QRectF extent = m_snapshot->isEmpty() ? QRectF() : m_snapshot->extent();
    if (!m_startExtent.isEmpty() && m_startExtent.intersects(extent)) {
        m_fullExtent = extent;
        m_extentKnown = true;
        fit(m_startExtent, 0.0); // as it was, not a margin wider at every start
    } else {
        setFullExtent(extent);
    }
}

void MapCanvas::updateBusy()
{
    if (m_loader.isBusy() || m_scheduler.isBusy())
        m_spinner.start();
    else
        m_spinner.stop();
    update();
}

void MapCanvas::zoomToFullExtent()
{
    if (m_extentKnown)
        fit(m_fullExtent, 0.03);
}

void MapCanvas::fit(const QRectF &rect, double margin)
{
    m_fitRect = rect;
    m_fitMargin = margin;
    if (m_viewport.size().isEmpty()) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    m_viewport.fit(rect, margin);
    viewportEdited();
}

void MapCanvas::zoomIn()
{
    m_viewport.zoomAt(QPointF(width() / 2.0, height() / 2.0), kZoomStep);
    viewportEdited();
}

void MapCanvas::zoomOut()
{
    m_viewport.zoomAt(QPointF(width() / 2.0, height() / 2.0), 1.0 / kZoomStep);
    viewportEdited();
}

void MapCanvas::zoomToRect(const QRectF &mapRect, double minimumWidth)
{
    if (!m_viewport.isValid())
        return;
    QRectF rect = mapRect.normalized();
    if (rect.width() < minimumWidth && rect.height() < minimumWidth) {
        const QPointF centre = rect.center();
        rect =
            QRectF(centre.x() - minimumWidth / 2, centre.y() - minimumWidth / 2, minimumWidth, minimumWidth);
    }
    m_viewport.fit(rect, 0.1);
    viewportEdited();
}

void MapCanvas::setTool(MapTool *tool)
{
    if (tool == m_tool)
        return;
    MapTool *previous = m_tool;
    m_tool = tool;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
    }
    if (previous) {
        previous->deactivated();
        emit previous->activeChanged(false);
    }
    if (tool) {
        setCursor(tool->cursor());
        tool->activated();
        emit tool->activeChanged(true);
    } else {
        unsetCursor();
    }
    update();
    emit toolChanged(tool);
}

void MapCanvas::addOverlay(MapOverlay *overlay)
{
    if (!m_overlays.contains(overlay))
        m_overlays.append(overlay);
    update();
}

void MapCanvas::removeOverlay(MapOverlay *overlay)
{
    m_overlays.removeAll(overlay);
    update();
}

void MapCanvas::viewportEdited()
{
    update();
    emit viewportChanged();
    scheduleRender();
}

bool MapCanvas::canRender() const
{
    return m_snapshot && m_extentKnown && m_viewport.isValid();
}

void MapCanvas::scheduleRender()
{
    if (canRender())
        m_renderDelay.start();
}

void MapCanvas::startRender()
{
    if (!canRender())
        return;
    m_viewport.setDevicePixelRatio(devicePixelRatioF());
    m_scheduler.request({m_snapshot, m_viewport, m_visibleLayers, m_style, m_basemaps});
    // Only tile services fetch, and only for a view or basemaps not fetched already.
    m_fetcher.fetch(m_basemaps, m_snapshot->srid(), m_viewport);
}

void MapCanvas::renderDone(const RenderResult &result)
{
    m_image = result.image;
    m_imageViewport = result.viewport;
    m_lastStats = result.stats;
    m_error.clear();
    update();
    for (const QString &error : result.stats.basemapErrors)
        if (!m_basemapErrors.contains(error)) {
            m_basemapErrors.append(error);
            emit basemapProblem(error);
        }
    emit renderFinished();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), map_style::background());
    if (!m_image.isNull()) {
        // The last picture, wherever its part of the map now lies on screen.
        const QRectF target = m_viewport.toPixel(m_imageViewport.visibleMapRect());
        painter.setRenderHint(QPainter::SmoothPixmapTransform,
                              target.size() != QSizeF(m_imageViewport.size()));
        painter.drawImage(target, m_image);
    }
    if (!m_image.isNull()) {
        for (MapOverlay *overlay : std::as_const(m_overlays))
            if (overlay->isVisible()) {
                painter.save();
                overlay->paint(painter, m_viewport);
                painter.restore();
            }
        if (m_tool) {
            painter.save();
            m_tool->paint(painter);
            painter.restore();
        }
    }
    QString message;
    if (m_path.isEmpty())
        message = tr("Open a district database with File \u25b8 Open District\u2026");
    else if (!m_error.isEmpty())
        message = tr("The map could not be drawn: %1").arg(m_error);
    else if (!m_snapshot && m_image.isNull())
        message = tr("Reading the district map\u2026");
    if (!message.isEmpty()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap, message);
    }
    if (m_scheduler.isBusy() || m_loader.isBusy())
        paintBusyIndicator(painter);
}

void MapCanvas::paintBusyIndicator(QPainter &painter)
{
    const double radius = 10.0;
    const QPointF centre(width() - radius - 12.0, radius + 12.0);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawEllipse(centre, radius + 6.0, radius + 6.0);
    painter.translate(centre);
    for (int i = 0; i < kSpinnerSpokes; ++i) {
        // The spoke at the current step is darkest; the ones behind it fade.
        const int age = (m_spinnerStep - i + kSpinnerSpokes) % kSpinnerSpokes;
        QColor colour(0x30, 0x30, 0x30);
        colour.setAlphaF(1.0 - double(age) / kSpinnerSpokes);
        painter.setPen(QPen(colour, 2.2, Qt::SolidLine, Qt::RoundCap));
        const double angle = 2.0 * std::numbers::pi * i / kSpinnerSpokes;
        const QPointF direction(std::sin(angle), -std::cos(angle));
        painter.drawLine(direction * radius * 0.45, direction * radius);
    }
    painter.restore();
}

void MapCanvas::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
    m_viewport.setDevicePixelRatio(devicePixelRatioF());
    if (m_fitPending)
        fit(m_fitRect, m_fitMargin);
    else
        viewportEdited();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_tool && m_tool->mousePress(event))
        return;
    // Without a tool the left button pans; with one, the middle button still does.
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_dragging = true;
        m_lastDragPosition = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging && m_tool && m_tool->mouseMove(event)) {
        emit cursorMoved(m_viewport.toMap(event->position()));
        return;
    }
    if (m_dragging) {
        m_viewport.panByPixels(event->position() - m_lastDragPosition);
        m_lastDragPosition = event->position();
        viewportEdited();
    }
    emit cursorMoved(m_viewport.toMap(event->position()));
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton)) {
        m_dragging = false;
        if (m_tool)
            setCursor(m_tool->cursor());
        else
            unsetCursor();
        return;
    }
    if (m_tool)
        m_tool->mouseRelease(event);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_tool && m_tool->mouseDoubleClick(event))
        return;
    QWidget::mouseDoubleClickEvent(event);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0)
        return;
    m_viewport.zoomAt(event->position(), std::pow(kWheelZoomPerNotch, notches));
    viewportEdited();
    emit cursorMoved(m_viewport.toMap(event->position()));
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_tool && m_tool->keyPress(event))
        return;
    const double dx = width() * kKeyPanFraction, dy = height() * kKeyPanFraction;
    // An arrow key looks further that way: the map moves the other way.
    switch (event->key()) {
    case Qt::Key_Left:
        m_viewport.panByPixels(QPointF(dx, 0));
        break;
    case Qt::Key_Right:
        m_viewport.panByPixels(QPointF(-dx, 0));
        break;
    case Qt::Key_Up:
        m_viewport.panByPixels(QPointF(0, dy));
        break;
    case Qt::Key_Down:
        m_viewport.panByPixels(QPointF(0, -dy));
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    viewportEdited();
}

void MapCanvas::leaveEvent(QEvent *event)
{
    emit cursorLeft();
    QWidget::leaveEvent(event);
}

void MapCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace uo
