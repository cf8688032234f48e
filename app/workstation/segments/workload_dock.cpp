#include "app/workstation/segments/workload_dock.h"

#include "app/workstation/segments/progress_card.h"
#include "app/workstation/segments/segment_document.h"
#include "app/workstation/segments/table_style.h"
#include "app/workstation/segments/workload_model.h"
#include "core/store/store_error.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace uo {

WorkloadDock::WorkloadDock(SegmentDocument *document, QWidget *parent)
    : QDockWidget(parent), m_document(document), m_model(new WorkloadModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("WorkloadDock"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(WorkloadModel::SortRole);
    m_sorted->setSortLocaleAware(true);
    auto *body = new QWidget(this);
    m_card = new ProgressCard(body);
    m_view = new QTableView(body);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(WorkloadModel::SegmentsColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    setCompactRows(m_view);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WorkloadModel::UnitColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_card);
    layout->addWidget(m_view, 1);
    setWidget(body);

    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit personActivated(index.data(WorkloadModel::PersonIdRole).toLongLong());
    });
    connect(m_document, &SegmentDocument::storeChanged, this, &WorkloadDock::reload);
    connect(m_document, &SegmentDocument::assignmentsChanged, this, &WorkloadDock::reload);
    connect(m_document, &SegmentDocument::rosterChanged, this, &WorkloadDock::reload);
    setWindowTitle(tr("Workload"));
    reload();
}

void WorkloadDock::reload()
{
    DistrictStore *store = m_document->store();
    try {
        m_model->reload(store);
        if (store)
            m_card->setFigures(SegmentQueries(*store).progress());
        else
            m_card->clear();
    } catch (const Error &error) {
        m_model->reload(nullptr);
        m_card->clear();
        m_document->reportFailure(error.message());
    }
}

void WorkloadDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Workload"));
        m_model->retranslate();
    }
    QDockWidget::changeEvent(event);
}

} // namespace uo
