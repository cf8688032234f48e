#include "app/workstation/permits/permits_dock.h"

#include "app/workstation/permits/permit_document.h"
#include "app/workstation/permits/permit_filter_model.h"
#include "app/workstation/permits/permit_table_model.h"
#include "app/workstation/segments/table_style.h"
#include "core/cases/case_units.h"
#include "core/permits/permit_labels.h"
#include "core/permits/permit_review.h"
#include "core/permits/permit_workflow.h"
#include "core/segments/segment_queries.h"
#include "core/store/district_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace uo {

PermitsDock::PermitsDock(PermitDocument *document, QWidget *parent)
    : QDockWidget(parent), m_document(document), m_model(new PermitTableModel(this)),
      m_filter(new PermitFilterModel(m_model, this))
{
    setObjectName(QStringLiteral("PermitsDock"));
    auto *body = new QWidget(this);
    createFilters(body);
    createActions(body);
    createView(body);
    layOut(body);
    connectFilters();
    connectActions();
    connectRegister();
    retranslate();
}

void PermitsDock::createFilters(QWidget *body)
{
    m_status = new QComboBox(body);
    m_check = new QComboBox(body);
    m_utility = new QComboBox(body);
    m_street = new QComboBox(body);
    m_segment = new QComboBox(body);
    m_segment->setEditable(true);
    m_segment->setInsertPolicy(QComboBox::NoInsert);
    m_segment->completer()->setFilterMode(Qt::MatchContains);
    m_segment->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_applicant = new QLineEdit(body);
    m_applicant->setClearButtonEnabled(true);
    m_periodSet = new QCheckBox(body);
    m_from = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1), body);
    m_to = new QDateEdit(QDate(QDate::currentDate().year(), 12, 31), body);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
}

void PermitsDock::createActions(QWidget *body)
{
    auto button = [body](QToolButton *&b) {
        b = new QToolButton(body);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    };
    button(m_newArea);
    button(m_newTrench);
    button(m_edit);
    button(m_import);
    button(m_rules);
    button(m_statistics);
    m_width = new QDoubleSpinBox(body);
    m_width->setRange(0.3, 30);
    m_width->setValue(1.5);
    m_width->setDecimals(1);
    m_widthLabel = new QLabel(body);
    m_count = new QLabel(body);
}

void PermitsDock::createView(QWidget *body)
{
    m_view = new QTableView(body);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PermitTableModel::Start, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    setCompactRows(m_view);
}

void PermitsDock::layOut(QWidget *body)
{
    auto *filters = new QGridLayout;
    filters->addWidget(m_status, 0, 0);
    filters->addWidget(m_check, 0, 1);
    filters->addWidget(m_utility, 0, 2);
    filters->addWidget(m_applicant, 0, 3);
    filters->addWidget(m_street, 0, 4);
    filters->addWidget(m_segment, 0, 5);
    filters->addWidget(m_periodSet, 0, 6);
    filters->addWidget(m_from, 0, 7);
    filters->addWidget(m_to, 0, 8);
    filters->setColumnStretch(3, 2);
    filters->setColumnStretch(5, 2);
    auto *actions = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_newArea, m_newTrench, m_widthLabel, m_width, m_edit,
                                                       m_import, m_rules, m_statistics})
        actions->addWidget(w);
    actions->addStretch();
    actions->addWidget(m_count);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    setWidget(body);
}

void PermitsDock::connectFilters()
{
    for (QComboBox *box : {m_status, m_check, m_utility, m_street, m_segment})
        connect(box, &QComboBox::currentIndexChanged, this, &PermitsDock::applyFilters);
    connect(m_applicant, &QLineEdit::textChanged, this, &PermitsDock::applyFilters);
    connect(m_periodSet, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &PermitsDock::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &PermitsDock::applyFilters);
}

// The table's choice and the buttons, announced as requests the permit tools act on.
void PermitsDock::connectActions()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // Choosing again the permit under review after the register was read anew is no new choice
        // (it would zoom the map back to it).
        const qint64 id = currentPermit();
        if (id == m_chosen || m_refreshing)
            return;
        m_chosen = id;
        emit permitChosen(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] { emit editRequested(currentPermit()); });
    connect(m_newArea, &QToolButton::clicked, this,
            [this] { emit newRequested(PermitDrawTool::Shape::Polygon, m_width->value()); });
    connect(m_newTrench, &QToolButton::clicked, this,
            [this] { emit newRequested(PermitDrawTool::Shape::Trench, m_width->value()); });
    connect(m_edit, &QToolButton::clicked, this, [this] {
        if (currentPermit() > 0)
            emit editRequested(currentPermit());
    });
    connect(m_import, &QToolButton::clicked, this, &PermitsDock::importRequested);
    connect(m_rules, &QToolButton::clicked, this, &PermitsDock::rulesRequested);
    connect(m_statistics, &QToolButton::clicked, this, &PermitsDock::statisticsRequested);
}

// The register follows the district: read anew when the store or the rules change, one row anew after a
// decision, the count and the choice kept up as the rows arrive.
void PermitsDock::connectRegister()
{
    connect(m_document, &PermitDocument::storeChanged, this, &PermitsDock::reload);
    connect(m_document, &PermitDocument::rulesChanged, this, &PermitsDock::reload);
    connect(m_document, &PermitDocument::permitsChanged, this, [this](qint64 id) {
        // A decision may move the permit under review out of the filters: it stays under review and
        // the filters stay as they are (the work queue keeps its shape), the next row is not chosen.
        const qint64 current = m_chosen;
        m_refreshing = true;
        if (id > 0)
            m_model->reloadPermit(m_document->store(), id);
        else
            m_model->reload(m_document->store());
        m_refreshing = false;
        updateCount();
        if (current > 0 && (m_model->isLoading() || current != currentPermit()))
            choosePermit(current, false);
    });
    connect(m_model, &PermitTableModel::loadingChanged, this, [this](bool loading) {
        // The rows on screen are the old ones until the new arrive: not to be chosen meanwhile.
        m_view->setEnabled(!loading);
        updateCount();
    });
    connect(m_model, &PermitTableModel::loaded, this, [this] {
        // Numbers and applicants are long: fit them when the register is read, not on every edit.
        for (int column : {PermitTableModel::Number, PermitTableModel::Check, PermitTableModel::Applicant,
                           PermitTableModel::Status})
            m_view->resizeColumnToContents(column);
        updateCount();
        const qint64 wanted = std::exchange(m_pendingChoice, 0);
        if (wanted > 0)
            choosePermit(wanted, m_pendingReveal);
    });
    connect(m_model, &PermitTableModel::loadFailed, this, [this](const QString &message) {
        m_count->setText(tr("The permits could not be read: %1").arg(message));
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PermitsDock::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PermitsDock::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PermitsDock::updateCount);
}

qint64 PermitsDock::currentPermit() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(PermitTableModel::IdRole).toLongLong() : 0;
}

void PermitsDock::choosePermit(qint64 permitId, bool reveal)
{
    const int row = m_model->rowOf(permitId);
    if (m_model->isLoading()) {
        // The rows on screen are about to be replaced (and a permit just made is not among them yet).
        m_pendingChoice = permitId;
        m_pendingReveal = reveal;
        return;
    }
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid() && !reveal) {
        // Kept under review off the list: no row is current, and none is chosen in its place.
        const QSignalBlocker blocker(m_view->selectionModel());
        m_view->selectionModel()->clear();
        m_view->viewport()->update();
        return;
    }
    if (!index.isValid()) {
        // Hidden by the filters: clear them rather than choose a permit the user cannot see.
        for (QComboBox *box : {m_status, m_check, m_utility, m_street, m_segment})
            box->setCurrentIndex(0);
        m_applicant->clear();
        m_periodSet->setChecked(false);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void PermitsDock::setPeriod(QDate from, QDate to)
{
    const bool on = from.isValid() && to.isValid();
    if (on) {
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_periodSet->setChecked(on);
    applyFilters();
}

void PermitsDock::reload()
{
    m_pendingChoice = 0;
    m_chosen = 0;
    m_model->reload(m_document->store());
    fillChoices();
    const bool editable = m_document->isEditable();
    for (QToolButton *b : {m_newArea, m_newTrench, m_edit, m_import})
        b->setEnabled(editable);
    m_rules->setEnabled(m_document->store() != nullptr);
    m_statistics->setEnabled(m_document->store() != nullptr);
    updateCount();
}

void PermitsDock::fillChoices()
{
    // Keyed by the store's codes; the first entry of each means "any".
    const QSignalBlocker b1(m_status), b2(m_utility), b3(m_street), b4(m_segment), b5(m_check);
    const QString status = m_status->currentData().toString(), utility = m_utility->currentData().toString();
    const int check = m_check->currentIndex() < 0 ? -1 : m_check->currentData().toInt();
    const QString street = m_street->currentData().toString();
    const qint64 segment = m_segment->currentData().toLongLong();
    m_status->clear();
    m_status->addItem(tr("Any status"), QString());
    for (const QString &key : PermitWorkflow::statuses())
        m_status->addItem(PermitLabels::status(key), key);
    m_check->clear();
    m_check->addItem(tr("Any check outcome"), -1);
    for (const PermitFinding::Outcome outcome :
         {PermitFinding::Fail, PermitFinding::Warn, PermitFinding::Pass})
        m_check->addItem(PermitReview::outcomeName(outcome), int(outcome));
    m_utility->clear();
    m_utility->addItem(tr("Any utility"), QString());
    for (const QString &key : PermitLabels::utilities())
        m_utility->addItem(PermitLabels::utility(key), key);
    m_street->clear();
    m_street->addItem(tr("Any street"), QString());
    m_segment->clear();
    m_segment->addItem(tr("Any segment"), qint64(0));
    if (DistrictStore *store = m_document->store()) {
        for (const auto &[code, name] : CaseUnits::streets(*store))
            m_street->addItem(name, code);
        for (const auto &[id, name] : SegmentQueries(*store).segmentNames())
            m_segment->addItem(name, id);
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_check->setCurrentIndex(std::max(0, m_check->findData(check)));
    m_utility->setCurrentIndex(std::max(0, m_utility->findData(utility)));
    m_street->setCurrentIndex(std::max(0, m_street->findData(street)));
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(segment)));
    applyFilters();
}

void PermitsDock::applyFilters()
{
    m_filter->setStatus(m_status->currentData().toString());
    m_filter->setOutcome(m_check->currentIndex() < 0 ? -1 : m_check->currentData().toInt());
    m_filter->setUtility(m_utility->currentData().toString());
    m_filter->setApplicant(m_applicant->text());
    m_filter->setStreet(m_street->currentData().toString());
    m_filter->setSegment(m_segment->currentData().toLongLong());
    if (m_periodSet->isChecked())
        m_filter->setPeriod(m_from->date(), m_to->date());
    else
        m_filter->setPeriod({}, {});
    updateCount();
}

void PermitsDock::updateCount()
{
    if (m_model->isLoading()) {
        m_count->setText(tr("Reading the permits…"));
        return;
    }
    m_count->setText(tr("%1 of %n permit(s)", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

void PermitsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillChoices();
    }
    QDockWidget::changeEvent(event);
}

void PermitsDock::retranslate()
{
    setWindowTitle(tr("Excavation permits"));
    m_applicant->setPlaceholderText(tr("Applicant"));
    m_periodSet->setText(tr("Works in"));
    m_newArea->setText(tr("New (area)…"));
    m_newArea->setToolTip(tr("Draw the dug area on the map as a polygon, then fill in the permit"));
    m_newTrench->setText(tr("New (trench)…"));
    m_newTrench->setToolTip(tr("Draw the trench's centre line on the map; the width makes its area"));
    m_widthLabel->setText(tr("width"));
    m_width->setSuffix(tr(" m"));
    m_edit->setText(tr("Edit…"));
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Add the applications of a CSV or GeoJSON file from the online service"));
    m_rules->setText(tr("Rules…"));
    m_statistics->setText(tr("Statistics"));
    updateCount();
}

} // namespace uo
