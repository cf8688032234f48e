#pragma once

#include "core/search/feature_search.h"

#include <QLineEdit>
#include <QTimer>

class QCompleter;
class QStandardItemModel;

namespace uo {

class DistrictStore;

// The toolbar's search field: as the user types, a list drops down with what FeatureSearch finds
// (components, streets and towns, communities, roads, segments, permits, people, shops, risk points);
// clicking one, or Enter on the one moved to with the arrow keys (the first without), goes to it.
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);

    void setStore(DistrictStore *store);
    // Runs the search for the text now, without waiting for the typing to pause.
    void searchNow();
    const QList<SearchResult> &results() const { return m_results; }
    QCompleter *popupCompleter() const { return m_completer; }

signals:
    void resultChosen(const uo::SearchResult &result);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(int row);
    // Enter: the result at `row` of the list, or the first (-1) when none was moved to.
    void chooseCurrent(int row);
    void retranslate();

    DistrictStore *m_store = nullptr;
    QTimer m_delay;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QList<SearchResult> m_results;
    QString m_searched;
    // Typed since the last search. Moving through the list puts each suggestion's title in the field,
    // which is no new text to search for.
    bool m_typed = false;
};

} // namespace uo
