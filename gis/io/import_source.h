#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace uo {

// A vector file another department sent, opened through GDAL/OGR for import: GeoPackage, Shapefile,
// GeoJSON, KML, DXF, CSV with a WKT column or X/Y columns, or anything else GDAL reads. A Shapefile's
// text is read in the encoding its .cpg names; without one the text is tried as UTF-8 and read as
// GB18030 (which covers GBK) when it is not, since that is what Chinese desktop GIS write.
class ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(uo::ImportSource)

public:
    struct Field
    {
        QString name;
        QString type; // OGR's name for it: String, Integer, Integer64, Real, Date, DateTime ...
    };

    // Opens `file` (its layer `layerName`, or the first) with text in `encoding` ("" finds it out).
    // Throws StoreError(NotFound / Invalid) with the file and the reason when GDAL cannot read it.
    ImportSource(const QString &file, const QString &layerName = QString(), const QString &encoding = QString());
    ~ImportSource();
    ImportSource(const ImportSource &) = delete;
    ImportSource &operator=(const ImportSource &) = delete;

    const QString &file() const { return m_file; }
    QString driver() const;
    QStringList layerNames() const;
    QString layerName() const;
    const QList<Field> &fields() const { return m_fields; }
    qint64 featureCount() const; // -1 when the format cannot tell without reading
    QString geometryTypeName() const;
    // The file's CRS as an EPSG code; 0 when the file names none, -1 when it names one without a code.
    int crsCode() const { return m_crsCode; }
    QString crsDescription() const;
    // The encoding the text is read in (Shapefiles; empty for formats that are always UTF-8).
    const QString &encoding() const { return m_encoding; }

    // The OGR layer (an OGRLayerH) to read the features from.
    void *layer() const { return m_layer; }

private:
    QString findShapefileEncoding() const;

    QString m_file;
    QString m_encoding;
    void *m_dataset = nullptr; // GDALDatasetH
    void *m_layer = nullptr;   // OGRLayerH
    QList<Field> m_fields;
    int m_crsCode = 0;
};

} // namespace uo
