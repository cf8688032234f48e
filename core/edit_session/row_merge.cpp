#include "core/edit_session/row_merge.h"

namespace uo::edit {

std::optional<QVariantMap> mergeRow(const QVariantMap &original, const QVariantMap &mine,
                                    const QVariantMap &theirs)
{
    QVariantMap merged = theirs;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        if (it.key() == QLatin1String(kRowVersion))
            continue;
        const QVariant was = original.value(it.key());
        if (sameValue(it.value(), was) || sameValue(it.value(), theirs.value(it.key())))
            continue; // not changed by me, or changed by both alike
        if (!sameValue(theirs.value(it.key()), was))
            return std::nullopt; // changed by both, differently
        merged.insert(it.key(), it.value());
    }
    return merged;
}

} // namespace uo::edit
