#include "app/cli/cli_command.h"

#include "gis/map_snapshot/map_snapshot.h"
#include "gis/report_layout/reports.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <optional>

namespace uo::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("uo::cli", text);
}

int usage(Streams io)
{
    io.err
        << tr("usage: urbanops-cli report view DB [--extent XMIN,YMIN,XMAX,YMAX] [--scale N] [--layers T,T]\n"
              "       urbanops-cli report segments DB [--chief PERSON_ID] [--limit N]\n"
              "       urbanops-cli report permit DB PERMIT_NO\n"
              "       urbanops-cli report risks DB\n"
              "  each with --out FILE.pdf|FILE.png [--paper A4|A3|A2] [--landscape] [--dpi N] [--grid]\n"
              "  [--title T] [--subtitle T] [--author NAME] [--department NAME]")
        << Qt::endl;
    return 2;
}

// The options every kind takes, and the kind's own, read from `args`; false on anything unknown.
struct Options
{
    report::ReportRequest request;
    QString out;
    QRectF extent;
    double scale = 0;
    QSet<QString> layers;
    qint64 chief = 0;
    int limit = 0;
    QStringList positional;
};

bool parse(const QStringList &args, Options *o, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        const QString value = hasValue ? args[i + 1] : QString();
        bool ok = true;
        if (a == QLatin1String("--landscape")) {
            o->request.page.landscape = true;
            continue;
        }
        if (a == QLatin1String("--grid")) {
            o->request.grid = true;
            continue;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            o->positional.append(a);
            continue;
        }
        if (!hasValue) {
            *error = tr("%1 needs a value.").arg(a);
            return false;
        }
        ++i;
        if (a == QLatin1String("--out")) {
            o->out = value;
        } else if (a == QLatin1String("--paper")) {
            ok = report::PageSetup::parsePaper(value, &o->request.page.paper);
        } else if (a == QLatin1String("--dpi")) {
            o->request.page.dpi = value.toInt(&ok);
            ok = ok && o->request.page.dpi >= report::PageSetup::kMinDpi &&
                 o->request.page.dpi <= report::PageSetup::kMaxDpi;
        } else if (a == QLatin1String("--title")) {
            o->request.info.title = value;
        } else if (a == QLatin1String("--subtitle")) {
            o->request.info.subtitle = value;
        } else if (a == QLatin1String("--author")) {
            o->request.info.author = value;
        } else if (a == QLatin1String("--department")) {
            o->request.info.department = value;
        } else if (a == QLatin1String("--scale")) {
            o->scale = value.toDouble(&ok);
            ok = ok && o->scale >= 100;
        } else if (a == QLatin1String("--chief")) {
            o->chief = value.toLongLong(&ok);
        } else if (a == QLatin1String("--limit")) {
            o->limit = value.toInt(&ok);
        } else if (a == QLatin1String("--layers")) {
            const QStringList tables = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            o->layers = QSet<QString>(tables.cbegin(), tables.cend());
        } else if (a == QLatin1String("--extent")) {
            const QStringList parts = value.split(QLatin1Char(','));
            QList<double> v;
            for (const QString &p : parts)
                v.append(p.toDouble(&ok)), ok = ok && parts.size() == 4;
            ok = ok && parts.size() == 4 && v[2] > v[0] && v[3] > v[1];
            if (ok)
                o->extent = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
        } else {
            *error = tr("Unknown option %1.").arg(a);
            return false;
        }
        if (!ok) {
            *error = tr("Bad value for %1: %2").arg(a, value);
            return false;
        }
    }
    const QString suffix = QFileInfo(o->out).suffix().toLower();
    if (o->out.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("png"))) {
        *error = tr("--out must name a .pdf or .png file.");
        return false;
    }
    return true;
}
} // namespace

int reportCommand(const QStringList &args, Streams io)
{
    const QString kind = args.value(0);
    Options o;
    QString error;
    if (args.size() < 2 || !parse(args.mid(1), &o, &error)) {
        if (!error.isEmpty())
            io.err << error << Qt::endl;
        return usage(io);
    }
    const bool permit = kind == QLatin1String("permit");
    if (o.positional.size() != (permit ? 2 : 1))
        return usage(io);
    try {
        auto store = DistrictStore::open(o.positional[0], DistrictStore::Access::ReadOnly);
        const auto snapshot = MapSnapshot::load(*store);
        std::optional<report::ReportDocument> doc;
        if (kind == QLatin1String("view"))
            doc = report::ViewReport::build(*store, snapshot, o.request, o.extent, o.scale, o.layers);
        else if (kind == QLatin1String("segments"))
            doc = report::SegmentSheets::build(*store, snapshot, o.request, o.chief, o.limit);
        else if (permit)
            doc = report::PermitSheet::build(*store, snapshot, o.request, o.positional[1]);
        else if (kind == QLatin1String("risks"))
            doc = report::RiskSummary::build(*store, snapshot, o.request);
        else
            return usage(io);
        if (QFileInfo(o.out).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0) {
            for (const QString &file : doc->writePng(o.out))
                io.out << file << Qt::endl;
        } else {
            doc->writePdf(o.out);
            io.out << o.out << Qt::endl;
        }
        io.out << tr("%1 pages").arg(doc->pageCount()) << Qt::endl;
        return 0;
    } catch (const StoreError &e) {
        io.err << e.message() << Qt::endl;
        return 1;
    }
}

} // namespace uo::cli
