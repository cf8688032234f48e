#include "app/workstation/permits/permit_dialog.h"

#include "core/permits/permit_labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace uo {

namespace {

QDoubleSpinBox *areaBox(QWidget *parent, double max, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(1);
    box->setSuffix(suffix);
    return box;
}

QDateEdit *dateBox(QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QVariant optional(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

} // namespace

PermitDialog::PermitDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Excavation permit"));
    m_number = new QLineEdit(this);
    m_applicant = new QLineEdit(this);
    m_location = new QLineEdit(this);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("e.g. new power cable"));
    m_utility = new QComboBox(this);
    for (const QString &key : PermitLabels::utilities())
        m_utility->addItem(PermitLabels::utility(key), key);
    m_work = new QComboBox(this);
    for (const QString &key : PermitLabels::workTypes())
        m_work->addItem(PermitLabels::workType(key), key);
    m_start = dateBox(this);
    m_end = dateBox(this);
    m_end->setDate(QDate::currentDate().addDays(14));

    const QString m2 = tr(" m²");
    m_carriageway = areaBox(this, 1e6, m2);
    m_sidewalk = areaBox(this, 1e6, m2);
    m_green = areaBox(this, 1e6, m2);
    m_total = areaBox(this, 1e6, m2);
    m_trench = areaBox(this, 1e5, tr(" m"));
    m_areaLabel = new QLabel(this);

    m_conditions = new QPlainTextEdit(this);
    m_conditions->setPlaceholderText(
        tr("Signs and fencing, dust control, traffic plan, restoration deadline"));
    m_conditions->setMaximumHeight(70);
    m_authority = new QLineEdit(this);
    m_issuedSet = new QCheckBox(tr("Issued on"), this);
    m_issued = dateBox(this);
    m_police = new QLineEdit(this);
    m_fee = areaBox(this, 1e9, tr(" yuan"));
    m_fee->setDecimals(2);
    m_emergency = new QCheckBox(tr("Emergency repair: dug first, filed afterwards"), this);
    m_deadline = dateBox(this);
    m_joint = new QLineEdit(this);
    m_special = new QLineEdit(this);
    m_special->setPlaceholderText(tr("Government approval of a dig in the no-dig period"));

    auto *application = new QGroupBox(tr("Application"), this);
    auto *a = new QFormLayout(application);
    a->addRow(tr("Permit no.:"), m_number);
    a->addRow(tr("Applicant:"), m_applicant);
    a->addRow(tr("Location:"), m_location);
    a->addRow(tr("Reason:"), m_reason);
    a->addRow(tr("Utility:"), m_utility);
    a->addRow(tr("Work:"), m_work);
    a->addRow(tr("Start:"), m_start);
    a->addRow(tr("End:"), m_end);
    a->addRow(m_emergency);
    a->addRow(tr("Filing deadline:"), m_deadline);

    auto *area = new QGroupBox(tr("Dug area"), this);
    auto *b = new QFormLayout(area);
    b->addRow(m_areaLabel);
    b->addRow(tr("Carriageway:"), m_carriageway);
    b->addRow(tr("Sidewalk:"), m_sidewalk);
    b->addRow(tr("Green belt:"), m_green);
    b->addRow(tr("Total area:"), m_total);
    b->addRow(tr("Trench length:"), m_trench);

    auto *permit = new QGroupBox(tr("Permit"), this);
    auto *c = new QFormLayout(permit);
    c->addRow(tr("Conditions:"), m_conditions);
    c->addRow(tr("Issuing authority:"), m_authority);
    auto *issuedRow = new QHBoxLayout;
    issuedRow->addWidget(m_issuedSet);
    issuedRow->addWidget(m_issued, 1);
    c->addRow(issuedRow);
    c->addRow(tr("Traffic police approval no.:"), m_police);
    c->addRow(tr("Fees:"), m_fee);
    c->addRow(tr("Joint excavation group:"), m_joint);
    c->addRow(tr("Special approval:"), m_special);

    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #a00000"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(application);
    left->addWidget(area);
    columns->addLayout(left);
    columns->addWidget(permit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_number, m_applicant})
        connect(edit, &QLineEdit::textChanged, this, &PermitDialog::update);
    for (QDateEdit *edit : {m_start, m_end, m_deadline})
        connect(edit, &QDateEdit::dateChanged, this, &PermitDialog::update);
    for (QDoubleSpinBox *box : {m_carriageway, m_sidewalk, m_green, m_total})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PermitDialog::update);
    connect(m_emergency, &QCheckBox::toggled, this, &PermitDialog::update);
    connect(m_issuedSet, &QCheckBox::toggled, this, &PermitDialog::update);
    connect(m_work, &QComboBox::currentIndexChanged, this, [this] {
        if (m_work->currentData().toString() == QLatin1String("emergency"))
            m_emergency->setChecked(true);
    });
    update();
}

void PermitDialog::setValues(const QVariantMap &row)
{
    auto text = [&row](const char *key) { return row.value(QLatin1String(key)).toString(); };
    auto date = [&row](const char *key) {
        return QDate::fromString(row.value(QLatin1String(key)).toString(), Qt::ISODate);
    };
    m_number->setText(text("permit_no"));
    m_applicant->setText(text("applicant"));
    m_location->setText(text("location"));
    m_reason->setText(text("reason"));
    m_utility->setCurrentIndex(std::max(0, m_utility->findData(text("utility_type"))));
    m_work->setCurrentIndex(std::max(0, m_work->findData(text("work_type"))));
    if (date("start_date").isValid())
        m_start->setDate(date("start_date"));
    if (date("end_date").isValid())
        m_end->setDate(date("end_date"));
    m_carriageway->setValue(row.value(QStringLiteral("carriageway_m2")).toDouble());
    m_sidewalk->setValue(row.value(QStringLiteral("sidewalk_m2")).toDouble());
    m_green->setValue(row.value(QStringLiteral("green_m2")).toDouble());
    m_total->setValue(row.value(QStringLiteral("area_m2")).toDouble());
    m_trench->setValue(row.value(QStringLiteral("trench_length_m")).toDouble());
    m_conditions->setPlainText(text("conditions"));
    m_authority->setText(text("authority"));
    m_issuedSet->setChecked(date("issued_date").isValid());
    if (date("issued_date").isValid())
        m_issued->setDate(date("issued_date"));
    m_police->setText(text("police_approval_no"));
    m_fee->setValue(row.value(QStringLiteral("fee_yuan")).toDouble());
    m_emergency->setChecked(row.value(QStringLiteral("emergency")).toInt() != 0);
    if (date("filing_deadline").isValid())
        m_deadline->setDate(date("filing_deadline"));
    m_joint->setText(text("joint_group"));
    m_special->setText(text("special_approval"));
    const QVariant geom = row.value(QStringLiteral("geom"));
    if (geom.typeId() == QMetaType::QByteArray && !geom.toByteArray().isEmpty())
        m_areaLabel->setText(tr("Area on the map: %1 m²").arg(m_total->value(), 0, 'f', 1));
    update();
}

void PermitDialog::setArea(const QByteArray &geometryBlob, double areaM2, double trenchM)
{
    m_geometry = geometryBlob;
    m_total->setValue(areaM2);
    m_trench->setValue(trenchM);
    if (m_carriageway->value() + m_sidewalk->value() + m_green->value() == 0)
        m_carriageway->setValue(areaM2);
    m_areaLabel->setText(
        tr("Drawn on the map: %1 m², trench %2 m").arg(areaM2, 0, 'f', 1).arg(trenchM, 0, 'f', 1));
    update();
}

QVariantMap PermitDialog::values() const
{
    QVariantMap v{
        {QStringLiteral("permit_no"), m_number->text().trimmed()},
        {QStringLiteral("applicant"), m_applicant->text().trimmed()},
        {QStringLiteral("location"), optional(m_location->text())},
        {QStringLiteral("reason"), optional(m_reason->text())},
        {QStringLiteral("utility_type"), m_utility->currentData().toString()},
        {QStringLiteral("work_type"), m_work->currentData().toString()},
        {QStringLiteral("start_date"), m_start->date().toString(Qt::ISODate)},
        {QStringLiteral("end_date"), m_end->date().toString(Qt::ISODate)},
        {QStringLiteral("carriageway_m2"), m_carriageway->value()},
        {QStringLiteral("sidewalk_m2"), m_sidewalk->value()},
        {QStringLiteral("green_m2"), m_green->value()},
        {QStringLiteral("area_m2"), m_total->value()},
        {QStringLiteral("trench_length_m"), m_trench->value() > 0 ? QVariant(m_trench->value()) : QVariant()},
        {QStringLiteral("conditions"), optional(m_conditions->toPlainText())},
        {QStringLiteral("authority"), optional(m_authority->text())},
        {QStringLiteral("issued_date"),
         m_issuedSet->isChecked() ? QVariant(m_issued->date().toString(Qt::ISODate)) : QVariant()},
        {QStringLiteral("police_approval_no"), optional(m_police->text())},
        {QStringLiteral("fee_yuan"), m_fee->value() > 0 ? QVariant(m_fee->value()) : QVariant()},
        {QStringLiteral("emergency"), m_emergency->isChecked() ? 1 : 0},
        {QStringLiteral("filing_deadline"),
         m_emergency->isChecked() ? QVariant(m_deadline->date().toString(Qt::ISODate)) : QVariant()},
        {QStringLiteral("joint_group"), optional(m_joint->text())},
        {QStringLiteral("special_approval"), optional(m_special->text())},
    };
    if (!m_geometry.isEmpty())
        v.insert(QStringLiteral("geom"), m_geometry);
    return v;
}

QStringList PermitDialog::problems() const
{
    QStringList p;
    if (m_number->text().trimmed().isEmpty())
        p << tr("The permit needs a number.");
    if (m_applicant->text().trimmed().isEmpty())
        p << tr("Name the applicant organisation.");
    if (m_end->date() < m_start->date())
        p << tr("The works end before they start.");
    const double surfaces = m_carriageway->value() + m_sidewalk->value() + m_green->value();
    if (surfaces > m_total->value() + 0.05)
        p << tr("Carriageway, sidewalk and green belt add up to more than the total area.");
    return p;
}

void PermitDialog::update()
{
    m_deadline->setEnabled(m_emergency->isChecked());
    m_issued->setEnabled(m_issuedSet->isChecked());
    const QStringList p = problems();
    m_problems->setText(p.join(QLatin1Char('\n')));
    m_problems->setVisible(!p.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

} // namespace uo
