#pragma once

#include "gis/io/import_mapping.h"

#include <QTableWidget>

namespace uo {

// The field mapping as the user edits it: one row per column of the store layer (by its title,
// required ones marked), each with a list of the file's fields to fill it from, or none, or a typed
// fixed value; a coded column (state, grade, level ...) also takes the file's own spellings of its
// values ("好=完好, 坏=破损"), which the import reads as the word after "=".
class MappingEditor : public QTableWidget
{
    Q_OBJECT

public:
    explicit MappingEditor(QWidget *parent = nullptr);

    void setColumns(const QString &table, const QList<ImportMapping::Column> &columns,
                    const QStringList &fields);
    void setMapping(const ImportMapping &mapping);
    ImportMapping mapping() const;
    void retranslate();

signals:
    void mappingChanged();

private:
    bool isCoded(const QString &column) const;

    QString m_table;
    QList<ImportMapping::Column> m_columns;
    QStringList m_fields;
};

} // namespace uo
