#pragma once

#include "core/error/error.h"

#include <QCoreApplication>
#include <QString>

namespace uo {

// What went wrong with a district store, in words a user can act on. The message names the file (or the
// server) and, where it helps, what was being done.
class StoreError : public Error
{
public:
    enum class Kind
    {
        NotFound,     // no such file
        NotAStore,    // some other file: not SQLite, or SQLite that is not a district store
        Corrupt,      // an SQLite file whose pages or tables are damaged
        NewerVersion, // written by a newer UrbanOps
        Locked,       // another program holds a lock longer than we wait
        DiskFull,     // no space left to write
        ReadOnly,     // the file or its folder cannot be written
        Invalid,      // a value the store's constraints refuse (a rule's refusal is a RequestError)
        Sql,          // anything else SQLite reported
        Unreachable,  // a district server that cannot be reached or signed in to, or a lost connection
        Denied,       // the district server refused: the signed-in role may not do this
        SignIn,       // the district server wants a password, or refused the one given
    };

    StoreError(Kind kind, const QString &message);
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// Maps an SQLite result code to a kind and a sentence naming the file and the action.
StoreError sqliteError(int code, const char *sqliteMessage, const QString &path, const QString &doing);

} // namespace uo
