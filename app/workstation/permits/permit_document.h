#pragma once

#include "app/workstation/edit_tools/store_write_command.h"
#include "core/permits/nodig_calendar.h"
#include "core/permits/permit_rules.h"

#include <QObject>
#include <QVariantMap>

class QUndoCommand;
class QUndoStack;

namespace uo {

class DistrictStore;

// The permits of the open district as the workstation edits them. Creating and editing a permit are
// one command each on the main window's undo stack, written through the store's audited edits; the
// workflow steps go through PermitWorkflow, which records who, when and why in the permit's history
// (a record of a decision is not undone: a wrong step is corrected by the next one). Every change is
// announced so that the register, the review and the map read the store again.
class PermitDocument : public QObject, public StoreWriteTarget
{
    Q_OBJECT

public:
    PermitDocument(QUndoStack *undoStack, QObject *parent = nullptr);

    // `refusal`: why the signed-in role may not change this on a server district (empty when it may).
    void setStore(DistrictStore *store, const QString &refusal = QString());
    DistrictStore *store() const { return m_store; }
    bool isEditable() const;
    // Why nothing may be changed, in the user's language; empty when isEditable().
    QString whyNotEditable() const;
    QUndoStack *undoStack() const { return m_undoStack; }

    // The permit's row as the store holds it (geometry as a SpatiaLite blob).
    QVariantMap read(qint64 permitId) const;
    // A new permit, `submitted`, from the permits columns in `values`; returns its id. Throws a uo::Error.
    qint64 create(const QVariantMap &values);
    // Changes the given columns of a permit. Throws a uo::Error.
    void edit(qint64 permitId, const QVariantMap &values);
    // One workflow step, as `operatorName` (the store's operator when empty). Throws a uo::Error with the
    // workflow's reason when the step is refused; nothing changes then.
    void advance(qint64 permitId, const QString &to, const QString &reason, const QString &route,
                 const QString &operatorName = QString());
    // Adds the applications of a CSV or GeoJSON file (all or none); returns the errors, empty on success.
    QStringList import(const QString &file, int sourceCrs, int *imported = nullptr);
    // Saves the rules and the no-dig calendar as one command.
    void saveRules(const PermitRules &rules, const QList<NoDigPeriod> &calendar);

    DistrictStore &writableStore() override { return requireStore(); }
    void reportFailure(const QString &message) override { emit editFailed(message); }

signals:
    void storeChanged();
    void permitsChanged(qint64 permitId); // 0: any number of permits
    void rulesChanged();
    void editFailed(const QString &message);
    // A change was written to the district at once: what the status bar says about it.
    void saved(const QString &message);

private:
    // Pushes a command whose change is already written, saying so (SavedAtOnce).
    void pushSaved(QUndoCommand *command);
    DistrictStore &requireStore() const;

    QUndoStack *m_undoStack;
    DistrictStore *m_store = nullptr;
    QString m_refusal;
};

} // namespace uo
