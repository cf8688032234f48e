#include "app/workstation/segments/my_segments_dock.h"

#include "app/workstation/segments/my_segments_model.h"
#include "app/workstation/segments/segment_document.h"
#include "app/workstation/segments/table_style.h"
#include "core/cases/case_labels.h"
#include "core/catalogue/code_lists.h"
#include "core/segments/roster.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "core/table/table_lookups.h"
#include "gis/render/case_style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace uo {

MySegmentsDock::MySegmentsDock(SegmentDocument *document, QWidget *parent)
    : QDockWidget(parent), m_document(document), m_model(new MySegmentsModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("MySegmentsDock"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(MySegmentsModel::SortRole);
    auto *body = new QWidget(this);
    m_personLabel = new QLabel(body);
    m_person = new PersonBox(body);
    m_person->setObjectName(QStringLiteral("PersonBox"));
    m_personLabel->setBuddy(m_person);
    m_zoom = new QPushButton(body);
    m_focus = new QCheckBox(body);
    m_focus->setChecked(true);
    m_view = new QTableView(body);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    setCompactRows(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_details = new QTextBrowser(body);
    m_details->setOpenLinks(false); // a case link asks for the case panel, not a page
    auto *split = new QSplitter(Qt::Horizontal, body);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_personLabel);
    bar->addWidget(m_person);
    bar->addStretch();
    bar->addWidget(m_focus);
    bar->addWidget(m_zoom);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    setWidget(body);

    connect(m_person, &QComboBox::activated, this, [this] { showPerson(person()); });
    connect(m_zoom, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        const QRectF rect =
            rows.isEmpty() ? m_model->bounds() : rows.first().data(MySegmentsModel::BoundsRole).toRectF();
        if (!rect.isNull())
            emit zoomRequested(rect);
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit zoomRequested(index.data(MySegmentsModel::BoundsRole).toRectF());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MySegmentsDock::showDetails);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.scheme() == QLatin1String("case"))
            emit caseRequested(link.path().toLongLong());
    });
    connect(m_focus, &QCheckBox::toggled, this, [this] { emit focusChanged(focusSegments()); });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        m_shown = shown; // false also while another dock's tab is in front of this one
        emit focusChanged(focusSegments());
    });
    connect(m_document, &SegmentDocument::storeChanged, this, [this] {
        fillPeople();
        reload();
    });
    connect(m_document, &SegmentDocument::rosterChanged, this, &MySegmentsDock::fillPeople);
    connect(m_document, &SegmentDocument::assignmentsChanged, this, &MySegmentsDock::reload);
    retranslate();
    fillPeople();
    reload();
}

qint64 MySegmentsDock::person() const
{
    return m_person->currentData().toLongLong();
}

void MySegmentsDock::setPerson(qint64 personId)
{
    m_person->setCurrentIndex(std::max(0, m_person->findData(personId)));
    reload();
}

void MySegmentsDock::showPerson(qint64 personId)
{
    setPerson(personId);
    if (!m_model->bounds().isNull())
        emit zoomRequested(m_model->bounds());
}

void MySegmentsDock::fillPeople()
{
    const qint64 current = person();
    QList<Person> people;
    QHash<qint64, PersonLoad> loads;
    if (DistrictStore *store = m_document->store()) {
        try {
            Roster roster(*store);
            people = roster.people();
            loads = roster.loads();
        } catch (const Error &error) {
            m_document->reportFailure(error.message());
        }
    }
    // Everyone in pinyin order, with what they carry: type a part of a name or unit to find one.
    m_person->setPeople({{tr("(choose a person)"), qint64(0)}}, people, loads);
    if (!m_person->setPersonId(current))
        m_person->setCurrentIndex(0);
}

void MySegmentsDock::refresh()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const qint64 picked = rows.isEmpty() ? 0 : rows.first().data(MySegmentsModel::SegmentIdRole).toLongLong();
    reload();
    for (int row = 0; picked > 0 && row < m_sorted->rowCount(); ++row)
        if (m_sorted->index(row, 0).data(MySegmentsModel::SegmentIdRole).toLongLong() == picked)
            m_view->selectRow(row);
}

void MySegmentsDock::reload()
{
    try {
        m_model->reload(m_document->store(), person());
    } catch (const Error &error) {
        m_model->reload(nullptr, 0);
        m_document->reportFailure(error.message());
    }
    m_view->resizeColumnsToContents();
    m_zoom->setEnabled(m_model->rowCount() > 0);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showDetails();
    emit focusChanged(focusSegments());
}

QSet<qint64> MySegmentsDock::focusSegments() const
{
    QSet<qint64> ids;
    if (!m_focus->isChecked() || !m_shown)
        return ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->segment(row).segment.id);
    return ids;
}

void MySegmentsDock::showDetails()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->setHtml(m_model->personId() > 0 && m_model->rowCount() == 0
                               ? tr("<p>This person works no segments.</p>")
                               : QString());
        return;
    }
    const SegmentSurroundings &s = m_model->segment(m_sorted->mapToSource(rows.first()).row());
    const QLocale locale;
    QString html = QStringLiteral("<h4>%1</h4>")
                       .arg(tr("%1 \u2014 %2").arg(s.segment.roadName, s.segment.name).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("%1 m; chief %2; Party branch %3")
                         .arg(locale.toString(s.segment.length(), 'f', 1),
                              s.segment.chiefName.isEmpty() ? tr("none") : s.segment.chiefName,
                              s.segment.partyUnitName.isEmpty() ? tr("none") : s.segment.partyUnitName)
                         .toHtmlEscaped());
    // First what is still to be done: the open cases, each a link to the case panel, the overdue first
    // and in red.
    const QList<CaseSummary> cases = m_model->openCases(m_sorted->mapToSource(rows.first()).row());
    html += QStringLiteral("<p><b>%1</b></p><ul>")
                .arg(tr("Open cases: %1").arg(locale.toString(cases.size())).toHtmlEscaped());
    for (const CaseSummary &c : cases) {
        const QString state = CaseLabels::state(c.state, c.overdue);
        const QString line =
            QStringLiteral("%1 %2 \u2014 %3").arg(c.caseNo, c.className, state).toHtmlEscaped();
        html +=
            QStringLiteral("<li><a href=\"case:%1\"%2>%3</a></li>")
                .arg(QString::number(c.id),
                     c.overdue
                         ? QStringLiteral(" style=\"color:%1\"").arg(case_style::overdueTextColour().name())
                         : QString(),
                     line);
    }
    html += QStringLiteral("</ul>");
    auto list = [&](const QString &title, const QStringList &items) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(title.toHtmlEscaped());
        for (const QString &item : items)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    };
    // The store keeps risk levels and permit states as codes; people read their words (CodeLists).
    auto features = [&](const QString &title, const QList<NearbyFeature> &found, const QString &table,
                        const QString &column) {
        QStringList items;
        for (const NearbyFeature &f : found)
            items.append(tr("%1 (%2), %3 m")
                             .arg(f.name, CodeLists::word(table, column, f.detail),
                                  locale.toString(f.distance, 'f', 0)));
        list(title, items);
    };
    features(tr("Shops: %1").arg(s.shops.size()), s.shops, tableOf(Layer::Shops), QStringLiteral("category"));
    features(tr("Risk points: %1").arg(s.riskPoints.size()), s.riskPoints, tableOf(Layer::RiskPoints),
             QStringLiteral("level"));
    QStringList classes;
    for (const ComponentClassCount &c : s.componentClasses)
        classes.append(tr("%1: %2").arg(c.name, locale.toString(c.count)));
    list(tr("Components: %1").arg(locale.toString(s.components)), classes);
    features(tr("Permits: %1").arg(s.permits.size()), s.permits, tableOf(Layer::Permits),
             QStringLiteral("status"));
    m_details->setHtml(html);
}

void MySegmentsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillPeople();
        showDetails();
    }
    QDockWidget::changeEvent(event);
}

void MySegmentsDock::retranslate()
{
    setWindowTitle(tr("My Segments"));
    m_personLabel->setText(tr("&Person:"));
    m_zoom->setText(tr("&Zoom to"));
    m_zoom->setToolTip(tr("Show the picked segment, or all of them, on the map"));
    m_focus->setText(tr("&Only mine on the map"));
    m_focus->setToolTip(tr("Set the rest of the map back so that this person's segments stand out"));
    m_model->retranslate();
}

} // namespace uo
