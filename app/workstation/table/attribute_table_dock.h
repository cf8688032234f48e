#pragma once

#include <QDockWidget>
#include <QRectF>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace uo {

class AttributeTableModel;
class FeatureSelection;
class TableFilterBar;

class DistrictStore;

// The attribute table of one map layer at a time: its rows (all 1.38 million components, read a
// window at a time), the filter bar, "selected rows only", zoom to rows and the counts. Rows
// selected here are the window's feature selection, and the other way round.
class AttributeTableDock : public QDockWidget
{
    Q_OBJECT

public:
    AttributeTableDock(FeatureSelection *selection, QWidget *parent = nullptr);
    ~AttributeTableDock() override;

    // The store the table reads: names and bounds through `db`, rows through the workers' own
    // connections to the same file. Null closes the table.
    void setStore(DistrictStore *store);
    // Shows `table` (a map layer) with no filters.
    void showTable(const QString &table);
    QString table() const;

    AttributeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    TableFilterBar *filterBar() const { return m_filters; }
    QComboBox *layerBox() const { return m_layer; }
    QCheckBox *selectedOnlyBox() const { return m_selectedOnly; }
    QToolButton *zoomButton() const { return m_zoom; }
    QLabel *countLabel() const { return m_counts; }

    // The rectangle (store CRS) holding the features of the selected rows; nothing when there are none.
    std::optional<QRectF> selectedBounds() const;
    // Lists the rows again, e.g. after an edit.
    void reload();

signals:
    void zoomRequested(const QRectF &mapRect);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openTable();
    void applyFilters();
    void viewSelectionChanged();
    void followSelection();
    void showSelectionInView();
    void updateCounts();
    void zoomToRow(int row);
    void retranslateUi();
    void fillLayers();
    void sizeColumns();

    FeatureSelection *m_selection;
    DistrictStore *m_store = nullptr;
    AttributeTableModel *m_model;
    QComboBox *m_layer;
    TableFilterBar *m_filters;
    QCheckBox *m_selectedOnly;
    QToolButton *m_zoom;
    QTableView *m_view;
    QLabel *m_counts;
    bool m_syncing = false;       // the view's selection is being set from the feature selection
    bool m_followPending = false; // a feature selection change waits to be shown
};

} // namespace uo
