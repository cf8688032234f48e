#include "app/workstation/map_tools/search_box.h"

#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
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
    connect(this, &QLineEdit::textEdited, this, [this] {
        // The list of the text before is not offered for this one, not even for the pause.
        m_typed = true;
        m_results.clear();
        m_model->clear();
        m_delay.start();
    });
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { choose(index.data(kRowRole).toInt()); });
    connect(this, &QLineEdit::returnPressed, this, [this] { chooseCurrent(-1); });
    // Enter in the list is ours: the completer alone would do nothing unless a row had been moved to
    // with the arrow keys, and leave the list shown from before the last keys were typed.
    m_completer->popup()->installEventFilter(this);
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
    m_typed = false;
    m_searched = text().simplified();
    m_results.clear();
    m_model->clear();
    if (!m_store || m_searched.isEmpty())
        return;
    try {
        m_results = FeatureSearch::find(*m_store, m_searched);
    } catch (const Error &error) {
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

void SearchBox::chooseCurrent(int row)
{
    if (m_typed) {
        searchNow(); // typed faster than the pause: the list shown is of the text before
        row = -1;
    }
    if (row < 0 && !m_results.isEmpty())
        row = 0;
    m_completer->popup()->hide();
    choose(row);
}

void SearchBox::choose(int row)
{
    if (row < 0 || row >= m_results.size() || (!m_results.at(row).located && m_results.at(row).ids.isEmpty()))
        return;
    const SearchResult result = m_results.at(row);
    setText(result.title);
    m_searched = text().simplified();
    emit resultChosen(result);
}

bool SearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_completer->popup() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            const QModelIndex current = m_completer->popup()->currentIndex();
            chooseCurrent(current.isValid() ? current.data(kRowRole).toInt() : -1);
            return true;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

void SearchBox::retranslate()
{
    setPlaceholderText(tr("Find a street, community, road, permit, person, component\u2026"));
    setToolTip(tr("Search streets and towns, communities, roads, segments, permits (by number), people, "
                  "shops and risk points by any part of their name, cases by number or words of their "
                  "description, or components by identifier (or its beginning)"));
}

void SearchBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

} // namespace uo
