// Random sequences of edits, undos, redos, saves and crashes (recovered from the journal) on a real store,
// checked against a model that knows nothing of the session: after every sequence the session's view and,
// once saved, the store hold exactly the model's components.

#include "core/edit_session/component_serial.h"
#include "core/edit_session/edit_session.h"
#include "core/sql/statement.h"
#include "tests/core/edit_session/edit_district.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace uo;
using namespace uo::edit;

namespace {

const QString kComponents = QStringLiteral("components");
const QStringList kFields = {QStringLiteral("ident"), QStringLiteral("class_code"), QStringLiteral("name"),
                             QStringLiteral("state"), QStringLiteral("note"),       QStringLiteral("geom")};
const QStringList kStates = {QStringLiteral("intact"), QStringLiteral("damaged"), QStringLiteral("missing"),
                             QStringLiteral("occupied")};

// The components by identifier, as the model expects them: only the fields the test changes.
struct Model
{
    QMap<QString, QVariantMap> rows;
    QMap<QString, qint64> ids; // where the session finds each: store id, or the negative id of a new row
};

QVariantMap fieldsOf(const QVariantMap &row)
{
    QVariantMap out;
    for (const QString &field : kFields)
        out.insert(field, storedValue(row.value(field)));
    return out;
}

QMap<QString, QVariantMap> storeRows(DistrictStore &store)
{
    QMap<QString, QVariantMap> rows;
    auto st = store.db().prepare("SELECT ident, class_code, name, state, note, geom FROM components");
    while (st.step()) {
        QVariantMap row;
        for (int i = 0; i < kFields.size(); ++i)
            row.insert(kFields[i], st.value(i));
        rows.insert(row.value(QStringLiteral("ident")).toString(), row);
    }
    return rows;
}

bool sameRows(const QMap<QString, QVariantMap> &a, const QMap<QString, QVariantMap> &b, QString *why)
{
    if (a.keys() != b.keys()) {
        *why = QStringLiteral("identifiers differ: %1 vs %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (auto it = a.begin(); it != a.end(); ++it)
        if (!sameRow(it.value(), b.value(it.key()))) {
            *why = QStringLiteral("component %1 differs").arg(it.key());
            return false;
        }
    return true;
}

} // namespace

class TestEditRandom : public QObject
{
    Q_OBJECT

private slots:
    void randomSequences_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u})
            QTest::addRow("seed %u", seed) << seed;
    }

    void randomSequences()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        auto store = edit_district::make(dir.filePath(QStringLiteral("d.sqlite")), 30);
        auto owned = std::make_unique<EditSession>(*store);
        EditSession *session = owned.get();

        Model start;
        for (const QVariantMap &row : storeRows(*store)) {
            const QString ident = row.value(QStringLiteral("ident")).toString();
            start.rows.insert(ident, row);
            start.ids.insert(ident, store->db().scalarInt("SELECT id FROM components WHERE ident = '" +
                                                          ident.toUtf8() + "'"));
        }
        QList<Model> history{start};
        QList<EditAction> actions;
        qsizetype position = 0; // history[position] is the model now; actions[i] leads to history[i + 1]

        auto pick = [&](const Model &model, int count) {
            QList<QString> idents = model.rows.keys(), chosen;
            for (int i = 0; i < count && !idents.isEmpty(); ++i)
                chosen << idents.takeAt(random.bounded(int(idents.size())));
            return chosen;
        };

        for (int op = 0; op < 150; ++op) {
            const int roll = random.bounded(100);
            const Model &now = history[position];
            if (roll < 15 && position > 0) {
                session->revert(actions[--position]);
            } else if (roll < 25 && position < actions.size()) {
                session->apply(actions[position++]);
            } else if (roll < 31) {
                // A crash: the session is gone, its journal brings the edits back without their history.
                owned.reset();
                owned = std::make_unique<EditSession>(*store);
                session = owned.get();
                session->recover(); // false when nothing was pending: then there is nothing to bring back
                history = {history[position]};
                actions.clear();
                position = 0;
            } else if (roll < 34) {
                const SaveResult result = session->save();
                QVERIFY(result.conflicts.isEmpty());
                Model saved = history[position];
                for (auto it = saved.ids.begin(); it != saved.ids.end(); ++it)
                    if (it.value() < 0)
                        it.value() = result.newIds.value(it.value());
                // Saving ends the undo history, as it does in the workstation.
                history = {saved};
                actions.clear();
                position = 0;
            } else {
                Model next = now;
                EditAction action;
                if (roll < 55) {
                    const QList<QString> idents = pick(now, 1 + random.bounded(3));
                    QVariantMap values;
                    if (random.bounded(2))
                        values.insert(QStringLiteral("state"), kStates[random.bounded(int(kStates.size()))]);
                    if (random.bounded(2))
                        values.insert(QStringLiteral("note"), random.bounded(3)
                                                                  ? QVariant(QStringLiteral("备注%1").arg(op))
                                                                  : QVariant());
                    if (values.isEmpty() || random.bounded(2))
                        values.insert(QStringLiteral("geom"),
                                      edit_district::point(random.bounded(1000), random.bounded(1000)));
                    QList<qint64> ids;
                    for (const QString &ident : idents) {
                        ids << now.ids.value(ident);
                        for (auto it = values.begin(); it != values.end(); ++it)
                            next.rows[ident].insert(it.key(), it.value());
                    }
                    action = session->setValues(kComponents, ids, values, QStringLiteral("set"));
                } else if (roll < 80) {
                    const char *cls = random.bounded(2) ? edit_district::kClassA : edit_district::kClassB;
                    QList<QString> pending;
                    for (const QVariantMap &row : session->newRows(kComponents))
                        pending << row.value(QStringLiteral("ident")).toString();
                    const QString ident = nextComponentIdent(*store, QLatin1String(cls), pending);
                    QVERIFY(!now.rows.contains(ident));
                    const QVariantMap row{{QStringLiteral("ident"), ident},
                                          {QStringLiteral("class_code"), QLatin1String(cls)},
                                          {QStringLiteral("name"), QStringLiteral("新%1").arg(op)},
                                          {QStringLiteral("state"), QStringLiteral("intact")},
                                          {QStringLiteral("note"), QVariant()},
                                          {QStringLiteral("geom"), edit_district::point(op, op)}};
                    action = session->insertRow(kComponents, row, QStringLiteral("add"));
                    next.rows.insert(ident, row);
                    next.ids.insert(ident, action.steps.first().key.id);
                } else {
                    QList<qint64> ids;
                    for (const QString &ident : pick(now, 1 + random.bounded(2))) {
                        ids << now.ids.value(ident);
                        next.rows.remove(ident);
                        next.ids.remove(ident);
                    }
                    action = session->deleteRows(kComponents, ids, QStringLiteral("delete"));
                }
                if (action.isEmpty())
                    continue; // e.g. a state set to the value it had: no undo step, as in the workstation
                session->apply(action);
                actions.resize(position);
                history.resize(position + 1);
                actions << action;
                history << next;
                ++position;
            }
            // The session's view matches the model after every step.
            const Model &expected = history[position];
            for (auto it = expected.ids.begin(); it != expected.ids.end(); ++it) {
                const RowState row = session->row({kComponents, it.value()});
                QVERIFY2(row, qPrintable(QStringLiteral("op %1: %2 missing").arg(op).arg(it.key())));
                QVERIFY2(sameRow(fieldsOf(*row), fieldsOf(expected.rows.value(it.key()))),
                         qPrintable(QStringLiteral("op %1: %2 differs").arg(op).arg(it.key())));
            }
        }

        const SaveResult result = session->save();
        QVERIFY(result.conflicts.isEmpty());
        QVERIFY(!session->hasChanges());
        QMap<QString, QVariantMap> expected;
        for (auto it = history[position].rows.begin(); it != history[position].rows.end(); ++it)
            expected.insert(it.key(), fieldsOf(it.value()));
        QString why;
        QVERIFY2(sameRows(storeRows(*store), expected, &why), qPrintable(why));
        QCOMPARE(store->db().scalarText("PRAGMA integrity_check"), QStringLiteral("ok"));
        // The spatial index follows the saved geometry.
        QCOMPARE(store->db().scalarInt("SELECT count(*) FROM idx_components_geom"), qint64(expected.size()));
    }
};

QTEST_GUILESS_MAIN(TestEditRandom)
#include "tst_edit_random.moc"
