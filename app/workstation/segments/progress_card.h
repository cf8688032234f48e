#pragma once

#include "core/segments/segment_queries.h"

#include <QFrame>

class QLabel;

namespace uo {

// The district's segment work at a glance: roads, segments, assigned, unassigned, and roads whose
// segments do not cover them fully.
class ProgressCard : public QFrame
{
    Q_OBJECT

public:
    enum Item
    {
        Roads,
        Segments,
        Assigned,
        Unassigned,
        RoadsNotCovered,
        ItemCount
    };

    explicit ProgressCard(QWidget *parent = nullptr);

    void setFigures(const ProgressFigures &figures);
    void clear();
    const ProgressFigures &figures() const { return m_figures; }
    // The figure shown for one item, as text.
    QString valueText(Item item) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void display(const ProgressFigures &figures, bool known);

    ProgressFigures m_figures;
    bool m_known = false;
    QList<QLabel *> m_values, m_captions;
};

} // namespace uo
