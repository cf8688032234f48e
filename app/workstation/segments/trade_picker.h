#pragma once

#include "core/segments/roster.h"

#include <QListWidget>

namespace uo {

// The people of one trade (municipal works, greening or sanitation) as checkboxes for the selected
// segments: checked when they work all of them, partly checked when only some, so that a change to
// many segments adds or takes off only the people the user clicked.
class TradePicker : public QListWidget
{
    Q_OBJECT

public:
    explicit TradePicker(const QString &role, QWidget *parent = nullptr);

    const QString &role() const { return m_role; }
    // `candidates`: who may be picked; `onSegments`: how many of the `segments` selected segments each
    // person already works. People on the segments but no longer active are shown so they can be removed.
    void setPeople(const QList<Person> &candidates, const QHash<qint64, int> &onSegments,
                   const QHash<qint64, Person> &everyone, int segments);
    QList<qint64> added() const;
    QList<qint64> removed() const;
    // Checks or unchecks a person as a click would; false when the person is not listed.
    bool setPicked(qint64 personId, bool picked);
    // Shows only the people whose name or unit contains `text`; those on the segments always show.
    void setFilter(const QString &text);

private:
    QListWidgetItem *addPerson(const Person &person, Qt::CheckState state);

    QString m_role;
};

} // namespace uo
