#include "app/workstation/map_tools/identify_dock.h"

#include "core/store/district_store.h"
#include "core/store/feature_attributes.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>
#include <algorithm>

namespace uo {

IdentifyDock::IdentifyDock(QWidget *parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("IdentifyDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(body);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(body);
    m_tree->setColumnCount(2);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // The attribute column is as wide as the attribute titles need (not the feature names, which
    // span both columns) and never more than half of the panel: the values get the rest.
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->viewport()->installEventFilter(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    setWidget(body);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        // An attribute's feature is its parent.
        while (item && !item->data(0, TableRole).isValid())
            item = item->parent() && item->parent()->parent() ? item->parent() : nullptr;
        if (item)
            emit currentFeatureChanged(item->data(0, TableRole).toString(),
                                       item->data(0, IdRole).toLongLong());
        else
            emit currentFeatureChanged(QString(), 0);
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, TableRole).isValid())
            emit featureActivated(item->data(0, TableRole).toString(), item->data(0, IdRole).toLongLong());
    });
    retranslate();
}

void IdentifyDock::setExtra(QWidget *widget)
{
    if (widget == m_extra)
        return;
    delete m_extra;
    m_extra = widget;
    if (widget)
        static_cast<QVBoxLayout *>(this->widget()->layout())->addWidget(widget, 1);
}

void IdentifyDock::setStore(DistrictStore *store)
{
    m_store = store;
    clear();
}

void IdentifyDock::showHits(const QList<FeatureHit> &hits, QPointF mapPoint)
{
    m_hits = hits;
    m_point = mapPoint;
    m_shown = true;
    rebuild();
}

void IdentifyDock::clear()
{
    m_hits.clear();
    m_shown = false;
    rebuild();
}

void IdentifyDock::rebuild()
{
    m_tree->clear();
    const QLocale locale;
    if (!m_shown)
        m_summary->setText(tr("Click on the map with the Identify tool to see what lies there."));
    else if (m_hits.isEmpty())
        m_summary->setText(
            tr("Nothing at E %1 N %2.")
                .arg(locale.toString(m_point.x(), 'f', 1), locale.toString(m_point.y(), 'f', 1)));
    else
        m_summary->setText(
            tr("%n feature(s) at E %1 N %2.", nullptr, int(m_hits.size()))
                .arg(locale.toString(m_point.x(), 'f', 1), locale.toString(m_point.y(), 'f', 1)));
    if (!m_store)
        return;
    QTreeWidgetItem *layerItem = nullptr;
    QString layerTable;
    QTreeWidgetItem *firstFeature = nullptr;
    try {
        for (const FeatureHit &hit : std::as_const(m_hits)) {
            if (!layerItem || hit.table != layerTable) {
                const LayerInfo *layer = findLayer(hit.table);
                layerItem = new QTreeWidgetItem(m_tree, {layer ? layerTitle(*layer) : hit.table});
                QFont bold = layerItem->font(0);
                bold.setBold(true);
                layerItem->setFont(0, bold);
                layerItem->setFirstColumnSpanned(true);
                layerItem->setExpanded(true);
                layerTable = hit.table;
            }
            QString name = FeatureAttributes::displayName(*m_store, hit.table, hit.id);
            if (name.isEmpty())
                name = tr("#%1").arg(hit.id);
            auto *featureItem = new QTreeWidgetItem(layerItem, {name});
            featureItem->setData(0, TableRole, hit.table);
            featureItem->setData(0, IdRole, hit.id);
            featureItem->setFirstColumnSpanned(true);
            featureItem->setToolTip(0, tr("Double-click to show it on the map"));
            for (const FeatureAttribute &attribute : FeatureAttributes::read(*m_store, hit.table, hit.id)) {
                auto *row = new QTreeWidgetItem(featureItem, {attribute.title, attribute.value});
                row->setToolTip(0, attribute.column);
                row->setToolTip(1, attribute.value);
            }
            if (!firstFeature)
                firstFeature = featureItem;
            // With a handful of hits every feature opens; with many, only the first.
            featureItem->setExpanded(m_hits.size() <= 3 || featureItem == firstFeature);
        }
    } catch (const Error &error) {
        m_summary->setText(error.message());
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const LayerInfo *layer = findLayer(item->child(0)->data(0, TableRole).toString());
        if (layer)
            item->setText(0, tr("%1 (%2)").arg(layerTitle(*layer)).arg(item->childCount()));
    }
    if (firstFeature)
        m_tree->setCurrentItem(firstFeature);
    fitColumns();
}

void IdentifyDock::fitColumns()
{
    const QFontMetrics metrics = m_tree->fontMetrics();
    int titles = metrics.horizontalAdvance(m_tree->headerItem()->text(0));
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->parent() && (*it)->parent()->parent()) // an attribute: layer > feature > attribute
            titles = std::max(titles, metrics.horizontalAdvance((*it)->text(0)));
    const int wanted = titles + 2 * m_tree->indentation() + 16;
    m_tree->header()->resizeSection(0, std::min(wanted, m_tree->viewport()->width() / 2));
}

QSize IdentifyDock::sizeHint() const
{
    // Wide enough for an address or a class name beside its title without cutting it.
    return QDockWidget::sizeHint().expandedTo(QSize(400, 300));
}

bool IdentifyDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QDockWidget::eventFilter(watched, event);
}

void IdentifyDock::retranslate()
{
    setWindowTitle(tr("Identify Results"));
    // After the title, which the dock also makes the text of its menu entry: this one has a mnemonic.
    toggleViewAction()->setText(tr("Identify &Results"));
    m_tree->setHeaderLabels({tr("Attribute"), tr("Value")});
}

void IdentifyDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QDockWidget::changeEvent(event);
}

} // namespace uo
