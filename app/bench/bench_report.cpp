#include "app/bench/bench_report.h"

#include "app/bench/bench_scratch.h"
#include "app/bench/bench_util.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/report_layout/reports.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace uo::cli {

int benchReport(const Arguments &args, Streams io)
{
    const int sheets = args.intValue("pages", 20, 1);
    BenchScratch dir;
    const QString pdf = dir.filePath(QStringLiteral("sheets.pdf"));
    QElapsedTimer clock, total;
    total.start();
    clock.start();
    auto store = DistrictStore::open(args.at(0), DistrictStore::Access::ReadOnly);
    const auto snapshot = MapSnapshot::load(*store);
    const double openMs = clock.nsecsElapsed() / 1e6;
    clock.start();
    report::ReportRequest request;
    request.page.dpi = 300;
    const report::ReportDocument doc = report::SegmentSheets::build(*store, snapshot, request, 0, sheets);
    const double layoutMs = clock.nsecsElapsed() / 1e6;
    clock.start();
    doc.writePdf(pdf);
    const double pdfMs = clock.nsecsElapsed() / 1e6;
    printFigure(io, QStringLiteral("sheets"), sheets, 0);
    printFigure(io, QStringLiteral("pages"), doc.pageCount(), 0);
    printFigure(io, QStringLiteral("open_ms"), openMs);
    printFigure(io, QStringLiteral("layout_ms"), layoutMs);
    printFigure(io, QStringLiteral("pdf_ms"), pdfMs);
    printFigure(io, QStringLiteral("total_ms"), total.nsecsElapsed() / 1e6);
    printFigure(io, QStringLiteral("pdf_mb"), QFileInfo(pdf).size() / 1e6);
    printFigure(io, QStringLiteral("peak_memory_mb"), peakMemoryMb(), 0);
    return 0;
}

} // namespace uo::cli
