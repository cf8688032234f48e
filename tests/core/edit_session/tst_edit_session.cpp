// The edit session on a real SpatiaLite store: actions, undo and redo, saving with the audit log, the
// journal that survives a crash, and identifiers of new components.

#include "core/edit_session/attribute_rules.h"
#include "core/edit_session/component_serial.h"
#include "core/edit_session/edit_journal.h"
#include "core/edit_session/edit_session.h"
#include "core/sql/statement.h"
#include "core/store/store_error.h"
#include "tests/core/edit_session/edit_district.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace uo;
using namespace uo::edit;

namespace {
const QString kComponents = QStringLiteral("components");

qint64 scalar(DistrictStore &store, const QByteArray &sql)
{
    return store.db().scalarInt(sql);
}
} // namespace

class TestEditSession : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("d.sqlite"));
        m_store = edit_district::make(m_path, 20);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void setValuesChangesOnlyTheSessionUntilSaved()
    {
        EditSession session(*m_store);
        const EditAction action =
            session.setValues(kComponents, {1, 2}, {{QStringLiteral("state"), QStringLiteral("damaged")}},
                              QStringLiteral("state"));
        QCOMPARE(action.steps.size(), 2);
        session.apply(action);
        QCOMPARE(session.row({kComponents, 1})->value(QStringLiteral("state")).toString(),
                 QStringLiteral("damaged"));
        QCOMPARE(m_store->readRow(kComponents, 1).value(QStringLiteral("state")).toString(),
                 QStringLiteral("intact"));
        QVERIFY(QFile::exists(session.journalPath()));

        const qint64 auditBefore = scalar(*m_store, "SELECT count(*) FROM audit_log");
        const SaveResult result = session.save();
        QCOMPARE(result.saved, 2);
        QVERIFY(result.conflicts.isEmpty());
        QVERIFY(!session.hasChanges());
        QVERIFY(!QFile::exists(session.journalPath()));
        QCOMPARE(scalar(*m_store, "SELECT count(*) FROM components WHERE state = 'damaged'"), 2);
        QCOMPARE(scalar(*m_store, "SELECT count(*) FROM audit_log") - auditBefore, 2);
        auto audit = m_store->db().prepare("SELECT operator, action, old_values, new_values FROM audit_log "
                                           "WHERE table_name = 'components' AND row_id = 1");
        QVERIFY(audit.step());
        QCOMPARE(audit.text(0), m_store->operatorName());
        QCOMPARE(audit.text(1), QStringLiteral("update"));
        QCOMPARE(audit.text(2), QStringLiteral("{\"state\":\"intact\"}"));
        QCOMPARE(audit.text(3), QStringLiteral("{\"state\":\"damaged\"}"));
    }

    void revertingBackToTheStoreLeavesNothingPending()
    {
        EditSession session(*m_store);
        const EditAction action =
            session.setValues(kComponents, {3}, {{QStringLiteral("note"), QStringLiteral("x")}}, {});
        session.apply(action);
        QCOMPARE(session.changeCount(), 1);
        session.revert(action);
        QCOMPARE(session.changeCount(), 0);
        QVERIFY(!QFile::exists(session.journalPath()));
        // An action that changes nothing has no steps.
        QVERIFY(session.setValues(kComponents, {3}, {{QStringLiteral("state"), QStringLiteral("intact")}}, {})
                    .isEmpty());
    }

    void unknownColumnsAreRefused()
    {
        EditSession session(*m_store);
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 session.setValues(kComponents, {1}, {{QStringLiteral("nope"), 1}}, {}));
        QVERIFY_THROWS_EXCEPTION(RequestError,
                                 session.setValues(kComponents, {1}, {{QStringLiteral("id"), 7}}, {}));
        QVERIFY_THROWS_EXCEPTION(RequestError, session.insertRow(QStringLiteral("no_table"), {}, {}));
    }

    void insertAndDeleteSaveWithAudit()
    {
        EditSession session(*m_store);
        const QString ident = nextComponentIdent(*m_store, QLatin1String(edit_district::kClassA));
        QCOMPARE(ident, edit_district::ident(edit_district::kClassA, 20)); // odd serials up to 19 are class A
        const EditAction add = session.insertRow(
            kComponents,
            {{QStringLiteral("ident"), ident},
             {QStringLiteral("class_code"), QLatin1String(edit_district::kClassA)},
             {QStringLiteral("name"), QStringLiteral("新井盖")},
             {QStringLiteral("state"), QStringLiteral("intact")},
             {QStringLiteral("geom"), edit_district::point(edit_district::kX, edit_district::kY + 5)}},
            QStringLiteral("add"));
        session.apply(add);
        session.apply(session.deleteRows(kComponents, {4, 5}, QStringLiteral("delete")));
        QCOMPARE(session.changeCount(), 3);
        const SaveResult result = session.save();
        QCOMPARE(result.saved, 3);
        QCOMPARE(result.newIds.size(), 1);
        const qint64 id = result.newIds.value(add.steps.first().key.id);
        QVERIFY(id > 20);
        QCOMPARE(m_store->readRow(kComponents, id).value(QStringLiteral("ident")).toString(), ident);
        QCOMPARE(scalar(*m_store, "SELECT count(*) FROM components"), 19);
        QCOMPARE(
            scalar(*m_store,
                   "SELECT count(*) FROM audit_log WHERE action = 'delete' AND table_name = 'components'"),
            2);
        auto geom = m_store->db().prepare(
            "SELECT new_values FROM audit_log WHERE action = 'insert' AND table_name = 'components'");
        QVERIFY(geom.step());
        QVERIFY2(geom.text(0).contains(QStringLiteral("POINT(500000 3270005)")), qPrintable(geom.text(0)));
    }

    void newSerialsSkipPendingOnesAndFillGapsAtTheEnd()
    {
        const QString classA = QLatin1String(edit_district::kClassA);
        const QString first = nextComponentIdent(*m_store, classA);
        QCOMPARE(nextComponentIdent(*m_store, classA, {first}),
                 edit_district::ident(edit_district::kClassA, 21));
        QCOMPARE(nextComponentIdent(*m_store, QStringLiteral("0999")), edit_district::ident("0999", 1));
        // The last serial in use: the next is the first one free.
        m_store->updateRow(kComponents, 1,
                           {{QStringLiteral("ident"), edit_district::ident(edit_district::kClassA, 999999)}});
        QCOMPARE(nextComponentIdent(*m_store, classA), edit_district::ident(edit_district::kClassA, 1));
    }

    void identifiersAndRiskCodesMustBeFreeAsTheSessionSeesThem()
    {
        EditSession session(*m_store);
        session.setJournalEnabled(false);
        const QString risk = QStringLiteral("risk_points");
        // Risk point 1's code on risk point 2: the store's UNIQUE would refuse the whole save.
        QVERIFY(AttributeRules::check(session, risk, QStringLiteral("code"), QStringLiteral("RP1"), 2)
                    .contains(QStringLiteral("RP1")));
        QVERIFY(
            AttributeRules::check(session, risk, QStringLiteral("code"), QStringLiteral("RP1"), 1).isEmpty());
        // Once risk point 1 is renamed in the session its old code is free; its new one is taken.
        session.apply(session.setValues(risk, {1}, {{QStringLiteral("code"), QStringLiteral("RP7")}}, {}));
        QVERIFY(
            AttributeRules::check(session, risk, QStringLiteral("code"), QStringLiteral("RP1"), 2).isEmpty());
        QVERIFY(!AttributeRules::check(session, risk, QStringLiteral("code"), QStringLiteral("RP7"), 2)
                     .isEmpty());
        // The same for a component identifier changed in the session.
        const QString taken = edit_district::ident(edit_district::kClassA, 3);
        const QString moved = edit_district::ident(edit_district::kClassA, 99);
        QVERIFY(!AttributeRules::check(session, kComponents, QStringLiteral("ident"), taken, 5).isEmpty());
        session.apply(session.setValues(kComponents, {3}, {{QStringLiteral("ident"), moved}}, {}));
        QVERIFY(AttributeRules::check(session, kComponents, QStringLiteral("ident"), taken, 5).isEmpty());
        QVERIFY(!AttributeRules::check(session, kComponents, QStringLiteral("ident"), moved, 5).isEmpty());
    }

    void newRecordsPointAtTheirNewRiskPoint()
    {
        EditSession session(*m_store);
        const EditAction point = session.insertRow(
            QStringLiteral("risk_points"),
            {{QStringLiteral("code"), QStringLiteral("RP9")},
             {QStringLiteral("name"), QStringLiteral("新边坡")},
             {QStringLiteral("category"), QStringLiteral("slope")},
             {QStringLiteral("level"), QStringLiteral("red")},
             {QStringLiteral("geom"), edit_district::point(edit_district::kX, edit_district::kY)}},
            {});
        session.apply(point);
        const qint64 newId = point.steps.first().key.id;
        session.apply(session.insertRow(QStringLiteral("risk_records"),
                                        {{QStringLiteral("risk_id"), newId},
                                         {QStringLiteral("time"), QStringLiteral("2026-11-27T08:00:00")},
                                         {QStringLiteral("kind"), QStringLiteral("inspection")},
                                         {QStringLiteral("note"), QStringLiteral("巡查")}},
                                        {}));
        const SaveResult result = session.save();
        QCOMPARE(result.saved, 2);
        const qint64 id = result.newIds.value(newId);
        QCOMPARE(m_store->db().scalarInt("SELECT risk_id FROM risk_records WHERE note = '巡查'"), id);
    }

    void journalRecoversTheUnsavedRows()
    {
        {
            EditSession session(*m_store);
            session.apply(session.setValues(kComponents, {6},
                                            {{QStringLiteral("note"), QStringLiteral("未保存")},
                                             {QStringLiteral("geom"), edit_district::point(1, 2)}},
                                            {}));
            session.apply(session.insertRow(kComponents,
                                            {{QStringLiteral("ident"), edit_district::ident("0102", 500)},
                                             {QStringLiteral("class_code"), QStringLiteral("0102")},
                                             {QStringLiteral("name"), QStringLiteral("n")},
                                             {QStringLiteral("state"), QStringLiteral("intact")}},
                                            {}));
            session.apply(session.deleteRows(kComponents, {7}, {}));
            // Destroyed without saving or discarding: as after a crash.
        }
        EditSession recovered(*m_store);
        QVERIFY(recovered.recover());
        QCOMPARE(recovered.changeCount(), 3);
        QCOMPARE(recovered.row({kComponents, 6})->value(QStringLiteral("note")).toString(),
                 QStringLiteral("未保存"));
        QCOMPARE(recovered.row({kComponents, 6})->value(QStringLiteral("geom")).toByteArray(),
                 edit_district::point(1, 2));
        QVERIFY(!recovered.row({kComponents, 7}));
        // New rows made after recovery do not reuse the journal's negative ids.
        const EditAction another = recovered.insertRow(kComponents, {}, {});
        QCOMPARE(another.steps.first().key.id, -2);
        const SaveResult result = recovered.save();
        QCOMPARE(result.saved, 3);
        QVERIFY(result.conflicts.isEmpty()); // the journal's rows as read compare equal to the store's
        QCOMPARE(m_store->readRow(kComponents, 6).value(QStringLiteral("note")).toString(),
                 QStringLiteral("未保存"));

        EditSession none(*m_store);
        QVERIFY(!none.recover());
    }

    void aJournalOfAnotherFileIsRefused()
    {
        {
            EditSession session(*m_store);
            session.apply(
                session.setValues(kComponents, {6}, {{QStringLiteral("note"), QStringLiteral("a")}}, {}));
        }
        const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
        const QList<OrphanJournal> left = EditJournal::orphans(m_path);
        QCOMPARE(left.size(), 1);
        // The same journal under the other file's name, as if it had been left there.
        QVERIFY(QFile::copy(left.first().path, other + left.first().path.mid(m_path.size())));
        m_store.reset();
        QVERIFY(QFile::copy(m_path, other));
        auto store = DistrictStore::open(other);
        EditSession session(*store);
        QVERIFY_THROWS_EXCEPTION(StoreError, session.recover());
    }

    void discardForgetsEverything()
    {
        EditSession session(*m_store);
        session.apply(session.deleteRows(kComponents, {1, 2, 3}, {}));
        session.discard();
        QVERIFY(!session.hasChanges());
        QVERIFY(!QFile::exists(session.journalPath()));
        QCOMPARE(session.save().saved, 0);
        QCOMPARE(scalar(*m_store, "SELECT count(*) FROM components"), 20);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<DistrictStore> m_store;
};

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_edit_session.moc"
