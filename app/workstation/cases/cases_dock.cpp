#include "app/workstation/cases/cases_dock.h"

#include "app/workstation/cases/case_document.h"
#include "app/workstation/cases/case_filter_model.h"
#include "app/workstation/cases/case_table_model.h"
#include "app/workstation/segments/table_style.h"
#include "core/cases/case_labels.h"
#include "core/cases/case_time.h"
#include "core/cases/case_units.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace uo {

namespace {

QToolButton *textButton(QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

} // namespace

CasesDock::CasesDock(Role role, CaseDocument *document, QWidget *parent)
    : QDockWidget(parent), m_role(role), m_document(document), m_model(new CaseTableModel(this)),
      m_filter(new CaseFilterModel(this))
{
    setObjectName(role == Role::Register ? QStringLiteral("CasesDock") : QStringLiteral("CaseQueueDock"));
    m_filter->setSourceModel(m_model);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *actions = new QHBoxLayout;
    if (role == Role::Register) {
        setUpFilters(body, layout);
        setUpRegisterActions(body, actions);
    } else {
        setUpQueueActions(body, actions);
    }
    m_count = new QLabel(body);
    actions->addStretch();
    actions->addWidget(m_count);
    layout->addLayout(actions);
    setUpView(body, layout);
    setWidget(body);
    connectCases();
    retranslate();
}

// The register's filters above its table: state, street, overdue, a period, and any text.
void CasesDock::setUpFilters(QWidget *body, QVBoxLayout *layout)
{
    m_state = new QComboBox(body);
    m_street = new QComboBox(body);
    m_overdue = new QCheckBox(body);
    m_period = new QCheckBox(body);
    m_from = new QDateEdit(body);
    m_to = new QDateEdit(body);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_text = new QLineEdit(body);
    m_text->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_street);
    filters->addWidget(m_overdue);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CasesDock::applyFilters);
    connect(m_street, &QComboBox::currentIndexChanged, this, &CasesDock::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &CasesDock::applyFilters);
    connect(m_period, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilters();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::userDateChanged, this, [this, edit] {
            m_periodChosen = true;
            // The other end follows rather than leave a period that ends before it begins.
            const QSignalBlocker b1(m_from), b2(m_to);
            if (m_from->date() > m_to->date())
                (edit == m_from ? m_to : m_from)->setDate(edit->date());
            applyFilters();
        });
    connect(m_text, &QLineEdit::textChanged, this, &CasesDock::applyFilters);
}

// The register's actions: a new case, the rules, the monthly report, the density map.
void CasesDock::setUpRegisterActions(QWidget *body, QHBoxLayout *actions)
{
    m_new = textButton(body);
    m_rules = textButton(body);
    m_report = textButton(body);
    m_density = textButton(body);
    m_density->setCheckable(true);
    for (QToolButton *b : {m_new, m_rules, m_report, m_density})
        actions->addWidget(b);
    connect(m_new, &QToolButton::clicked, this, &CasesDock::newRequested);
    connect(m_rules, &QToolButton::clicked, this, &CasesDock::rulesRequested);
    connect(m_report, &QToolButton::clicked, this, &CasesDock::reportRequested);
    connect(m_density, &QToolButton::toggled, this, &CasesDock::densityRequested);
}

// The queue's one action: accept the chosen case and dispatch it where the rules say.
void CasesDock::setUpQueueActions(QWidget *body, QHBoxLayout *actions)
{
    m_accept = textButton(body);
    actions->addWidget(m_accept);
    connect(m_accept, &QToolButton::clicked, this, [this] {
        try {
            m_document->acceptAndDispatch(currentCase());
        } catch (const Error &e) {
            QMessageBox::warning(this, windowTitle(), e.message());
        }
    });
}

// The cases' table; the queue leaves out the columns a dispatcher does not need.
void CasesDock::setUpView(QWidget *body, QVBoxLayout *layout)
{
    m_view = new QTableView(body);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseTableModel::Reported, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    setCompactRows(m_view);
    if (m_role == Role::Queue)
        for (int column : {CaseTableModel::Source, CaseTableModel::Segment, CaseTableModel::Chief,
                           CaseTableModel::Due, CaseTableModel::Route})
            m_view->setColumnHidden(column, true);
    layout->addWidget(m_view, 1);
}

// The chosen case announced; the table follows the district: read anew when the store or the rules
// change, one case anew after an action on it, the count and the choice kept up as the rows arrive.
void CasesDock::connectCases()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const qint64 id = currentCase();
        if (m_accept) {
            const CaseSummary *c = m_model->caseAt(m_model->rowOf(id));
            const QString why = c ? m_document->whyNot(QStringLiteral("accepted"), c->chiefId) : QString();
            m_accept->setEnabled(m_document->isEditable() && c && c->state == QLatin1String("collected") &&
                                 why.isEmpty());
            m_accept->setToolTip(why);
        }
        if (id == m_chosen)
            return;
        m_chosen = id;
        emit caseChosen(id);
    });
    connect(m_document, &CaseDocument::storeChanged, this, &CasesDock::reload);
    connect(m_document, &CaseDocument::rulesChanged, this, &CasesDock::reload);
    connect(m_document, &CaseDocument::casesChanged, this, [this](qint64 id) {
        const qint64 current = currentCase();
        if (id > 0 && m_model->rowOf(id) >= 0)
            m_model->reloadCase(m_document->store(), id);
        else
            reload();
        if (current > 0)
            chooseCase(current);
        emit m_view->selectionModel()->currentRowChanged(m_view->currentIndex(), m_view->currentIndex());
    });
    connect(m_model, &CaseTableModel::loadingChanged, this, [this](bool loading) {
        m_view->setEnabled(!loading);
        updateCount();
    });
    connect(m_model, &CaseTableModel::loaded, this, [this] {
        for (int column : {CaseTableModel::Number, CaseTableModel::Class, CaseTableModel::State})
            m_view->resizeColumnToContents(column);
        proposePeriod();
        updateCount();
        const qint64 wanted = std::exchange(m_pendingChoice, 0);
        if (wanted > 0)
            chooseCase(wanted);
    });
    connect(m_model, &CaseTableModel::loadFailed, this, [this](const QString &message) {
        m_count->setText(tr("The cases could not be read: %1").arg(message));
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &CasesDock::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &CasesDock::updateCount);
}

qint64 CasesDock::currentCase() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(CaseTableModel::IdRole).toLongLong() : 0;
}

void CasesDock::chooseCase(qint64 caseId)
{
    if (m_model->isLoading()) {
        m_pendingChoice = caseId;
        return;
    }
    const int row = m_model->rowOf(caseId);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid() && m_role == Role::Register) {
        // Hidden by the filters: clear them rather than choose a case the user cannot see.
        m_state->setCurrentIndex(0);
        m_street->setCurrentIndex(0);
        m_overdue->setChecked(false);
        m_period->setChecked(false);
        m_text->clear();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CasesDock::reload()
{
    m_pendingChoice = 0;
    m_chosen = 0;
    CaseFilter filter;
    if (m_role == Role::Queue) {
        // Today's cases: read from the store alone (through the index on the reporting time) rather than
        // a year of them on the worker next to the register's own read.
        const QDate today = QDateTime::currentDateTime().toOffsetFromUtc(case_time::kOffsetSeconds).date();
        filter.reportedFrom = today;
        m_filter->setReportedFrom(today);
    }
    m_model->reload(m_document->hasCases() ? m_document->store() : nullptr, filter);
    fillChoices();
    const bool editable = m_document->isEditable();
    if (m_new) {
        m_new->setEnabled(editable);
        m_rules->setEnabled(m_document->hasCases());
        m_report->setEnabled(m_document->hasCases());
    }
    if (m_accept)
        m_accept->setEnabled(false);
    updateCount();
}

void CasesDock::fillChoices()
{
    if (m_role != Role::Register)
        return;
    const QSignalBlocker b1(m_state), b2(m_street);
    const QString state = m_state->currentData().toString(), street = m_street->currentData().toString();
    m_state->clear();
    m_state->addItem(tr("Any state"), QString());
    m_state->addItem(tr("Open"), QStringLiteral("open"));
    for (const QString &key : CaseLabels::states())
        m_state->addItem(CaseLabels::state(key), key);
    m_street->clear();
    m_street->addItem(tr("Any street"), QString());
    if (m_document->hasCases())
        for (const auto &[code, name] : CaseUnits::streets(*m_document->store()))
            m_street->addItem(name, code);
    m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
    m_street->setCurrentIndex(std::max(0, m_street->findData(street)));
    applyFilters();
}

void CasesDock::applyFilters()
{
    if (m_role != Role::Register)
        return;
    m_filter->setState(m_state->currentData().toString());
    m_filter->setStreet(m_street->currentData().toString());
    m_filter->setOverdueOnly(m_overdue->isChecked());
    m_filter->setReportedFrom(m_period->isChecked() ? m_from->date() : QDate());
    m_filter->setReportedTo(m_period->isChecked() ? m_to->date() : QDate());
    m_filter->setText(m_text->text());
    updateCount();
}

void CasesDock::proposePeriod()
{
    // Until the user picks dates, the period offered is the last 30 days of cases: up to the newest
    // report, which in a district read from elsewhere may lie well before today.
    if (m_role != Role::Register || m_periodChosen)
        return;
    const CaseSummary *newestCase = m_model->caseAt(0); // the register lists the newest first
    const QDateTime newest = newestCase ? newestCase->reportedAt : QDateTime();
    const QDate last = newest.isValid()
                           ? newest.toOffsetFromUtc(case_time::kOffsetSeconds).date()
                           : QDateTime::currentDateTime().toOffsetFromUtc(case_time::kOffsetSeconds).date();
    const QSignalBlocker b1(m_from), b2(m_to);
    m_to->setDate(last);
    m_from->setDate(last.addDays(-29));
    applyFilters();
}

void CasesDock::updateCount()
{
    if (m_model->isLoading()) {
        m_count->setText(tr("Reading the cases…"));
        return;
    }
    int overdue = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        overdue += m_filter->index(row, 0).data(CaseTableModel::OverdueRole).toBool();
    const QString shown = tr("%1 of %n case(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount());
    m_count->setText(overdue > 0 ? tr("%1, %n overdue", nullptr, overdue).arg(shown) : shown);
}

void CasesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillChoices();
    }
    QDockWidget::changeEvent(event);
}

void CasesDock::retranslate()
{
    if (m_role == Role::Register) {
        setWindowTitle(tr("Cases"));
        m_overdue->setText(tr("Overdue only"));
        m_text->setPlaceholderText(tr("Case number, class or words of the description"));
        m_new->setText(tr("New case…"));
        m_new->setToolTip(tr("Click the place of the problem on the map, then describe it"));
        m_rules->setText(tr("Rules…"));
        m_report->setText(tr("Monthly report…"));
        m_density->setText(tr("Density"));
        m_density->setToolTip(
            tr("Show where the listed cases cluster: tick Reported between to choose their period"));
        m_period->setText(tr("Reported between"));
        m_period->setToolTip(tr("List, and show in the density view, only the cases reported from the first "
                                "day to the last, both included"));
        m_from->setToolTip(tr("First day"));
        m_to->setToolTip(tr("Last day"));
    } else {
        setWindowTitle(tr("Today's cases"));
        m_accept->setText(tr("Accept and dispatch"));
        m_accept->setToolTip(tr("Accept the case and send it where the dispatch rules say"));
    }
    updateCount();
}

} // namespace uo
