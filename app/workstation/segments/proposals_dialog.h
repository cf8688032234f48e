#pragma once

#include "core/segments/segment_proposals.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDoubleSpinBox;
class QPushButton;
class QTreeWidget;

namespace uo {

class SegmentDocument;

// Segment proposals for every road: cut where roads of the checked grades cross and into pieces no
// longer than a maximum. The tree shows each road with its proposed pieces, whose names may be edited;
// the checked roads are applied together as one undo step, the unchecked ones are left as they are.
class ProposalsDialog : public QDialog
{
    Q_OBJECT

public:
    ProposalsDialog(SegmentDocument *document, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QDoubleSpinBox *maxLengthBox() const { return m_maxLength; }
    QCheckBox *gradeBox(const QString &grade) const { return m_grades.value(grade); }
    QPushButton *proposeButton() const { return m_propose; }
    QPushButton *applyButton() const { return m_apply; }
    // Reads the proposals again with the options shown.
    void propose();
    // The checked roads' proposals with the names as edited.
    QList<RoadProposal> checkedProposals() const;
    // Applies the checked roads; false when the store refused (reported) or none was checked.
    bool applyChecked();

private:
    SegmentProposals::Options options() const;

    SegmentDocument *m_document;
    QMap<QString, QCheckBox *> m_grades;
    QDoubleSpinBox *m_maxLength;
    QPushButton *m_propose;
    QPushButton *m_apply;
    QTreeWidget *m_tree;
    QList<RoadProposal> m_proposals; // in the tree's top-level order
};

} // namespace uo
