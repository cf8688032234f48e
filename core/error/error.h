#pragma once

#include <QString>
#include <stdexcept>

namespace uo {

// The base of every failure the program reports to a person: one sentence in the user's language that
// says what went wrong and where. Places that only report (the command line, a dialog's message box)
// catch Error; places that act on the cause catch the kind below that names it.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message);
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// A file other than the district store cannot be read or written: an import source, an export, a
// report, a data file compiled into the program.
class FileError : public Error
{
public:
    enum class Kind
    {
        NotFound,   // no such file or folder
        Unreadable, // there, but not in a form the program reads
        Unwritable, // cannot be created or written (permissions, full disk, a folder missing)
        Exists,     // would be written over, which the program never does silently
    };
    FileError(Kind kind, const QString &message) : Error(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// What was asked cannot be done as asked: a value out of range, a layer or feature that does not
// exist, options that contradict each other. Nothing was changed.
class RequestError : public Error
{
public:
    explicit RequestError(const QString &message) : Error(message) {}
};

} // namespace uo
