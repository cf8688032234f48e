#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace uo {

// Narrows the case register by state ("open" for every state but closed and not accepted), street,
// lateness, the days cases were reported on (from and to, each included), and a text found in the
// number, class or description.
// Sorts by the stored keys and times rather than the words shown.
class CaseFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CaseFilterModel(QObject *parent = nullptr);

    void setState(const QString &state);
    void setStreet(const QString &code);
    void setOverdueOnly(bool on);
    void setReportedFrom(QDate day); // null: any day
    void setReportedTo(QDate day);   // null: any day
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_state, m_street, m_text;
    bool m_overdue = false;
    QDate m_from, m_to;
};

} // namespace uo
