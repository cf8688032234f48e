#pragma once

#include "core/sql/database.h"
#include "core/sql/statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QString>
#include <QVariantMap>
#include <memory>

namespace uo {

// What a district is, as kept in its store's settings table.
struct DistrictSettings
{
    QString countyCode = QStringLiteral("500105");
    QString name;
    int srid = 4545; // the store CRS, an EPSG code: a property of the file, never assumed elsewhere
};

// One district's SpatiaLite file, and the one door through which any part of the program opens one.
// Opening checks that the file is a district store of a version this program understands and upgrades
// an older one after backing it up; everything else is refused with a StoreError and the file is left as
// it was. Nothing here opens the file except through SQLite (see docs/store-guarantees.md): a second
// descriptor of it, closed, would drop every SQLite lock the process holds on it. Every change made
// through the store is written in a transaction and recorded in the audit log under the operator's name.
// A store that wrote anything checkpoints its WAL when it closes, so that the .sqlite file alone holds
// every saved change.
class DistrictStore
{
    Q_DECLARE_TR_FUNCTIONS(uo::DistrictStore)

public:
    // WriteIfPossible: writable where the file, its folder and the media allow, read-only otherwise
    // (isReadOnly() says which, readOnlyReason() why); what viewers (the workstation) use.
    enum class Access
    {
        ReadOnly,
        ReadWrite,
        WriteIfPossible
    };

    // Creates a new, empty store; refuses to overwrite an existing file.
    static std::unique_ptr<DistrictStore> create(const QString &path, const DistrictSettings &settings,
                                                 const QString &operatorName = defaultOperatorName());
    // Test hook and migration aid: a new store at an older schema version.
    static void createAtVersion(const QString &path, const DistrictSettings &settings, int version);

    // Opens an existing store. Writable, an older file is backed up (the backup's path is put in
    // *backupPath) and upgraded; read-only, it is read as it is. ReadWrite on a file that cannot be
    // written throws StoreError ReadOnly saying why.
    // `path` may be a server district's address instead (postgresql://...?district=NAME,
    // docs/server.md): the store then works on the server, with the signed-in login as its operator;
    // the server's triggers write the audit log (updated() is its newest row), and what the login may change
    // is the server's to say. Only a district of this program's schema version is opened there.
    static std::unique_ptr<DistrictStore> open(const QString &path, Access access = Access::ReadWrite,
                                               QString *backupPath = nullptr);
    ~DistrictStore();

    // The OS user's name: who the audit log names unless the operator is set otherwise.
    static QString defaultOperatorName();

    sql::Database &db() { return *m_db; }
    // A transaction on the store's connection (a savepoint inside an open one) for a caller that makes
    // several audited changes as one: rolled back unless committed.
    sql::Transaction transaction() { return sql::Transaction(*m_db); }
    const QString &path() const { return m_db->path(); }
    const DistrictSettings &settings() const { return m_settings; }
    int srid() const { return m_settings.srid; }
    int schemaVersion() const { return m_version; }
    QDateTime created() const { return m_created; }
    // A unique id given to the store when it was made (settings key `store_id`), kept by its copies;
    // empty for stores made before there was one.
    const QString &storeId() const { return m_storeId; }
    QDateTime updated() const;
    const QString &operatorName() const { return m_operator; }
    // On a server district the operator is always the login: a name set here is ignored there.
    void setOperatorName(const QString &name);
    // Whether this store is a server district (sql::Dialect::Postgres) rather than a file.
    bool isOnServer() const { return m_db->dialect() == sql::Dialect::Postgres; }

    // Read-only: opened so, on media or in a folder that cannot be written, or writes refused since
    // (refuseWrites). Writers check requireWritable() first so that the user reads why.
    bool isReadOnly() const;
    QString readOnlyReason() const { return m_readOnlyReason; }
    // From now on the connection writes nothing (PRAGMA query_only), e.g. once the file is found damaged.
    void refuseWrites(const QString &reason);
    // Throws StoreError ReadOnly naming the file and why it cannot be written.
    void requireWritable() const;
    // Throws RequestError when `file` is this store's file or one of SQLite's files beside it: another
    // library opening it (GDAL for an import or export) would drop this process's locks, and writing it
    // would destroy the district.
    void refuseOwnFile(const QString &file) const;

    bool hasTable(const QString &table);
    qint64 count(const QString &table);
    // Bounds of a map layer from its spatial index (on a server, its geometry); empty when the layer has
    // no features.
    QRectF extent(const QString &table);

    // Generic audited edits. Column names are checked against the table; geometry goes in the `geom`
    // key as a SpatiaLite blob (see geometry_blob.h). Each call is one transaction.
    qint64 insertRow(const QString &table, const QVariantMap &values);
    void updateRow(const QString &table, qint64 id, const QVariantMap &values);
    void deleteRow(const QString &table, qint64 id);
    QVariantMap readRow(const QString &table, qint64 id);
    QString setting(const QString &key);
    void setSetting(const QString &key, const QString &value);

    // Appends to the audit log inside the caller's transaction; values are written as JSON. Nothing on a
    // server district, whose audit trigger writes the row under the login. One prepared
    // statement serves every call, since a save audits thousands of rows. `time` (ISO 8601, UTC) is now
    // when empty; a caller writing many rows as one change gives them all one moment.
    void recordAudit(const QString &action, const QString &table, qint64 rowId, const QVariantMap &oldValues,
                     const QVariantMap &newValues, const QString &time = QString());
    // Values as the audit log keeps them: geometry (`geom`, a SpatiaLite blob) as WKT.
    QVariantMap withReadableGeometry(const QVariantMap &values);
    // Marks the store as changed now (settings key `updated`), inside the caller's transaction; on a
    // server district it writes nothing (updated() reads the audit log there).
    void touch();

private:
    DistrictStore(std::unique_ptr<sql::Database> db, int version);
    static std::unique_ptr<DistrictStore> openOnServer(const QString &url, Access access);
    // Copies the WAL into the file, waiting a little for readers; best effort (a close never fails).
    void checkpoint() noexcept;
    void loadSettings();
    QStringList columnsOf(const QString &table);

    std::unique_ptr<sql::Database> m_db;
    DistrictSettings m_settings;
    int m_version = 0;
    QDateTime m_created;
    QString m_storeId;
    QString m_operator;
    QString m_readOnlyReason;
    bool m_writesRefused = false;
    std::unique_ptr<sql::Statement> m_auditInsert; // after m_db: finalized before the connection closes
};

} // namespace uo
