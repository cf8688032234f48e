#include "app/workstation/map_tools/bookmarks_dock.h"

#include "app/workstation/map_tools/bookmark_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListView>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace uo {

BookmarksDock::BookmarksDock(BookmarkModel &model, QWidget *parent) : QDockWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("BookmarksDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *buttons = new QHBoxLayout;
    const auto button = [&] {
        auto *b = new QToolButton(body);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
        return b;
    };
    m_add = button();
    m_goTo = button();
    m_rename = button();
    m_delete = button();
    buttons->addStretch();
    m_view = new QListView(body);
    m_view->setModel(&m_model);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    setWidget(body);

    connect(m_add, &QToolButton::clicked, this, &BookmarksDock::addCurrentView);
    connect(m_goTo, &QToolButton::clicked, this, &BookmarksDock::goToCurrent);
    connect(m_view, &QListView::doubleClicked, this, &BookmarksDock::goToCurrent);
    connect(m_rename, &QToolButton::clicked, this, [this] { m_view->edit(m_view->currentIndex()); });
    connect(m_delete, &QToolButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid() && !m_model.remove(index.row()))
            QMessageBox::warning(this, tr("Bookmark Not Deleted"), m_model.lastError());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BookmarksDock::updateButtons);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &BookmarksDock::updateButtons);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &BookmarksDock::updateButtons);
    retranslate();
    updateButtons();
}

void BookmarksDock::addCurrentView()
{
    QRectF extent;
    emit currentExtentWanted(&extent);
    if (extent.isEmpty())
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Bookmark"), tr("Name of the place shown now:"), QLineEdit::Normal,
                              tr("Bookmark %1").arg(m_model.rowCount() + 1), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (!m_model.add(name, extent))
        QMessageBox::warning(this, tr("Bookmark Not Added"), m_model.lastError());
    else
        m_view->setCurrentIndex(m_model.index(m_model.rowCount() - 1));
}

void BookmarksDock::goToCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        emit goToRequested(index.data(BookmarkModel::ExtentRole).toRectF());
}

void BookmarksDock::updateButtons()
{
    const bool current = m_view->currentIndex().isValid();
    m_goTo->setEnabled(current);
    m_rename->setEnabled(current);
    m_delete->setEnabled(current);
}

void BookmarksDock::retranslate()
{
    setWindowTitle(tr("Spatial Bookmarks"));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add the view shown now as a bookmark"));
    m_goTo->setText(tr("Go To"));
    m_rename->setText(tr("Rename"));
    m_delete->setText(tr("Delete"));
}

void BookmarksDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace uo
