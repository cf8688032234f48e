#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

namespace uo {

class PermitTableModel;

// The register's filters over PermitTableModel: status, utility type, applicant (part of the name),
// period (permits whose works overlap it), street code, segment and check outcome. An empty filter lets
// all through.
class PermitFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PermitFilterModel(PermitTableModel *source, QObject *parent = nullptr);

    void setStatus(const QString &status);
    void setUtility(const QString &utility);
    void setApplicant(const QString &text);
    void setPeriod(QDate from, QDate to); // either may be null: open on that side
    void setStreet(const QString &streetCode);
    void setSegment(qint64 segmentId);
    // A PermitFinding::Outcome (Pass, Warn or Fail); -1 for any.
    void setOutcome(int outcome);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PermitTableModel *m_source;
    QString m_status, m_utility, m_applicant, m_street;
    QDate m_from, m_to;
    qint64 m_segment = 0;
    int m_outcome = -1;
};

} // namespace uo
