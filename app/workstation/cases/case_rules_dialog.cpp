#include "app/workstation/cases/case_rules_dialog.h"

#include "core/cases/case_labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace uo {

namespace {

QComboBox *combo(QWidget *parent, const QList<QPair<QString, QString>> &items, const QString &current)
{
    auto *box = new QComboBox(parent);
    for (const auto &[key, text] : items)
        box->addItem(text, key);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    return box;
}

QList<QPair<QString, QString>> keyed(const QStringList &keys, QString (*label)(const QString &),
                                     const QString &any = {})
{
    QList<QPair<QString, QString>> items;
    if (!any.isEmpty())
        items.append({QString(), any});
    for (const QString &key : keys)
        items.append({key, label(key)});
    return items;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QString comboKey(const QTableWidget *table, int row, int column)
{
    const auto *box = qobject_cast<QComboBox *>(table->cellWidget(row, column));
    return box ? box->currentData().toString() : QString();
}

double spinValue(const QTableWidget *table, int row, int column)
{
    const auto *spin = qobject_cast<QDoubleSpinBox *>(table->cellWidget(row, column));
    return spin ? spin->value() : 0.0;
}

QDoubleSpinBox *spin(QWidget *parent, double value, double max, int decimals = 1)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(0, max);
    s->setDecimals(decimals);
    s->setValue(value);
    return s;
}

QTableWidget *table(QWidget *parent, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

enum DispatchColumn
{
    DPriority,
    DClass,
    DTrade,
    DStreet,
    DLevel,
    DUnit,
    DDepartment,
    DNote,
    DId
};
enum MonitoringColumn
{
    MName,
    MCategory,
    MQuantity,
    MThreshold,
    MRecheck,
    MWindow,
    MClass,
    MEnabled,
    MId
};
enum ClassColumn
{
    CCode,
    CName,
    CTracked,
    CLimit,
    CTrade
};

} // namespace

CaseRulesDialog::CaseRulesDialog(const CaseDocument::Rules &rules,
                                 const QList<QPair<QString, QString>> &streets,
                                 const QList<QPair<qint64, QString>> &departments, QWidget *parent)
    : QDialog(parent), m_streets(streets), m_departments(departments), m_classList(rules.classes)
{
    setWindowTitle(tr("Case rules"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    const auto page = [this](QTableWidget *t, const QString &title, auto addRow) {
        auto *w = new QWidget(m_tabs);
        auto *v = new QVBoxLayout(w);
        v->addWidget(t, 1);
        if (addRow) {
            auto *buttons = new QHBoxLayout;
            auto *add = new QPushButton(tr("Add"), w);
            auto *remove = new QPushButton(tr("Remove"), w);
            buttons->addWidget(add);
            buttons->addWidget(remove);
            buttons->addStretch();
            v->addLayout(buttons);
            connect(add, &QPushButton::clicked, this, addRow);
            connect(remove, &QPushButton::clicked, this, [t] {
                if (t->currentRow() >= 0)
                    t->removeRow(t->currentRow());
            });
        }
        m_tabs->addTab(w, title);
    };

    m_dispatch = table(this, {tr("Priority"), tr("Class (code or first digits)"), tr("Trade"), tr("Street"),
                              tr("Level"), tr("Unit"), tr("Department"), tr("Note"), QString()});
    m_dispatch->setColumnHidden(DId, true);
    for (const DispatchRule &r : rules.dispatch)
        addDispatchRow(r);
    page(m_dispatch, tr("Dispatch"), std::function<void()>([this] {
             DispatchRule r;
             r.priority = m_dispatch->rowCount() > 0
                              ? cellText(m_dispatch, m_dispatch->rowCount() - 1, DPriority).toInt() + 10
                              : 10;
             addDispatchRow(r);
         }));

    m_monitoring = table(this, {tr("Name"), tr("Risk category"), tr("Quantity"), tr("Threshold"),
                                tr("Second reading after (min)"), tr("Margin (min)"), tr("Case class"),
                                tr("On"), QString()});
    m_monitoring->setColumnHidden(MId, true);
    for (const MonitoringRule &r : rules.monitoring)
        addMonitoringRow(r);
    page(m_monitoring, tr("Monitoring"), std::function<void()>([this] {
             MonitoringRule r;
             r.name = tr("New rule");
             addMonitoringRow(r);
         }));

    m_classes = table(this, {tr("Code"), tr("Class"), tr("Tracked"), tr("Time limit (h)"), tr("Trade")});
    for (const EventClass &c : rules.classes) {
        const int row = m_classes->rowCount();
        m_classes->insertRow(row);
        for (const auto &[column, text] :
             {std::pair{int(CCode), c.code}, std::pair{int(CName), EventClasses::displayName(c)}}) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_classes->setItem(row, column, item);
        }
        auto *tracked = new QTableWidgetItem;
        tracked->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        tracked->setCheckState(c.tracked ? Qt::Checked : Qt::Unchecked);
        m_classes->setItem(row, CTracked, tracked);
        m_classes->setCellWidget(row, CLimit, spin(m_classes, c.timeLimitHours, 10000));
        m_classes->setCellWidget(row, CTrade,
                                 combo(m_classes, keyed(CaseLabels::trades(), CaseLabels::trade), c.trade));
    }
    m_classes->resizeColumnsToContents();
    page(m_classes, tr("Event classes"), std::function<void()>());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 560);
}

void CaseRulesDialog::addDispatchRow(const DispatchRule &r)
{
    const int row = m_dispatch->rowCount();
    m_dispatch->insertRow(row);
    m_dispatch->setItem(row, DPriority, new QTableWidgetItem(QString::number(r.priority)));
    m_dispatch->setItem(row, DClass, new QTableWidgetItem(r.classPrefix));
    m_dispatch->setCellWidget(
        row, DTrade,
        combo(m_dispatch, keyed(CaseLabels::trades(), CaseLabels::trade, tr("Any trade")), r.trade));
    QList<QPair<QString, QString>> streets{{QString(), tr("Any street")}};
    streets.append(m_streets);
    m_dispatch->setCellWidget(row, DStreet, combo(m_dispatch, streets, r.streetCode));
    m_dispatch->setCellWidget(row, DLevel,
                              combo(m_dispatch, keyed(CaseLabels::levels(), CaseLabels::level), r.level));
    m_dispatch->setCellWidget(
        row, DUnit, combo(m_dispatch, keyed(CaseLabels::unitKinds(), CaseLabels::unitKind), r.unitKind));
    QList<QPair<QString, QString>> departments{{QString(), tr("None")}};
    for (const auto &[id, name] : m_departments)
        departments.append({QString::number(id), name});
    m_dispatch->setCellWidget(
        row, DDepartment,
        combo(m_dispatch, departments, r.entityId > 0 ? QString::number(r.entityId) : QString()));
    m_dispatch->setItem(row, DNote, new QTableWidgetItem(r.note));
    m_dispatch->setItem(row, DId, new QTableWidgetItem(QString::number(r.id)));
    m_dispatch->resizeColumnsToContents();
}

void CaseRulesDialog::addMonitoringRow(const MonitoringRule &r)
{
    const int row = m_monitoring->rowCount();
    m_monitoring->insertRow(row);
    m_monitoring->setItem(row, MName, new QTableWidgetItem(r.name));
    m_monitoring->setItem(row, MCategory, new QTableWidgetItem(r.category));
    m_monitoring->setItem(row, MQuantity, new QTableWidgetItem(r.quantity));
    m_monitoring->setCellWidget(row, MThreshold, spin(m_monitoring, r.threshold, 100000));
    m_monitoring->setCellWidget(row, MRecheck, spin(m_monitoring, r.recheckMinutes, 100000, 0));
    m_monitoring->setCellWidget(row, MWindow, spin(m_monitoring, r.windowMinutes, 100000, 0));
    QList<QPair<QString, QString>> classes;
    for (const EventClass &c : std::as_const(m_classList))
        classes.append({c.code, QStringLiteral("%1 %2").arg(c.code, EventClasses::displayName(c))});
    m_monitoring->setCellWidget(row, MClass, combo(m_monitoring, classes, r.classCode));
    auto *on = new QTableWidgetItem;
    on->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    on->setCheckState(r.enabled ? Qt::Checked : Qt::Unchecked);
    m_monitoring->setItem(row, MEnabled, on);
    m_monitoring->setItem(row, MId, new QTableWidgetItem(QString::number(r.id)));
    m_monitoring->resizeColumnsToContents();
}

CaseDocument::Rules CaseRulesDialog::rules() const
{
    CaseDocument::Rules rules;
    for (int row = 0; row < m_dispatch->rowCount(); ++row) {
        DispatchRule r;
        r.id = cellText(m_dispatch, row, DId).toLongLong();
        r.priority = cellText(m_dispatch, row, DPriority).toInt();
        r.classPrefix = cellText(m_dispatch, row, DClass);
        r.trade = comboKey(m_dispatch, row, DTrade);
        r.streetCode = comboKey(m_dispatch, row, DStreet);
        r.level = comboKey(m_dispatch, row, DLevel);
        r.unitKind = comboKey(m_dispatch, row, DUnit);
        r.entityId = comboKey(m_dispatch, row, DDepartment).toLongLong();
        r.note = cellText(m_dispatch, row, DNote);
        rules.dispatch.append(r);
    }
    std::stable_sort(rules.dispatch.begin(), rules.dispatch.end(),
                     [](const DispatchRule &a, const DispatchRule &b) { return a.priority < b.priority; });
    for (int row = 0; row < m_monitoring->rowCount(); ++row) {
        MonitoringRule r;
        r.id = cellText(m_monitoring, row, MId).toLongLong();
        r.name = cellText(m_monitoring, row, MName);
        r.category = cellText(m_monitoring, row, MCategory);
        r.quantity = cellText(m_monitoring, row, MQuantity);
        r.threshold = spinValue(m_monitoring, row, MThreshold);
        r.recheckMinutes = spinValue(m_monitoring, row, MRecheck);
        r.windowMinutes = spinValue(m_monitoring, row, MWindow);
        r.classCode = comboKey(m_monitoring, row, MClass);
        r.enabled = m_monitoring->item(row, MEnabled)->checkState() == Qt::Checked;
        rules.monitoring.append(r);
    }
    for (int row = 0; row < m_classes->rowCount(); ++row) {
        EventClass c = m_classList.value(row);
        c.tracked = m_classes->item(row, CTracked)->checkState() == Qt::Checked;
        c.timeLimitHours = spinValue(m_classes, row, CLimit);
        c.trade = comboKey(m_classes, row, CTrade);
        rules.classes.append(c);
    }
    return rules;
}

void CaseRulesDialog::accept()
{
    const CaseDocument::Rules r = rules();
    for (const DispatchRule &rule : r.dispatch)
        if (const QString why = DispatchRules::problem(rule); !why.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Dispatch rule %1: %2").arg(rule.priority).arg(why));
            return;
        }
    for (const MonitoringRule &rule : r.monitoring)
        if (const QString why = MonitoringRules::problem(rule); !why.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Monitoring rule “%1”: %2").arg(rule.name, why));
            return;
        }
    QDialog::accept();
}

} // namespace uo
