#pragma once

#include "gis/demo/demo_random.h"

#include <QSet>
#include <QString>

namespace uo::demo {

// Road names in the style of a Chongqing district: a place word and a suffix that fits the grade
// ("大道" for trunk roads, "支路" and "巷" for branch roads). Names never repeat.
class RoadNames
{
public:
    explicit RoadNames(Random random) : m_random(random) {}
    QString next(const QString &grade);

private:
    Random m_random;
    QSet<QString> m_used;
};

} // namespace uo::demo
