#include "core/store/import_writer.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/spatial_sql.h"
#include "core/store/store_error.h"

#include <QRegularExpression>
#include <cmath>

namespace uo {

namespace {

// What the store said about a row it refused, in the user's words: SQLite's messages on a file,
// PostgreSQL's on a server.
QString refusal(const QString &message, const QVariantMap &values)
{
    static const QRegularExpression unique(
        QStringLiteral("UNIQUE constraint failed: \\w+\\.(\\w+)|Key \\((\\w+)\\)=.* already exists"));
    static const QRegularExpression notNull(
        QStringLiteral("NOT NULL constraint failed: \\w+\\.(\\w+)|null value in column \"(\\w+)\""));
    static const QRegularExpression check(
        QStringLiteral("CHECK constraint failed: (.*)$|violates check constraint \"([^\"]+)\""));
    const auto captured = [](const QRegularExpressionMatch &m) {
        return m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    };
    if (const auto m = unique.match(message); m.hasMatch())
        return ImportWriter::tr("%1 \"%2\" is already in the store or earlier in the file")
            .arg(captured(m), values.value(captured(m)).toString());
    if (const auto m = notNull.match(message); m.hasMatch())
        return ImportWriter::tr("%1 is empty").arg(captured(m));
    if (const auto m = check.match(message); m.hasMatch())
        return ImportWriter::tr("a value the store does not allow (%1)").arg(captured(m).trimmed());
    if (message.contains(QLatin1String("FOREIGN KEY")) || message.contains(QLatin1String("foreign key")))
        return ImportWriter::tr("a reference (entity, street, person) names nothing in the store");
    return message;
}

bool isDuplicate(const QString &message)
{
    return message.contains(QLatin1String("UNIQUE")) || message.contains(QLatin1String("unique constraint"));
}

QByteArray quoted(const QString &name)
{
    return '"' + name.toUtf8() + '"';
}

} // namespace

ImportWriter::ImportWriter(DistrictStore &store, const QString &table, const QString &uniqueColumn,
                           Duplicates duplicates)
    : m_store(store), m_table(table), m_unique(uniqueColumn), m_duplicates(duplicates)
{
}

ImportWriter::~ImportWriter() = default;

ImportWriter::Outcome ImportWriter::write(const QVariantMap &values, const QByteArray &geometry,
                                          std::optional<QPointF> point, QString *problem)
{
    // A feature without an identifier is known by its name and place.
    if (point && (m_unique.isEmpty() || !values.contains(m_unique)) &&
        values.contains(QStringLiteral("name"))) {
        double distance = 0;
        if (const qint64 id = samePlace(values.value(QStringLiteral("name")).toString(), *point, &distance)) {
            if (m_duplicates == Duplicates::Merge)
                return merge(id, values, geometry, problem);
            *problem =
                tr("\"%1\" is already in the store %2 m from here (row %3); merging takes the file's values")
                    .arg(values.value(QStringLiteral("name")).toString())
                    .arg(distance, 0, 'f', 1)
                    .arg(id);
            return {};
        }
    }
    // A column without a value is left out, so that the store's default applies.
    const QStringList names = values.keys();
    std::unique_ptr<sql::Statement> &insert = m_inserts[names.join(QLatin1Char(','))];
    if (!insert) {
        QByteArray sql = "INSERT INTO " + quoted(m_table) + " (";
        for (const QString &n : names)
            sql += quoted(n) + ", ";
        sql += "geom) VALUES (" + QByteArray("?, ").repeated(names.size()) + "?) RETURNING id";
        insert = std::make_unique<sql::Statement>(m_store.db().prepare(sql));
    }
    int i = 1;
    for (const QString &n : names)
        insert->bindVariant(i++, values.value(n));
    insert->bindBlob(i, geometry);
    std::optional<sql::Transaction> row = rowSavepoint();
    try {
        insert->step();
        const qint64 id = insert->int64(0);
        insert->reset();
        if (row)
            row->commit();
        return {id, false};
    } catch (const StoreError &e) {
        insert->reset();
        row.reset(); // back to before the row
        if (e.kind() != StoreError::Kind::Invalid)
            throw; // a full disk or a lock is not the feature's fault
        // The same identifier: the row it repeats takes the file's values when merging.
        if (m_duplicates == Duplicates::Merge && !m_unique.isEmpty() && isDuplicate(e.message())) {
            if (const qint64 id = rowWith(m_unique, values.value(m_unique)))
                return merge(id, values, geometry, problem);
        }
        *problem = refusal(e.message(), values);
        return {};
    }
}

std::optional<sql::Transaction> ImportWriter::rowSavepoint()
{
    // A server refuses every statement of a transaction after one failed, so that a refused row would
    // take the rest of the import with it: there each row is a savepoint of its own. SQLite refuses the
    // statement alone, and a million savepoints would cost a file's import time for nothing.
    if (m_store.db().dialect() != sql::Dialect::Postgres)
        return std::nullopt;
    return std::optional<sql::Transaction>(std::in_place, m_store.db());
}

qint64 ImportWriter::samePlace(const QString &name, QPointF p, double *distance)
{
    if (!m_near) {
        // The layer's spatial index finds the neighbours; the name decides among them.
        sql::Database &db = m_store.db();
        const QByteArray frame = spatial_sql::box(db, m_store.srid(), "?", "?", "?", "?");
        m_near = std::make_unique<sql::Statement>(
            db.prepare("SELECT t.id, ST_X(t.geom), ST_Y(t.geom) FROM " + quoted(m_table) +
                       " t WHERE t.name = ? AND " + spatial_sql::inFrame(db, "t", m_table.toUtf8(), frame)));
    }
    const double r = kSamePlaceMetres;
    m_near->bind(1, name).bind(2, p.x() - r).bind(3, p.y() - r).bind(4, p.x() + r).bind(5, p.y() + r);
    qint64 found = 0;
    double best = r;
    while (m_near->step()) {
        const double d = std::hypot(m_near->real(1) - p.x(), m_near->real(2) - p.y());
        if (d <= best) {
            best = d;
            found = m_near->int64(0);
        }
    }
    m_near->reset();
    *distance = best;
    return found;
}

qint64 ImportWriter::rowWith(const QString &column, const QVariant &value)
{
    auto st = m_store.db().prepare("SELECT id FROM " + quoted(m_table) + " WHERE " + quoted(column) + " = ?");
    st.bindVariant(1, value);
    return st.step() ? st.int64(0) : 0;
}

ImportWriter::Outcome ImportWriter::merge(qint64 id, const QVariantMap &values, const QByteArray &geometry,
                                          QString *problem)
{
    std::optional<sql::Transaction> row = rowSavepoint();
    try {
        update(id, values, geometry);
        if (row)
            row->commit();
        return {id, true};
    } catch (const StoreError &e) {
        row.reset();
        if (e.kind() != StoreError::Kind::Invalid)
            throw;
        *problem = refusal(e.message(), values);
        return {};
    }
}

void ImportWriter::update(qint64 id, const QVariantMap &values, const QByteArray &geometry)
{
    const QStringList names = values.keys();
    std::unique_ptr<sql::Statement> &st = m_updates[names.join(QLatin1Char(','))];
    if (!st) {
        QByteArray sql = "UPDATE " + quoted(m_table) + " SET ";
        for (const QString &n : names)
            sql += quoted(n) + " = ?, ";
        sql += "geom = ? WHERE id = ?";
        st = std::make_unique<sql::Statement>(m_store.db().prepare(sql));
    }
    int i = 1;
    for (const QString &n : names)
        st->bindVariant(i++, values.value(n));
    st->bindBlob(i, geometry).bind(i + 1, id);
    try {
        st->run();
    } catch (...) {
        st->reset();
        throw;
    }
}

} // namespace uo
