#include "app/workstation/permits/permit_statistics_dock.h"

#include "app/workstation/permits/permit_document.h"
#include "app/workstation/permits/road_dig_model.h"
#include "app/workstation/permits/route_share_chart.h"
#include "app/workstation/segments/table_style.h"
#include "core/permits/permit_rules.h"
#include "core/permits/permit_statistics.h"
#include "core/store/district_store.h"
#include "core/table/store_worker.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace uo {

PermitStatisticsDock::~PermitStatisticsDock()
{
    m_worker.reset(); // waits for a running job, whose answer then finds no dock
}

PermitStatisticsDock::PermitStatisticsDock(PermitDocument *document, QWidget *parent)
    : QDockWidget(parent), m_document(document), m_roads(new RoadDigModel(this))
{
    setObjectName(QStringLiteral("PermitStatisticsDock"));
    auto *body = new QWidget(this);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year() - 4, 1, 1), body);
    m_to = new QDateEdit(QDate(today.year(), 12, 31), body);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_top = new QSpinBox(body);
    m_top->setRange(1, 50);
    m_top->setValue(10);
    m_onMap = new QCheckBox(body);
    m_periodLabel = new QLabel(body);
    m_summary = new QLabel(body);
    m_summary->setWordWrap(true);
    m_routesLabel = new QLabel(body);
    m_roadsLabel = new QLabel(body);
    for (QLabel *l : {m_routesLabel, m_roadsLabel}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    m_chart = new RouteShareChart(body);
    m_view = new QTableView(body);
    m_view->setModel(m_roads);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(RoadDigModel::Road, QHeaderView::Stretch);
    setCompactRows(m_view);

    auto *period = new QHBoxLayout;
    period->addWidget(m_periodLabel);
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral("–"), body));
    period->addWidget(m_to);
    period->addStretch();
    auto *map = new QHBoxLayout;
    map->addWidget(m_onMap);
    map->addWidget(m_top);
    map->addStretch();
    auto *layout = new QVBoxLayout(body);
    layout->addLayout(period);
    layout->addWidget(m_summary);
    layout->addWidget(m_routesLabel);
    layout->addWidget(m_chart);
    layout->addWidget(m_roadsLabel);
    layout->addLayout(map);
    layout->addWidget(m_view, 1);
    setWidget(body);

    connect(m_from, &QDateEdit::dateChanged, this, &PermitStatisticsDock::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &PermitStatisticsDock::refresh);
    connect(m_top, &QSpinBox::valueChanged, this, &PermitStatisticsDock::emitMostDug);
    connect(m_onMap, &QCheckBox::toggled, this, &PermitStatisticsDock::emitMostDug);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit roadActivated(index.data(RoadDigModel::RoadIdRole).toLongLong());
    });
    connect(m_document, &PermitDocument::storeChanged, this, &PermitStatisticsDock::refresh);
    connect(m_document, &PermitDocument::permitsChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_document, &PermitDocument::rulesChanged, this, &PermitStatisticsDock::refresh);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
    retranslate();
}

void PermitStatisticsDock::setPeriod(QDate from, QDate to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

QDate PermitStatisticsDock::from() const
{
    return m_from->date();
}

QDate PermitStatisticsDock::to() const
{
    return m_to->date();
}

void PermitStatisticsDock::refresh()
{
    const JobTicket ticket = m_requests.start();
    DistrictStore *store = m_document->store();
    if (!store) {
        m_worker.reset();
        m_computing = false;
        showFigures({}, {});
        return;
    }
    if (!m_worker || m_workerPath != store->path()) {
        m_workerPath = store->path();
        m_worker = std::make_unique<StoreWorker>(
            m_workerPath, StoreWorker::queuedTo(this, [this](const QString &message) {
                m_computing = false;
                m_summary->setText(tr("The figures could not be worked out: %1").arg(message));
            }));
    }
    m_worker->clearPending();
    m_computing = true;
    m_summary->setText(tr("Working out the figures\u2026"));
    const QDate from = this->from(), to = this->to();
    m_worker->postLatest(
        this, ticket,
        [from, to](DistrictStore &reader) {
            return std::make_pair(PermitStatistics::digsPerRoad(reader, from, to),
                                  PermitStatistics::routeShares(reader, from, to));
        },
        [this](const std::pair<QList<RoadDigCount>, QList<RouteShare>> &figures) {
            showFigures(figures.first, figures.second);
        });
}

void PermitStatisticsDock::showFigures(const QList<RoadDigCount> &roads, const QList<RouteShare> &shares)
{
    m_computing = false;
    // Only the roads dug at all: the rest would bury the list under hundreds of zeros.
    QList<RoadDigCount> dug;
    int digs = 0;
    double km = 0;
    for (const RoadDigCount &r : roads) {
        km += r.lengthM / 1000.0;
        if (r.digs > 0) {
            dug.append(r);
            digs += r.digs;
        }
    }
    m_roads->setRoads(dug);
    m_view->resizeColumnToContents(RoadDigModel::Rank);
    m_chart->setShares(shares);
    if (roads.isEmpty()) {
        m_summary->clear();
    } else {
        const double years = std::max(1.0, double(from().daysTo(to()) + 1)) / 365.25;
        m_summary->setText(
            tr("%n dig(s) on %1 of the district's roads (%2 km): %3 digs per km and year overall.", nullptr,
               digs)
                .arg(dug.size())
                .arg(km, 0, 'f', 1)
                .arg(km > 0 ? digs / km / years : 0.0, 0, 'f', 3));
    }
    emitMostDug();
    emit refreshed();
}

void PermitStatisticsDock::emitMostDug()
{
    QList<qint64> ids;
    if (m_onMap->isChecked())
        for (const RoadDigCount &r : m_roads->roads().mid(0, m_top->value()))
            ids.append(r.roadId);
    emit mostDugChanged(ids);
}

void PermitStatisticsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QDockWidget::changeEvent(event);
}

void PermitStatisticsDock::retranslate()
{
    setWindowTitle(tr("Road-zipper statistics"));
    m_periodLabel->setText(tr("Period:"));
    m_onMap->setText(tr("Show the most-dug roads on the map:"));
    m_routesLabel->setText(tr("Disposition routes (target 70 / 20 / 10 %)"));
    m_roadsLabel->setText(tr("Most-dug roads"));
}

} // namespace uo
