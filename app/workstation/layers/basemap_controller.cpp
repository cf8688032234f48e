#include "app/workstation/layers/basemap_controller.h"

#include "app/workstation/layers/basemap_list_model.h"
#include "app/workstation/main_window.h"
#include "app/workstation/map_canvas.h"
#include "app/workstation/map_status_bar.h"

#include "core/basemap/basemaps.h"
#include "core/sql/database.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "gis/basemap/basemap_raster.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace uo {

namespace {
// A menu entry's words as a sentence names them: without its mnemonic, "&Add" or Chinese "添加(&A)".
QString menuWords(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("\\(&.\\)"));
    return text.remove(mnemonic).remove(QLatin1Char('&'));
}
} // namespace

BasemapController::BasemapController(MainWindow &window)
    : QObject(&window), m_window(window), m_model(new BasemapListModel(this)), m_view(new QTreeView),
      m_title(new QLabel), m_hint(new QLabel), m_addFile(new QAction(this)), m_addService(new QAction(this)),
      m_opacity(new QAction(this)), m_remove(new QAction(this))
{
    // Under the layer tree in the same dock: basemaps are drawn under every layer.
    QTreeView *layers = window.layerView();
    auto *dock = qobject_cast<QDockWidget *>(layers->parentWidget());
    auto *lower = new QWidget;
    auto *box = new QVBoxLayout(lower);
    box->setContentsMargins(0, 4, 0, 0);
    box->setSpacing(2);
    box->addWidget(m_title);
    box->addWidget(m_hint);
    box->addWidget(m_view);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // The hint stands in for the empty list and takes its room; right-clicking it opens the list's menu.
    // Its height follows its width (see eventFilter), so that the splitter never cuts its lines off.
    m_hint->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_hint->setContextMenuPolicy(Qt::CustomContextMenu);
    m_hint->installEventFilter(this);
    m_hint->setObjectName(QStringLiteral("BasemapHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setObjectName(QStringLiteral("BasemapView"));
    if (dock) {
        auto *splitter = new QSplitter(Qt::Vertical);
        splitter->addWidget(dock->widget());
        splitter->addWidget(lower);
        splitter->setStretchFactor(0, 4);
        splitter->setStretchFactor(1, 1);
        dock->setWidget(splitter);
    }

    m_addFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_addFile, &QAction::triggered, this, &BasemapController::chooseFile);
    connect(m_addService, &QAction::triggered, this, &BasemapController::askForService);
    connect(m_opacity, &QAction::triggered, this, [this] {
        const Basemap *basemap = m_model->basemapAt(m_view->currentIndex());
        if (!basemap)
            return;
        bool ok = false;
        const int percent =
            QInputDialog::getInt(&m_window, tr("Basemap Opacity"),
                                 tr("Opacity of %1 for everyone who opens the district (percent; lower lets "
                                    "the map under it show through):")
                                     .arg(basemap->name),
                                 qRound(basemap->opacity * 100), 0, 100, 5, &ok);
        if (ok)
            setOpacity(basemap->id, percent / 100.0);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        const Basemap *basemap = m_model->basemapAt(m_view->currentIndex());
        if (!basemap)
            return;
        if (QMessageBox::question(&m_window, tr("Remove Basemap"),
                                  tr("Remove the basemap %1 from the district for everyone? Its file or "
                                     "service is not touched.")
                                      .arg(basemap->name)) == QMessageBox::Yes)
            removeBasemap(basemap->id);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        showContextMenu(m_view->indexAt(at), m_view->viewport()->mapToGlobal(at));
    });
    connect(m_hint, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &at) { showContextMenu({}, m_hint->mapToGlobal(at)); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &BasemapController::updateHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BasemapController::updateHint);

    QMenu *file = window.fileMenu();
    QAction *before = file->actions().value(file->actions().size() - 2); // the separator above Quit
    file->insertSeparator(before);
    file->insertAction(before, m_addFile);
    file->insertAction(before, m_addService);

    MapCanvas *canvas = window.canvas();
    connect(m_model, &BasemapListModel::shownChanged, canvas, &MapCanvas::setBasemaps);
    connect(canvas, &MapCanvas::snapshotChanged, this, [this, canvas] {
        if (canvas->snapshot())
            m_model->setBasemaps(canvas->snapshot()->basemaps());
    });
    connect(canvas, &MapCanvas::basemapProblem, this,
            [this](const QString &message) { m_window.mapStatusBar()->showMessage(message, 15000); });
    connect(&window, &MainWindow::districtOpened, this, &BasemapController::updateActions);
    connect(&window, &MainWindow::districtClosed, this, [this] {
        m_model->clear();
        updateActions();
    });
    window.installEventFilter(this);
    retranslate();
    updateActions();
}

bool BasemapController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    // A splitter gives its panes their minimum size, not the height a wrapped text needs at the width
    // it got: the hint asks for that height as its minimum whenever its width or words change.
    if (watched == m_hint && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fitHint();
    return QObject::eventFilter(watched, event);
}

void BasemapController::retranslate()
{
    m_title->setText(tr("Basemaps"));
    m_addFile->setText(tr("Add &Basemap\u2026"));
    m_addFile->setStatusTip(tr("Put an orthophoto, a scanned map or a tile file (MBTiles, GeoPackage) under "
                               "the map of the district"));
    m_addService->setText(tr("Add &Tile Service\u2026"));
    m_addService->setStatusTip(tr("Put an XYZ or WMTS tile service under the map; its tiles are kept on "
                                  "this computer for work without a network"));
    m_opacity->setText(tr("&Opacity\u2026"));
    m_remove->setText(tr("&Remove from the District"));
    updateHint();
}

void BasemapController::updateHint()
{
    DistrictStore *store = m_window.store();
    const bool empty = store && m_model->rowCount() == 0;
    m_hint->setVisible(empty);
    m_view->setVisible(!empty);
    if (store && !store->isReadOnly())
        m_hint->setText(
            tr("No basemap yet. Right-click here or use %1 in the File menu to put an orthophoto, "
               "a scanned map or a tile service under the map.")
                .arg(menuWords(m_addFile->text())));
    else
        m_hint->setText(tr("This district has no basemap."));
    fitHint();
}

void BasemapController::fitHint()
{
    m_hint->setMinimumHeight(m_hint->heightForWidth(m_hint->width()));
}

void BasemapController::updateActions()
{
    DistrictStore *store = m_window.store();
    const bool writable = store && !store->isReadOnly();
    m_addFile->setEnabled(writable);
    m_addService->setEnabled(writable);
    m_opacity->setEnabled(writable);
    m_remove->setEnabled(writable);
    updateHint();
}

void BasemapController::showContextMenu(const QModelIndex &index, const QPoint &global)
{
    QMenu menu;
    if (m_model->basemapAt(index)) {
        m_view->setCurrentIndex(index);
        menu.addAction(m_opacity);
        menu.addAction(m_remove);
        menu.addSeparator();
    }
    menu.addAction(m_addFile);
    menu.addAction(m_addService);
    menu.exec(global);
}

void BasemapController::storeFailed(const QString &what, const QString &message)
{
    QMessageBox::warning(&m_window, what, message);
}

bool BasemapController::addBasemap(const QString &source, const QString &name)
{
    DistrictStore *store = m_window.store();
    if (!store)
        return false;
    Basemap basemap;
    basemap.source = source;
    basemap.name = name;
    basemap.kind = Basemaps::kindOf(source);
    if (!basemap.isNetwork() && !basemap.kind.isEmpty()) {
        // A file must be readable and placed on the earth before the district keeps it. A service is
        // asked nothing here: the window must not wait for a network.
        BasemapRaster::Info info;
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool readable = BasemapRaster::inspect(basemap, store->srid(), &info, &error);
        QApplication::restoreOverrideCursor();
        if (!readable) {
            storeFailed(tr("Add Basemap"), error);
            return false;
        }
    }
    try {
        Basemaps::add(*store, basemap);
    } catch (const Error &error) {
        storeFailed(tr("Add Basemap"), error.message());
        return false;
    }
    m_window.canvas()->reloadChangedLayers();
    return true;
}

bool BasemapController::setOpacity(qint64 id, double opacity)
{
    try {
        Basemaps::setOpacity(*m_window.store(), id, opacity);
    } catch (const Error &error) {
        storeFailed(tr("Basemap Opacity"), error.message());
        return false;
    }
    m_window.canvas()->reloadChangedLayers();
    return true;
}

bool BasemapController::removeBasemap(qint64 id)
{
    try {
        Basemaps::remove(*m_window.store(), id);
    } catch (const Error &error) {
        storeFailed(tr("Remove Basemap"), error.message());
        return false;
    }
    m_window.canvas()->reloadChangedLayers();
    return true;
}

void BasemapController::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(&m_window, tr("Add Basemap"), QString(),
                                     tr("Rasters and tiles (*.tif *.tiff *.jpg *.jpeg *.png *.jp2 *.vrt "
                                        "*.img *.mbtiles *.gpkg);;All files (*)"));
    if (!path.isEmpty())
        addBasemap(path);
}

void BasemapController::askForService()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        &m_window, tr("Add Tile Service"),
        tr("An XYZ template such as https://tile.example.org/{z}/{x}/{y}.png, or the address of a WMTS's "
           "capabilities:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    const QString kind = Basemaps::kindOf(url);
    if (kind != QLatin1String("xyz") && kind != QLatin1String("wmts")) {
        storeFailed(
            tr("Add Tile Service"),
            tr("\"%1\" is neither an XYZ template with {z}, {x} and {y} nor a WMTS address.").arg(url));
        return;
    }
    addBasemap(url.trimmed());
}

} // namespace uo
