#include "app/workstation/cases/new_case_dialog.h"

#include "core/cases/case_labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>

namespace uo {

NewCaseDialog::NewCaseDialog(const QList<EventClass> &classes, QPointF point, QWidget *parent)
    : QDialog(parent), m_point(point)
{
    setWindowTitle(tr("New case"));
    auto *form = new QFormLayout(this);
    const QLocale locale;
    auto *where = new QLineEdit(
        tr("E %1 N %2").arg(locale.toString(point.x(), 'f', 1), locale.toString(point.y(), 'f', 1)), this);
    where->setReadOnly(true);
    form->addRow(tr("Place"), where);
    m_class = new QComboBox(this);
    m_class->setEditable(true);
    m_class->setInsertPolicy(QComboBox::NoInsert);
    for (const EventClass &c : classes)
        m_class->addItem(QStringLiteral("%1 %2%3").arg(c.code, EventClasses::displayName(c),
                                                       c.tracked ? tr(" ★ tracked") : QString()),
                         c.code);
    m_class->setCurrentIndex(-1);
    form->addRow(tr("Class"), m_class);
    m_source = new QComboBox(this);
    for (const QString &key : CaseLabels::sources())
        m_source->addItem(CaseLabels::source(key), key);
    m_source->setCurrentIndex(1); // patrol: what a person at a workstation most often enters
    form->addRow(tr("Found by"), m_source);
    m_description = new QPlainTextEdit(this);
    m_description->setFixedHeight(70);
    form->addRow(tr("What was seen"), m_description);
    m_reporter = new QLineEdit(this);
    form->addRow(tr("Reported by"), m_reporter);
    m_photos = new QLineEdit(this);
    m_photos->setPlaceholderText(tr("Photo files, separated by ;"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    auto *photos = new QHBoxLayout;
    photos->addWidget(m_photos, 1);
    photos->addWidget(browse);
    form->addRow(tr("Photos"), photos);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Photos of the case"), QString(),
                                                                tr("Images (*.jpg *.jpeg *.png)"));
        if (!files.isEmpty())
            m_photos->setText(files.join(QLatin1Char(';')));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_class, &QComboBox::currentIndexChanged, this, &NewCaseDialog::update);
    update();
    resize(520, sizeHint().height());
}

void NewCaseDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_class->currentIndex() >= 0);
}

NewCase NewCaseDialog::value() const
{
    NewCase c;
    c.classCode = m_class->currentData().toString();
    c.source = m_source->currentData().toString();
    c.description = m_description->toPlainText().trimmed();
    c.reporter = m_reporter->text().trimmed();
    c.photos = m_photos->text().split(QLatin1Char(';'), Qt::SkipEmptyParts).join(QLatin1Char('\n'));
    c.point = m_point;
    return c;
}

} // namespace uo
