#pragma once

#include "gis/io/gdal_handles.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace uo {

// A vector file another department sent, opened through GDAL/OGR for import: GeoPackage, Shapefile,
// GeoJSON, KML, DXF, CSV with a WKT column or X/Y columns, a folder of Shapefiles, or anything else GDAL
// reads. A Shapefile's text is read in the encoding its .cpg names; without one the text is tried as
// UTF-8 and read as GB18030 (which covers GBK) when it mostly is not, since that is what Chinese
// desktop GIS write. Text that is not valid in the encoding it is read in is found, so that nothing is
// stored with replacement characters.
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
    // Throws FileError (NotFound / Unreadable) with the file and the reason when GDAL cannot read it,
    // and when a Shapefile's attribute table (.dbf) has a damaged header; RequestError when it has no
    // layer `layerName`.
    ImportSource(const QString &file, const QString &layerName = QString(),
                 const QString &encoding = QString());
    ~ImportSource();
    ImportSource(const ImportSource &) = delete;
    ImportSource &operator=(const ImportSource &) = delete;

    const QString &file() const { return m_file; }
    QString driver() const;
    QStringList layerNames() const;
    QString layerName() const;
    // True when the file holds several layers (a folder of Shapefiles, a GeoPackage) and none was named:
    // an import then asks which instead of taking the first.
    bool layerUnnamed() const { return m_layerUnnamed; }
    const QList<Field> &fields() const { return m_fields; }
    QStringList fieldNames() const;
    int fieldIndex(const QString &name) const;
    qint64 featureCount() const; // -1 when the format cannot tell without reading
    QString geometryTypeName() const;
    // The file's CRS as an EPSG code; 0 when the file names none, -1 when it names one without a code.
    int crsCode() const { return m_crsCode; }
    QString crsDescription() const;
    // The encoding the text is read in (Shapefiles; empty for formats that are always UTF-8).
    const QString &encoding() const { return m_encoding; }

    // A text field of a feature (an OGRFeatureH) as it is stored, or the reason it cannot be read
    // faithfully (bytes that are not valid in the encoding). `position` is the feature's 1-based place
    // in the file.
    QString text(void *feature, int field, qint64 position, QString *invalid) const;

    // The OGR layer (an OGRLayerH) to read the features from.
    void *layer() const { return m_layer; }

private:
    static QString findShapefileEncoding(const QString &shapefile);
    void findInvalidText(const QString &shapefile);

    QString m_file;
    QString m_encoding;
    bool m_encodingNamed = false;
    bool m_layerUnnamed = false;
    gdal::Dataset m_dataset;
    void *m_layer = nullptr; // OGRLayerH, owned by the dataset
    QList<Field> m_fields;
    int m_crsCode = 0;
    // Shapefiles in a multi-byte encoding other than UTF-8 (GDAL recodes them, putting "?" for bytes
    // it cannot read): feature position -> the field whose raw bytes are not valid in the encoding.
    QHash<qint64, QString> m_invalidText;
};

} // namespace uo
