#include "app/workstation/table/table_filter_bar.h"

#include "core/table/attribute_table_model.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>

namespace uo {

namespace {

QComboBox *makeBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaxVisibleItems(24);
    return box;
}

} // namespace

TableFilterBar::TableFilterBar(QWidget *parent)
    : QWidget(parent), m_class(makeBox(this)), m_state(makeBox(this)), m_street(makeBox(this)),
      m_column(makeBox(this)), m_text(new QLineEdit(this)), m_clear(new QToolButton(this)),
      m_typing(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_class);
    layout->addWidget(m_state);
    layout->addWidget(m_street);
    layout->addSpacing(8);
    layout->addWidget(m_column);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clear);
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(160);
    m_typing->setSingleShot(true);
    m_typing->setInterval(400);

    for (QComboBox *box : {m_class, m_state, m_street})
        connect(box, &QComboBox::currentIndexChanged, this, &TableFilterBar::changed);
    connect(m_column, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_text->text().trimmed().isEmpty())
            emit changed();
    });
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        emit changed();
    });
    connect(m_typing, &QTimer::timeout, this, &TableFilterBar::changed);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clearFilters();
        emit changed();
    });
    retranslateUi();
    fill();
}

void TableFilterBar::setModel(const AttributeTableModel *model)
{
    m_model = model;
    fill();
}

void TableFilterBar::fill()
{
    const QSignalBlocker b1(m_class), b2(m_state), b3(m_street), b4(m_column), b5(m_text);
    m_typing->stop();
    const QString oldColumn = m_column->currentData().toString();
    m_class->clear();
    m_state->clear();
    m_street->clear();
    m_column->clear();
    m_text->clear();
    const bool open = m_model && m_model->isOpen();
    const QList<TableColumn> columns = open ? m_model->columns() : QList<TableColumn>();

    m_class->addItem(tr("All classes"), QString());
    if (open && TableColumns::indexOf(columns, QStringLiteral("class_code")) >= 0) {
        // Minor classes indented under their major class, as the catalogue is read.
        for (const auto &[major, name] : m_model->lookups().majorClasses()) {
            m_class->addItem(major + QLatin1Char(' ') + name, major);
            for (const auto &[minor, minorName] : m_model->lookups().minorClasses(major))
                m_class->addItem(QStringLiteral("    ") + minor + QLatin1Char(' ') + minorName, minor);
        }
    }
    m_class->setVisible(m_class->count() > 1);

    const QString stateColumn = TableQueries::stateColumn(columns);
    m_state->addItem(tr("Any state"), QString());
    if (!stateColumn.isEmpty()) {
        const TableColumn &column = columns[TableColumns::indexOf(columns, stateColumn)];
        for (const auto &[code, word] : m_model->lookups().choices(column))
            m_state->addItem(word, code);
    }
    m_state->setVisible(m_state->count() > 1);

    m_street->addItem(tr("All streets"), QString());
    if (!TableQueries::streetColumn(columns).isEmpty()) {
        QList<QPair<QString, QString>> streets;
        for (auto it = m_model->lookups().streets().cbegin(); it != m_model->lookups().streets().cend(); ++it)
            streets.append({it.key(), it.value()});
        std::sort(streets.begin(), streets.end());
        for (const auto &[code, name] : streets)
            m_street->addItem(name, code);
    }
    m_street->setVisible(m_street->count() > 1);

    for (const TableColumn &column : columns)
        m_column->addItem(TableColumns::title(column), column.name);
    const int keep = m_column->findData(oldColumn);
    m_column->setCurrentIndex(keep >= 0 ? keep : std::min(1, m_column->count() - 1));
    m_column->setEnabled(open);
    m_text->setEnabled(open);
    m_clear->setEnabled(open);
}

TableQuery TableFilterBar::apply(const TableQuery &base) const
{
    TableQuery query = base;
    query.classCode = m_class->currentData().toString();
    query.state = m_state->currentData().toString();
    query.streetCode = m_street->currentData().toString();
    query.columnFilters.clear();
    if (!m_text->text().trimmed().isEmpty() && m_column->currentIndex() >= 0)
        query.columnFilters.append({m_column->currentData().toString(), m_text->text()});
    return query;
}

void TableFilterBar::clearFilters()
{
    const QSignalBlocker b1(m_class), b2(m_state), b3(m_street), b5(m_text);
    m_typing->stop();
    m_class->setCurrentIndex(0);
    m_state->setCurrentIndex(0);
    m_street->setCurrentIndex(0);
    m_text->clear();
}

void TableFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The dropdowns hold translated words: fill them again, keeping what was chosen.
        const QString klass = m_class->currentData().toString(), state = m_state->currentData().toString(),
                      street = m_street->currentData().toString(), text = m_text->text();
        fill();
        const QSignalBlocker b1(m_class), b2(m_state), b3(m_street), b5(m_text);
        m_class->setCurrentIndex(std::max(0, m_class->findData(klass)));
        m_state->setCurrentIndex(std::max(0, m_state->findData(state)));
        m_street->setCurrentIndex(std::max(0, m_street->findData(street)));
        m_text->setText(text);
    }
    QWidget::changeEvent(event);
}

void TableFilterBar::retranslateUi()
{
    m_class->setToolTip(tr("Component class"));
    m_state->setToolTip(tr("State"));
    m_street->setToolTip(tr("Street or town"));
    m_column->setToolTip(tr("Column to filter"));
    m_text->setPlaceholderText(tr("Filter: part of a value, or > 2020-01-01"));
    m_text->setToolTip(tr("Rows whose value in the chosen column contains this text (names as shown), or "
                          "compares with it: =, <, <=, >, >=, <>"));
    m_clear->setText(tr("Clear Filters"));
    m_class->setItemText(0, tr("All classes"));
    m_state->setItemText(0, tr("Any state"));
    m_street->setItemText(0, tr("All streets"));
}

} // namespace uo
