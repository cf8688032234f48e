#include "app/workstation/table/attribute_table_dock.h"

#include "app/workstation/map_tools/feature_selection.h"
#include "app/workstation/table/table_cell_delegate.h"
#include "app/workstation/table/table_filter_bar.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "core/table/attribute_table_model.h"
#include "core/table/feature_bounds.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace uo {

namespace {

// Zooming to more features than this uses the first ones only: reading a million bounds would hold
// the window up for seconds, and so many features cover the district anyway.
constexpr int kMaxZoomFeatures = 20000;

// Most used first: the components, then what lies above them on the map, then the areas.
QStringList layerOrder()
{
    QStringList tables{tableOf(Layer::Components)};
    const QList<LayerInfo> &layers = mapLayers();
    for (auto it = layers.crbegin(); it != layers.crend(); ++it)
        if (it->layer != Layer::Components)
            tables.append(QLatin1String(it->table));
    return tables;
}

} // namespace

AttributeTableDock::AttributeTableDock(FeatureSelection *selection, QWidget *parent)
    : QDockWidget(parent), m_selection(selection), m_model(new AttributeTableModel(this)),
      m_layer(new QComboBox), m_filters(new TableFilterBar), m_selectedOnly(new QCheckBox),
      m_zoom(new QToolButton), m_view(new QTableView), m_counts(new QLabel)
{
    setObjectName(QStringLiteral("AttributeTableDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_layer);
    bar->addWidget(m_filters, 1);
    bar->addWidget(m_selectedOnly);
    bar->addWidget(m_zoom);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_counts);
    setWidget(body);

    m_layer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Cells are editable only while an edit session is on (the model says which). Double-click zooms
    // to the row, so editing starts with F2, typing, or a click on the current cell.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setItemDelegate(new TableCellDelegate(m_view));
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    // A million rows: fixed heights, no row header and no sizing to contents, or the view would
    // measure every row.
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->horizontalHeader()->setHighlightSections(false);

    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            &AttributeTableModel::sort);
    connect(m_layer, &QComboBox::currentIndexChanged, this, &AttributeTableDock::openTable);
    connect(m_filters, &TableFilterBar::changed, this, &AttributeTableDock::applyFilters);
    connect(m_selectedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setSelection(m_selection->ids(table()));
        m_model->setSelectedOnly(on);
    });
    connect(m_zoom, &QToolButton::clicked, this, [this] {
        if (const auto bounds = selectedBounds())
            emit zoomRequested(*bounds);
    });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { zoomToRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTableDock::viewSelectionChanged);
    connect(m_selection, &FeatureSelection::changed, this, [this] {
        // After the current event: a change made from this view is followed once the view is done.
        if (!m_followPending) {
            m_followPending = true;
            QTimer::singleShot(0, this, &AttributeTableDock::followSelection);
        }
    });
    connect(m_model, &AttributeTableModel::rowsListed, this, &AttributeTableDock::showSelectionInView);
    connect(m_model, &AttributeTableModel::countsChanged, this, &AttributeTableDock::updateCounts);
    connect(m_model, &AttributeTableModel::loadingChanged, this, &AttributeTableDock::updateCounts);
    connect(m_model, &AttributeTableModel::failed, this,
            [this](const QString &message) { m_counts->setText(message); });
    connect(m_model, &AttributeTableModel::editRefused, this, [this](const QString &message) {
        m_counts->setText(message);
        const QRect cell = m_view->visualRect(m_view->currentIndex());
        QToolTip::showText(m_view->viewport()->mapToGlobal(cell.bottomLeft()), message, m_view);
    });

    fillLayers();
    retranslateUi();
    updateCounts();
}

AttributeTableDock::~AttributeTableDock() = default;

void AttributeTableDock::setStore(DistrictStore *store)
{
    m_store = store;
    if (!store) {
        m_model->close();
        m_filters->setModel(m_model);
        updateCounts();
        return;
    }
    openTable();
}

void AttributeTableDock::showTable(const QString &table)
{
    const int index = m_layer->findData(table);
    if (index < 0)
        return;
    if (index == m_layer->currentIndex())
        openTable();
    else
        m_layer->setCurrentIndex(index);
}

QString AttributeTableDock::table() const
{
    return m_model->table();
}

void AttributeTableDock::openTable()
{
    if (!m_store)
        return;
    const QString table = m_layer->currentData().toString();
    try {
        m_model->open(*m_store, table);
    } catch (const Error &e) {
        m_model->close();
        m_counts->setText(e.message());
    }
    {
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_filters->setModel(m_model);
    m_model->setSelection(m_selection->ids(table));
    m_model->setSelectedOnly(m_selectedOnly->isChecked());
    sizeColumns();
    updateCounts();
}

void AttributeTableDock::sizeColumns()
{
    // From the titles, not the rows: the rows are not read yet, and there may be a million.
    const QFontMetrics metrics = m_view->horizontalHeader()->fontMetrics();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const TableColumn &column = m_model->columns()[c];
        int width = metrics.horizontalAdvance(TableColumns::title(column)) + 32;
        // Codes whole (a 16-digit identifier), names of about a dozen characters.
        if (column.kind == TableColumn::Kind::Id)
            width = std::max(width, metrics.horizontalAdvance(QStringLiteral("0000000")) + 16);
        else if (column.name == QLatin1String("ident") || column.name == QLatin1String("grid_code"))
            width = std::max(width, metrics.horizontalAdvance(QStringLiteral("00000000000000000")) + 16);
        else if (column.kind == TableColumn::Kind::Entity || column.kind == TableColumn::Kind::Person ||
                 column.kind == TableColumn::Kind::Road || column.kind == TableColumn::Kind::ClassCode)
            width = std::max(width, metrics.horizontalAdvance(QStringLiteral("0000 中文中文中文中文中文")));
        else if (column.name == QLatin1String("name") || column.kind == TableColumn::Kind::Street ||
                 column.kind == TableColumn::Kind::Community)
            width = std::max(width, metrics.horizontalAdvance(QStringLiteral("中文中文中文中文")));
        m_view->setColumnWidth(c, std::min(width, 320));
    }
}

void AttributeTableDock::applyFilters()
{
    m_model->setQuery(m_filters->apply(m_model->query()));
}

void AttributeTableDock::reload()
{
    m_model->reload();
}

void AttributeTableDock::viewSelectionChanged()
{
    if (m_syncing || !m_model->isOpen())
        return;
    QSet<qint64> ids;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection)
        for (int row = range.top(); row <= range.bottom(); ++row)
            ids.insert(m_model->idAt(row));
    if (m_selectedOnly->isChecked()) {
        // The rows shown are the selection: rows taken out of the view's selection leave it, the
        // others stay selected.
        QSet<qint64> kept = m_selection->ids(table());
        QSet<qint64> shown(m_model->ids().cbegin(), m_model->ids().cend());
        kept.subtract(shown);
        ids.unite(kept);
    }
    m_selection->select(table(), ids, FeatureSelection::Mode::Replace);
}

void AttributeTableDock::followSelection()
{
    m_followPending = false;
    if (!m_model->isOpen())
        return;
    const QSet<qint64> ids = m_selection->ids(table());
    m_model->setSelection(ids); // lists the rows again when only the selected ones are shown
    if (!m_selectedOnly->isChecked())
        showSelectionInView();
    updateCounts();
}

void AttributeTableDock::showSelectionInView()
{
    const QSet<qint64> ids = m_selection->ids(table());
    QItemSelection selection;
    const QList<int> rows = m_model->rowsOf(ids);
    const int lastColumn = m_model->columnCount() - 1;
    // Consecutive rows as one range: a whole table selected is one range, not a million.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.append(
            QItemSelectionRange(m_model->index(rows[i], 0), m_model->index(rows[j], lastColumn)));
        i = j + 1;
    }
    m_syncing = true;
    const QItemSelection current = m_view->selectionModel()->selection();
    if (current != selection)
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
    if (!rows.isEmpty() && !m_selectedOnly->isChecked())
        m_view->scrollTo(m_model->index(rows.first(), 0), QAbstractItemView::EnsureVisible);
    updateCounts();
}

void AttributeTableDock::updateCounts()
{
    const QLocale locale;
    if (!m_model->isOpen()) {
        m_counts->setText(m_store ? QString() : tr("No district open"));
        m_zoom->setEnabled(false);
        m_selectedOnly->setEnabled(false);
        return;
    }
    const qint64 selected = m_selection->count(table());
    QString text = tr("%1 of %2 rows, %3 selected")
                       .arg(locale.toString(qint64(m_model->rowCount())),
                            locale.toString(m_model->totalCount()), locale.toString(selected));
    if (m_model->isLoading())
        text += QStringLiteral("  ") + tr("(listing rows\u2026)");
    m_counts->setText(text);
    m_zoom->setEnabled(selected > 0);
    m_selectedOnly->setEnabled(true);
}

std::optional<QRectF> AttributeTableDock::selectedBounds() const
{
    if (!m_store || !m_model->isOpen())
        return std::nullopt;
    QList<qint64> ids;
    // In row order, so that a capped zoom shows the rows at the top of the table.
    for (const int row : m_model->rowsOf(m_selection->ids(table()))) {
        ids.append(m_model->idAt(row));
        if (ids.size() >= kMaxZoomFeatures)
            break;
    }
    try {
        return featureBounds(*m_store, table(), ids);
    } catch (const Error &) {
        return std::nullopt;
    }
}

void AttributeTableDock::zoomToRow(int row)
{
    if (!m_store || row < 0)
        return;
    try {
        if (const auto bounds = featureBounds(*m_store, table(), {m_model->idAt(row)}))
            emit zoomRequested(*bounds);
    } catch (const Error &e) {
        m_counts->setText(e.message());
    }
}

void AttributeTableDock::fillLayers()
{
    const QString current = m_layer->currentData().toString();
    const QSignalBlocker blocker(m_layer);
    m_layer->clear();
    for (const QString &table : layerOrder())
        if (const LayerInfo *layer = findLayer(table))
            m_layer->addItem(layerTitle(*layer), table);
    m_layer->setCurrentIndex(std::max(0, m_layer->findData(current)));
}

void AttributeTableDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillLayers();
        m_model->retranslate();
        updateCounts();
    }
    QDockWidget::changeEvent(event);
}

void AttributeTableDock::retranslateUi()
{
    setWindowTitle(tr("Attribute Table"));
    m_layer->setToolTip(tr("Layer"));
    m_selectedOnly->setText(tr("Selected only"));
    m_selectedOnly->setToolTip(tr("Show only the rows selected here or on the map"));
    m_zoom->setText(tr("Zoom to Selection"));
    m_zoom->setToolTip(tr("Show the selected rows on the map (double-click a row to zoom to it)"));
}

} // namespace uo
