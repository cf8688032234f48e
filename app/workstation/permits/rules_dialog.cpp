#include "app/workstation/permits/rules_dialog.h"

#include "app/workstation/permits/nodig_calendar_model.h"
#include "app/workstation/segments/table_style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace uo {

namespace {

// The kind of a no-dig period is one of three: chosen from a list, not typed.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (const QString &kind : NoDigCalendar::kinds())
            box->addItem(NoDigCalendarModel::kindLabel(kind), kind);
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

QSpinBox *years(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 30);
    box->setSuffix(RulesDialog::tr(" years"));
    return box;
}

QDoubleSpinBox *measure(QWidget *parent, double max, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(1);
    box->setSuffix(suffix);
    return box;
}

} // namespace

RulesDialog::RulesDialog(QWidget *parent) : QDialog(parent), m_calendar(new NoDigCalendarModel(this))
{
    setWindowTitle(tr("Excavation rules"));
    const QString m = tr(" m");
    m_noDig = new QCheckBox(tr("No digging after a road is built, rebuilt or repaired"), this);
    m_newRoadYears = years(this);
    m_repairYears = years(this);
    m_conflicts = new QCheckBox(tr("Other digs at the same place and time: propose joint excavation"), this);
    m_conflictDistance = measure(this, 1000, m);
    m_sameUtility =
        new QCheckBox(tr("No digging for the same kind of pipeline in a segment again within"), this);
    m_sameUtilityYears = years(this);
    m_calendarRule = new QCheckBox(tr("Respect the no-dig calendar"), this);
    m_risk = new QCheckBox(tr("Risk points near the dig"), this);
    m_riskBuffer = measure(this, 1000, m);
    m_components = new QCheckBox(tr("Components in the dug area"), this);
    m_componentBuffer = measure(this, 100, m);
    m_segments = new QCheckBox(tr("Name the segments and chiefs the dig touches"), this);
    m_reach = measure(this, 200, m);
    m_trench = new QCheckBox(tr("Limit the trench length and the dug area"), this);
    m_maxTrench = measure(this, 10000, m);
    m_maxArea = measure(this, 100000, tr(" m²"));

    auto *rules = new QGroupBox(tr("Rules"), this);
    auto *grid = new QGridLayout(rules);
    int row = 0;
    auto add = [&](QCheckBox *rule, const QList<QPair<QString, QWidget *>> &parameters) {
        grid->addWidget(rule, row, 0);
        int col = 1;
        for (const auto &[label, widget] : parameters) {
            grid->addWidget(new QLabel(label, rules), row, col++, Qt::AlignRight);
            grid->addWidget(widget, row, col++);
        }
        ++row;
    };
    add(m_noDig, {{tr("after building:"), m_newRoadYears}, {tr("after a major repair:"), m_repairYears}});
    add(m_conflicts, {{tr("within:"), m_conflictDistance}});
    add(m_sameUtility, {{tr("years:"), m_sameUtilityYears}});
    add(m_calendarRule, {});
    add(m_risk, {{tr("within:"), m_riskBuffer}});
    add(m_components, {{tr("within:"), m_componentBuffer}});
    add(m_segments, {{tr("a dig lies on a road within:"), m_reach}});
    add(m_trench, {{tr("trench at most:"), m_maxTrench}, {tr("area at most:"), m_maxArea}});

    auto *calendar = new QGroupBox(tr("No-dig calendar"), this);
    m_calendarView = new QTableView(calendar);
    m_calendarView->setModel(m_calendar);
    m_calendarView->setItemDelegateForColumn(NoDigCalendarModel::Kind, new KindDelegate(m_calendarView));
    m_calendarView->horizontalHeader()->setSectionResizeMode(NoDigCalendarModel::Name, QHeaderView::Stretch);
    m_calendarView->setSelectionBehavior(QAbstractItemView::SelectRows);
    setCompactRows(m_calendarView);
    auto *addPeriod = new QPushButton(tr("Add period"), calendar);
    auto *removePeriod = new QPushButton(tr("Remove period"), calendar);
    auto *calendarButtons = new QHBoxLayout;
    calendarButtons->addWidget(addPeriod);
    calendarButtons->addWidget(removePeriod);
    calendarButtons->addStretch();
    auto *c = new QVBoxLayout(calendar);
    c->addWidget(m_calendarView);
    c->addLayout(calendarButtons);
    connect(addPeriod, &QPushButton::clicked, this, [this] {
        const int added = m_calendar->addPeriod();
        m_calendarView->setCurrentIndex(m_calendar->index(added, NoDigCalendarModel::Name));
        m_calendarView->edit(m_calendar->index(added, NoDigCalendarModel::Name));
    });
    connect(removePeriod, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_calendarView->currentIndex();
        if (index.isValid())
            m_calendar->removeRows(index.row(), 1);
    });
    connect(m_calendar, &QAbstractItemModel::dataChanged, this, &RulesDialog::update);
    connect(m_calendar, &QAbstractItemModel::rowsRemoved, this, &RulesDialog::update);
    connect(m_calendar, &QAbstractItemModel::rowsInserted, this, &RulesDialog::update);

    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rules);
    layout->addWidget(calendar, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    for (QCheckBox *box :
         {m_noDig, m_conflicts, m_sameUtility, m_calendarRule, m_risk, m_components, m_segments, m_trench})
        connect(box, &QCheckBox::toggled, this, &RulesDialog::update);
    resize(900, 640);
    setRules(PermitRules());
}

void RulesDialog::setRules(const PermitRules &r)
{
    m_noDig->setChecked(r.noDigPeriod);
    m_newRoadYears->setValue(r.newRoadYears);
    m_repairYears->setValue(r.majorRepairYears);
    m_conflicts->setChecked(r.conflicts);
    m_conflictDistance->setValue(r.conflictDistanceM);
    m_sameUtility->setChecked(r.sameUtility);
    m_sameUtilityYears->setValue(r.sameUtilityYears);
    m_calendarRule->setChecked(r.calendar);
    m_risk->setChecked(r.riskPoints);
    m_riskBuffer->setValue(r.riskBufferM);
    m_components->setChecked(r.components);
    m_componentBuffer->setValue(r.componentBufferM);
    m_segments->setChecked(r.segments);
    m_reach->setValue(r.roadReachM);
    m_trench->setChecked(r.trenchLimits);
    m_maxTrench->setValue(r.maxTrenchM);
    m_maxArea->setValue(r.maxAreaM2);
    update();
}

PermitRules RulesDialog::rules() const
{
    PermitRules r;
    r.noDigPeriod = m_noDig->isChecked();
    r.newRoadYears = m_newRoadYears->value();
    r.majorRepairYears = m_repairYears->value();
    r.conflicts = m_conflicts->isChecked();
    r.conflictDistanceM = m_conflictDistance->value();
    r.sameUtility = m_sameUtility->isChecked();
    r.sameUtilityYears = m_sameUtilityYears->value();
    r.calendar = m_calendarRule->isChecked();
    r.riskPoints = m_risk->isChecked();
    r.riskBufferM = m_riskBuffer->value();
    r.components = m_components->isChecked();
    r.componentBufferM = m_componentBuffer->value();
    r.segments = m_segments->isChecked();
    r.roadReachM = m_reach->value();
    r.trenchLimits = m_trench->isChecked();
    r.maxTrenchM = m_maxTrench->value();
    r.maxAreaM2 = m_maxArea->value();
    return r;
}

void RulesDialog::setPeriods(const QList<NoDigPeriod> &periods)
{
    m_calendar->setPeriods(periods);
    m_calendarView->resizeColumnToContents(NoDigCalendarModel::Kind);
    update();
}

QList<NoDigPeriod> RulesDialog::periods() const
{
    return m_calendar->periods();
}

QString RulesDialog::problem() const
{
    for (const NoDigPeriod &p : m_calendar->periods())
        if (const QString why = NoDigCalendar::problem(p); !why.isEmpty())
            return why;
    return {};
}

void RulesDialog::update()
{
    m_newRoadYears->setEnabled(m_noDig->isChecked());
    m_repairYears->setEnabled(m_noDig->isChecked());
    m_conflictDistance->setEnabled(m_conflicts->isChecked());
    m_sameUtilityYears->setEnabled(m_sameUtility->isChecked());
    m_riskBuffer->setEnabled(m_risk->isChecked());
    m_componentBuffer->setEnabled(m_components->isChecked());
    m_maxTrench->setEnabled(m_trench->isChecked());
    m_maxArea->setEnabled(m_trench->isChecked());
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_ok->setEnabled(why.isEmpty());
}

} // namespace uo
