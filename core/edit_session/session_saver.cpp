#include "core/edit_session/session_saver.h"

#include "core/edit_session/component_serial.h"
#include "core/edit_session/edit_journal.h"
#include "core/edit_session/row_merge.h"
#include "core/segments/road_reshape.h"
#include "core/store/district_store.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/locked_rows.h"
#include "core/store/new_rows.h"
#include "core/store/store_error.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <algorithm>

namespace uo::edit {

namespace {

int parentRank(const QString &table)
{
    for (const RowReference &ref : kRowReferences)
        if (layerOf(table) == ref.target)
            return 0;
    return 1;
}

// How long one attempt at the write lock waits before the caller is told and asked whether to go on.
constexpr int kLockSliceMs = 250;
constexpr int kDefaultBusyTimeoutMs = 10000;

// For the length of a save: the rows, their indexes and the spatial index's nodes stay in memory for the
// whole transaction instead of spilling to the WAL halfway through, and the statement journals (every
// UPDATE fires SpatiaLite's triggers, so each statement keeps one) stay in memory instead of a temporary
// file: they were a quarter of a 10,000-row save's time in write calls. SQLite's own settings: a server
// keeps its cache for every connection and needs none of this.
class ConnectionTuning
{
public:
    explicit ConnectionTuning(sql::Database &db) : m_db(db), m_sqlite(db.handle() != nullptr)
    {
        if (!m_sqlite)
            return;
        m_cacheSize = db.scalarInt("PRAGMA cache_size");
        m_tempStore = db.scalarInt("PRAGMA temp_store");
        db.exec("PRAGMA cache_size = -131072");
        db.exec("PRAGMA temp_store = MEMORY");
    }
    ~ConnectionTuning()
    {
        if (!m_sqlite)
            return;
        try {
            m_db.exec("PRAGMA cache_size = " + QByteArray::number(m_cacheSize));
            m_db.exec("PRAGMA temp_store = " + QByteArray::number(m_tempStore));
        } catch (...) {
        }
    }
    ConnectionTuning(const ConnectionTuning &) = delete;
    ConnectionTuning &operator=(const ConnectionTuning &) = delete;

private:
    sql::Database &m_db;
    bool m_sqlite;
    qint64 m_cacheSize = 0, m_tempStore = 0;
};

} // namespace

SessionSaver::SessionSaver(EditSession &session, const SaveOptions &options)
    : m_session(session), m_options(options)
{
}

sql::Statement &SessionSaver::statement(const QByteArray &sql)
{
    auto &slot = m_statements[sql.toStdString()];
    if (!slot)
        slot = std::make_unique<sql::Statement>(m_session.m_store.db(), sql);
    slot->reset();
    return *slot;
}

void SessionSaver::begin()
{
    sql::Database &db = m_session.m_store.db();
    QElapsedTimer waited;
    waited.start();
    // Short waits inside SQLite, the caller told between them: the window stays alive and says why.
    db.backend().setBusyTimeout(kLockSliceMs);
    for (;;) {
        try {
            db.backend().begin(); // BEGIN IMMEDIATE on a file: the write lock now
            break;
        } catch (const StoreError &error) {
            const bool goOn = error.kind() == StoreError::Kind::Locked &&
                              waited.elapsed() < m_options.lockTimeoutMs &&
                              (!m_options.onLocked || m_options.onLocked(int(waited.elapsed())));
            if (!goOn) {
                db.backend().setBusyTimeout(kDefaultBusyTimeoutMs);
                throw;
            }
        }
    }
    db.backend().setBusyTimeout(kDefaultBusyTimeoutMs);
}

SaveResult SessionSaver::run()
{
    SaveResult result;
    QList<FeatureKey> keys = m_session.changedKeys();
    auto kindOf = [this](const FeatureKey &key) {
        const PendingRow &row = m_session.m_pending[key];
        return !row.current ? 0 : !row.original ? 1 : 2; // delete, insert, update
    };
    std::stable_sort(keys.begin(), keys.end(), [&](const FeatureKey &a, const FeatureKey &b) {
        const int ka = kindOf(a), kb = kindOf(b);
        if (ka != kb)
            return ka < kb;
        if (ka == 0)
            return parentRank(a.table) > parentRank(b.table);
        if (ka == 1)
            return parentRank(a.table) < parentRank(b.table) ||
                   (parentRank(a.table) == parentRank(b.table) && a.id > b.id);
        return false;
    });

    sql::Database &db = m_session.m_store.db();
    const ConnectionTuning tuning(db);
    begin();
    m_time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate); // one save, one moment
    QList<FeatureKey> done;
    try {
        lockStoredRows(keys);
        for (const FeatureKey &key : keys) {
            saveRow(key, result, done);
            if (m_options.onProgress)
                m_options.onProgress(int(done.size() + result.conflicts.size()), int(keys.size()));
        }
        if (result.saved > 0)
            m_session.m_store.touch();
        if (m_session.m_journalEnabled)
            EditJournal::recordSave(m_session);
        db.backend().commit("COMMIT"); // on a server, after the queued writes that must all succeed
    } catch (...) {
        db.backend().rollback("ROLLBACK"); // and forgets the writes still queued
        throw;
    }
    m_statements.clear();
    ++m_session.m_saves;
    if (m_options.onCommitted)
        m_options.onCommitted();
    for (const FeatureKey &key : done)
        m_session.m_pending.remove(key);
    m_session.rewriteJournal();
    return result;
}

void SessionSaver::lockStoredRows(const QList<FeatureKey> &keys)
{
    // By table in name order, by id within one: every saver locks in the same order.
    QMap<QString, QList<qint64>> stored;
    for (const FeatureKey &key : keys)
        if (m_session.m_pending.value(key).original)
            stored[key.table] << key.id;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        const QHash<qint64, QVariantMap> rows = LockedRows::lock(m_session.m_store.db(), it.key(), *it);
        for (qint64 id : *it) {
            const auto row = rows.constFind(id);
            m_theirs.insert({it.key(), id}, row == rows.cend() ? RowState() : RowState(*row));
        }
    }
}

void SessionSaver::saveRow(const FeatureKey &key, SaveResult &result, QList<FeatureKey> &done)
{
    const PendingRow row = m_session.m_pending.value(key);
    if (!row.original) {
        if (row.current) {
            const qint64 id = insert(key, *row.current, result);
            if (key.isNew())
                result.newIds.insert(key.id, id);
            ++result.saved;
            result.tables.insert(key.table);
        }
        done << key;
        return;
    }
    const RowState theirs = m_theirs.value(key);
    if (sameRow(theirs, row.current)) {
        done << key; // someone made the very same change: nothing to write, nothing to choose
        return;
    }
    if (sameRow(theirs, row.original)) {
        if (row.current)
            update(key, *row.original, resolveReferences(*row.current, result));
        else
            remove(key, *row.original);
    } else {
        // Changed by someone else since it was read: their columns stay, mine go over the rest.
        const auto merged =
            theirs && row.current ? mergeRow(*row.original, *row.current, *theirs) : std::nullopt;
        if (!merged) {
            result.conflicts.append({key, row.original, row.current, theirs});
            return;
        }
        if (!update(key, *theirs, resolveReferences(*merged, result))) {
            done << key; // every change of mine was theirs too
            return;
        }
    }
    ++result.saved;
    result.tables.insert(key.table);
    if (key.table == tableOf(Layer::Roads))
        result.tables.insert(tableOf(Layer::RoadSegments)); // cut again from the new centreline
    done << key;
}

QVariantMap SessionSaver::resolveReferences(QVariantMap row, const SaveResult &result) const
{
    for (const RowReference &ref : kRowReferences) {
        const QString column = QLatin1String(ref.column);
        if (!row.contains(column))
            continue;
        const qint64 id = row.value(column).toLongLong();
        if (id < 0)
            row.insert(column, result.newIds.value(id, id));
    }
    return row;
}

qint64 SessionSaver::insert(const FeatureKey &key, QVariantMap row, SaveResult &result)
{
    // A new row takes the store's next id; a row deleted and saved, then brought back by an undo, its own.
    if (key.isNew())
        row.remove(QStringLiteral("id"));
    if (key.table == tableOf(Layer::Components)) {
        // Another workstation may have given the same serial to a component of its own meanwhile. On a
        // server its save may not have committed yet: the numbering is held until this save commits,
        // so that the second of two saves counts after the first (NewRows::lockNumbering).
        if (!m_identsHeld) {
            NewRows::lockNumbering(m_session.m_store, Layer::Components);
            m_identsHeld = true;
        }
        const QString ident = row.value(QStringLiteral("ident")).toString();
        auto &taken = statement("SELECT count(*) FROM components WHERE ident = ?");
        taken.bind(1, ident);
        const bool collides = taken.step() && taken.int64(0) > 0;
        taken.reset();
        if (collides) {
            QList<QString> pending;
            for (const QVariantMap &other : m_session.newRows(key.table))
                pending << other.value(QStringLiteral("ident")).toString();
            const QString fresh = nextComponentIdent(
                m_session.m_store, row.value(QStringLiteral("class_code")).toString(), pending);
            if (fresh.isEmpty())
                throw StoreError(StoreError::Kind::Invalid,
                                 tr("No identifier is left for a new component of class %1.")
                                     .arg(row.value(QStringLiteral("class_code")).toString()));
            row.insert(QStringLiteral("ident"), fresh);
            result.renumbered.insert(key, fresh);
        }
    }
    row = resolveReferences(row, result);
    QByteArray names, marks;
    for (auto it = row.begin(); it != row.end(); ++it) {
        names += (names.isEmpty() ? "\"" : ", \"") + it.key().toUtf8() + '"';
        marks += marks.isEmpty() ? "?" : ", ?";
    }
    // RETURNING id, which both engines read: a server's triggers insert rows of their own.
    auto &st = statement("INSERT INTO \"" + key.table.toUtf8() + "\" (" + names + ") VALUES (" + marks +
                         ") RETURNING id");
    int index = 1;
    for (const QVariant &value : std::as_const(row))
        st.bindVariant(index++, value);
    const qint64 id = st.step() ? st.int64(0) : 0;
    st.reset();
    audit("insert", key.table, id, {}, row);
    return id;
}

bool SessionSaver::update(const FeatureKey &key, const QVariantMap &original, const QVariantMap &current)
{
    QVariantMap oldValues, newValues;
    QByteArray assignments;
    for (auto it = current.begin(); it != current.end(); ++it) {
        if (it.key() == QLatin1String("id") || it.key() == QLatin1String(kRowVersion) ||
            sameValue(original.value(it.key()), it.value()))
            continue;
        oldValues.insert(it.key(), original.value(it.key()));
        newValues.insert(it.key(), it.value());
        assignments += (assignments.isEmpty() ? "\"" : ", \"") + it.key().toUtf8() + "\" = ?";
    }
    if (newValues.isEmpty())
        return false;
    auto &st = statement("UPDATE \"" + key.table.toUtf8() + "\" SET " + assignments + " WHERE id = ?");
    int index = 1;
    for (const QVariant &value : std::as_const(newValues))
        st.bindVariant(index++, value);
    st.bind(index, key.id);
    st.runQueued(); // nothing is read back: on a server it goes with the next rows in one round trip
    audit("update", key.table, key.id, oldValues, newValues);
    // A road's segments are cut from its centreline: they follow a new one in the same transaction.
    if (key.table == tableOf(Layer::Roads) && newValues.contains(QStringLiteral("geom"))) {
        const QByteArray blob = original.value(QStringLiteral("geom")).toByteArray();
        const auto before = geometry_blob::decode(blob.constData(), int(blob.size()));
        if (before && before->type == Geometry::LineString)
            RoadReshape::follow(m_session.m_store, key.id, before->parts.value(0).value(0));
    }
    return true;
}

void SessionSaver::remove(const FeatureKey &key, const QVariantMap &original)
{
    auto &st = statement("DELETE FROM \"" + key.table.toUtf8() + "\" WHERE id = ?");
    st.bind(1, key.id);
    st.runQueued();
    audit("delete", key.table, key.id, original, {});
}

void SessionSaver::audit(const char *action, const QString &table, qint64 rowId, const QVariantMap &oldValues,
                         const QVariantMap &newValues)
{
    DistrictStore &store = m_session.m_store;
    store.recordAudit(QLatin1String(action), table, rowId, store.withReadableGeometry(oldValues),
                      store.withReadableGeometry(newValues), m_time);
}

SaveResult EditSession::save(const SaveOptions &options)
{
    if (m_pending.isEmpty())
        return {};
    ReleaseReads release{*this};
    return SessionSaver(*this, options).run();
}

} // namespace uo::edit
