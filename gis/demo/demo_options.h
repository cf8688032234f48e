#pragma once

#include <QDate>
#include <QString>
#include <functional>

namespace uo::demo {

// What `urbanops-cli demo create` is asked to build. The district's geography (boundary, streets,
// 339 roads, 406 segments, people, entities, grid cells) is the same at every scale; the scale
// multiplies what is counted in the many (components, risk points and records, shops, permits), so
// that tests can use a small but complete district.
struct DemoOptions
{
    double scale = 1.0;
    quint64 seed = 1;
    bool segmented = true;
    // The day the demo is "built": dates (no-dig periods, permit states, readings) are relative to it,
    // so the same seed gives the same file on any day.
    QDate referenceDate = QDate(2026, 11, 1);
};

// Reported after each part: what was made, how many, and how long it took.
using DemoProgress = std::function<void(const QString &part, qint64 count, qint64 milliseconds)>;

// The figures the real Jiangbei bureau reports (see the project brief).
namespace targets {
constexpr double kBuiltUpKm2 = 97.4;
constexpr int kRoads = 339;
constexpr int kSegments = 406;
constexpr int kComponents = 1382000;
constexpr int kEntities = 994;
constexpr int kRiskPoints = 2850;
constexpr int kRiskRecords = 63000;
constexpr int kShops = 1300;
constexpr int kPermits = 300;
} // namespace targets

} // namespace uo::demo
