#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace uo {

struct LayerInfo;

// The map layers as the layer list shows them: top of the drawing order first, each row checkable
// (drawn or not) with its feature count once that is known.
class LayerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, CountColumn, ColumnCount };
    enum Role { TableRole = Qt::UserRole + 1, CountRole };

    explicit LayerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Counts per layer table; a layer missing from `counts` shows no count.
    void setCounts(const QHash<QString, qint64> &counts);
    void clearCounts() { setCounts({}); }
    QSet<QString> visibleLayers() const;
    void setLayerVisible(const QString &table, bool visible);
    int rowOf(const QString &table) const;
    // Titles and headers in the language just installed.
    void retranslate();

signals:
    void visibleLayersChanged(const QSet<QString> &tables);

private:
    struct Row
    {
        const LayerInfo *layer;
        bool visible = true;
        qint64 count = -1; // unknown
    };
    QList<Row> m_rows;
};

} // namespace uo
