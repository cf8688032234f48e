#pragma once

#include "core/sql/backend.h"
#include "core/table/table_columns.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace uo {

namespace sql {
class Database;
}

// The names behind the codes the attribute table shows: entities, people, roads, streets,
// communities and component classes, read once when a table opens (a few thousand rows at most); the
// words for the store's enumerated codes come from CodeLists.
class TableLookups
{
    Q_DECLARE_TR_FUNCTIONS(uo::TableLookups)

public:
    static TableLookups load(sql::Database &db);

    // The text shown for a raw value: "0101 上水井盖" for a class, the entity's name for an id, the
    // translated word for a state. Unknown codes are shown as they are.
    QString display(const TableColumn &column, const QVariant &raw) const;
    // Every (raw value, shown text) a coded column can take, sorted by text, for dropdowns and for
    // matching a typed filter against names. Empty for columns that are not coded.
    QList<QPair<QVariant, QString>> choices(const TableColumn &column) const;

    // Major classes (two digits) with their names, in code order.
    QList<QPair<QString, QString>> majorClasses() const;
    QList<QPair<QString, QString>> minorClasses(const QString &major) const;
    const QHash<QString, QString> &streets() const { return m_streets; }
    // How the store the lookups were read from spells what the engines spell differently (a LIKE).
    sql::Dialect dialect() const { return m_dialect; }

private:
    sql::Dialect m_dialect = sql::Dialect::Sqlite;
    QHash<qint64, QString> m_entities, m_people, m_roads;
    QHash<QString, QString> m_streets, m_communities, m_classes; // code -> name
    QList<qsizetype> m_classCodeLengths; // of the scheme(s) the components use: 4 (2013), 5 (2026)
};

} // namespace uo
