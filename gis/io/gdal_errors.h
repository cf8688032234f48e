#pragma once

#include <QString>

namespace uo {

// Catches what GDAL reports while it is alive, on this thread, instead of GDAL printing "ERROR 1: ..."
// to the terminal: a damaged or cut-short file shows up as an error GDAL raises while it reads a
// feature (a failed fread of a .shp or .dbf) rather than as a feature that fails, so a reader asks
// after each feature whether one was raised and refuses the file with GDAL's words.
class GdalErrors
{
public:
    GdalErrors();
    ~GdalErrors();
    GdalErrors(const GdalErrors &) = delete;
    GdalErrors &operator=(const GdalErrors &) = delete;

    // True once GDAL raised an error (a failure; warnings do not count) since the last clear().
    bool failed() const { return !m_message.isEmpty(); }
    // GDAL's words for the first such error.
    const QString &message() const { return m_message; }
    void clear() { m_message.clear(); }

private:
    QString m_message; // GDAL's handler writes here
};

} // namespace uo
