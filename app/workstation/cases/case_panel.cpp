#include "app/workstation/cases/case_panel.h"

#include "app/workstation/cases/case_document.h"
#include "app/workstation/cases/case_step_dialog.h"
#include "core/cases/case_labels.h"
#include "core/cases/case_time.h"
#include "core/cases/case_units.h"
#include "core/cases/dispatch_rules.h"
#include "core/store/district_store.h"
#include "core/store/feature_attributes.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace uo {

namespace {
QString when(const QDateTime &t)
{
    return t.isValid()
               ? t.toOffsetFromUtc(case_time::kOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QString();
}
} // namespace

CasePanel::CasePanel(CaseDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_fields = new QFormLayout;
    m_suggestion = new QLabel(this);
    m_suggestion->setWordWrap(true);
    m_buttons = new QHBoxLayout;
    m_timeline = new QTreeWidget(this);
    m_timeline->setColumnCount(4);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setWordWrap(true);
    m_timeline->header()->setStretchLastSection(true);
    layout->addWidget(m_title);
    layout->addLayout(m_fields);
    layout->addWidget(m_suggestion);
    layout->addLayout(m_buttons);
    layout->addWidget(m_timeline, 1);
    connect(m_document, &CaseDocument::casesChanged, this, [this](qint64 id) {
        if (id == 0 || id == m_case.id)
            refresh();
    });
    connect(m_document, &CaseDocument::storeChanged, this, [this] { setCase(0); });
    rebuild();
}

void CasePanel::setCase(qint64 caseId)
{
    m_case = CaseSummary();
    m_case.id = caseId;
    refresh();
}

void CasePanel::refresh()
{
    const qint64 id = m_case.id;
    m_case = id > 0 && m_document->hasCases() ? CaseRegister::one(*m_document->store(), id) : CaseSummary();
    rebuild();
}

QString CasePanel::suggestionText() const
{
    return m_suggestion->text();
}

QStringList CasePanel::stepsOffered() const
{
    return m_steps;
}

void CasePanel::rebuild()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_timeline->clear();
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("Note, unit, route")});
    m_steps.clear();
    if (m_case.id == 0) {
        m_title->setText(tr("Choose a case in the register, the queue or on the map."));
        m_suggestion->clear();
        return;
    }
    const CaseSummary &c = m_case;
    QString state = CaseLabels::state(c.state);
    if (c.overdue)
        state =
            tr("<span style='color:#c01010'><b>%1, overdue since %2</b></span>").arg(state, when(c.dueAt));
    m_title->setText(
        tr("<b>%1</b> %2 %3<br>%4").arg(c.caseNo, c.classCode, c.className.toHtmlEscaped(), state));
    const auto row = [this](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *text = new QLabel(value, this);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields->addRow(label, text);
    };
    DistrictStore *store = m_document->store();
    row(tr("Source"), CaseLabels::source(c.source));
    row(tr("Reported"),
        c.reporter.isEmpty() ? when(c.reportedAt) : tr("%1 by %2").arg(when(c.reportedAt), c.reporter));
    row(tr("Description"), c.description);
    row(tr("Street, community"),
        c.communityName.isEmpty() ? c.streetName : tr("%1, %2").arg(c.streetName, c.communityName));
    row(tr("Grid cell"), c.gridCode);
    row(tr("Segment and chief"),
        c.segmentName.isEmpty() ? QString() : tr("%1 (chief %2)").arg(c.segmentName, c.chiefName));
    if (c.componentId > 0 && store)
        row(tr("Nearest component"),
            FeatureAttributes::displayName(*store, tableOf(Layer::Components), c.componentId));
    row(tr("Time limit"),
        c.dueAt.isValid() ? tr("until %1").arg(when(c.dueAt)) : tr("starts when the case is accepted"));
    row(tr("Dispatched to"),
        c.unitName.isEmpty() ? QString() : tr("%1 (%2)").arg(c.unitName, CaseLabels::level(c.level)));
    row(tr("Solved by"), c.route.isEmpty() ? QString() : CaseLabels::route(c.route));
    if (c.reopened > 0)
        row(tr("Reopened"), tr("%n time(s)", nullptr, c.reopened));

    // Where the rules send it, shown before the one click that follows them.
    if (store && CaseWorkflow::isOpen(c.state)) {
        const DispatchTarget target = DispatchRules::suggest(*store, c.id);
        m_suggestion->setText(target.isValid()
                                  ? tr("Dispatch rule %1 sends it to %2 (%3)%4")
                                        .arg(target.priority)
                                        .arg(CaseUnits::Names(*store).of(target.unit),
                                             CaseLabels::level(target.level),
                                             target.note.isEmpty() ? QString() : tr(": %1").arg(target.note))
                                  : tr("No dispatch rule matches this case."));
    } else {
        m_suggestion->clear();
    }

    const bool editable = m_document->isEditable();
    for (const QString &to : CaseWorkflow::next(c.state)) {
        QString label = CaseLabels::step(to);
        if (CaseWorkflow::isReopen(c.state, to))
            label = tr("Reopen…");
        else if (c.state == QLatin1String("reported") && to == QLatin1String("dispatched"))
            label = tr("Not solved: send back…");
        else if (c.state == QLatin1String("dispatched") && to == QLatin1String("dispatched"))
            label = tr("Dispatch elsewhere…");
        auto *button = new QPushButton(label, this);
        const QString why = m_document->whyNot(to, c.chiefId);
        button->setEnabled(editable && why.isEmpty());
        button->setToolTip(why);
        connect(button, &QPushButton::clicked, this, [this, to] { step(to); });
        m_buttons->addWidget(button);
        m_steps.append(to);
    }
    m_buttons->addStretch();
    auto *zoom = new QPushButton(tr("Show on the map"), this);
    connect(zoom, &QPushButton::clicked, this, [this] { emit zoomRequested(m_case.point); });
    m_buttons->addWidget(zoom);

    if (store)
        for (const CaseHistoryStep &s : CaseHistory::of(*store, c.id)) {
            QStringList details;
            if (!s.note.isEmpty())
                details.append(s.note);
            if (!s.unitName.isEmpty())
                details.append(tr("to %1").arg(s.unitName));
            if (!s.route.isEmpty())
                details.append(CaseLabels::route(s.route));
            auto *item = new QTreeWidgetItem(
                m_timeline, {when(s.time), s.operatorName, CaseLabels::state(s.to), details.join(tr("; "))});
            item->setToolTip(3, details.join(QLatin1Char('\n')));
        }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(2);
}

bool CasePanel::take(const QString &to, const QString &note)
{
    CaseStep step{to, note, {}, {}, {}};
    DistrictStore *store = m_document->store();
    if (!store)
        return false;
    if (to == QLatin1String("dispatched")) {
        const DispatchTarget target = DispatchRules::suggest(*store, m_case.id);
        step.level = target.level;
        step.unit = target.unit;
    }
    if (to == QLatin1String("closed"))
        step.route = CaseWorkflow::suggestedRoute(*store, m_case.id);
    try {
        m_document->advance(m_case.id, step);
        return true;
    } catch (const Error &e) {
        emit stepRefused(e.message());
        return false;
    }
}

void CasePanel::step(const QString &to)
{
    DistrictStore *store = m_document->store();
    if (!store || m_case.id == 0)
        return;
    CaseStepDialog dialog(m_case.caseNo, m_case.state, to, store->operatorName(), store->isOnServer(), this);
    if (to == QLatin1String("dispatched")) {
        const DispatchTarget target = DispatchRules::suggest(*store, m_case.id);
        dialog.setUnits(CaseUnits::choices(*store, m_case.streetCode, m_case.segmentId), target.unit,
                        target.isValid()
                            ? tr("Suggested by dispatch rule %1%2")
                                  .arg(target.priority)
                                  .arg(target.note.isEmpty() ? QString() : tr(": %1").arg(target.note))
                            : tr("No dispatch rule matches: choose the unit."));
    }
    if (to == QLatin1String("closed"))
        dialog.setRoute(CaseWorkflow::suggestedRoute(*store, m_case.id));
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        m_document->advance(m_case.id, {to, dialog.note(), dialog.level(), dialog.unit(), dialog.route()},
                            dialog.operatorName());
    } catch (const Error &e) {
        emit stepRefused(e.message());
    }
}

void CasePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace uo
