#include "app/cli/cli_command.h"

#include "gis/crs/crs_transform.h"
#include "gis/io/import_source.h"
#include "gis/io/layer_import.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <optional>

namespace uo::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("uo::cli", text);
}

// The problems printed before "and N more": a report of 100,000 bad rows helps nobody in a terminal.
constexpr int kProblemsShown = 50;

// "4490", "EPSG:4490" or "gcj02".
int parseCrs(const QString &text, bool *ok)
{
    if (text.compare(QLatin1String("gcj02"), Qt::CaseInsensitive) == 0) {
        *ok = true;
        return crs::kGcj02;
    }
    QString code = text;
    if (code.startsWith(QLatin1String("EPSG:"), Qt::CaseInsensitive))
        code = code.mid(5);
    const int value = code.toInt(ok);
    *ok = *ok && value > 0;
    return value;
}
// What the command line asks for: the options, whether problems are accepted, and the --map and
// --values pairs to lay over the guessed mapping. An error is said on io.err and gives nothing.
struct Request
{
    LayerImport::Options options;
    bool accept = false;
    QStringList maps, values;
};

std::optional<Request> parseArguments(const QStringList &args, Streams io)
{
    Request r;
    r.options.table = args[1];
    r.options.file = args[2];
    for (qsizetype i = 3; i < args.size(); ++i) {
        const QString &a = args[i];
        bool ok = true;
        if (a == QLatin1String("--accept") || a == QLatin1String("--generate-ids") || a == QLatin1String("--swap-xy")) {
            r.accept = r.accept || a == QLatin1String("--accept");
            r.options.generateIds = r.options.generateIds || a == QLatin1String("--generate-ids");
            r.options.swapAxes = r.options.swapAxes || a == QLatin1String("--swap-xy");
            continue;
        }
        if (i + 1 >= args.size()) {
            io.err << tr("import: \"%1\" needs a value.").arg(a) << Qt::endl;
            return std::nullopt;
        }
        const QString value = args[++i];
        if (a == QLatin1String("--layer"))
            r.options.layer = value;
        else if (a == QLatin1String("--encoding"))
            r.options.encoding = value;
        else if (a == QLatin1String("--crs")) {
            r.options.sourceCrs = parseCrs(value, &ok);
            r.options.overrideCrs = true;
        } else if (a == QLatin1String("--map"))
            r.maps = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (a == QLatin1String("--values"))
            r.values.append(value);
        else if (a == QLatin1String("--duplicates") && (value == QLatin1String("refuse") || value == QLatin1String("merge")))
            r.options.duplicates = value == QLatin1String("merge") ? ImportWriter::Duplicates::Merge : ImportWriter::Duplicates::Refuse;
        else
            ok = false;
        if (!ok) {
            io.err << tr("import: cannot use the argument \"%1 %2\".").arg(a, value) << Qt::endl;
            return std::nullopt;
        }
    }
    return r;
}

// Says what the file is and, when it names no coordinate system, in which one it is read; returns
// its fields.
QStringList describeSource(const LayerImport::Options &options, const DistrictStore &store, Streams io)
{
    const ImportSource source(options.file, options.layer, options.encoding);
    io.out << tr("%1: %2, layer %3, %4 features, %5, text in %6")
                  .arg(options.file, source.driver(), source.layerName())
                  .arg(source.featureCount())
                  .arg(source.crsCode() == 0 ? tr("no coordinate system") : source.crsDescription(),
                       source.encoding().isEmpty() ? QStringLiteral("UTF-8") : source.encoding())
           << Qt::endl;
    // A file without a CRS is read in the store's; say so, since a wrong guess puts every feature
    // outside the district.
    if (source.crsCode() == 0 && !options.overrideCrs)
        io.out << tr("The file names no coordinate system: its coordinates are read as %1; --crs "
                     "4490|4544|4545|4326|gcj02 reads them in another.")
                      .arg(crs::name(store.srid()))
               << Qt::endl;
    return source.fieldNames();
}

// The mapping guessed from the fields, with the command line's pairs over it; false (said on
// io.err) when a pair cannot be read.
bool mapFields(Request &r, DistrictStore &store, const QStringList &fields, Streams io)
{
    r.options.mapping = ImportMapping::guess(ImportMapping::columns(store, r.options.table), fields);
    for (const QString &pair : std::as_const(r.maps)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            io.err << tr("import: --map wants COLUMN=FIELD, not \"%1\".").arg(pair) << Qt::endl;
            return false;
        }
        r.options.mapping.setSource(pair.left(eq), pair.mid(eq + 1));
    }
    for (const QString &values : std::as_const(r.values))
        if (const QString wrong = r.options.mapping.addValues(values); !wrong.isEmpty()) {
            io.err << tr("import: --values: %1").arg(wrong) << Qt::endl;
            return false;
        }
    QStringList used;
    for (auto it = r.options.mapping.sources().cbegin(); it != r.options.mapping.sources().cend(); ++it)
        used.append(it.key() + QLatin1Char('=') + it.value());
    used.sort();
    io.out << tr("Fields: %1").arg(used.join(QStringLiteral(", "))) << Qt::endl;
    return true;
}

// The notes, the problems (the first kProblemsShown) and the outcome; the exit code.
int printReport(const LayerImport::Report &report, const LayerImport::Options &options, qint64 ms, Streams io)
{
    for (const QString &note : report.notes)
        io.out << note << Qt::endl;
    const QStringList lines = report.lines(options.file);
    for (int i = 0; i < lines.size() && i < kProblemsShown; ++i)
        io.out << lines[i] << Qt::endl;
    if (lines.size() > kProblemsShown)
        io.out << tr("... and %1 more problems.").arg(lines.size() - kProblemsShown) << Qt::endl;
    if (report.imported == 0) {
        if (!report.warnings.isEmpty() && report.problems.isEmpty())
            io.err << tr("Nothing was imported: the coordinate system looks wrong (above).") << Qt::endl;
        else
            io.err << tr("Nothing was imported: %1 of %2 features have problems%3.")
                          .arg(report.problems.size())
                          .arg(report.read)
                          .arg(report.importable > 0 ? tr("; --accept imports the other %1").arg(report.importable) : QString())
                   << Qt::endl;
        return 1;
    }
    io.out << tr("Imported %1 of %2 features into %3 in %4 ms (coordinates read as %5).")
                  .arg(report.imported)
                  .arg(report.read)
                  .arg(options.table)
                  .arg(ms)
                  .arg(crs::name(report.sourceCrs))
           << Qt::endl;
    if (report.merged > 0)
        io.out << tr("%1 of them were already in the store and took the file's values.").arg(report.merged) << Qt::endl;
    return 0;
}

} // namespace

int importCommand(const QStringList &args, Streams io)
{
    if (args.size() < 3) {
        io.err << tr("usage: urbanops-cli import DB LAYER FILE [--layer NAME] [--crs EPSG|gcj02] [--swap-xy] "
                     "[--encoding NAME] [--map COLUMN=FIELD|COLUMN==VALUE,...] [--values COLUMN:LABEL=CODE,...] "
                     "[--generate-ids] [--duplicates refuse|merge] [--accept]")
               << Qt::endl;
        return 2;
    }
    std::optional<Request> request = parseArguments(args, io);
    if (!request)
        return 2;
    try {
        auto store = DistrictStore::open(args[0], DistrictStore::Access::ReadWrite);
        if (!mapFields(*request, *store, describeSource(request->options, *store, io), io))
            return 2;
        QElapsedTimer clock;
        clock.start();
        const LayerImport::Report report = LayerImport::run(*store, request->options, request->accept);
        return printReport(report, request->options, clock.elapsed(), io);
    } catch (const StoreError &error) {
        io.err << error.message() << Qt::endl;
        return 1;
    }
}

} // namespace uo::cli
