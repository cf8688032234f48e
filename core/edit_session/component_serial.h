#pragma once

#include <QList>
#include <QString>

namespace uo {
class DistrictStore;
}

namespace uo::edit {

// The identifier of a new component: the district's county code, the class code and the next free
// serial of that class (one more than the highest in use; the first gap once 999999 is reached).
// `alsoTaken` holds identifiers not in the store yet (new components of an unsaved session).
// Returns an empty string when the class has no free serial left.
QString nextComponentIdent(DistrictStore &store, const QString &classCode,
                           const QList<QString> &alsoTaken = {});

} // namespace uo::edit
