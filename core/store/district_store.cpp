#include "core/store/district_store.h"
#include "core/error/error.h"

#include "core/server/pg_connection.h"
#include "core/server/server_district.h"
#include "core/server/server_url.h"
#include "core/sql/pg_backend.h"
#include "core/sql/statement.h"
#include "core/store/geometry_blob.h"
#include "core/store/layers.h"
#include "core/store/schema.h"
#include "core/store/store_access.h"
#include "core/store/store_columns.h"
#include "core/store/store_copy.h"
#include "core/store/store_error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <pwd.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace uo {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// The first bytes of the file, read through SQLite's own descriptor of it: opening the file a second
// time and closing it would drop the locks SQLite holds through the first (POSIX locks belong to the
// process, and any close drops them all).
QByteArray sqliteHeader(sql::Database &db)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        !file->pMethods)
        return QByteArray();
    QByteArray header(16, '\0');
    return file->pMethods->xRead(file, header.data(), int(header.size()), 0) == SQLITE_OK ? header
                                                                                          : QByteArray();
}

bool sameFile(const QString &a, const QString &b)
{
    struct stat sa = {}, sb = {};
    return stat(QFile::encodeName(a).constData(), &sa) == 0 &&
           stat(QFile::encodeName(b).constData(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

// Looks at a file before anything writes to it, through a read-only connection; returns its schema
// version. Throws StoreError saying what the file is when it is not a district store this program reads.
int inspect(const QString &path, sql::Database::Mode mode)
{
    sql::Database probe(path, mode);
    if (sqliteHeader(probe) != QByteArray("SQLite format 3", 16))
        throw StoreError(
            StoreError::Kind::NotAStore,
            DistrictStore::tr("%1 is not a district store: it is not an SQLite database.").arg(native(path)));
    int version = 0;
    bool headerRead = false;
    try {
        const qint64 appId = probe.scalarInt("PRAGMA application_id");
        version = int(probe.scalarInt("PRAGMA user_version"));
        headerRead = true;
        // A store of a newer UrbanOps that marks its files differently is still recognised by its tables,
        // and said to be newer rather than foreign.
        const bool laidOutAsStore =
            probe.scalarInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
                            "('settings', 'components', 'road_segments', 'permits')") == 4;
        if (version > schema::kCurrentVersion && (appId == schema::kApplicationId || laidOutAsStore))
            throw StoreError(
                StoreError::Kind::NewerVersion,
                DistrictStore::tr("%1 was written by a newer UrbanOps (schema version %2; this program reads "
                                  "up to %3). Update UrbanOps to open it.")
                    .arg(native(path))
                    .arg(version)
                    .arg(schema::kCurrentVersion));
        if (appId != schema::kApplicationId) {
            const bool geopackage =
                probe.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'gpkg_contents'") > 0;
            throw StoreError(
                StoreError::Kind::NotAStore,
                geopackage ? DistrictStore::tr("%1 is a GeoPackage, not a district store; import its layers "
                                               "instead.")
                                 .arg(native(path))
                           : DistrictStore::tr("%1 is an SQLite database but not a district store.")
                                 .arg(native(path)));
        }
        if (version < 1 || probe.scalarInt("SELECT count(*) FROM settings WHERE key = 'srid'") != 1)
            throw StoreError(
                StoreError::Kind::Corrupt,
                DistrictStore::tr("%1 is an incomplete district store: its settings are missing.")
                    .arg(native(path)));
        // Reads the whole schema, which fails on a damaged or truncated file.
        probe.scalarInt("SELECT count(*) FROM sqlite_master");
        // A full integrity check would read every page (`urbanops-cli check` does); a truncated file is
        // caught cheaply by its header's page count (pages still in the WAL may lie beyond the main file).
        const qint64 expected = probe.scalarInt("PRAGMA page_count") * probe.scalarInt("PRAGMA page_size");
        const qint64 size = QFileInfo(path).size();
        if (QFileInfo(path + QStringLiteral("-wal")).size() == 0 && size < expected)
            throw StoreError(StoreError::Kind::Corrupt,
                             DistrictStore::tr("%1 is damaged: the file is %2 bytes long but should hold %3.")
                                 .arg(native(path))
                                 .arg(size)
                                 .arg(expected));
    } catch (const StoreError &error) {
        // The file starts with SQLite's magic string (checked above), so SQLite rejecting its header
        // (SQLITE_NOTADB) means a damaged file, not a foreign one.
        if (!headerRead && error.kind() == StoreError::Kind::NotAStore)
            throw StoreError(
                StoreError::Kind::Corrupt,
                DistrictStore::tr("%1 is damaged: its database header cannot be read.").arg(native(path)));
        if (error.kind() == StoreError::Kind::Sql)
            throw StoreError(StoreError::Kind::Corrupt,
                             DistrictStore::tr("%1 is not a readable district store: %2")
                                 .arg(native(path), error.message()));
        throw;
    }
    return version;
}

QString jsonOf(const QVariantMap &values)
{
    if (values.isEmpty())
        return QString();
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact));
}

} // namespace

DistrictStore::DistrictStore(std::unique_ptr<sql::Database> db, int version)
    : m_db(std::move(db)), m_version(version), m_operator(defaultOperatorName())
{
    loadSettings();
}

QString DistrictStore::defaultOperatorName()
{
    for (const char *var : {"UROPS_OPERATOR", "USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
    // Services and sessions started without a login shell have no USER: ask the system instead.
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return tr("unknown operator");
}

void DistrictStore::createAtVersion(const QString &path, const DistrictSettings &settings, int version)
{
    if (QFileInfo::exists(path))
        throw FileError(
            FileError::Kind::Exists,
            tr("%1 already exists; a new district store is never written over a file.").arg(native(path)));
    if (settings.srid <= 0)
        throw RequestError(tr("The store CRS must be an EPSG code."));
    try {
        sql::Database db(path, sql::Database::Mode::Create);
        db.exec(QByteArray("PRAGMA application_id = ") + QByteArray::number(schema::kApplicationId));
        db.exec("PRAGMA journal_mode = WAL");
        schema::migrate(db, 0, version, settings.srid);
        sql::Transaction tx(db);
        auto put = db.prepare("INSERT INTO settings(key, value) VALUES (?, ?)");
        const QString now = nowText();
        const std::pair<const char *, QString> rows[] = {
            {"county_code", settings.countyCode},
            {"district_name", settings.name},
            {"srid", QString::number(settings.srid)},
            {"created", now},
            {"updated", now},
            // Which district this is, whatever file holds it: a copy is the same district.
            {"store_id", QUuid::createUuid().toString(QUuid::WithoutBraces)}};
        for (const auto &[key, value] : rows) {
            // A setting left empty is stored as an empty text: the column holds no NULLs.
            put.bind(1, QString::fromLatin1(key)).bind(2, value.isNull() ? QStringLiteral("") : value);
            put.run();
        }
        tx.commit();
    } catch (...) {
        // A half-made store is worse than none.
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        throw;
    }
}

std::unique_ptr<DistrictStore> DistrictStore::create(const QString &path, const DistrictSettings &settings,
                                                     const QString &operatorName)
{
    createAtVersion(path, settings, schema::kCurrentVersion);
    auto store = open(path, Access::ReadWrite);
    store->setOperatorName(operatorName);
    sql::Transaction tx(store->db());
    store->recordAudit(QStringLiteral("create"), QString(), 0, {},
                       {{QStringLiteral("county_code"), settings.countyCode},
                        {QStringLiteral("district_name"), settings.name},
                        {QStringLiteral("srid"), settings.srid}});
    tx.commit();
    return store;
}

std::unique_ptr<DistrictStore> DistrictStore::openOnServer(const QString &url, Access access)
{
    auto db = sql::PgBackend::open(server::ServerUrl::parse(url), access == Access::ReadOnly);
    auto &backend = static_cast<sql::PgBackend &>(db->backend());
    const int version = backend.district().schemaVersion();
    if (version != schema::kCurrentVersion)
        throw StoreError(StoreError::Kind::NewerVersion,
                         tr("District %1 is at schema version %2; this program works on version %3 on a "
                            "server. Publish the district again from its file.")
                             .arg(db->path())
                             .arg(version)
                             .arg(schema::kCurrentVersion));
    const QString login = backend.district().connection().login();
    std::unique_ptr<DistrictStore> store(new DistrictStore(std::move(db), version));
    store->m_operator = login;
    if (access == Access::ReadOnly)
        store->m_readOnlyReason = tr("it was opened for reading only");
    return store;
}

std::unique_ptr<DistrictStore> DistrictStore::open(const QString &path, Access access, QString *backupPath)
{
    if (server::ServerUrl::isServerUrl(path))
        return openOnServer(path, access);
    const QFileInfo file(path);
    if (!file.exists())
        throw StoreError(StoreError::Kind::NotFound, tr("%1 does not exist.").arg(native(path)));
    if (!file.isFile())
        throw StoreError(StoreError::Kind::NotAStore, tr("%1 is not a file.").arg(native(path)));
    const StoreAccess where = StoreAccess::of(path);
    if (!where.unreadable.isEmpty())
        throw StoreError(StoreError::Kind::ReadOnly, where.unreadable);
    if (access == Access::ReadWrite && !where.writable)
        throw StoreError(
            StoreError::Kind::ReadOnly,
            tr("%1 cannot be written: %2. Nothing was changed; copy it to a folder you may write to "
               "to change it.")
                .arg(native(path), where.whyReadOnly));
    const auto readMode = where.immutable ? sql::Database::Mode::Immutable : sql::Database::Mode::ReadOnly;
    const int version = inspect(path, readMode);

    bool write = access != Access::ReadOnly && where.writable;
    auto db = std::make_unique<sql::Database>(path, write ? sql::Database::Mode::ReadWrite : readMode);
    QString whyReadOnly = where.whyReadOnly;
    // Permissions the file system check cannot see (ACLs, a file system that refuses later): SQLite
    // opens such a file read-only without a word, so it is asked.
    if (write && sqlite3_db_readonly(db->handle(), "main") == 1) {
        whyReadOnly = tr("the system refuses to open it for writing");
        if (access == Access::ReadWrite)
            throw StoreError(
                StoreError::Kind::ReadOnly,
                tr("%1 cannot be written: %2. Nothing was changed.").arg(native(path), whyReadOnly));
        write = false;
        db = std::make_unique<sql::Database>(path, readMode);
    }
    if (!write && whyReadOnly.isEmpty())
        whyReadOnly = tr("it was opened for reading only");

    std::unique_ptr<DistrictStore> store;
    if (write && version < schema::kCurrentVersion) {
        const QString backup =
            path + QStringLiteral(".v%1-backup-%2.sqlite")
                       .arg(version)
                       .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        copyStore(*db, backup, tr("backing it up before upgrading it; the file was not changed"));
        if (backupPath)
            *backupPath = backup;
        const int srid = db->scalarText("SELECT value FROM settings WHERE key = 'srid'").toInt();
        schema::migrate(*db, version, schema::kCurrentVersion, srid);
        store.reset(new DistrictStore(std::move(db), schema::kCurrentVersion));
        sql::Transaction tx(store->db());
        store->recordAudit(QStringLiteral("migrate"), QString(), 0,
                           {{QStringLiteral("schema_version"), version}},
                           {{QStringLiteral("schema_version"), schema::kCurrentVersion},
                            {QStringLiteral("backup"), backup}});
        tx.commit();
    } else {
        store.reset(new DistrictStore(std::move(db), version));
    }
    if (!write)
        store->m_readOnlyReason = whyReadOnly;
    return store;
}

void DistrictStore::setOperatorName(const QString &name)
{
    if (!isOnServer())
        m_operator = name;
}

DistrictStore::~DistrictStore()
{
    if (m_db && !isOnServer() && !m_db->isReadOnly() && !m_writesRefused &&
        sqlite3_total_changes(m_db->handle()) > 0)
        checkpoint();
}

void DistrictStore::checkpoint() noexcept
{
    sqlite3 *db = m_db->handle();
    // A close waits a moment for readers, never long: TRUNCATE leaves an empty WAL when nobody reads;
    // PASSIVE copies what it can when someone does (they keep the file in use, so SQLite keeps the WAL).
    sqlite3_busy_timeout(db, 2000);
    if (sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr) == SQLITE_BUSY)
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

bool DistrictStore::isReadOnly() const
{
    return m_db->isReadOnly() || m_writesRefused;
}

void DistrictStore::refuseWrites(const QString &reason)
{
    m_db->backend().execForSession(
        m_db->spelled({"PRAGMA query_only = ON", "SET default_transaction_read_only = on"}));
    m_writesRefused = true;
    m_readOnlyReason = reason;
}

void DistrictStore::requireWritable() const
{
    if (isReadOnly())
        throw StoreError(
            StoreError::Kind::ReadOnly,
            tr("%1 is open read-only: %2. Nothing was changed.").arg(native(path()), m_readOnlyReason));
}

void DistrictStore::refuseOwnFile(const QString &file) const
{
    const QFileInfo other(file);
    // The name as it will be, for a file not made yet: its folder resolved, as the store's path is.
    const QString otherName =
        QFileInfo(other.absolutePath()).canonicalFilePath() + QLatin1Char('/') + other.fileName();
    const QString mine = QFileInfo(path()).canonicalFilePath();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString side = path() + QLatin1String(suffix);
        if (otherName == mine + QLatin1String(suffix) || sameFile(file, side))
            throw RequestError(
                tr("%1 is the open district store itself (or one of SQLite's files beside it); choose "
                   "another file.")
                    .arg(native(file)));
    }
}

void DistrictStore::loadSettings()
{
    auto st = m_db->prepare("SELECT key, value FROM settings");
    while (st.step()) {
        const QString key = st.text(0);
        if (key == QLatin1String("county_code"))
            m_settings.countyCode = st.text(1);
        else if (key == QLatin1String("district_name"))
            m_settings.name = st.text(1);
        else if (key == QLatin1String("srid"))
            m_settings.srid = st.text(1).toInt();
        else if (key == QLatin1String("created"))
            m_created = QDateTime::fromString(st.text(1), Qt::ISODate);
        else if (key == QLatin1String("store_id"))
            m_storeId = st.text(1);
    }
}

QDateTime DistrictStore::updated() const
{
    if (isOnServer())
        return static_cast<sql::PgBackend &>(m_db->backend()).district().updated();
    return QDateTime::fromString(m_db->scalarText("SELECT value FROM settings WHERE key = 'updated'"),
                                 Qt::ISODate);
}

bool DistrictStore::hasTable(const QString &table)
{
    return StoreColumns::hasTable(*m_db, table);
}

QStringList DistrictStore::columnsOf(const QString &table)
{
    QStringList columns;
    for (const StoreColumns::Column &column : StoreColumns::of(*m_db, table))
        columns << column.name;
    if (columns.isEmpty())
        throw RequestError(tr("The store has no table named %1.").arg(table));
    return columns;
}

qint64 DistrictStore::count(const QString &table)
{
    columnsOf(table); // validates the name before it goes into SQL
    return m_db->scalarInt("SELECT count(*) FROM \"" + table.toUtf8() + '"');
}

QRectF DistrictStore::extent(const QString &table)
{
    if (!findLayer(table))
        throw RequestError(tr("%1 is not a map layer.").arg(table));
    const QByteArray name = table.toUtf8();
    auto st =
        m_db->prepare({"SELECT min(xmin), min(ymin), max(xmax), max(ymax) FROM \"idx_" + name + "_geom\"",
                       "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(geom) "
                       "AS e FROM \"" +
                           name + "\") s"});
    if (!st.step() || st.isNull(0))
        return QRectF();
    return QRectF(QPointF(st.real(0), st.real(1)), QPointF(st.real(2), st.real(3)));
}

// Points (nearly every edit) are written here as SpatiaLite's AsText() writes them (six decimals, trailing
// zeros dropped) without a query; the rest by AsText().
QVariantMap DistrictStore::withReadableGeometry(const QVariantMap &values)
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
            out[QStringLiteral("geom")] = QStringLiteral("POINT(%1 %2)").arg(number(x), number(y));
            return out;
        }
        auto st = m_db->prepare({"SELECT AsText(?)", "SELECT ST_AsText(?::geometry)"});
        st.bindBlob(1, geom->toByteArray());
        out[QStringLiteral("geom")] = st.step() ? st.text(0) : QString();
    }
    return out;
}

QVariantMap DistrictStore::readRow(const QString &table, qint64 id)
{
    columnsOf(table); // validates the name before it goes into SQL
    auto st = m_db->prepare("SELECT " + StoreColumns::selectList(*m_db, table) + " FROM \"" + table.toUtf8() +
                            "\" WHERE id = ?");
    st.bind(1, id);
    QVariantMap row;
    if (st.step())
        for (int i = 0; i < st.columnCount(); ++i)
            row.insert(st.columnName(i), st.value(i));
    return row;
}

qint64 DistrictStore::insertRow(const QString &table, const QVariantMap &values)
{
    const QStringList columns = columnsOf(table);
    QByteArray names, marks;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!columns.contains(it.key()))
            throw RequestError(tr("%1 has no column %2.").arg(table, it.key()));
        names += (names.isEmpty() ? "" : ", ") + QByteArray('"' + it.key().toUtf8() + '"');
        marks += marks.isEmpty() ? "?" : ", ?";
    }
    // RETURNING id, which both engines read: a server's triggers insert rows of their own, so it has no
    // "last insert id" to ask for. A table without an id (segment_collaborators) has SQLite's rowid on a
    // file and nothing on a server, where the audit log is the trigger's.
    const bool hasId = columns.contains(QStringLiteral("id"));
    sql::Transaction tx(*m_db);
    auto st = m_db->prepare("INSERT INTO \"" + table.toUtf8() + "\" (" + names + ") VALUES (" + marks + ")" +
                            (hasId ? " RETURNING id" : ""));
    int index = 1;
    for (const QVariant &value : values)
        st.bindVariant(index++, value);
    qint64 id = 0;
    if (hasId) {
        if (st.step())
            id = st.int64(0);
        st.reset();
    } else {
        st.run();
        if (!isOnServer())
            id = m_db->lastInsertId();
    }
    recordAudit(QStringLiteral("insert"), table, id, {}, withReadableGeometry(values));
    touch();
    tx.commit();
    return id;
}

void DistrictStore::updateRow(const QString &table, qint64 id, const QVariantMap &values)
{
    const QStringList columns = columnsOf(table);
    QByteArray assignments;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!columns.contains(it.key()) || it.key() == QLatin1String("id"))
            throw RequestError(tr("%1 has no editable column %2.").arg(table, it.key()));
        assignments += (assignments.isEmpty() ? "\"" : ", \"") + it.key().toUtf8() + "\" = ?";
    }
    sql::Transaction tx(*m_db);
    const QVariantMap before = readRow(table, id);
    if (before.isEmpty())
        throw RequestError(tr("%1 has no row %2.").arg(table).arg(id));
    QVariantMap oldValues;
    for (auto it = values.begin(); it != values.end(); ++it)
        oldValues.insert(it.key(), before.value(it.key()));
    auto st = m_db->prepare("UPDATE \"" + table.toUtf8() + "\" SET " + assignments + " WHERE id = ?");
    int index = 1;
    for (const QVariant &value : values)
        st.bindVariant(index++, value);
    st.bind(index, id);
    st.run();
    recordAudit(QStringLiteral("update"), table, id, withReadableGeometry(oldValues),
                withReadableGeometry(values));
    touch();
    tx.commit();
}

void DistrictStore::deleteRow(const QString &table, qint64 id)
{
    columnsOf(table);
    sql::Transaction tx(*m_db);
    const QVariantMap before = readRow(table, id);
    if (before.isEmpty())
        throw RequestError(tr("%1 has no row %2.").arg(table).arg(id));
    auto st = m_db->prepare("DELETE FROM \"" + table.toUtf8() + "\" WHERE id = ?");
    st.bind(1, id);
    st.run();
    recordAudit(QStringLiteral("delete"), table, id, withReadableGeometry(before), {});
    touch();
    tx.commit();
}

QString DistrictStore::setting(const QString &key)
{
    auto st = m_db->prepare("SELECT value FROM settings WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

void DistrictStore::setSetting(const QString &key, const QString &value)
{
    if (key == QLatin1String("srid"))
        throw RequestError(
            tr("The store CRS is fixed when the store is created; reproject into a new store instead."));
    sql::Transaction tx(*m_db);
    const QString old = setting(key);
    auto st = m_db->prepare("INSERT INTO settings(key, value) VALUES (?, ?) "
                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    st.run();
    recordAudit(QStringLiteral("update"), QStringLiteral("settings"), 0,
                old.isNull() ? QVariantMap() : QVariantMap{{key, old}}, {{key, value}});
    if (key != QLatin1String("updated"))
        touch();
    tx.commit();
    loadSettings();
}

void DistrictStore::recordAudit(const QString &action, const QString &table, qint64 rowId,
                                const QVariantMap &oldValues, const QVariantMap &newValues,
                                const QString &time)
{
    if (isOnServer())
        return;
    if (!m_auditInsert)
        m_auditInsert = std::make_unique<sql::Statement>(
            *m_db,
            "INSERT INTO audit_log(time, operator, action, table_name, row_id, old_values, new_values) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
    sql::Statement &st = *m_auditInsert;
    st.reset();
    st.bind(1, time.isEmpty() ? nowText() : time).bind(2, m_operator).bind(3, action).bind(4, table);
    if (rowId > 0)
        st.bind(5, rowId);
    else
        st.bindNull(5);
    st.bind(6, jsonOf(oldValues)).bind(7, jsonOf(newValues));
    st.run();
}

void DistrictStore::touch()
{
    if (isOnServer())
        return;
    auto st = m_db->prepare("UPDATE settings SET value = ? WHERE key = 'updated'");
    st.bind(1, nowText());
    st.run();
}

} // namespace uo
