#include "app/workstation/segments/roster_dialog.h"

#include "app/workstation/segments/person_dialog.h"
#include "app/workstation/segments/roster_model.h"
#include "app/workstation/segments/segment_document.h"
#include "app/workstation/segments/table_style.h"
#include "core/store/store_error.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace uo {

namespace {

// Matches names and units; inactive people only when asked for.
class RosterFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool showInactive = false;
    QString text;
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex name = sourceModel()->index(row, RosterModel::NameColumn, parent);
        if (!showInactive && !name.data(RosterModel::ActiveRole).toBool())
            return false;
        const QString unit = sourceModel()->index(row, RosterModel::UnitColumn, parent).data().toString();
        return text.isEmpty() || name.data().toString().contains(text, Qt::CaseInsensitive) ||
               unit.contains(text, Qt::CaseInsensitive);
    }
};

} // namespace

RosterDialog::RosterDialog(SegmentDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_model(new RosterModel(this)), m_filter(new RosterFilter(this)),
      m_filterEdit(new QLineEdit(this)), m_showInactive(new QCheckBox(this)), m_view(new QTableView(this)),
      m_add(new QPushButton(this)), m_edit(new QPushButton(this)), m_deactivate(new QPushButton(this)),
      m_reactivate(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("RosterDialog"));
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(RosterModel::SortRole);
    m_filter->setSortLocaleAware(true);
    m_filterEdit->setClearButtonEnabled(true);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RosterModel::NameColumn, Qt::AscendingOrder);
    setCompactRows(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_showInactive);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_deactivate, m_reactivate})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_close);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(middle);
    resize(820, 480);

    auto *filter = static_cast<RosterFilter *>(m_filter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [filter](const QString &text) {
        filter->text = text.trimmed();
        filter->refilter();
    });
    connect(m_showInactive, &QCheckBox::toggled, this, [filter](bool on) {
        filter->showInactive = on;
        filter->refilter();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RosterDialog::updateButtons);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &RosterDialog::editSelected);
    connect(m_add, &QPushButton::clicked, this, &RosterDialog::addPerson);
    connect(m_edit, &QPushButton::clicked, this, &RosterDialog::editSelected);
    connect(m_deactivate, &QPushButton::clicked, this, [this] { setSelectedActive(false); });
    connect(m_reactivate, &QPushButton::clicked, this, [this] { setSelectedActive(true); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_document, &SegmentDocument::rosterChanged, this, &RosterDialog::reload);
    connect(m_document, &SegmentDocument::assignmentsChanged, this, &RosterDialog::reload);
    connect(m_document, &SegmentDocument::storeChanged, this, &RosterDialog::reload);
    // Shown greyed: someone just deactivated stays in sight, ready to be reactivated.
    m_showInactive->setChecked(true);
    retranslate();
    reload();
}

void RosterDialog::reload()
{
    Person current;
    const bool had = selected(&current);
    try {
        m_model->reload(m_document->store());
    } catch (const Error &error) {
        m_model->reload(nullptr);
        m_document->reportFailure(error.message());
    }
    m_view->resizeColumnsToContents();
    if (had && m_model->rowOf(current.id) >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(current.id), 0));
        if (index.isValid())
            m_view->selectionModel()->select(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateButtons();
}

bool RosterDialog::selected(Person *person) const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    *person = m_model->person(m_filter->mapToSource(rows.first()).row());
    return true;
}

void RosterDialog::updateButtons()
{
    Person p;
    const bool has = selected(&p);
    const bool editable = m_document->isEditable();
    m_add->setEnabled(editable);
    m_edit->setEnabled(editable && has);
    m_deactivate->setEnabled(editable && has && p.active);
    m_reactivate->setEnabled(editable && has && !p.active);
}

void RosterDialog::addPerson()
{
    PersonDialog dialog(Person{0, QString(), QStringLiteral("officer"), {}, {}, {}, true}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        m_document->addPerson(dialog.person());
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Cannot Add Person"), error.message());
    }
}

void RosterDialog::editSelected()
{
    Person p;
    if (!selected(&p) || !m_document->isEditable())
        return;
    PersonDialog dialog(p, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        m_document->editPerson(dialog.person());
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Cannot Edit Person"), error.message());
    }
}

void RosterDialog::setSelectedActive(bool active)
{
    Person p;
    if (!selected(&p))
        return;
    const int chairs = m_model->chairs(p.id);
    if (!active && chairs > 0) {
        const auto answer =
            QMessageBox::question(this, tr("Deactivate %1").arg(p.name),
                                  tr("%1 chairs %n segment(s). Once deactivated they no longer count as "
                                     "chief, and the segments will "
                                     "be listed as needing a new chief. Deactivate %1?",
                                     nullptr, chairs)
                                      .arg(p.name),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    try {
        m_document->setPersonActive(p.id, active);
    } catch (const Error &error) {
        QMessageBox::warning(this, active ? tr("Cannot Reactivate") : tr("Cannot Deactivate"),
                             error.message());
    }
}

void RosterDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RosterDialog::retranslate()
{
    setWindowTitle(tr("Roster"));
    m_filterEdit->setPlaceholderText(tr("Filter by name or unit"));
    m_showInactive->setText(tr("Show inactive"));
    m_add->setText(tr("&Add\u2026"));
    m_edit->setText(tr("&Edit\u2026"));
    m_deactivate->setText(tr("&Deactivate"));
    m_reactivate->setText(tr("&Reactivate"));
    m_close->setText(tr("Close"));
    m_model->retranslate();
}

} // namespace uo
