// Two workstations on one district file, as two connections: a column of a row changed by both is a
// conflict shown with both versions while the other rows save; the user's choice is then saved. Different
// columns of one row changed by each both stay. A save that meets
// another workstation's write lock waits, telling the caller, and gives up when told to.

#include "core/edit_session/component_serial.h"
#include "core/edit_session/edit_session.h"
#include "core/sql/statement.h"
#include "core/store/store_error.h"
#include "tests/core/edit_session/edit_district.h"

#include <QTemporaryDir>
#include <QTest>

using namespace uo;
using namespace uo::edit;

namespace {
const QString kComponents = QStringLiteral("components");
const QString kNote = QStringLiteral("note");

QString note(DistrictStore &store, qint64 id)
{
    return store.readRow(kComponents, id).value(kNote).toString();
}
} // namespace

class TestEditConflicts : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("shared.sqlite"));
        m_a = edit_district::make(m_path, 10);
        m_b = DistrictStore::open(m_path);
        m_a->setOperatorName(QStringLiteral("甲"));
        m_b->setOperatorName(QStringLiteral("乙"));
    }
    void cleanup()
    {
        m_a.reset();
        m_b.reset();
        m_dir.reset();
    }

    void sameFeatureConflictsDifferentFeaturesSave()
    {
        EditSession a(*m_a);
        a.setJournalEnabled(false); // both sessions share the file, and so the journal's name
        EditSession b(*m_b);
        b.setJournalEnabled(false);
        a.apply(a.setValues(kComponents, {1, 2}, {{kNote, QStringLiteral("甲改")}}, {}));
        b.apply(b.setValues(kComponents, {1, 3}, {{kNote, QStringLiteral("乙改")}}, {}));

        const SaveResult first = b.save();
        QCOMPARE(first.saved, 2);
        QVERIFY(first.conflicts.isEmpty());

        const SaveResult second = a.save();
        QCOMPARE(second.saved, 1);
        QCOMPARE(second.conflicts.size(), 1);
        const Conflict conflict = second.conflicts.first();
        QCOMPARE(conflict.key, (FeatureKey{kComponents, 1}));
        QCOMPARE(conflict.original->value(kNote), QVariant());
        QCOMPARE(conflict.mine->value(kNote).toString(), QStringLiteral("甲改"));
        QCOMPARE(conflict.theirs->value(kNote).toString(), QStringLiteral("乙改"));
        QCOMPARE(note(*m_a, 1), QStringLiteral("乙改"));
        QCOMPARE(note(*m_a, 2), QStringLiteral("甲改"));
        QCOMPARE(note(*m_a, 3), QStringLiteral("乙改"));
        QCOMPARE(a.changeCount(), 1); // the conflict stays pending

        a.keepMine(conflict);
        const SaveResult third = a.save();
        QCOMPARE(third.saved, 1);
        QVERIFY(third.conflicts.isEmpty());
        QCOMPARE(note(*m_b, 1), QStringLiteral("甲改"));
        // Each change is in the audit log under its own operator.
        QCOMPARE(m_a->db().scalarInt(
                     "SELECT count(*) FROM audit_log WHERE table_name = 'components' AND operator = '甲'"),
                 2);
        QCOMPARE(m_a->db().scalarInt(
                     "SELECT count(*) FROM audit_log WHERE table_name = 'components' AND operator = '乙'"),
                 2);
    }

    void differentColumnsOfOneRowBothStay()
    {
        EditSession a(*m_a);
        a.setJournalEnabled(false);
        a.apply(a.setValues(kComponents, {7}, {{kNote, QStringLiteral("甲的备注")}}, {}));
        a.apply(a.setValues(
            kComponents, {8},
            {{kNote, QStringLiteral("甲")}, {QStringLiteral("state"), QStringLiteral("damaged")}}, {}));
        m_b->updateRow(kComponents, 7, {{QStringLiteral("photo"), QStringLiteral("乙.jpg")}});
        // Row 8: they changed the state as I did and the photo, which I did not touch.
        m_b->updateRow(kComponents, 8,
                       {{QStringLiteral("state"), QStringLiteral("damaged")},
                        {QStringLiteral("photo"), QStringLiteral("乙8.jpg")}});
        const SaveResult result = a.save();
        QVERIFY(result.conflicts.isEmpty());
        QCOMPARE(result.saved, 2);
        QVERIFY(!a.hasChanges());
        QCOMPARE(note(*m_b, 7), QStringLiteral("甲的备注"));
        QCOMPARE(m_b->readRow(kComponents, 7).value(QStringLiteral("photo")).toString(),
                 QStringLiteral("乙.jpg"));
        const QVariantMap eight = m_b->readRow(kComponents, 8);
        QCOMPARE(eight.value(kNote).toString(), QStringLiteral("甲"));
        QCOMPARE(eight.value(QStringLiteral("state")).toString(), QStringLiteral("damaged"));
        QCOMPARE(eight.value(QStringLiteral("photo")).toString(), QStringLiteral("乙8.jpg"));
        // The audit log holds only what each wrote: my save's update of row 7 names the note alone.
        QCOMPARE(m_a->db().scalarText("SELECT new_values FROM audit_log WHERE table_name = 'components' AND "
                                      "row_id = 7 AND operator = '甲'"),
                 QStringLiteral("{\"note\":\"甲的备注\"}"));
    }

    // A form shown a while ago (the attribute form, a cell of the attribute table): the other workstation
    // changed the note and the photo after it was shown. The values the user left as shown are no change
    // (theirs stay); a value the user changed from what was shown, and they changed too, is a conflict
    // with the value shown as the original, not written over theirs.
    void whatAFormShowedIsTheOriginal()
    {
        EditSession a(*m_a);
        a.setJournalEnabled(false);
        const QString photo = QStringLiteral("photo");
        const QVariantMap shown = a.row({kComponents, 6}).value_or(QVariantMap());
        m_b->updateRow(kComponents, 6,
                       {{kNote, QStringLiteral("乙的备注")}, {photo, QStringLiteral("乙.jpg")}});
        // The form sends every value it shows: the note and photo as shown, the state changed.
        a.apply(a.setValues(kComponents, {6},
                            {{kNote, shown.value(kNote)},
                             {photo, shown.value(photo)},
                             {QStringLiteral("state"), QStringLiteral("missing")}},
                            {},
                            {{kNote, shown.value(kNote)},
                             {photo, shown.value(photo)},
                             {QStringLiteral("state"), shown.value(QStringLiteral("state"))}}));
        SaveResult result = a.save();
        QVERIFY(result.conflicts.isEmpty());
        QVariantMap six = m_b->readRow(kComponents, 6);
        QCOMPARE(six.value(kNote).toString(), QStringLiteral("乙的备注"));
        QCOMPARE(six.value(photo).toString(), QStringLiteral("乙.jpg"));
        QCOMPARE(six.value(QStringLiteral("state")).toString(), QStringLiteral("missing"));

        // Now the note, in a cell that still shows the value before their next change.
        const QVariant cell = six.value(kNote);
        m_b->updateRow(kComponents, 6, {{kNote, QStringLiteral("乙又改")}});
        a.apply(a.setValues(kComponents, {6}, {{kNote, QStringLiteral("甲改")}}, {}, {{kNote, cell}}));
        result = a.save();
        QCOMPARE(result.conflicts.size(), 1);
        QCOMPARE(result.conflicts.first().original->value(kNote), cell);
        QCOMPARE(result.conflicts.first().theirs->value(kNote).toString(), QStringLiteral("乙又改"));
        QCOMPARE(note(*m_b, 6), QStringLiteral("乙又改"));
        // Taking theirs leaves nothing to save.
        a.takeTheirs(result.conflicts.first());
        QVERIFY(!a.hasChanges());
    }

    void takingTheirsDropsMine()
    {
        EditSession a(*m_a);
        a.setJournalEnabled(false);
        a.apply(a.setValues(kComponents, {4}, {{kNote, QStringLiteral("mine")}}, {}));
        m_b->updateRow(kComponents, 4, {{kNote, QStringLiteral("theirs")}});
        const SaveResult result = a.save();
        QCOMPARE(result.conflicts.size(), 1);
        a.takeTheirs(result.conflicts.first());
        QVERIFY(!a.hasChanges());
        QCOMPARE(note(*m_a, 4), QStringLiteral("theirs"));
    }

    void deletedByTheOtherIsAConflictUnlessBothDeleted()
    {
        EditSession a(*m_a);
        a.setJournalEnabled(false);
        a.apply(a.setValues(kComponents, {5}, {{kNote, QStringLiteral("mine")}}, {}));
        a.apply(a.deleteRows(kComponents, {6}, {}));
        m_b->deleteRow(kComponents, 5);
        m_b->deleteRow(kComponents, 6);
        const SaveResult result = a.save();
        QCOMPARE(result.conflicts.size(), 1);
        QCOMPARE(result.conflicts.first().key.id, 5);
        QVERIFY(!result.conflicts.first().theirs);
        QCOMPARE(a.changeCount(), 1);
    }

    void sameSerialFromTwoWorkstationsIsRenumbered()
    {
        EditSession a(*m_a);
        a.setJournalEnabled(false);
        EditSession b(*m_b);
        b.setJournalEnabled(false);
        const QString cls = QLatin1String(edit_district::kClassA);
        const QString ident = nextComponentIdent(*m_a, cls);
        QCOMPARE(nextComponentIdent(*m_b, cls), ident);
        const QVariantMap row{{QStringLiteral("ident"), ident},
                              {QStringLiteral("class_code"), cls},
                              {QStringLiteral("name"), QStringLiteral("井盖")},
                              {QStringLiteral("state"), QStringLiteral("intact")}};
        const EditAction addA = a.insertRow(kComponents, row, {});
        a.apply(addA);
        b.apply(b.insertRow(kComponents, row, {}));
        QCOMPARE(b.save().saved, 1);
        const SaveResult result = a.save();
        QCOMPARE(result.saved, 1);
        QCOMPARE(result.renumbered.size(), 1);
        const QString fresh = result.renumbered.value(addA.steps.first().key);
        QVERIFY(fresh != ident);
        QCOMPARE(m_a->readRow(kComponents, result.newIds.value(addA.steps.first().key.id))
                     .value(QStringLiteral("ident"))
                     .toString(),
                 fresh);
    }

    void aLockedStoreIsWaitedForWithMessages()
    {
        EditSession a(*m_a);
        a.setJournalEnabled(false);
        a.apply(a.setValues(kComponents, {7}, {{kNote, QStringLiteral("after the lock")}}, {}));
        m_b->db().exec("BEGIN IMMEDIATE");
        int calls = 0;
        int lastWaited = -1;
        SaveOptions options;
        options.onLocked = [&](int waitedMs) {
            ++calls;
            lastWaited = waitedMs;
            if (calls == 3)
                m_b->db().exec("COMMIT"); // the other workstation finishes its save
            return true;
        };
        const SaveResult result = a.save(options);
        QCOMPARE(result.saved, 1);
        QCOMPARE(calls, 3);
        QVERIFY(lastWaited > 0);
        QCOMPARE(note(*m_b, 7), QStringLiteral("after the lock"));
    }

    void givingUpOnALockWritesNothing()
    {
        EditSession a(*m_a);
        a.setJournalEnabled(false);
        a.apply(a.setValues(kComponents, {8}, {{kNote, QStringLiteral("x")}}, {}));
        m_b->db().exec("BEGIN IMMEDIATE");
        SaveOptions options;
        options.onLocked = [](int) { return false; };
        try {
            a.save(options);
            QFAIL("saving under another's lock should fail when the caller gives up");
        } catch (const StoreError &error) {
            QCOMPARE(int(error.kind()), int(StoreError::Kind::Locked));
        }
        m_b->db().exec("ROLLBACK");
        QVERIFY(a.hasChanges());
        QCOMPARE(note(*m_a, 8), QString());
        QCOMPARE(a.save().saved, 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<DistrictStore> m_a, m_b;
};

QTEST_GUILESS_MAIN(TestEditConflicts)
#include "tst_edit_conflicts.moc"
