#include "app/workstation/cases/risk_panel.h"

#include "app/workstation/cases/case_document.h"
#include "app/workstation/cases/risk_chart.h"
#include "core/cases/case_time.h"
#include "core/cases/monitoring_rules.h"
#include "core/cases/risk_history.h"
#include "core/store/district_store.h"
#include "core/store/feature_attributes.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "gis/report_layout/report_request.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace uo {

namespace {
QString when(const QDateTime &t)
{
    return t.toOffsetFromUtc(case_time::kOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

RiskPanel::RiskPanel(CaseDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_chart = new RiskChart(this);
    m_changes = new QLabel(this);
    m_changes->setWordWrap(true);
    m_alerts = new QListWidget(this);
    m_alerts->setMaximumHeight(120);
    m_level = new QComboBox(this);
    m_setLevel = new QPushButton(this);
    m_check = new QPushButton(this);
    auto *levels = new QHBoxLayout;
    levels->addWidget(m_level, 1);
    levels->addWidget(m_setLevel);
    layout->addWidget(m_title);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_alerts);
    layout->addLayout(levels);
    layout->addWidget(m_changes);
    layout->addWidget(m_check);
    connect(m_setLevel, &QPushButton::clicked, this, &RiskPanel::changeLevel);
    connect(m_check, &QPushButton::clicked, this, [this] {
        try {
            const int n = m_document->raiseAlerts();
            QMessageBox::information(this, tr("Monitoring rules"),
                                     n > 0 ? tr("%n new alert(s) raised a case each.", nullptr, n)
                                           : tr("The monitoring rules find no new alert."));
        } catch (const Error &e) {
            emit failed(e.message());
        }
    });
    connect(m_alerts, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong(); id > 0)
            emit caseRequested(id);
    });
    connect(m_document, &CaseDocument::risksChanged, this, [this](qint64 id) {
        if (id == 0 || id == m_risk)
            refresh();
    });
    connect(m_document, &CaseDocument::storeChanged, this, [this] { setRisk(0); });
    setRisk(0);
}

void RiskPanel::setRisk(qint64 riskId)
{
    m_risk = riskId;
    refresh();
}

void RiskPanel::refresh()
{
    DistrictStore *store = m_document->store();
    const bool ready = store && m_document->hasCases() && m_risk > 0;
    m_level->clear();
    for (const QString &level : RiskHistory::levels())
        m_level->addItem(report::ReportLabels::riskLevel(level), level);
    m_setLevel->setText(tr("Change level…"));
    m_check->setText(tr("Run the monitoring rules now"));
    m_check->setEnabled(m_document->isEditable());
    m_setLevel->setEnabled(ready && m_document->isEditable());
    m_alerts->clear();
    const QLocale locale;
    const auto listAlerts = [&](const QList<RiskAlert> &alerts, bool naming) {
        for (const RiskAlert &a : alerts) {
            const QString reading = tr("%1: %2 an hour after %3")
                                        .arg(when(a.time), locale.toString(a.value, 'f', 1),
                                             locale.toString(a.firstValue, 'f', 1));
            auto *item = new QListWidgetItem(
                naming ? QStringLiteral("%1 \u2014 %2 %3").arg(reading, a.riskCode, a.riskName) : reading,
                m_alerts);
            item->setData(Qt::UserRole, a.caseId);
            item->setToolTip(a.caseId > 0 ? tr("Double-click to open its case") : QString());
        }
    };
    if (!ready) {
        // No point chosen: the district's alerts, newest first, each going to its case.
        const bool district = store && m_document->hasCases();
        m_title->setText(district ? tr("Choose a risk point on the map (Identify) to see its records. The "
                                       "district's alerts, newest first:")
                                  : tr("Choose a risk point on the map (Identify) to see its records."));
        m_chart->setRecords({}, {}, 0);
        m_changes->clear();
        if (district) {
            const QList<RiskAlert> alerts = RiskMonitor::stored(*store);
            listAlerts(alerts, true);
            if (alerts.isEmpty())
                new QListWidgetItem(tr("No alert raised in the district."), m_alerts);
        }
        return;
    }
    const QVariantMap row = store->readRow(tableOf(Layer::RiskPoints), m_risk);
    const QString level = row.value(QStringLiteral("level")).toString();
    m_level->setCurrentIndex(std::max(0, m_level->findData(level)));
    m_title->setText(tr("<b>%1</b> %2 — %3")
                         .arg(row.value(QStringLiteral("code")).toString(),
                              row.value(QStringLiteral("name")).toString().toHtmlEscaped(),
                              report::ReportLabels::riskLevel(level)));
    const QList<RiskAlert> alerts = RiskMonitor::stored(*store, QDateTime(), m_risk);
    m_chart->setRecords(RiskHistory::records(*store, m_risk), alerts,
                        MonitoringRules::threshold(*store, row.value(QStringLiteral("category")).toString()));
    listAlerts(alerts, false);
    if (alerts.isEmpty())
        new QListWidgetItem(tr("No alert raised for this point."), m_alerts);
    QStringList changes;
    for (const RiskLevelChange &c : RiskHistory::levelChanges(*store, m_risk))
        changes.append(tr("%1 %2: %3 → %4, %5")
                           .arg(when(c.time), c.operatorName, report::ReportLabels::riskLevel(c.from),
                                report::ReportLabels::riskLevel(c.to), c.reason));
    m_changes->setText(changes.isEmpty() ? tr("The level was never changed.")
                                         : changes.join(QLatin1Char('\n')));
}

void RiskPanel::changeLevel()
{
    const QString level = m_level->currentData().toString();
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Change the risk level"),
                                                 tr("Why does it go to %1?").arg(m_level->currentText()),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        m_document->changeRiskLevel(m_risk, level, reason);
    } catch (const Error &e) {
        emit failed(e.message());
    }
}

void RiskPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace uo
