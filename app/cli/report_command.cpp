#include "app/cli/cli_command.h"

#include "core/store/district_store.h"
#include "gis/map_snapshot/map_snapshot.h"
#include "gis/report_layout/reports.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QSet>
#include <optional>

namespace uo::cli {

namespace {
enum class Kind
{
    View,
    Segments,
    Permit,
    Risks,
    Cases
};

// The page, the file and the texts every kind takes.
// (ReportRequest unqualified: lupdate files the tr() calls of a function with a qualified return
// type under that namespace, not under uo::cli.)
using report::ReportRequest;

ReportRequest pageRequest(const Arguments &args)
{
    report::ReportRequest request;
    request.page.landscape = args.isSet("landscape");
    request.grid = args.isSet("grid");
    if (args.isSet("paper") && !report::PageSetup::parsePaper(args.value("paper"), &request.page.paper))
        throw UsageError(tr("--paper takes A4, A3 or A2, not \"%1\".").arg(args.value("paper")));
    request.page.dpi = args.intValue("dpi", request.page.dpi, report::PageSetup::kMinDpi);
    if (request.page.dpi > report::PageSetup::kMaxDpi)
        throw UsageError(tr("--dpi takes at most %1.").arg(report::PageSetup::kMaxDpi));
    request.info.title = args.value("title");
    request.info.subtitle = args.value("subtitle");
    request.info.author = args.value("author");
    request.info.department = args.value("department");
    // A printout from the command line waits for the tiles its basemaps lack; the workstation never does.
    request.fetchTiles = true;
    return request;
}

QRectF extentOption(const Arguments &args)
{
    if (!args.isSet("extent"))
        return QRectF();
    const QStringList parts = args.listValue("extent");
    QList<double> v;
    bool ok = parts.size() == 4;
    for (const QString &p : parts) {
        bool number = false;
        v.append(p.toDouble(&number));
        ok = ok && number;
    }
    if (!ok || v[2] <= v[0] || v[3] <= v[1])
        throw UsageError(tr("--extent takes XMIN,YMIN,XMAX,YMAX, not \"%1\".").arg(args.value("extent")));
    return QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
}

int write(const report::ReportDocument &doc, const QString &out, Streams io)
{
    if (QFileInfo(out).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0) {
        for (const QString &file : doc.writePng(out))
            io.out << file << Qt::endl;
    } else {
        doc.writePdf(out);
        io.out << out << Qt::endl;
    }
    io.out << tr("%1 pages").arg(doc.pageCount()) << Qt::endl;
    return 0;
}

template <Kind kind> int run(const Arguments &args, Streams io)
{
    const QString out = args.value("out");
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("png"))
        throw UsageError(tr("--out must name a .pdf or .png file."));
    const report::ReportRequest request = pageRequest(args);
    auto store = DistrictStore::open(args.at(0), DistrictStore::Access::ReadOnly);
    const auto snapshot = MapSnapshot::load(*store);
    switch (kind) {
    case Kind::View: {
        const double scale = args.doubleValue("scale", 0);
        if (args.isSet("scale") && scale < 100)
            throw UsageError(tr("--scale takes a scale number of at least 100."));
        const QStringList tables = args.listValue("layers");
        return write(report::ViewReport::build(*store, snapshot, request, extentOption(args), scale,
                                               QSet<QString>(tables.cbegin(), tables.cend())),
                     out, io);
    }
    case Kind::Segments:
        return write(report::SegmentSheets::build(*store, snapshot, request, args.int64Value("chief", 0),
                                                  args.intValue("limit", 0, 0)),
                     out, io);
    case Kind::Permit:
        return write(report::PermitSheet::build(*store, snapshot, request, args.at(1)), out, io);
    case Kind::Risks:
        return write(report::RiskSummary::build(*store, snapshot, request), out, io);
    case Kind::Cases: {
        const QDate month = QDate::fromString(args.value("month") + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            throw UsageError(tr("--month takes a month, YYYY-MM, not \"%1\".").arg(args.value("month")));
        return write(report::CaseReport::build(*store, snapshot, request, month), out, io);
    }
    }
    return 1;
}

QList<OptionSpec> pageOptions(QList<OptionSpec> own)
{
    return own +
           QList<OptionSpec>{
               {"out", "FILE.pdf|FILE.png", QT_TRANSLATE_NOOP("uo::cli", "the file to write (required)")},
               {"paper", "A4|A3|A2", QT_TRANSLATE_NOOP("uo::cli", "paper size (A4)")},
               {"landscape", nullptr, QT_TRANSLATE_NOOP("uo::cli", "landscape pages")},
               {"dpi", "N", QT_TRANSLATE_NOOP("uo::cli", "resolution of images and PNG pages")},
               {"grid", nullptr, QT_TRANSLATE_NOOP("uo::cli", "draw a coordinate grid")},
               {"title", "T", QT_TRANSLATE_NOOP("uo::cli", "title")},
               {"subtitle", "T", QT_TRANSLATE_NOOP("uo::cli", "subtitle")},
               {"author", "NAME", QT_TRANSLATE_NOOP("uo::cli", "author")},
               {"department", "NAME", QT_TRANSLATE_NOOP("uo::cli", "department")},
           };
}
} // namespace

QList<Command> reportCommands()
{
    QList<Command> commands = {
        {"report view", "DB",
         pageOptions({{"extent", "XMIN,YMIN,XMAX,YMAX",
                       QT_TRANSLATE_NOOP("uo::cli", "the area to print, in the store CRS")},
                      {"scale", "N", QT_TRANSLATE_NOOP("uo::cli", "the scale number, e.g. 5000 for 1:5,000")},
                      {"layers", "TABLE,...", QT_TRANSLATE_NOOP("uo::cli", "the layers to draw")}}),
         QT_TRANSLATE_NOOP("uo::cli", "print a map of an area"), run<Kind::View>},
        {"report segments", "DB",
         pageOptions({{"chief", "PERSON_ID", QT_TRANSLATE_NOOP("uo::cli", "only this chief's segments")},
                      {"limit", "N", QT_TRANSLATE_NOOP("uo::cli", "at most this many sheets")}}),
         QT_TRANSLATE_NOOP("uo::cli", "print a sheet per road segment"), run<Kind::Segments>},
        {"report permit", "DB PERMIT_NO", pageOptions({}),
         QT_TRANSLATE_NOOP("uo::cli", "print a permit review sheet"), run<Kind::Permit>},
        {"report risks", "DB", pageOptions({}),
         QT_TRANSLATE_NOOP("uo::cli", "print the risk points by level and street"), run<Kind::Risks>},
        {"report cases", "DB",
         pageOptions({{"month", "YYYY-MM", QT_TRANSLATE_NOOP("uo::cli", "the month (required)")}}),
         QT_TRANSLATE_NOOP(
             "uo::cli",
             "a month of cases: per street and class, a map, the 70/20/10 split, the on-time rate"),
         run<Kind::Cases>},
    };
    for (Command &c : commands)
        c.draws = true;
    return commands;
}

} // namespace uo::cli
