#pragma once

#include "core/edit_session/edit_action.h"

namespace uo::edit {

// A row's bookkeeping column on a server district: raised by the server on every update, written by
// nobody else, and no user's value (docs/server.md, "Row versions and the conflict merge").
inline constexpr char kRowVersion[] = "row_version";

// The three-way merge of a row that this session and someone else both changed since this session read
// it, column by column: a column only I changed takes mine, one only they changed keeps theirs, one we
// both changed to the same value is settled. The merged row (theirs with my changes) or, when a column,
// the geometry included, was changed by both to different values, nothing: a conflict for the user.
std::optional<QVariantMap> mergeRow(const QVariantMap &original, const QVariantMap &mine,
                                    const QVariantMap &theirs);

} // namespace uo::edit
