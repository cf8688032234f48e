#pragma once

#include "app/workstation/segments/person_box.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace uo {

class SegmentDocument;
class TradePicker;

// Who works the selected segments: a chief (active officers only), collaborators by trade and a Party
// branch. Fields show what the segments have in common; where they differ a field keeps each
// segment's own value unless changed. Apply writes only what was changed, as one undoable step.
class AssignmentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AssignmentPanel(SegmentDocument *document, QWidget *parent = nullptr);

    void setSegments(const QList<qint64> &segmentIds);
    const QList<qint64> &segments() const { return m_segments; }

    PersonBox *chiefBox() const { return m_chief; }
    QComboBox *partyBranchBox() const { return m_partyBranch; }
    TradePicker *picker(const QString &role) const;
    QPushButton *applyButton() const { return m_apply; }

    // Writes the changed fields; false when the store refused (the reason was shown) or nothing changed.
    bool apply();
    // Puts the fields back to what the segments have.
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillChiefs(const QList<qint64> &current, const QHash<qint64, PersonLoad> &loads);
    void fillPartyBranches(const QList<qint64> &current);

    SegmentDocument *m_document;
    QList<qint64> m_segments;
    QLabel *m_summary;
    QLabel *m_chiefLabel, *m_partyLabel;
    QList<QLabel *> m_tradeLabels;
    PersonBox *m_chief;
    QList<TradePicker *> m_pickers;
    QComboBox *m_partyBranch;
    QLineEdit *m_find;
    QPushButton *m_apply, *m_revert;
    qint64 m_initialChief = -1, m_initialParty = -1;
};

} // namespace uo
