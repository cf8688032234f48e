#pragma once

#include "core/search/feature_search.h"

#include <QLineEdit>
#include <QTimer>

class QCompleter;
class QStandardItemModel;

namespace uo {

class DistrictStore;

// The toolbar's search field: as the user types, a list drops down with the components, roads,
// segments, people and shops found (see FeatureSearch); choosing one, or Enter for the first, goes
// to it.
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

private:
    void choose(int row);
    void retranslate();

    DistrictStore *m_store = nullptr;
    QTimer m_delay;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QList<SearchResult> m_results;
    QString m_searched;
};

} // namespace uo
