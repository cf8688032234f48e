#pragma once

#include <QVariant>

namespace uo::sql {

// A QVariant bound as its type says, the same way on either back end's statement: integers and
// booleans as integers, doubles as reals, byte arrays as blobs, null or invalid as NULL, the rest as
// text.
template <typename S> S &bindVariantTo(S &statement, int index, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return statement.bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return statement.bind(index, value.toLongLong());
    case QMetaType::Double:
        return statement.bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return statement.bindBlob(index, value.toByteArray());
    default:
        return statement.bind(index, value.toString());
    }
}

} // namespace uo::sql
