#pragma once

#include "app/workstation/map_tools/map_tool.h"
#include "gis/basemap/basemap_fetcher.h"
#include "gis/map_snapshot/map_data_loader.h"
#include "gis/render/layer_style.h"
#include "gis/render/map_renderer.h"
#include "gis/render/map_viewport.h"
#include "gis/render/render_scheduler.h"

#include <QImage>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

namespace uo {

class MapOverlay;

// The map on screen. It only wraps the renderer and the input: it keeps the viewport, has the district's
// map read into memory once (in a worker, showing that it is busy), asks the render scheduler for a new
// picture of it after every change and meanwhile shows the last finished picture moved and scaled to
// where it now belongs, so that panning and zooming never wait.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // Shows the store at `path`: reads its map in a worker, then shows all of it.
    void setStore(const QString &path);
    void clear();
    // Sets the extent of all data and shows all of it. A null extent (an empty store) shows the store
    // without moving the view. Set from the map when it has been read.
    void setFullExtent(const QRectF &extent);
    QRectF fullExtent() const { return m_fullExtent; }
    // What the map of the district being opened shows first instead of all of it (the user's last
    // view); ignored when it lies wholly outside the district's extent. Forgotten by clear().
    void setStartExtent(const QRectF &extent) { m_startExtent = extent; }
    void setVisibleLayers(const QSet<QString> &tables);
    const QSet<QString> &visibleLayers() const { return m_visibleLayers; }
    // How the layers look and their order; redraws when it changed.
    void setStyle(const DistrictStyle &style);
    const DistrictStyle &style() const { return m_style; }
    // The basemaps drawn under the layers, bottom first (from the snapshot, as the user ticked them);
    // their tiles are fetched in the background and the map drawn again when they came.
    void setBasemaps(const QList<Basemap> &basemaps);
    const QList<Basemap> &basemaps() const { return m_basemaps; }

    const MapViewport &viewport() const { return m_viewport; }
    void setViewport(const MapViewport &viewport);
    // Whether the map is being read, or a picture drawn or about to be.
    bool isRendering() const;
    // The map as last read; null until the district's map has been read.
    const std::shared_ptr<const MapSnapshot> &snapshot() const { return m_snapshot; }
    bool hasPicture() const { return !m_image.isNull(); }
    const RenderStats &lastStats() const { return m_lastStats; }

    // The tool that gets the mouse first (see MapTool); null pans with the mouse.
    MapTool *tool() const { return m_tool; }
    void setTool(MapTool *tool);
    // Overlays add and remove themselves (see MapOverlay).
    void addOverlay(MapOverlay *overlay);
    void removeOverlay(MapOverlay *overlay);
    // Shows all of `mapRect` (store CRS) with a margin; a point or a tiny rectangle is shown at no
    // more than `minimumWidth` metres across, so that zooming to one manhole cover keeps its street.
    void zoomToRect(const QRectF &mapRect, double minimumWidth = 60.0);

public slots:
    // After edits to the store: reads again the layers that changed, then redraws.
    void reloadChangedLayers();
    void zoomToFullExtent();
    void zoomIn();
    void zoomOut();

signals:
    void viewportChanged();
    void cursorMoved(QPointF mapPosition);
    void cursorLeft();
    void renderFinished();
    void renderFailed(const QString &message);
    void toolChanged(MapTool *tool);
    // A new snapshot of the district's map was read (opened, or read again after an edit).
    void snapshotChanged();
    // A basemap could not be drawn or its tile service did not answer: what and where.
    void basemapProblem(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void viewportEdited();
    void scheduleRender();
    void startRender();
    void renderDone(const RenderResult &result);
    void mapLoaded();
    void updateBusy();
    // Shows all of `rect` with a margin (a share of its size), once the canvas has a size.
    void fit(const QRectF &rect, double margin);
    void paintBusyIndicator(QPainter &painter);
    bool canRender() const;

    MapDataLoader m_loader;
    RenderScheduler m_scheduler;
    BasemapFetcher m_fetcher;
    QTimer m_renderDelay;
    QTimer m_spinner;
    int m_spinnerStep = 0;

    QString m_path;
    std::shared_ptr<const MapSnapshot> m_snapshot;
    bool m_extentKnown = false;
    bool m_fitPending = false;
    QRectF m_fitRect; // what a pending fit will show, with this margin
    double m_fitMargin = 0;
    QRectF m_fullExtent;
    QRectF m_startExtent;
    QSet<QString> m_visibleLayers;
    DistrictStyle m_style = DistrictStyle::defaults();
    QList<Basemap> m_basemaps;
    QStringList m_basemapErrors; // said once each
    MapViewport m_viewport;

    QImage m_image;
    MapViewport m_imageViewport;
    RenderStats m_lastStats;
    QString m_error;

    QPointer<MapTool> m_tool;
    QList<MapOverlay *> m_overlays;

    bool m_dragging = false;
    QPointF m_lastDragPosition;
};

} // namespace uo
