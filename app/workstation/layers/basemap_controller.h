#pragma once

#include <QObject>

class QAction;
class QLabel;
class QTreeView;

namespace uo {

class BasemapListModel;
class MainWindow;

// The basemaps in the layer dock, under the layers: tick to show one on this screen; File ▸ Add
// Basemap… (a raster or tile file) and Add Tile Service… (an XYZ template or a WMTS) add one to the
// district, and the list's context menu sets a basemap's opacity or removes it. Those three change
// the district for everyone and are audited; the ticks are the user's own.
class BasemapController : public QObject
{
    Q_OBJECT

public:
    explicit BasemapController(MainWindow &window);

    BasemapListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

    // Adds a basemap from a file or a service to the district: a file is read first, and one GDAL
    // cannot read or place is refused with the reason shown. False when nothing was added.
    bool addBasemap(const QString &source, const QString &name = QString());
    bool setOpacity(qint64 id, double opacity);
    bool removeBasemap(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    void updateHint();
    void chooseFile();
    void askForService();
    void fitHint();
    // The list's menu at `global`; `index` is the basemap clicked, if any.
    void showContextMenu(const QModelIndex &index, const QPoint &global);
    void storeFailed(const QString &what, const QString &message);

    MainWindow &m_window;
    BasemapListModel *m_model;
    QTreeView *m_view;
    QLabel *m_title;
    QLabel *m_hint; // instead of an empty list: how to add one, or that there is none to add
    QAction *m_addFile, *m_addService, *m_opacity, *m_remove;
};

} // namespace uo
