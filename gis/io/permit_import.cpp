#include "gis/io/permit_import.h"

#include "core/error/error.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "gis/io/import_source.h"
#include "gis/io/layer_import.h"

namespace uo {

PermitImport::Result PermitImport::run(DistrictStore &store, const QString &file, int sourceCrs)
{
    Result result;
    try {
        store.refuseOwnFile(file); // GDAL opening the store would drop this process's locks on it
        LayerImport::Options options;
        options.file = file;
        options.table = tableOf(Layer::Permits);
        options.sourceCrs = sourceCrs;
        options.mapping = ImportMapping::guess(ImportMapping::columns(store, options.table),
                                               ImportSource(file).fieldNames());
        // All or nothing: a batch of applications is filed whole or sent back.
        const LayerImport::Report report = LayerImport::run(store, options, false);
        result.rows = int(report.read);
        result.imported = int(report.imported);
        if (report.imported == 0)
            result.errors = report.lines(file);
    } catch (const Error &e) {
        result.errors = {e.message()};
    }
    return result;
}

} // namespace uo
