// Undo and redo of the actions written straight to the store (segment assignments, segment edits, the
// roster, permits, the excavation rules) after another program changed the same rows: the command
// notices, asks, and writes over the other program's change only when the user keeps theirs... mine;
// keeping theirs leaves the other program's values and drops the step. The other program is the
// sqlite3 shell, a real process. Without interference undo and redo go back and forth, and pushing a
// command writes nothing more.

#include "app/workstation/permits/permit_document.h"
#include "app/workstation/segments/segment_document.h"
#include "core/permits/permit_rules.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "tests/core/segments/segment_district.h"

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace uo;

namespace {
// Another program's change: the sqlite3 shell, no SpatiaLite, the columns it changes have no geometry.
QByteArray otherProgram(const QString &path, const QString &sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {path, sql});
    process.waitForFinished(30000);
    return process.readAllStandardError();
}

qint64 scalar(DistrictStore &store, const QByteArray &sql)
{
    return store.db().scalarInt(sql);
}
} // namespace

class TestWriteThroughUndo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DistrictStore> m_store;
    segment_district::Ids m_ids;
    QUndoStack m_stack;
    int m_asked = 0;
    QList<edit::Conflict> m_conflicts;

    // Answers for the user: keep mine (true) or theirs.
    auto answer(bool keepMine)
    {
        return [this, keepMine](const QString &, const QList<edit::Conflict> &conflicts) {
            ++m_asked;
            m_conflicts = conflicts;
            return keepMine;
        };
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("d%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        m_store = DistrictStore::create(m_path, {});
        m_ids = segment_district::fill(*m_store);
        m_asked = 0;
        m_conflicts.clear();
    }

    void cleanup()
    {
        m_stack.clear();
        m_store.reset();
    }

    void assignmentUndoOverAnotherProgramsChange_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep theirs") << false;
        QTest::newRow("keep mine") << true;
    }

    void assignmentUndoOverAnotherProgramsChange()
    {
        QFETCH(bool, keepMine);
        SegmentDocument document(&m_stack);
        document.setStore(m_store.get());
        document.resolveConflicts = answer(keepMine);
        AssignmentChange change;
        change.chiefId = m_ids.zhao;
        document.assign({m_ids.a}, change);
        QCOMPARE(m_stack.count(), 1);

        QCOMPARE(otherProgram(m_path, QStringLiteral("UPDATE road_segments SET chief_id = %1 WHERE id = %2")
                                          .arg(m_ids.li)
                                          .arg(m_ids.a)),
                 QByteArray());
        m_stack.undo();
        QCOMPARE(m_asked, 1);
        QCOMPARE(m_conflicts.size(), 1);
        QCOMPARE(m_conflicts.first().key.id, m_ids.a);
        // Shown with names: what the user wrote, what the undo would write, what the other program wrote.
        QCOMPARE(m_conflicts.first().original->value(QStringLiteral("chief_id")).toString(),
                 QStringLiteral("赵敏"));
        QCOMPARE(m_conflicts.first().mine->value(QStringLiteral("chief_id")).toString(),
                 QStringLiteral("张伟"));
        QCOMPARE(m_conflicts.first().theirs->value(QStringLiteral("chief_id")).toString(),
                 QStringLiteral("李强"));
        const qint64 chief =
            scalar(*m_store, "SELECT chief_id FROM road_segments WHERE id = " + QByteArray::number(m_ids.a));
        QCOMPARE(chief, keepMine ? m_ids.zhang : m_ids.li);
        QCOMPARE(m_stack.count(), keepMine ? 1 : 0); // keeping theirs drops the step
    }

    // A rename's undo puts back every segment of the road, so another program's change to a sibling
    // segment is a conflict too (the same command serves splits, merges and proposals).
    void segmentEditUndoOverAnotherProgramsChange()
    {
        SegmentDocument document(&m_stack);
        document.setStore(m_store.get());
        document.resolveConflicts = answer(false);
        document.rename(m_ids.a, QStringLiteral("建新北路（东段）"));
        QCOMPARE(otherProgram(
                     m_path,
                     QStringLiteral("UPDATE road_segments SET chief_id = NULL WHERE id = %1").arg(m_ids.b)),
                 QByteArray());
        m_stack.undo();
        QCOMPARE(m_asked, 1);
        QCOMPARE(m_conflicts.size(), 1);
        QCOMPARE(m_conflicts.first().key.id, m_ids.b);
        QCOMPARE(m_store->db().scalarText("SELECT name FROM road_segments WHERE id = " +
                                          QByteArray::number(m_ids.a)),
                 QStringLiteral("建新北路（东段）"));
        QCOMPARE(scalar(*m_store, "SELECT count(*) FROM road_segments WHERE chief_id IS NULL AND id = " +
                                      QByteArray::number(m_ids.b)),
                 1);
    }

    void personUndoOverAnotherProgramsChange()
    {
        SegmentDocument document(&m_stack);
        document.setStore(m_store.get());
        document.resolveConflicts = answer(false);
        Person person = Roster(*m_store).person(m_ids.chen);
        person.contact = QStringLiteral("023-67001234");
        document.editPerson(person);
        QCOMPARE(otherProgram(
                     m_path,
                     QStringLiteral("UPDATE people SET unit = '五里店中队' WHERE id = %1").arg(m_ids.chen)),
                 QByteArray());
        m_stack.undo();
        QCOMPARE(m_asked, 1);
        const Person now = Roster(*m_store).person(m_ids.chen);
        QCOMPARE(now.unit, QStringLiteral("五里店中队"));
        QCOMPARE(now.contact, QStringLiteral("023-67001234"));
    }

    void permitAndRulesUndoOverAnotherProgramsChange()
    {
        PermitDocument document(&m_stack);
        document.setStore(m_store.get());
        document.resolveConflicts = answer(true);
        document.edit(m_ids.permit, {{QStringLiteral("reason"), QStringLiteral("更换供水管")}});
        QCOMPARE(
            otherProgram(
                m_path, QStringLiteral("UPDATE permits SET reason = '抢修' WHERE id = %1").arg(m_ids.permit)),
            QByteArray());
        m_stack.undo();
        QCOMPARE(m_asked, 1);
        QVERIFY(m_store->readRow(QStringLiteral("permits"), m_ids.permit)
                    .value(QStringLiteral("reason"))
                    .isNull());

        PermitRules rules = PermitRules::load(*m_store);
        rules.maxTrenchM = 150;
        document.saveRules(rules, {});
        QCOMPARE(
            otherProgram(m_path,
                         QStringLiteral("UPDATE permit_rules SET value = '120' WHERE key = 'max_trench_m'")),
            QByteArray());
        document.resolveConflicts = answer(false);
        m_stack.undo();
        QCOMPARE(m_asked, 2);
        QCOMPARE(PermitRules::load(*m_store).maxTrenchM, 120.0);
    }

    // Without anyone else: push writes nothing more than the action did, and undo and redo alternate.
    void undoAndRedoWithoutInterference()
    {
        SegmentDocument document(&m_stack);
        document.setStore(m_store.get());
        document.resolveConflicts = answer(false);
        const qint64 audited = scalar(*m_store, "SELECT count(*) FROM audit_log");
        AssignmentChange change;
        change.chiefId = m_ids.zhao;
        change.addCollaborators = {m_ids.chen};
        document.assign({m_ids.a, m_ids.c}, change);
        const qint64 afterAction = scalar(*m_store, "SELECT count(*) FROM audit_log");
        QVERIFY(afterAction > audited);
        QCOMPARE(m_stack.count(), 1); // the push's redo found the change made and wrote nothing
        const QByteArray chiefs = "SELECT group_concat(coalesce(chief_id, 0)) FROM road_segments ORDER BY id";
        const QString changed = m_store->db().scalarText(chiefs);
        for (int i = 0; i < 3; ++i) {
            m_stack.undo();
            QVERIFY(m_store->db().scalarText(chiefs) != changed);
            m_stack.redo();
            QCOMPARE(m_store->db().scalarText(chiefs), changed);
        }
        QCOMPARE(m_asked, 0);
    }
};

QTEST_GUILESS_MAIN(TestWriteThroughUndo)
#include "tst_write_through_undo.moc"
