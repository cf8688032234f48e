#include "gis/io/import_source.h"

#include "gis/io/gdal_errors.h"
#include "core/store/store_error.h"

#include <QDir>
#include <QFileInfo>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace uo {

namespace {

// Column names GDAL's CSV driver takes as geometry: WKT, or X/Y (also lon/lat, and their Chinese names).
const char *const kCsvOptions[] = {
    "GEOM_POSSIBLE_NAMES=wkt,WKT,geometry,geom,Geometry,WKT_GEOM",
    "X_POSSIBLE_NAMES=x,X,lon,lng,longitude,Longitude,LON,经度,横坐标",
    "Y_POSSIBLE_NAMES=y,Y,lat,latitude,Latitude,LAT,纬度,纵坐标",
    "KEEP_GEOM_COLUMNS=NO",
    nullptr};

bool isShapefile(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    return suffix == QLatin1String("shp") || suffix == QLatin1String("dbf");
}

GDALDatasetH openDataset(const QString &file, const QString &encoding)
{
    CPLStringList options;
    if (QFileInfo(file).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        for (const char *const *o = kCsvOptions; *o; ++o)
            options.AddString(*o);
    if (isShapefile(file))
        options.SetNameValue("ENCODING", encoding.toUtf8().constData());
    CPLErrorReset();
    return GDALOpenEx(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, options.List(), nullptr);
}

// The EPSG code of a CRS read from a file, -1 when it has none PROJ recognises. A .prj written by ArcGIS
// or by GDAL's CSV and Shapefile drivers carries no code, so the definitions are compared as well.
int identifyEpsg(OGRSpatialReferenceH srs)
{
    OSRAutoIdentifyEPSG(srs);
    const char *authority = OSRGetAuthorityName(srs, nullptr);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    if (authority && code && qstrcmp(authority, "EPSG") == 0)
        return QByteArray(code).toInt();
    int count = 0;
    int *confidence = nullptr;
    OGRSpatialReferenceH *matches = OSRFindMatches(srs, nullptr, &count, &confidence);
    int found = -1;
    // 70 and more: the same definition under another name (GDAL's scale; 100 is identical).
    if (matches && count > 0 && confidence[0] >= 70) {
        authority = OSRGetAuthorityName(matches[0], nullptr);
        code = OSRGetAuthorityCode(matches[0], nullptr);
        if (authority && code && qstrcmp(authority, "EPSG") == 0)
            found = QByteArray(code).toInt();
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidence);
    return found;
}

} // namespace

ImportSource::ImportSource(const QString &file, const QString &layerName, const QString &encoding) : m_file(file)
{
    GDALAllRegister();
    // GDAL's complaints about a file it cannot open go into the error thrown, not to the terminal.
    const GdalErrors quiet;
    const QString shown = QDir::toNativeSeparators(file);
    if (!QFileInfo::exists(file))
        throw StoreError(StoreError::Kind::NotFound, tr("%1 does not exist.").arg(shown));
    m_encoding = encoding;
    if (isShapefile(file) && m_encoding.isEmpty())
        m_encoding = findShapefileEncoding();
    m_dataset = openDataset(file, m_encoding);
    if (!m_dataset) {
        const QString reason = QString::fromUtf8(CPLGetLastErrorMsg());
        throw StoreError(StoreError::Kind::Invalid,
                         reason.isEmpty() ? tr("%1 is not a vector file GDAL can read.").arg(shown)
                                          : tr("%1 cannot be read: %2").arg(shown, reason));
    }
    m_layer = layerName.isEmpty() ? GDALDatasetGetLayer(m_dataset, 0)
                                  : GDALDatasetGetLayerByName(m_dataset, layerName.toUtf8().constData());
    if (!m_layer) {
        GDALClose(m_dataset);
        m_dataset = nullptr;
        throw StoreError(StoreError::Kind::Invalid, layerName.isEmpty()
                                                        ? tr("%1 holds no table of features.").arg(shown)
                                                        : tr("%1 has no layer named %2.").arg(shown, layerName));
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(m_layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(defn, i);
        m_fields.append({QString::fromUtf8(OGR_Fld_GetNameRef(field)),
                         QString::fromUtf8(OGR_GetFieldTypeName(OGR_Fld_GetType(field)))});
    }
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(m_layer))
        m_crsCode = identifyEpsg(srs);
}

ImportSource::~ImportSource()
{
    if (m_dataset)
        GDALClose(m_dataset);
}

QString ImportSource::driver() const
{
    return QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(m_dataset)));
}

QStringList ImportSource::layerNames() const
{
    QStringList names;
    for (int i = 0; i < GDALDatasetGetLayerCount(m_dataset); ++i)
        names.append(QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(m_dataset, i))));
    return names;
}

QString ImportSource::layerName() const
{
    return QString::fromUtf8(OGR_L_GetName(m_layer));
}

qint64 ImportSource::featureCount() const
{
    return OGR_L_GetFeatureCount(m_layer, FALSE);
}

QString ImportSource::geometryTypeName() const
{
    return QString::fromUtf8(OGRGeometryTypeToName(OGR_L_GetGeomType(m_layer)));
}

QString ImportSource::crsDescription() const
{
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(m_layer);
    if (!srs)
        return QString();
    const QString name = QString::fromUtf8(OSRGetName(srs));
    return m_crsCode > 0 ? QStringLiteral("EPSG:%1 %2").arg(m_crsCode).arg(name) : name;
}

QString ImportSource::findShapefileEncoding() const
{
    const QFileInfo info(m_file);
    const QString base = info.path() + QLatin1Char('/') + info.completeBaseName();
    for (const QString &suffix : {QStringLiteral(".cpg"), QStringLiteral(".CPG")})
        if (QFile cpg(base + suffix); cpg.open(QIODevice::ReadOnly)) {
            const QByteArray name = cpg.readAll().trimmed().toUpper();
            if (name == "UTF-8" || name == "UTF8" || name == "65001")
                return QStringLiteral("UTF-8");
            if (name == "GBK" || name == "936" || name == "CP936" || name == "GB2312" || name == "GB18030")
                return QStringLiteral("GB18030");
            return QString::fromLatin1(name);
        }
    // No .cpg: look at the bytes of the text fields as they are.
    GDALDatasetH raw = openDataset(m_file, QString());
    if (!raw)
        return QStringLiteral("UTF-8");
    OGRLayerH layer = GDALDatasetGetLayer(raw, 0);
    bool utf8 = true;
    int seen = 0;
    OGR_L_ResetReading(layer);
    while (utf8 && seen < 2000) {
        OGRFeatureH f = OGR_L_GetNextFeature(layer);
        if (!f)
            break;
        ++seen;
        for (int i = 0; i < OGR_F_GetFieldCount(f) && utf8; ++i)
            if (OGR_F_IsFieldSetAndNotNull(f, i) && !CPLIsUTF8(OGR_F_GetFieldAsString(f, i), -1))
                utf8 = false;
        OGR_F_Destroy(f);
    }
    GDALClose(raw);
    return utf8 ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
}

} // namespace uo
