#include "app/workstation/store_summary.h"

#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_check.h"
#include "core/store/store_error.h"

#include <exception>

namespace uo {

StoreSummary summarizeStore(const QString &path)
{
    StoreSummary summary;
    try {
        auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
        for (const LayerInfo &layer : mapLayers()) {
            const QString table = QString::fromLatin1(layer.table);
            summary.counts.insert(table, store->count(table));
        }
    } catch (const Error &error) {
        summary.error = error.message();
    } catch (const std::exception &error) {
        summary.error = QString::fromLocal8Bit(error.what());
    }
    return summary;
}

QStringList checkStore(const QString &path)
{
    try {
        auto store = DistrictStore::open(path, DistrictStore::Access::ReadOnly);
        return StoreCheck::quick(*store);
    } catch (const StoreError &error) {
        return error.kind() == StoreError::Kind::Corrupt ? QStringList{error.message()} : QStringList();
    }
}

} // namespace uo
