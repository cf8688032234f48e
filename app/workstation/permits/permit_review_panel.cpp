#include "app/workstation/permits/permit_review_panel.h"

#include "app/workstation/permits/dig_timeline.h"
#include "app/workstation/permits/finding_model.h"
#include "app/workstation/permits/permit_document.h"
#include "app/workstation/permits/step_dialog.h"
#include "app/workstation/segments/table_style.h"
#include "core/permits/permit_labels.h"
#include "core/permits/permit_rules.h"
#include "core/permits/permit_statistics.h"
#include "core/permits/permit_workflow.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace uo {

namespace {

// Why a step is not offered: what has to happen before it.
QString whyNot(const QString &to)
{
    if (to == QLatin1String("submitted"))
        return PermitReviewPanel::tr("only a permit returned for joint excavation is resubmitted");
    if (to == QLatin1String("under_review"))
        return PermitReviewPanel::tr("review starts from a submitted application");
    if (PermitWorkflow::isDecision(to))
        return PermitReviewPanel::tr("decisions are taken on a permit under review");
    if (to == QLatin1String("works_started"))
        return PermitReviewPanel::tr("works start only once approved (emergency repairs dig first)");
    if (to == QLatin1String("restored"))
        return PermitReviewPanel::tr("the surface is restored after the works");
    return PermitReviewPanel::tr("acceptance follows the restoration");
}

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

PermitReviewPanel::PermitReviewPanel(PermitDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_today(QDate::currentDate()),
      m_prompt([](StepDialog &dialog) { return dialog.exec() == QDialog::Accepted; })
{
    m_title = heading(this);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blocked = new QLabel(this);
    m_blocked->setWordWrap(true);
    m_blocked->setStyleSheet(QStringLiteral("color: #b00000; font-weight: bold"));
    m_stepRow = new QHBoxLayout;
    m_refusedSteps = new QLabel(this);
    m_refusedSteps->setWordWrap(true);
    m_refusedSteps->setStyleSheet(QStringLiteral("color: palette(mid)"));
    m_edit = new QPushButton(this);
    m_redraw = new QPushButton(this);
    m_joint = new QPushButton(this);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_edit);
    editRow->addWidget(m_redraw);
    editRow->addWidget(m_joint);
    editRow->addStretch();

    m_findings = new FindingModel(this);
    m_findingView = new QTableView(this);
    m_findingView->setModel(m_findings);
    m_findingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findingView->horizontalHeader()->setStretchLastSection(true);
    m_findingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    setCompactRows(m_findingView);
    m_timeline = new DigTimeline(this);
    m_history = new QTreeWidget(this);
    m_history->setRootIsDecorated(false);
    m_history->setColumnCount(5);
    m_history->setMaximumHeight(130);
    m_findingsLabel = heading(this);
    m_timelineLabel = heading(this);
    m_historyLabel = heading(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addLayout(editRow);
    layout->addLayout(m_stepRow);
    layout->addWidget(m_refusedSteps);
    layout->addWidget(m_blocked);
    layout->addWidget(m_findingsLabel);
    layout->addWidget(m_findingView, 3);
    layout->addWidget(m_timelineLabel);
    layout->addWidget(m_timeline, 1);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);

    connect(m_findingView, &QTableView::clicked, this, &PermitReviewPanel::findingClicked);
    connect(m_findingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) { findingClicked(index); });
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_permitId); });
    connect(m_redraw, &QPushButton::clicked, this, [this] { emit redrawRequested(m_permitId); });
    connect(m_joint, &QPushButton::clicked, this, [this] {
        try {
            m_document->edit(m_permitId, {{QStringLiteral("joint_group"), review().proposedJointGroup}});
        } catch (const Error &error) {
            emit stepRefused(error.message());
        }
    });
    retranslate();
    setPermit(0);
}

const PermitReviewResult &PermitReviewPanel::review() const
{
    return m_findings->review();
}

void PermitReviewPanel::setPermit(qint64 permitId)
{
    m_permitId = permitId;
    refresh();
}

void PermitReviewPanel::refresh()
{
    DistrictStore *store = m_document->store();
    QVariantMap row =
        store && m_permitId > 0 ? store->readRow(tableOf(Layer::Permits), m_permitId) : QVariantMap();
    if (row.isEmpty()) {
        m_permitId = 0;
        m_status.clear();
        m_emergency = false;
        m_permitNo.clear();
        m_title->setText(tr("No permit chosen"));
        m_details->setText(tr("Choose a permit in the register to review it on the map."));
        m_findings->setReview({});
        m_scene = PermitScene();
        m_timeline->clear();
        m_history->clear();
        m_blocked->hide();
        rebuildSteps();
        emit sceneChanged(m_scene);
        return;
    }
    m_status = row.value(QStringLiteral("status")).toString();
    m_emergency = row.value(QStringLiteral("emergency")).toInt() != 0;
    m_permitNo = row.value(QStringLiteral("permit_no")).toString();
    m_title->setText(tr("Permit %1 — %2").arg(m_permitNo, PermitLabels::status(m_status)));
    auto text = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
    QStringList lines;
    lines << tr("%1, %2 (%3)")
                 .arg(text("applicant"), PermitLabels::utility(text("utility_type")),
                      PermitLabels::workType(text("work_type")));
    lines << tr("%1 to %2, %3 m², trench %4 m")
                 .arg(text("start_date"), text("end_date"))
                 .arg(row.value(QStringLiteral("area_m2")).toDouble(), 0, 'f', 1)
                 .arg(row.value(QStringLiteral("trench_length_m")).toDouble(), 0, 'f', 1);
    if (!text("location").isEmpty() || !text("reason").isEmpty())
        lines << QStringList{text("location"), text("reason")}.join(QStringLiteral(" — "));
    if (!text("joint_group").isEmpty())
        lines << tr("Joint excavation group %1").arg(text("joint_group"));
    m_details->setText(lines.join(QLatin1Char('\n')));

    const PermitReviewResult result = PermitReview::run(*store, m_permitId, m_today);
    m_findings->setReview(result);
    m_findingView->resizeColumnToContents(FindingModel::Rule);
    m_findingView->resizeColumnToContents(FindingModel::Outcome);
    m_blocked->setText(tr("A check failed: approving, rejecting or returning this permit needs a reason."));
    m_blocked->setVisible(result.blocked() && m_status == QLatin1String("under_review"));
    m_joint->setVisible(!result.proposedJointGroup.isEmpty() &&
                        text("joint_group") != result.proposedJointGroup);
    m_joint->setText(tr("Put in joint group %1").arg(result.proposedJointGroup));

    m_scene = PermitScene::load(*store, result);
    QList<DigTimeline::Lane> lanes;
    QList<qint64> roadIds;
    for (const PermitScene::Road &road : m_scene.roads)
        if (road.touched) {
            lanes.append({road.id, road.name});
            roadIds.append(road.id);
        }
    m_timeline->setTimeline(lanes, PermitStatistics::timeline(*store, roadIds), m_permitId, m_today,
                            PermitRules::load(*store).newRoadYears);
    loadHistory();
    rebuildSteps();
    emit sceneChanged(m_scene);
}

void PermitReviewPanel::rebuildSteps()
{
    // deleteLater: the step that rebuilds the row may come from one of these buttons' clicks.
    for (QPushButton *button : std::as_const(m_stepButtons)) {
        button->hide();
        button->deleteLater();
    }
    m_stepButtons.clear();
    const bool editable = m_document->isEditable() && m_permitId > 0;
    const QString why = m_document->whyNotEditable();
    for (QPushButton *button : {m_edit, m_redraw, m_joint}) {
        button->setEnabled(editable);
        button->setToolTip(why);
    }
    QStringList refused;
    for (const QString &to : PermitWorkflow::statuses()) {
        if (m_permitId == 0 || to == m_status)
            continue;
        if (!PermitWorkflow::allowed(m_status, to, m_emergency)) {
            refused << tr("%1: %2").arg(PermitLabels::status(to), whyNot(to));
            continue;
        }
        auto *button = new QPushButton(PermitLabels::step(to), this);
        button->setProperty("status", to);
        button->setEnabled(editable);
        button->setToolTip(why);
        connect(button, &QPushButton::clicked, this, [this, to] {
            const QString refusal = takeStep(to);
            if (!refusal.isEmpty())
                emit stepRefused(refusal);
        });
        m_stepRow->addWidget(button);
        m_stepButtons.append(button);
    }
    if (m_permitId > 0 && m_stepButtons.isEmpty())
        refused.prepend(tr("The permit's workflow is complete."));
    m_refusedSteps->setText(refused.isEmpty() ? QString()
                                              : tr("Not possible now — %1.").arg(refused.join(tr("; "))));
    m_refusedSteps->setVisible(!refused.isEmpty());
}

QString PermitReviewPanel::takeStep(const QString &to)
{
    if (m_permitId == 0)
        return tr("No permit chosen.");
    if (!PermitWorkflow::allowed(m_status, to, m_emergency))
        return tr("Permit %1 is %2; it cannot become %3: %4.")
            .arg(m_permitNo, PermitLabels::status(m_status), PermitLabels::status(to), whyNot(to));
    DistrictStore *store = m_document->store();
    const bool failed = PermitWorkflow::isDecision(to) && review().blocked();
    StepDialog dialog(m_permitNo, to, failed, store ? store->operatorName() : QString(),
                      store && store->isOnServer(), this);
    if (!m_prompt(dialog))
        return {};
    try {
        m_document->advance(m_permitId, to, dialog.reason(), dialog.route(), dialog.operatorName());
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

void PermitReviewPanel::loadHistory()
{
    m_history->clear();
    DistrictStore *store = m_document->store();
    if (!store || m_permitId == 0)
        return;
    for (const PermitStep &step : PermitWorkflow::history(*store, m_permitId)) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, QString(step.time).left(16).replace(QLatin1Char('T'), QLatin1Char(' ')));
        item->setText(1, step.operatorName);
        item->setText(2, tr("%1 → %2").arg(PermitLabels::status(step.from), PermitLabels::status(step.to)));
        item->setText(3, step.route.isEmpty() ? QString() : PermitLabels::route(step.route));
        item->setText(4, step.reason);
        item->setToolTip(4, step.reason);
    }
    for (int c = 0; c < 4; ++c)
        m_history->resizeColumnToContents(c);
}

void PermitReviewPanel::findingClicked(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto layer = index.data(FindingModel::LayerRole).value<std::optional<Layer>>();
    const QList<qint64> ids = index.data(FindingModel::IdsRole).value<QList<qint64>>();
    QRectF bounds = m_scene.bounds;
    const auto features = layer ? m_scene.features.value(*layer) : QHash<qint64, Geometry>();
    for (qint64 id : ids) {
        const auto it = features.constFind(id);
        if (it == features.cend())
            continue;
        // A point has an empty rectangle, which united() would drop.
        const QRectF r = it->bounds();
        bounds = bounds.united(r.isEmpty() ? QRectF(r.center() - QPointF(1, 1), QSizeF(2, 2)) : r);
    }
    emit highlightRequested(layer, ids, bounds);
}

void PermitReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void PermitReviewPanel::retranslate()
{
    m_edit->setText(tr("Edit…"));
    m_redraw->setText(tr("Redraw area"));
    m_findingsLabel->setText(tr("Checks"));
    m_timelineLabel->setText(tr("Digs on the touched roads"));
    m_historyLabel->setText(tr("History"));
    m_history->setHeaderLabels({tr("Time"), tr("Operator"), tr("Step"), tr("Route"), tr("Reason")});
}

} // namespace uo
