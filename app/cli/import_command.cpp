#include "app/cli/cli_command.h"

#include "gis/crs/crs_transform.h"
#include "gis/io/import_source.h"
#include "gis/io/layer_import.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace uo::cli {

namespace {
// The problems printed before "and N more": a report of 100,000 bad rows helps nobody in a terminal.
constexpr int kProblemsShown = 50;

int importLayer(const Arguments &args, Streams io)
{
    LayerImport::Options options;
    options.table = args.at(1);
    options.file = args.at(2);
    options.layer = args.value("layer");
    options.encoding = args.value("encoding");
    options.sourceCrs = args.crsValue("crs", options.sourceCrs);
    options.overrideCrs = args.isSet("crs");
    const bool accept = args.isSet("accept");
    const QStringList mapArgs = args.listValue("map");

    auto store = DistrictStore::open(args.at(0), DistrictStore::Access::ReadWrite);
    store->refuseOwnFile(options.file); // GDAL opening the store would drop this process's locks
    QStringList fields;
    {
        ImportSource source(options.file, options.layer, options.encoding);
        for (const ImportSource::Field &f : source.fields())
            fields.append(f.name);
        io.out << tr("%1: %2, layer %3, %4 features, %5, text in %6")
                      .arg(options.file, source.driver(), source.layerName())
                      .arg(source.featureCount())
                      .arg(source.crsCode() == 0 ? tr("no coordinate system") : source.crsDescription(),
                           source.encoding().isEmpty() ? QStringLiteral("UTF-8") : source.encoding())
               << Qt::endl;
        if (options.encoding.isEmpty())
            options.encoding = source.encoding();
        // A file without a CRS is read in the store's; say so, since a wrong guess puts every feature
        // outside the district.
        if (source.crsCode() == 0 && !options.overrideCrs)
            io.out << tr("The file names no coordinate system: its coordinates are read as %1; --crs "
                         "4490|4544|4545|4326|gcj02 reads them in another.")
                          .arg(crs::name(store->srid()))
                   << Qt::endl;
    }
    options.mapping = ImportMapping::guess(ImportMapping::columns(*store, options.table), fields);
    for (const QString &pair : std::as_const(mapArgs)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            throw UsageError(tr("--map wants COLUMN=FIELD, not \"%1\".").arg(pair));
        }
        options.mapping.setSource(pair.left(eq), pair.mid(eq + 1));
    }
    QStringList used;
    for (auto it = options.mapping.sources().cbegin(); it != options.mapping.sources().cend(); ++it)
        used.append(it.key() + QLatin1Char('=') + it.value());
    used.sort();
    io.out << tr("Fields: %1").arg(used.join(QStringLiteral(", "))) << Qt::endl;

    QElapsedTimer clock;
    clock.start();
    const LayerImport::Report report = LayerImport::run(*store, options, accept);
    const QStringList lines = report.lines(options.file);
    for (int i = 0; i < lines.size() && i < kProblemsShown; ++i)
        io.out << lines[i] << Qt::endl;
    if (lines.size() > kProblemsShown)
        io.out << tr("... and %1 more problems.").arg(lines.size() - kProblemsShown) << Qt::endl;
    if (report.imported == 0) {
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
                  .arg(clock.elapsed())
                  .arg(crs::name(report.sourceCrs))
           << Qt::endl;
    return 0;
}
} // namespace

QList<Command> importCommands()
{
    return {{"import", "DB LAYER FILE",
             {{"layer", "NAME", QT_TRANSLATE_NOOP("uo::cli", "the layer of a file that holds several")},
              {"crs", "EPSG|gcj02", QT_TRANSLATE_NOOP("uo::cli", "read the coordinates in this coordinate system")},
              {"encoding", "NAME", QT_TRANSLATE_NOOP("uo::cli", "the text encoding of the file, e.g. GBK")},
              {"map", "COLUMN=FIELD|COLUMN==VALUE,...",
               QT_TRANSLATE_NOOP("uo::cli", "which field fills which column, or one value for every feature")},
              {"accept", nullptr, QT_TRANSLATE_NOOP("uo::cli", "import the good features even when others have problems")}},
             QT_TRANSLATE_NOOP("uo::cli", "read a layer from other GIS"), importLayer}};
}

} // namespace uo::cli
