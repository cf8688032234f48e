#include "app/workstation/edit_tools/class_picker.h"

#include "core/catalogue/catalogue.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace uo::edit {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
constexpr int kSearchRole = Qt::UserRole + 3;
} // namespace

ClassPicker::ClassPicker(const Catalogue &catalogue, QWidget *parent)
    : QDialog(parent), m_model(new QStandardItemModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_list(new QListView(this))
{
    setWindowTitle(tr("Component Class"));
    // The scheme the district's components use (2013: four-digit class codes).
    for (const CatalogueEntry &entry : catalogue.minorClasses(QLatin1String(Catalogue::kScheme2013))) {
        auto *item =
            new QStandardItem(QStringLiteral("%1  %2  (%3)").arg(entry.code, entry.name, entry.nameEn));
        item->setData(entry.code, kCodeRole);
        item->setData(entry.name, kNameRole);
        item->setData(QString(entry.code + QLatin1Char(' ') + entry.name + QLatin1Char(' ') + entry.nameEn),
                      kSearchRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(kSearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_filter);
    m_search->setPlaceholderText(tr("Search by name or code, e.g. 井盖 or 0101"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ClassPicker::setFilter);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(460, 520);
    m_list->setCurrentIndex(m_filter->index(0, 0));
}

void ClassPicker::setFilter(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    m_filter->setFilterFixedString(text.trimmed());
    if (!m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_filter->index(0, 0));
}

int ClassPicker::visibleCount() const
{
    return m_filter->rowCount();
}

QString ClassPicker::classCode() const
{
    return m_list->currentIndex().data(kCodeRole).toString();
}

QString ClassPicker::className() const
{
    return m_list->currentIndex().data(kNameRole).toString();
}

} // namespace uo::edit
