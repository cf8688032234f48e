#pragma once

#include "gis/render/layer_style.h"
#include "gis/render/legend.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace uo {

struct LayerInfo;

// The map layers as the layer tree shows them: top of the drawing order first, each layer row checkable
// (drawn or not) with its feature count once that is known, and under it its legend, one row per class
// with a symbol swatch. Layer rows can be dragged to change the drawing order.
//
// The model keeps the district's style as the tree shows it. What the user does here (a checkbox, a
// drag) changes the model at once and is announced with styleEdited(), so that the owner can make it an
// undoable command and save it; setStyle() takes a style from elsewhere (undo, the style dialog, a
// district opened) and changes only the rows that differ.
class LayerListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        CountColumn,
        ColumnCount
    };
    enum Role
    {
        TableRole = Qt::UserRole + 1,
        CountRole,
        ClassKeyRole,
        IsLayerRole
    };

    explicit LayerListModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Counts per layer table; a layer missing from `counts` shows no count.
    void setCounts(const QHash<QString, qint64> &counts);
    void clearCounts() { setCounts({}); }
    QSet<QString> visibleLayers() const;
    void setLayerVisible(const QString &table, bool visible);
    // The row of a layer among the top-level rows; -1 for none.
    int rowOf(const QString &table) const;
    QModelIndex layerIndex(const QString &table, int column = TitleColumn) const;
    // The layer a row stands for (a legend row: its layer); empty for an invalid index.
    QString tableAt(const QModelIndex &index) const;

    const DistrictStyle &style() const { return m_style; }
    void setStyle(const DistrictStyle &style);
    // Moves a layer to top-level row `row` (0 is drawn last), as a drag would.
    bool moveLayer(const QString &table, int row);
    // Layers whose style hides them at this 1:N scale are shown greyed; 0 for none.
    void setScaleDenominator(double scale);
    // Titles, legend labels and headers in the language just installed.
    void retranslate();

signals:
    void visibleLayersChanged(const QSet<QString> &tables);
    // The user changed the style here: `before` is what it was, the model already shows `after`.
    void styleEdited(const DistrictStyle &before, const DistrictStyle &after, const QString &description);

private:
    struct Row
    {
        QString table;
        const LayerInfo *layer; // null for a layer the store has but this version does not know
        qint64 count = -1;      // unknown
        QList<LegendItem> legend;
    };
    // A layer's place in m_slots never changes, so that a legend row's parent stays known however the
    // layers are reordered; m_order lists slots top row first.
    const Row &rowAt(int row) const { return m_slots.at(m_order.at(row)); }
    int slotOf(const QString &table) const;
    QString title(const Row &row) const;
    QVariant layerData(const QModelIndex &index, const Row &row, int role) const;
    QVariant legendData(const QModelIndex &index, const LegendItem &item, int role) const;
    // The style's order, bottom first, from the rows' order (top first).
    DistrictStyle styleInRowOrder() const;
    void emitAllChanged();

    QList<Row> m_slots;
    QList<int> m_order;
    DistrictStyle m_style;
    double m_scale = 0;
};

} // namespace uo
