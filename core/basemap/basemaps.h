#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace uo {

class DistrictStore;

// A raster picture drawn under the district's vectors: an orthophoto or a scanned map (any file GDAL
// reads), offline tiles (MBTiles, GeoPackage) or a tile service (an XYZ template, a WMTS). Kept in the
// store's `basemaps` table (schema version 7).
struct Basemap
{
    qint64 id = 0;
    QString name;
    // As given: a file (relative to the district file's folder, or absolute), an XYZ template with
    // {z}, {x} and {y}, or a WMTS capabilities URL (optionally "WMTS:url,layer=...").
    QString source;
    QString kind;          // raster, mbtiles, gpkg, xyz, wmts
    double opacity = 0.75; // so that the vectors over it still read
    bool visibleByDefault = true;
    int order = 0; // among basemaps, lowest drawn first

    // A tile service on the network, fetched into a disk cache.
    bool isNetwork() const;
    friend bool operator==(const Basemap &, const Basemap &) = default;
};

class Basemaps
{
    Q_DECLARE_TR_FUNCTIONS(uo::Basemaps)

public:
    // The kind a source is, from its form alone (nothing is opened); empty when it is none of them.
    static QString kindOf(const QString &source);
    // The kinds as a user reads them.
    static QString kindName(const QString &kind);

    // The district's basemaps in drawing order; none for a store older than version 7.
    static QList<Basemap> list(DistrictStore &store);
    // Adds one (audited) and returns its id. An order of 0 puts it above the others; an empty kind is
    // taken from the source. Throws RequestError for a source of no known kind or an opacity
    // outside 0..1.
    static qint64 add(DistrictStore &store, Basemap basemap);
    static void remove(DistrictStore &store, qint64 id);
    static void setOpacity(DistrictStore &store, qint64 id, double opacity);

    // A file source as the store keeps it: relative to the district's folder when it lies inside it,
    // so that a district and its pictures can be moved together; else absolute. Services as they are.
    static QString storedSource(const QString &source, const QString &kind, const QString &storePath);
    // The source to open: a relative file resolved against the district's folder.
    static QString resolvedSource(const Basemap &basemap, const QString &storePath);
};

} // namespace uo
