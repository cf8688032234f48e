#pragma once

#include "core/table/table_query.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace uo {

class AttributeTableModel;

// The attribute table's filters: dropdowns for the component class (major and minor, by name),
// the state and the street where the table has them, and one column filter whose text is matched
// against what the table shows ("井盖", "观音桥", "> 2020-01-01").
class TableFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit TableFilterBar(QWidget *parent = nullptr);

    // Fills the dropdowns for the model's table (after AttributeTableModel::open) and clears them.
    void setModel(const AttributeTableModel *model);
    // The query with this bar's filters, keeping the sort of `base`.
    TableQuery apply(const TableQuery &base) const;
    void clearFilters();

    QComboBox *classBox() const { return m_class; }
    QComboBox *stateBox() const { return m_state; }
    QComboBox *streetBox() const { return m_street; }
    QComboBox *columnBox() const { return m_column; }
    QLineEdit *textEdit() const { return m_text; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void retranslateUi();

    const AttributeTableModel *m_model = nullptr;
    QComboBox *m_class;
    QComboBox *m_state;
    QComboBox *m_street;
    QComboBox *m_column;
    QLineEdit *m_text;
    QToolButton *m_clear;
    QTimer *m_typing; // typing pauses before the rows are listed again
};

} // namespace uo
