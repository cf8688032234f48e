#include "session_saver.h"

#include "component_serial.h"
#include "store/district_store.h"
#include "store/geometry_blob.h"
#include "store/store_error.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <sqlite3.h>

namespace uo::edit {

namespace {

// Columns that point at another table's id, and so may hold the negative id of a row new in the session.
struct Reference
{
    const char *table;
    const char *column;
    const char *target;
};
constexpr Reference kReferences[] = {{"risk_records", "risk_id", "risk_points"}};

int parentRank(const QString &table)
{
    for (const Reference &ref : kReferences)
        if (table == QLatin1String(ref.target))
            return 0;
    return 1;
}

// How long one attempt at the write lock waits before the caller is told and asked whether to go on.
constexpr int kLockSliceMs = 250;
constexpr int kDefaultBusyTimeoutMs = 10000;

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
    sqlite3_busy_timeout(db.handle(), kLockSliceMs);
    for (;;) {
        try {
            db.exec("BEGIN IMMEDIATE");
            break;
        } catch (const StoreError &error) {
            const bool goOn = error.kind() == StoreError::Kind::Locked &&
                              waited.elapsed() < m_options.lockTimeoutMs &&
                              (!m_options.onLocked || m_options.onLocked(int(waited.elapsed())));
            if (!goOn) {
                sqlite3_busy_timeout(db.handle(), kDefaultBusyTimeoutMs);
                throw;
            }
        }
    }
    sqlite3_busy_timeout(db.handle(), kDefaultBusyTimeoutMs);
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

    // The rows, their indexes and the spatial index's nodes stay in memory for the whole transaction
    // instead of spilling to the WAL halfway through.
    sql::Database &db = m_session.m_store.db();
    const qint64 cacheSize = db.scalarInt("PRAGMA cache_size");
    db.exec("PRAGMA cache_size = -131072");
    begin();
    m_time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate); // one save, one moment
    QList<FeatureKey> done;
    try {
        for (const FeatureKey &key : keys) {
            saveRow(key, result, done);
            if (m_options.onProgress)
                m_options.onProgress(int(done.size() + result.conflicts.size()), int(keys.size()));
        }
        if (result.saved > 0)
            m_session.m_store.touch();
        db.exec("COMMIT");
    } catch (...) {
        try {
            db.exec("ROLLBACK");
            db.exec("PRAGMA cache_size = " + QByteArray::number(cacheSize));
        } catch (...) {
        }
        throw;
    }
    db.exec("PRAGMA cache_size = " + QByteArray::number(cacheSize));
    m_statements.clear();
    for (const FeatureKey &key : done)
        m_session.m_pending.remove(key);
    m_session.rewriteJournal();
    return result;
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
    const RowState theirs = m_session.readStored(key);
    if (sameRow(theirs, row.current)) {
        done << key; // someone made the very same change: nothing to write, nothing to choose
        return;
    }
    if (!sameRow(theirs, row.original)) {
        result.conflicts.append({key, row.original, row.current, theirs});
        return;
    }
    if (row.current)
        update(key, *row.original, resolveReferences(*row.current, result));
    else
        remove(key, *row.original);
    ++result.saved;
    result.tables.insert(key.table);
    done << key;
}

QVariantMap SessionSaver::resolveReferences(QVariantMap row, const SaveResult &result) const
{
    for (const Reference &ref : kReferences) {
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
    if (key.table == QLatin1String("components")) {
        // Another workstation may have given the same serial to a component of its own meanwhile.
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
    auto &st = statement("INSERT INTO \"" + key.table.toUtf8() + "\" (" + names + ") VALUES (" + marks + ")");
    int index = 1;
    for (const QVariant &value : std::as_const(row))
        st.bindVariant(index++, value);
    st.run();
    const qint64 id = m_session.m_store.db().lastInsertId();
    audit("insert", key.table, id, {}, readable(row));
    return id;
}

void SessionSaver::update(const FeatureKey &key, const QVariantMap &original, const QVariantMap &current)
{
    QVariantMap oldValues, newValues;
    QByteArray assignments;
    for (auto it = current.begin(); it != current.end(); ++it) {
        if (it.key() == QLatin1String("id") || sameValue(original.value(it.key()), it.value()))
            continue;
        oldValues.insert(it.key(), original.value(it.key()));
        newValues.insert(it.key(), it.value());
        assignments += (assignments.isEmpty() ? "\"" : ", \"") + it.key().toUtf8() + "\" = ?";
    }
    if (newValues.isEmpty())
        return;
    auto &st = statement("UPDATE \"" + key.table.toUtf8() + "\" SET " + assignments + " WHERE id = ?");
    int index = 1;
    for (const QVariant &value : std::as_const(newValues))
        st.bindVariant(index++, value);
    st.bind(index, key.id);
    st.run();
    audit("update", key.table, key.id, readable(oldValues), readable(newValues));
}

void SessionSaver::remove(const FeatureKey &key, const QVariantMap &original)
{
    auto &st = statement("DELETE FROM \"" + key.table.toUtf8() + "\" WHERE id = ?");
    st.bind(1, key.id);
    st.run();
    audit("delete", key.table, key.id, readable(original), {});
}

// The audit log keeps geometry as WKT, readable without SpatiaLite: points (nearly every edit) written
// here as SpatiaLite's AsText() writes them (six decimals, trailing zeros dropped), the rest by AsText().
QVariantMap SessionSaver::readable(const QVariantMap &values)
{
    QVariantMap out = values;
    const auto geom = values.find(QStringLiteral("geom"));
    if (geom != values.end() && geom->typeId() == QMetaType::QByteArray) {
        const QByteArray blob = geom->toByteArray();
        double x = 0, y = 0;
        if (geometry_blob::decodePoint(blob.constData(), int(blob.size()), &x, &y)) {
            auto number = [](double v) {
                QString text = QString::number(v, 'f', 6);
                while (text.endsWith(QLatin1Char('0')))
                    text.chop(1);
                if (text.endsWith(QLatin1Char('.')))
                    text.chop(1);
                return text;
            };
            out.insert(QStringLiteral("geom"), QStringLiteral("POINT(%1 %2)").arg(number(x), number(y)));
            return out;
        }
        auto &st = statement("SELECT AsText(?)");
        st.bindBlob(1, geom->toByteArray());
        out.insert(QStringLiteral("geom"), st.step() ? st.text(0) : QString());
        st.reset();
    }
    return out;
}

// The rows DistrictStore::recordAudit writes (same columns, operator, JSON and time format), through one
// prepared statement for the whole save: recordAudit prepares its statement on every call, which alone
// took a second for 10,000 rows.
void SessionSaver::audit(const char *action, const QString &table, qint64 rowId, const QVariantMap &oldValues,
                         const QVariantMap &newValues)
{
    auto json = [](const QVariantMap &values) {
        return values.isEmpty()
                   ? QString()
                   : QString::fromUtf8(
                         QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact));
    };
    auto &st =
        statement("INSERT INTO audit_log(time, operator, action, table_name, row_id, old_values, new_values) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, m_time)
        .bind(2, m_session.m_store.operatorName())
        .bind(3, QLatin1String(action))
        .bind(4, table);
    st.bind(5, rowId).bind(6, json(oldValues)).bind(7, json(newValues));
    st.run();
}

SaveResult EditSession::save(const SaveOptions &options)
{
    if (m_pending.isEmpty())
        return {};
    ReleaseReads release{*this};
    return SessionSaver(*this, options).run();
}

} // namespace uo::edit
