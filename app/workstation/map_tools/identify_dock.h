#pragma once

#include "gis/map_snapshot/feature_lookup.h"

#include <QDockWidget>
#include <QPointF>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace uo {

class DistrictStore;

// What identify found, with all of its attributes read from the store: one branch per layer (topmost
// first), one per feature under it, its attributes under that. A single feature is shown opened.
class IdentifyDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit IdentifyDock(QWidget *parent = nullptr);

    void setStore(DistrictStore *store);
    void showHits(const QList<FeatureHit> &hits, QPointF mapPoint);
    void clear();

    QTreeWidget *tree() const { return m_tree; }
    QSize sizeHint() const override;
    enum Role
    {
        TableRole = Qt::UserRole + 1,
        IdRole
    };

signals:
    // The user double-clicked a feature: show it on the map.
    void featureActivated(const QString &table, qint64 id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void fitColumns();
    void retranslate();

    DistrictStore *m_store = nullptr;
    QList<FeatureHit> m_hits;
    QPointF m_point;
    bool m_shown = false;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace uo
