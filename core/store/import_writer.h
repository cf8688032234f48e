#pragma once

#include "core/sql/statement.h"

#include <QCoreApplication>
#include <QPointF>
#include <QVariant>
#include <QVariantMap>
#include <map>
#include <memory>
#include <optional>

namespace uo {

class DistrictStore;
namespace sql {
class Statement;
class Transaction;
} // namespace sql

// The "write" stage of an import: each feature's row into the store layer, inside the import's
// transaction, so that the store's own constraints (CHECK lists, UNIQUE identifiers, NOT NULL,
// foreign keys) judge it too and a refusal is said in words. A feature already in the store (the same
// identifier; without one, a point of the same name within a few metres) is refused, or with Merge
// the row it repeats takes the file's values and geometry.
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(uo::ImportWriter)

public:
    enum class Duplicates
    {
        Refuse,
        Merge
    };
    // How near a point of the same name must be to count as the same feature.
    static constexpr double kSamePlaceMetres = 5.0;

    // `uniqueColumn`: the layer's identifier, the column a repeated feature is found by (empty: none).
    ImportWriter(DistrictStore &store, const QString &table, const QString &uniqueColumn,
                 Duplicates duplicates);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    struct Outcome
    {
        qint64 id = 0;       // 0: refused (*problem says why)
        bool merged = false; // an existing row took the values
    };
    // `point` is the feature's position for a point layer (nothing for lines and areas).
    Outcome write(const QVariantMap &values, const QByteArray &geometry, std::optional<QPointF> point,
                  QString *problem);

private:
    std::optional<sql::Transaction> rowSavepoint();
    qint64 samePlace(const QString &name, QPointF p, double *distance);
    qint64 rowWith(const QString &column, const QVariant &value);
    Outcome merge(qint64 id, const QVariantMap &values, const QByteArray &geometry, QString *problem);
    void update(qint64 id, const QVariantMap &values, const QByteArray &geometry);

    DistrictStore &m_store;
    QString m_table;
    QString m_unique; // the layer's UNIQUE column (its identifier), if it has one
    Duplicates m_duplicates;
    // One prepared statement per set of columns: rows with and without an optional value alternate.
    std::map<QString, std::unique_ptr<sql::Statement>> m_inserts, m_updates;
    std::unique_ptr<sql::Statement> m_near;
};

} // namespace uo
