#include "app/workstation/segments/assignment_panel.h"

#include "app/workstation/segments/person_box.h"
#include "app/workstation/segments/segment_document.h"
#include "app/workstation/segments/trade_picker.h"
#include "core/segments/roster.h"
#include "core/segments/segment_queries.h"
#include "core/store/store_error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace uo {

namespace {

// Combo data for "each segment keeps its own": the segments differ and the user has not chosen.
constexpr qint64 kKeep = -1;

const QStringList &trades()
{
    static const QStringList roles{QStringLiteral("municipal"), QStringLiteral("greening"),
                                   QStringLiteral("sanitation")};
    return roles;
}

// The one value all segments share, or kKeep.
qint64 common(const QList<qint64> &values)
{
    if (values.isEmpty())
        return kKeep;
    for (qint64 v : values)
        if (v != values.first())
            return kKeep;
    return values.first();
}

} // namespace

AssignmentPanel::AssignmentPanel(SegmentDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_summary(new QLabel(this)), m_chiefLabel(new QLabel(this)),
      m_partyLabel(new QLabel(this)), m_chief(new PersonBox(this)), m_partyBranch(new QComboBox(this)),
      m_find(new QLineEdit(this)), m_apply(new QPushButton(this)), m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("AssignmentPanel"));
    m_summary->setWordWrap(true);
    m_chief->setObjectName(QStringLiteral("ChiefBox"));
    m_partyBranch->setObjectName(QStringLiteral("PartyBranchBox"));
    m_find->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->addRow(m_chiefLabel, m_chief);
    form->addRow(m_find);
    for (const QString &role : trades()) {
        auto *label = new QLabel(this);
        auto *picker = new TradePicker(role, this);
        picker->setMinimumHeight(60);
        m_tradeLabels.append(label);
        m_pickers.append(picker);
        form->addRow(label, picker);
    }
    form->addRow(m_partyLabel, m_partyBranch);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (TradePicker *p : m_pickers)
            p->setFilter(text.trimmed());
    });
    connect(m_apply, &QPushButton::clicked, this, &AssignmentPanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &AssignmentPanel::reload);
    connect(m_document, &SegmentDocument::storeChanged, this, [this] { setSegments({}); });
    connect(m_document, &SegmentDocument::assignmentsChanged, this, &AssignmentPanel::reload);
    connect(m_document, &SegmentDocument::rosterChanged, this, &AssignmentPanel::reload);
    retranslate();
    reload();
}

TradePicker *AssignmentPanel::picker(const QString &role) const
{
    for (TradePicker *p : m_pickers)
        if (p->role() == role)
            return p;
    return nullptr;
}

void AssignmentPanel::setSegments(const QList<qint64> &segmentIds)
{
    m_segments = segmentIds;
    reload();
}

void AssignmentPanel::fillChiefs(const QList<qint64> &current, const QHash<qint64, PersonLoad> &loads)
{
    Roster roster(*m_document->store());
    const qint64 shared = common(current);
    QList<QPair<QString, qint64>> fixed;
    if (shared == kKeep)
        fixed.append({tr("(keep each segment's)"), kKeep});
    fixed.append({tr("(no chief)"), qint64(0)});
    m_chief->setPeople(fixed, roster.active(QStringLiteral("officer")), loads);
    if (shared > 0 && m_chief->findData(shared) < 0) {
        // An inactive chief is shown as what the segment has, never offered to others.
        const Person chief = roster.person(shared);
        m_chief->addPerson(PersonBox::entryText(chief, loads.value(shared)), shared);
    }
    m_chief->setPersonId(shared);
    m_initialChief = shared;
}

void AssignmentPanel::fillPartyBranches(const QList<qint64> &current)
{
    const qint64 shared = common(current);
    m_partyBranch->clear();
    if (shared == kKeep)
        m_partyBranch->addItem(tr("(keep each segment's)"), kKeep);
    m_partyBranch->addItem(tr("(none)"), qint64(0));
    for (const PartyBranch &b : SegmentQueries(*m_document->store()).partyBranches())
        m_partyBranch->addItem(b.name, b.id);
    m_partyBranch->setCurrentIndex(m_partyBranch->findData(shared));
    m_initialParty = shared;
}

void AssignmentPanel::reload()
{
    if (!m_document->store() || m_segments.isEmpty()) {
        m_chief->clear();
        m_partyBranch->clear();
        for (TradePicker *p : m_pickers)
            p->clear();
        setEnabled(false);
        retranslate();
        return;
    }
    try {
        const QList<SegmentAssignment> assignments =
            SegmentAssignments(*m_document->store()).read(m_segments);
        QList<qint64> chiefs, units;
        QHash<qint64, int> onSegments;
        for (const SegmentAssignment &a : assignments) {
            chiefs.append(a.chiefId);
            units.append(a.partyUnitId);
            for (qint64 person : a.collaborators)
                onSegments[person]++;
        }
        Roster roster(*m_document->store());
        QHash<qint64, Person> everyone;
        for (const Person &p : roster.people())
            everyone.insert(p.id, p);
        const QHash<qint64, PersonLoad> loads = roster.loads();
        fillChiefs(chiefs, loads);
        fillPartyBranches(units);
        for (TradePicker *p : m_pickers) {
            p->setPeople(roster.active(p->role()), onSegments, everyone, int(assignments.size()), loads);
            p->setFilter(m_find->text().trimmed());
        }
    } catch (const Error &error) {
        // The selection may name a segment merged away meanwhile: show nothing rather than stale values.
        m_segments.clear();
        setEnabled(false);
        m_summary->setText(error.message());
        return;
    }
    setEnabled(m_document->isEditable());
    retranslate();
}

bool AssignmentPanel::apply()
{
    AssignmentChange change;
    const qint64 chief = m_chief->currentData().toLongLong();
    if (chief != kKeep && chief != m_initialChief)
        change.chiefId = chief;
    const qint64 party = m_partyBranch->currentData().toLongLong();
    if (party != kKeep && party != m_initialParty)
        change.partyUnitId = party;
    for (const TradePicker *p : m_pickers) {
        change.addCollaborators += p->added();
        change.removeCollaborators += p->removed();
    }
    if (m_segments.isEmpty() || (!change.chiefId && !change.partyUnitId &&
                                 change.addCollaborators.isEmpty() && change.removeCollaborators.isEmpty()))
        return false;
    try {
        m_document->assign(m_segments, change);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Cannot Assign"), error.message());
        return false;
    }
    return true;
}

void AssignmentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (!m_segments.isEmpty())
            reload(); // the "(no chief)" entries are text of the combos
    }
    QWidget::changeEvent(event);
}

void AssignmentPanel::retranslate()
{
    m_chiefLabel->setText(tr("&Chief:"));
    m_chiefLabel->setBuddy(m_chief);
    m_partyLabel->setText(tr("&Party branch:"));
    m_partyLabel->setBuddy(m_partyBranch);
    for (int i = 0; i < m_pickers.size(); ++i)
        m_tradeLabels[i]->setText(tr("%1:").arg(Roster::roleTitle(m_pickers[i]->role())));
    m_find->setPlaceholderText(tr("Find collaborators by name or unit"));
    m_apply->setText(tr("&Apply"));
    m_revert->setText(tr("&Revert"));
    if (!m_document->store())
        m_summary->setText(tr("Open a district to assign people to its segments."));
    else if (m_segments.isEmpty())
        m_summary->setText(tr("Select segments in the segment list to assign people to them."));
    else if (!m_document->isEditable())
        m_summary->setText(tr("The district is open read-only."));
    else
        m_summary->setText(tr("%n segment(s) selected.", nullptr, int(m_segments.size())));
}

} // namespace uo
