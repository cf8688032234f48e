#pragma once

#include "render/map_renderer.h"
#include "render/map_viewport.h"
#include "render/render_scheduler.h"

#include <QImage>
#include <QSet>
#include <QTimer>
#include <QWidget>

namespace uo {

// The map on screen. It only wraps the renderer and the input: it keeps the viewport, asks the render
// scheduler for a new picture after every change and meanwhile shows the last finished picture moved and
// scaled to where it now belongs, so that panning and zooming never wait for the database.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // Shows the store at `path`; nothing is drawn until its full extent is known.
    void setStore(const QString &path);
    void clear();
    // Sets the extent of all data and shows all of it. A null extent (an empty store) shows the store
    // without moving the view.
    void setFullExtent(const QRectF &extent);
    QRectF fullExtent() const { return m_fullExtent; }
    void setVisibleLayers(const QSet<QString> &tables);
    const QSet<QString> &visibleLayers() const { return m_visibleLayers; }

    const MapViewport &viewport() const { return m_viewport; }
    void setViewport(const MapViewport &viewport);
    // Whether a picture is being drawn or about to be.
    bool isRendering() const;
    bool hasPicture() const { return !m_image.isNull(); }
    const RenderStats &lastStats() const { return m_lastStats; }

public slots:
    void zoomToFullExtent();
    void zoomIn();
    void zoomOut();

signals:
    void viewportChanged();
    void cursorMoved(QPointF mapPosition);
    void cursorLeft();
    void renderFinished();
    void renderFailed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void viewportEdited();
    void scheduleRender();
    void startRender();
    void renderDone(const RenderResult &result);
    void paintBusyIndicator(QPainter &painter);
    bool canRender() const;

    RenderScheduler m_scheduler;
    QTimer m_renderDelay;
    QTimer m_spinner;
    int m_spinnerStep = 0;

    QString m_path;
    bool m_extentKnown = false;
    bool m_fitPending = false;
    QRectF m_fullExtent;
    QSet<QString> m_visibleLayers;
    MapViewport m_viewport;

    QImage m_image;
    MapViewport m_imageViewport;
    RenderStats m_lastStats;
    QString m_error;

    bool m_dragging = false;
    QPointF m_lastDragPosition;
};

} // namespace uo
