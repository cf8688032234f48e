#include "core/edit_session/edit_session.h"
#include "core/error/error.h"

#include "core/edit_session/edit_journal.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/store_columns.h"
#include "core/store/store_error.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QUuid>
#include <algorithm>

namespace uo::edit {

namespace {
QList<FeatureKey> keysOf(const EditAction &action)
{
    QList<FeatureKey> keys;
    keys.reserve(action.steps.size());
    for (const EditStep &step : action.steps)
        keys << step.key;
    return keys;
}
} // namespace

// Drops the statements a call prepared when it returns (or throws).
ReleaseReads::~ReleaseReads()
{
    session.m_reads.clear();
}

namespace {
// The sessions open in this process, by id: a journal of this process whose session is not among them
// was left behind (its session closed with edits kept, or a test's stand-in for a crash).
QMutex g_openMutex;
QSet<QString> g_open;
} // namespace

EditSession::EditSession(DistrictStore &store) : m_store(store), m_started(QDateTime::currentDateTimeUtc())
{
    QMutexLocker lock(&g_openMutex);
    // Unique among this user's journals of the store, including those left by ended sessions.
    do {
        m_sessionId = QUuid::createUuid().toString(QUuid::Id128).left(12);
    } while (g_open.contains(m_sessionId) || QFileInfo::exists(journalPath()));
    g_open.insert(m_sessionId);
}

EditSession::~EditSession()
{
    QMutexLocker lock(&g_openMutex);
    g_open.remove(m_sessionId);
}

bool EditSession::isOpen(const QString &sessionId)
{
    QMutexLocker lock(&g_openMutex);
    return g_open.contains(sessionId);
}

QStringList EditSession::columns(const QString &table)
{
    auto it = m_columns.find(table);
    if (it != m_columns.end())
        return *it;
    QStringList names;
    for (const StoreColumns::Column &column : StoreColumns::of(m_store.db(), table))
        names << column.name;
    if (names.isEmpty())
        throw RequestError(tr("The store has no table named %1.").arg(table));
    m_columns.insert(table, names);
    return names;
}

RowState EditSession::readStored(const FeatureKey &key)
{
    if (key.isNew())
        return std::nullopt;
    auto &slot = m_reads[key.table.toStdString()];
    if (!slot) {
        columns(key.table); // validates the name before it goes into SQL
        slot = std::make_unique<sql::Statement>(m_store.db(),
                                                "SELECT * FROM \"" + key.table.toUtf8() + "\" WHERE id = ?");
    }
    sql::Statement &st = *slot;
    st.reset();
    st.bind(1, key.id);
    if (!st.step())
        return std::nullopt;
    QVariantMap row;
    for (int i = 0; i < st.columnCount(); ++i)
        row.insert(st.columnName(i), st.value(i));
    st.reset(); // no read left open on the connection
    return row;
}

RowState EditSession::row(const FeatureKey &key)
{
    ReleaseReads release{*this};
    const auto it = m_pending.constFind(key);
    if (it != m_pending.cend())
        return it->current;
    return readStored(key);
}

EditAction EditSession::setValues(const QString &table, const QList<qint64> &ids, const QVariantMap &values,
                                  const QString &text, const QVariantMap &shown)
{
    ReleaseReads release{*this};
    const QStringList names = columns(table);
    for (auto it = values.begin(); it != values.end(); ++it)
        if (!names.contains(it.key()) || it.key() == QLatin1String("id"))
            throw RequestError(tr("%1 has no editable column %2.").arg(table, it.key()));
    EditAction action{text, {}};
    for (qint64 id : ids) {
        const FeatureKey key{table, id};
        RowState before = row(key);
        if (!before)
            continue; // deleted meanwhile: nothing to change
        // A row this session has not changed yet is read now; what the user changed was the value shown.
        const bool readNow = !m_pending.contains(key);
        QVariantMap changes;
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QVariant value = storedValue(it.value());
            if (shown.contains(it.key()) && sameValue(shown.value(it.key()), value))
                continue;
            if (shown.contains(it.key()) && readNow)
                before->insert(it.key(), shown.value(it.key()));
            changes.insert(it.key(), value);
        }
        QVariantMap after = *before;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            after.insert(it.key(), it.value());
        if (!sameRow(before, after))
            action.steps.append({key, before, after});
    }
    return action;
}

EditAction EditSession::insertRow(const QString &table, const QVariantMap &values, const QString &text)
{
    const QStringList names = columns(table);
    QVariantMap after;
    for (const QString &name : names)
        after.insert(name, QVariant());
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!names.contains(it.key()) || it.key() == QLatin1String("id"))
            throw RequestError(tr("%1 has no editable column %2.").arg(table, it.key()));
        after.insert(it.key(), storedValue(it.value()));
    }
    const qint64 id = m_nextNewId--;
    after.insert(QStringLiteral("id"), id);
    return EditAction{text, {{FeatureKey{table, id}, std::nullopt, after}}};
}

EditAction EditSession::deleteRows(const QString &table, const QList<qint64> &ids, const QString &text)
{
    ReleaseReads release{*this};
    columns(table);
    EditAction action{text, {}};
    for (qint64 id : ids) {
        const FeatureKey key{table, id};
        const RowState before = row(key);
        if (before)
            action.steps.append({key, before, std::nullopt});
    }
    return action;
}

EditAction EditSession::combine(const QString &text, const QList<EditAction> &actions)
{
    EditAction all{text, {}};
    for (const EditAction &action : actions)
        all.steps += action.steps;
    return all;
}

void EditSession::setCurrent(const FeatureKey &key, const RowState &state, const RowState *original)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        it = m_pending.insert(key, PendingRow{original ? *original : readStored(key), state});
    else
        it->current = state;
    // Back to what the store holds: nothing left to save for this row.
    if (sameRow(it->original, it->current))
        m_pending.erase(it);
}

void EditSession::apply(const EditAction &action)
{
    ReleaseReads release{*this};
    // A row not pending was read from the store when the action was made: its `before` is the row as
    // read. (Should the store have changed since, the save will say so as a conflict.)
    for (const EditStep &step : action.steps)
        setCurrent(step.key, step.after, &step.before);
    writeJournal(keysOf(action));
}

void EditSession::revert(const EditAction &action)
{
    ReleaseReads release{*this};
    for (auto it = action.steps.crbegin(); it != action.steps.crend(); ++it)
        setCurrent(it->key, it->before);
    writeJournal(keysOf(action));
}

QList<FeatureKey> EditSession::changedKeys() const
{
    QList<FeatureKey> keys = m_pending.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

const PendingRow *EditSession::pending(const FeatureKey &key) const
{
    const auto it = m_pending.constFind(key);
    return it == m_pending.cend() ? nullptr : &*it;
}

QList<QVariantMap> EditSession::newRows(const QString &table) const
{
    QList<QVariantMap> rows;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it.key().table == table && it.key().isNew() && it->current)
            rows << *it->current;
    return rows;
}

void EditSession::discard()
{
    m_pending.clear();
    m_journalKeys.clear();
    m_journalLines = 0;
    QFile::remove(journalPath());
}

void EditSession::keepMine(const Conflict &conflict)
{
    ReleaseReads release{*this};
    auto it = m_pending.find(conflict.key);
    if (it == m_pending.end())
        return;
    it->original = conflict.theirs;
    if (sameRow(it->original, it->current))
        m_pending.erase(it);
    rewriteJournal();
}

void EditSession::takeTheirs(const Conflict &conflict)
{
    m_pending.remove(conflict.key);
    rewriteJournal();
}

QString EditSession::journalPath() const
{
    return EditJournal::pathFor(m_store.path(), m_sessionId);
}

void EditSession::writeJournal(const QList<FeatureKey> &keys)
{
    if (!m_journalEnabled)
        return;
    // Nothing left unsaved (every edit undone or discarded): no journal, so nothing is offered to recover.
    if (m_pending.isEmpty())
        EditJournal::rewrite(*this);
    else
        EditJournal::append(*this, keys);
}

void EditSession::rewriteJournal()
{
    if (m_journalEnabled)
        EditJournal::rewrite(*this);
}

bool EditSession::recover(const QString &journalPath)
{
    QString path = journalPath;
    if (path.isEmpty()) {
        const QList<OrphanJournal> orphans = EditJournal::orphans(m_store.path());
        if (orphans.isEmpty())
            return false;
        path = orphans.last().path;
    }
    ReleaseReads release{*this};
    EditJournal::adopt(*this, path);
    return true;
}

} // namespace uo::edit
