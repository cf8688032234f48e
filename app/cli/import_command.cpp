#include "app/cli/cli_command.h"

#include "core/store/district_store.h"
#include "core/store/store_error.h"
#include "gis/crs/crs_transform.h"
#include "gis/io/import_source.h"
#include "gis/io/layer_import.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace uo::cli {

namespace {
// The problems printed before "and N more": a report of 100,000 bad rows helps nobody in a terminal.
constexpr int kProblemsShown = 50;

// The options in the command line; unqualified so that lupdate files its texts under uo::cli.
using ImportOptions = LayerImport::Options;

ImportOptions readOptions(const Arguments &args)
{
    ImportOptions options;
    options.table = args.at(1);
    options.file = args.at(2);
    options.layer = args.value("layer");
    options.encoding = args.value("encoding");
    options.sourceCrs = args.crsValue("crs", options.sourceCrs);
    options.overrideCrs = args.isSet("crs");
    options.swapAxes = args.isSet("swap-xy");
    options.generateIds = args.isSet("generate-ids");
    const QString duplicates = args.value("duplicates", QStringLiteral("refuse"));
    if (duplicates != QLatin1String("refuse") && duplicates != QLatin1String("merge"))
        throw UsageError(tr("--duplicates is refuse or merge, not \"%1\".").arg(duplicates));
    options.duplicates = duplicates == QLatin1String("merge") ? ImportWriter::Duplicates::Merge
                                                              : ImportWriter::Duplicates::Refuse;
    return options;
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

// The mapping guessed from the fields, with the command line's --map and --values over it.
ImportMapping mapFields(const Arguments &args, const LayerImport::Options &options, DistrictStore &store,
                        const QStringList &fields, Streams io)
{
    ImportMapping mapping = ImportMapping::guess(ImportMapping::columns(store, options.table), fields);
    for (const QString &pair : args.listValue("map")) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw UsageError(tr("--map wants COLUMN=FIELD, not \"%1\".").arg(pair));
        mapping.setSource(pair.left(eq), pair.mid(eq + 1));
    }
    for (const QString &values : args.values("values"))
        if (const QString wrong = mapping.addValues(values); !wrong.isEmpty())
            throw UsageError(tr("--values: %1").arg(wrong));
    QStringList used;
    for (auto it = mapping.sources().cbegin(); it != mapping.sources().cend(); ++it)
        used.append(it.key() + QLatin1Char('=') + it.value());
    used.sort();
    io.out << tr("Fields: %1").arg(used.join(QStringLiteral(", "))) << Qt::endl;
    return mapping;
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
                          .arg(report.importable > 0
                                   ? tr("; --accept imports the other %1").arg(report.importable)
                                   : QString())
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
        io.out << tr("%1 of them were already in the store and took the file's values.").arg(report.merged)
               << Qt::endl;
    return 0;
}

int importLayer(const Arguments &args, Streams io)
{
    LayerImport::Options options = readOptions(args);
    auto store = DistrictStore::open(args.at(0), DistrictStore::Access::ReadWrite);
    store->refuseOwnFile(options.file); // GDAL opening the store would drop this process's locks
    options.mapping = mapFields(args, options, *store, describeSource(options, *store, io), io);
    QElapsedTimer clock;
    clock.start();
    const LayerImport::Report report = LayerImport::run(*store, options, args.isSet("accept"));
    return printReport(report, options, clock.elapsed(), io);
}
} // namespace

QList<Command> importCommands()
{
    return {
        {"import",
         "DB LAYER FILE",
         {{"layer", "NAME", QT_TRANSLATE_NOOP("uo::cli", "the layer of a file that holds several")},
          {"crs", "EPSG|gcj02",
           QT_TRANSLATE_NOOP("uo::cli", "read the coordinates in this coordinate system")},
          {"swap-xy", nullptr, QT_TRANSLATE_NOOP("uo::cli", "read the file's x as y and its y as x")},
          {"encoding", "NAME", QT_TRANSLATE_NOOP("uo::cli", "the text encoding of the file, e.g. GBK")},
          {"map", "COLUMN=FIELD|COLUMN==VALUE,...",
           QT_TRANSLATE_NOOP("uo::cli", "which field fills which column, or one value for every feature")},
          {"values", "COLUMN:LABEL=CODE,...",
           QT_TRANSLATE_NOOP("uo::cli", "which code a value of the file stands for (may be given again)")},
          {"generate-ids", nullptr,
           QT_TRANSLATE_NOOP("uo::cli", "give features without an identifier a new one of their class")},
          {"duplicates", "refuse|merge",
           QT_TRANSLATE_NOOP(
               "uo::cli", "a feature already in the store is refused (default) or takes the file's values")},
          {"accept", nullptr,
           QT_TRANSLATE_NOOP("uo::cli", "import the good features even when others have problems")}},
         QT_TRANSLATE_NOOP("uo::cli", "read a layer from other GIS"),
         importLayer}};
}

} // namespace uo::cli
