#pragma once

#include <QStringList>

namespace uo {

// The district files and server districts (their addresses, never a password) opened last, newest
// first, kept in the settings.
namespace recent_files {
constexpr int kMaximum = 8;
QStringList list();
void add(const QString &path);
void remove(const QString &path);
void clear();
// What the menu shows: a file's name, or "district — login@host/database" for a server district.
QString label(const QString &path);
} // namespace recent_files

} // namespace uo
