#pragma once

#include <QSortFilterProxyModel>

namespace uo {

// The segment list as the dock shows it: matching a road, segment or chief name, optionally only the
// segments that need a chief, sorted by the column clicked (numbers as numbers).
class SegmentFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SegmentFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setUnassignedOnly(bool only);
    bool unassignedOnly() const { return m_unassignedOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_unassignedOnly = false;
};

} // namespace uo
