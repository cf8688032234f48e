#pragma once

#include "app/workstation/edit_tools/store_write_command.h"
#include "core/segments/roster.h"
#include "core/segments/segment_assignment.h"
#include "core/segments/segment_editor.h"
#include "core/segments/segment_proposals.h"

#include <QObject>

class QUndoCommand;
class QUndoStack;

namespace uo {

class DistrictStore;

// The segment assignments and the roster of the open district, as the widgets edit them. Every user
// action goes through here as one command on the main window's undo stack, and every change, done,
// undone or redone, is announced so that the lists, the workload and the panels read the store again.
// Refusals throw a uo::Error before anything is pushed; a failed undo or redo is reported by editFailed.
class SegmentDocument : public QObject, public StoreWriteTarget
{
    Q_OBJECT

public:
    SegmentDocument(QUndoStack *undoStack, QObject *parent = nullptr);

    // The store the main window holds open; null when none is.
    // `refusal`: why the signed-in role may not change this on a server district (empty when it may).
    void setStore(DistrictStore *store, const QString &refusal = QString());
    DistrictStore *store() const { return m_store; }
    bool isEditable() const;
    // Why nothing may be changed, in the user's language; empty when isEditable().
    QString whyNotEditable() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    void assign(const QList<qint64> &segmentIds, const AssignmentChange &change);
    qint64 addPerson(const Person &person);
    void editPerson(const Person &person);
    // Returns the segments the person chairs: they need a new chief once the person is inactive.
    QList<qint64> setPersonActive(qint64 id, bool active);

    // Segment geometry edits, each one undo step recorded in the audit log (see SegmentEditor).
    // Replaces one road's segments with the pieces of a split (see split_plan).
    void splitRoad(const RoadProposal &pieces);
    void merge(qint64 firstId, qint64 secondId);
    void moveBoundary(qint64 firstId, qint64 secondId, double measure);
    void rename(qint64 segmentId, const QString &name);
    // Applies proposals for many roads at once: all or none, and one undo step for all of them.
    void applyProposals(const QList<RoadProposal> &proposals);

    DistrictStore &writableStore() override { return requireStore(); }
    void reportFailure(const QString &message) override { emit editFailed(message); }

signals:
    void storeChanged();
    void assignmentsChanged();
    // Segments were added, removed or moved (a split, merge, boundary move or proposal, or its undo).
    void segmentsChanged();
    void rosterChanged();
    void editFailed(const QString &message);
    // A change was written to the district at once: what the status bar says about it.
    void saved(const QString &message);

private:
    // Pushes a command whose change is already written, saying so (SavedAtOnce).
    void pushSaved(QUndoCommand *command);
    DistrictStore &requireStore();
    void pushRoadEdit(const QList<RoadSegments> &before, const QString &text);

    QUndoStack *m_undoStack;
    DistrictStore *m_store = nullptr;
    QString m_refusal;
};

} // namespace uo
