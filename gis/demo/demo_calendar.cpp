#include "gis/demo/demo_calendar.h"

#include "core/store/row_writer.h"

namespace uo::demo {

namespace {

struct Period
{
    int year;
    const char *name;
    const char *kind;
    int fromMonth, fromDay, toMonth, toDay;
};

// Lunar holidays move from year to year; the solar ones and the events repeat.
const Period kLunar[] = {
    {2025, "春节", "holiday", 1, 28, 2, 4},    {2026, "春节", "holiday", 2, 15, 2, 23},
    {2027, "春节", "holiday", 2, 5, 2, 11},    {2025, "端午节", "holiday", 5, 31, 6, 2},
    {2026, "端午节", "holiday", 6, 19, 6, 21}, {2027, "端午节", "holiday", 6, 9, 6, 11},
    {2026, "中秋节", "holiday", 9, 25, 9, 27}, {2027, "中秋节", "holiday", 9, 15, 9, 17},
};
const Period kEveryYear[] = {
    {0, "元旦", "holiday", 1, 1, 1, 3},       {0, "清明节", "holiday", 4, 4, 4, 6},
    {0, "劳动节", "holiday", 5, 1, 5, 5},     {0, "国庆节", "holiday", 10, 1, 10, 8},
    {0, "重庆马拉松", "event", 3, 20, 3, 23}, {0, "高考", "event", 6, 7, 6, 10},
    {0, "主汛期", "season", 7, 1, 8, 15},
};

} // namespace

void writeNoDigCalendar(DistrictStore &store, const DemoOptions &options)
{
    auto insert = RowWriter::insert(store, "nodig_calendar", {"name", "kind", "start_date", "end_date"});
    auto put = [&insert](int year, const Period &p) {
        insert.bind(1, QString::fromUtf8(p.name)).bind(2, QString::fromLatin1(p.kind));
        insert.bind(3, QDate(year, p.fromMonth, p.fromDay).toString(Qt::ISODate));
        insert.bind(4, QDate(year, p.toMonth, p.toDay).toString(Qt::ISODate));
        insert.run();
    };
    const int now = options.referenceDate.year();
    for (int year = now - 1; year <= now + 1; ++year) {
        for (const Period &p : kEveryYear)
            put(year, p);
        for (const Period &p : kLunar)
            if (p.year == year)
                put(year, p);
    }
}

} // namespace uo::demo
