#include "app/workstation/map_tools/search_box.h"

#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QStandardItemModel>

namespace uo {

namespace {
// Long enough not to search at every key of a quick typist, short enough to feel immediate.
constexpr int kTypingPauseMs = 200;
constexpr int kRowRole = Qt::UserRole + 1;
// What choosing a result puts in the field: its name, without the detail the list shows.
constexpr int kTitleRole = Qt::UserRole + 2;
} // namespace

SearchBox::SearchBox(QWidget *parent) : QLineEdit(parent), m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("SearchBox"));
    setClearButtonEnabled(true);
    setMinimumWidth(260);
    m_completer = new QCompleter(m_model, this);
    // The results are already what matches: the completer only shows them.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kTitleRole);
    m_completer->setMaxVisibleItems(16);
    setCompleter(m_completer);
    m_delay.setSingleShot(true);
    m_delay.setInterval(kTypingPauseMs);
    connect(&m_delay, &QTimer::timeout, this, &SearchBox::searchNow);
    connect(this, &QLineEdit::textEdited, this, [this] { m_delay.start(); });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.data(kRowRole).toInt()); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        if (m_completer->popup()->isVisible())
            return;
        if (text().simplified() != m_searched)
            searchNow();
        if (!m_results.isEmpty())
            choose(0);
    });
    retranslate();
}

void SearchBox::setStore(DistrictStore *store)
{
    m_store = store;
    m_delay.stop();
    m_results.clear();
    m_model->clear();
    m_searched.clear();
    clear();
    setEnabled(store != nullptr);
}

void SearchBox::searchNow()
{
    m_delay.stop();
    m_searched = text().simplified();
    m_results.clear();
    m_model->clear();
    if (!m_store || m_searched.isEmpty())
        return;
    try {
        m_results = FeatureSearch::find(m_store->db(), m_searched);
    } catch (const StoreError &error) {
        setToolTip(error.message());
        return;
    }
    for (int row = 0; row < m_results.size(); ++row) {
        const SearchResult &result = m_results.at(row);
        auto *item = new QStandardItem(tr("%1 \u2014 %2").arg(result.title, result.detail));
        item->setData(result.title, kTitleRole);
        item->setData(row, kRowRole);
        if (!result.located)
            item->setEnabled(false);
        m_model->appendRow(item);
    }
    if (m_results.isEmpty()) {
        auto *item = new QStandardItem(tr("Nothing found for \u201c%1\u201d").arg(m_searched));
        item->setEnabled(false);
        item->setData(-1, kRowRole);
        m_model->appendRow(item);
    }
    if (hasFocus())
        m_completer->complete();
}

void SearchBox::choose(int row)
{
    if (row < 0 || row >= m_results.size())
        return;
    emit resultChosen(m_results.at(row));
}

void SearchBox::retranslate()
{
    setPlaceholderText(tr("Find a component, road, segment, person or shop\u2026"));
    setToolTip(tr("Search by component identifier (or its beginning), or by any part of a name"));
}

void SearchBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

} // namespace uo
