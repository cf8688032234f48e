#include "app/workstation/segments/proposals_dialog.h"

#include "app/workstation/segments/segment_document.h"
#include "core/segments/segment_queries.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace uo {

ProposalsDialog::ProposalsDialog(SegmentDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("ProposalsDialog"));
    setWindowTitle(tr("Propose Segments"));
    resize(720, 520);

    auto *grades = new QHBoxLayout;
    // The grades the district's roads have, so that a grade no road has is not offered.
    const QStringList present =
        document->store() ? SegmentQueries(*document->store()).roadGrades() : QStringList();
    const QStringList checked = SegmentProposals::Options().crossGrades;
    for (const QString &grade : present) {
        auto *box = new QCheckBox(grade, this);
        box->setChecked(checked.contains(grade));
        m_grades.insert(grade, box);
        grades->addWidget(box);
    }
    grades->addStretch();
    m_maxLength = new QDoubleSpinBox(this);
    m_maxLength->setRange(0, 100000);
    m_maxLength->setDecimals(0);
    m_maxLength->setSingleStep(50);
    m_maxLength->setSuffix(tr(" m"));
    m_maxLength->setSpecialValueText(tr("no maximum"));
    m_propose = new QPushButton(tr("&Propose"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Cut at crossings of:"), grades);
    auto *lengthRow = new QHBoxLayout;
    lengthRow->addWidget(m_maxLength);
    lengthRow->addWidget(m_propose);
    lengthRow->addStretch();
    form->addRow(tr("Longest piece:"), lengthRow);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Road / piece"), tr("From (m)"), tr("To (m)")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *all = buttons->addButton(tr("Check &All"), QDialogButtonBox::ActionRole);
    auto *none = buttons->addButton(tr("Check &None"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("&Apply Checked"), QDialogButtonBox::ApplyRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    auto checkAll = [this](Qt::CheckState state) {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            m_tree->topLevelItem(i)->setCheckState(0, state);
    };
    connect(all, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Checked); });
    connect(none, &QPushButton::clicked, this, [checkAll] { checkAll(Qt::Unchecked); });
    connect(m_propose, &QPushButton::clicked, this, &ProposalsDialog::propose);
    connect(m_apply, &QPushButton::clicked, this, &ProposalsDialog::applyChecked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    propose();
}

SegmentProposals::Options ProposalsDialog::options() const
{
    SegmentProposals::Options o;
    o.crossGrades.clear();
    for (auto it = m_grades.begin(); it != m_grades.end(); ++it)
        if (it.value()->isChecked())
            o.crossGrades.append(it.key());
    o.maxLength = m_maxLength->value();
    return o;
}

void ProposalsDialog::propose()
{
    m_tree->clear();
    m_proposals.clear();
    DistrictStore *store = m_document->store();
    if (!store)
        return;
    try {
        m_proposals = SegmentProposals::proposeAll(*store, options());
    } catch (const Error &error) {
        m_document->reportFailure(error.message());
        return;
    }
    for (const RoadProposal &proposal : std::as_const(m_proposals)) {
        auto *road = new QTreeWidgetItem(m_tree);
        road->setText(0, tr("%1: %n piece(s)", nullptr, int(proposal.pieces.size())).arg(proposal.roadName) +
                             tr(" (now %1)").arg(proposal.currentSegments));
        road->setText(2, QString::number(proposal.length, 'f', 1));
        // A road whose cut would not change is left unchecked: applying it would only rename.
        road->setCheckState(0,
                            proposal.pieces.size() != proposal.currentSegments ? Qt::Checked : Qt::Unchecked);
        for (const RoadProposal::Piece &piece : proposal.pieces) {
            auto *item = new QTreeWidgetItem(road);
            item->setText(0, piece.name);
            item->setText(1, QString::number(piece.from, 'f', 1));
            item->setText(2, QString::number(piece.to, 'f', 1));
            item->setFlags(item->flags() | Qt::ItemIsEditable); // names can be edited
        }
    }
}

QList<RoadProposal> ProposalsDialog::checkedProposals() const
{
    QList<RoadProposal> out;
    for (int i = 0; i < m_tree->topLevelItemCount() && i < m_proposals.size(); ++i) {
        const QTreeWidgetItem *road = m_tree->topLevelItem(i);
        if (road->checkState(0) != Qt::Checked)
            continue;
        RoadProposal proposal = m_proposals.at(i);
        for (int j = 0; j < road->childCount() && j < proposal.pieces.size(); ++j) {
            const QString name = road->child(j)->text(0).trimmed();
            if (!name.isEmpty())
                proposal.pieces[j].name = name;
        }
        out.append(proposal);
    }
    return out;
}

bool ProposalsDialog::applyChecked()
{
    const QList<RoadProposal> checked = checkedProposals();
    if (checked.isEmpty())
        return false;
    try {
        m_document->applyProposals(checked);
    } catch (const Error &error) {
        m_document->reportFailure(error.message());
        return false;
    }
    propose(); // what is proposed now, after the change
    return true;
}

} // namespace uo
