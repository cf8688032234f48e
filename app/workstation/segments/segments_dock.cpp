#include "app/workstation/segments/segments_dock.h"

#include "app/workstation/segments/segment_document.h"
#include "app/workstation/segments/segment_filter_model.h"
#include "app/workstation/segments/segment_table_model.h"
#include "app/workstation/segments/table_style.h"
#include "core/store/store_error.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace uo {

SegmentsDock::SegmentsDock(SegmentDocument *document, QWidget *parent)
    : QDockWidget(parent), m_document(document), m_model(new SegmentTableModel(this)),
      m_filter(new SegmentFilterModel(this))
{
    setObjectName(QStringLiteral("SegmentsDock"));
    m_filter->setSourceModel(m_model);

    auto *body = new QWidget(this);
    m_filterEdit = new QLineEdit(body);
    m_filterEdit->setClearButtonEnabled(true);
    m_unassignedOnly = new QCheckBox(body);
    m_count = new QLabel(body);
    m_view = new QTableView(body);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SegmentTableModel::RoadColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    setCompactRows(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_unassignedOnly);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);
    setWidget(body);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &SegmentFilterModel::setText);
    connect(m_unassignedOnly, &QCheckBox::toggled, m_filter, &SegmentFilterModel::setUnassignedOnly);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &SegmentsDock::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &SegmentsDock::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SegmentsDock::updateCount);
    // Sized to the content once per district: resizing after every edit would make the columns jump.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &SegmentsDock::updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectionChanged(selectedSegments()); });
    connect(m_document, &SegmentDocument::storeChanged, this, &SegmentsDock::reload);
    connect(m_document, &SegmentDocument::assignmentsChanged, this, &SegmentsDock::reload);
    retranslate();
    reload();
}

void SegmentsDock::reload()
{
    try {
        m_model->reload(m_document->store());
    } catch (const Error &error) {
        m_model->reload(nullptr);
        m_document->reportFailure(error.message());
    }
    updateCount();
}

QList<qint64> SegmentsDock::selectedSegments() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids.append(row.data(SegmentTableModel::SegmentIdRole).toLongLong());
    return ids;
}

void SegmentsDock::selectSegments(const QList<qint64> &ids)
{
    QItemSelection selection;
    for (qint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection,
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_view->scrollTo(selection.first().topLeft());
}

void SegmentsDock::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

void SegmentsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void SegmentsDock::retranslate()
{
    setWindowTitle(tr("Segments"));
    m_filterEdit->setPlaceholderText(tr("Filter by road, segment or chief"));
    m_unassignedOnly->setText(tr("Unassigned only"));
    m_unassignedOnly->setToolTip(tr("Show only the segments that need a chief"));
    m_model->retranslate();
    updateCount();
}

} // namespace uo
