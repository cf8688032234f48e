#pragma once

#include <QStringList>

namespace uo {

// The district files opened last, newest first, kept in the settings.
namespace recent_files {
constexpr int kMaximum = 8;
QStringList list();
void add(const QString &path);
void remove(const QString &path);
void clear();
} // namespace recent_files

} // namespace uo
