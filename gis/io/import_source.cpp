#include "gis/io/import_source.h"

#include "core/error/error.h"
#include "gis/io/gdal_errors.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace uo {

namespace {

// Column names GDAL's CSV driver takes as geometry: WKT, or X/Y (also lon/lat, and their Chinese names).
const char *const kCsvOptions[] = {"GEOM_POSSIBLE_NAMES=wkt,WKT,geometry,geom,Geometry,WKT_GEOM",
                                   "X_POSSIBLE_NAMES=x,X,lon,lng,longitude,Longitude,LON,经度,横坐标",
                                   "Y_POSSIBLE_NAMES=y,Y,lat,latitude,Latitude,LAT,纬度,纵坐标",
                                   "KEEP_GEOM_COLUMNS=NO", nullptr};

// Features whose text decides a Shapefile's encoding when it has no .cpg.
constexpr int kEncodingSample = 2000;

bool isShapefile(const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    return suffix == QLatin1String("shp") || suffix == QLatin1String("dbf");
}

// The Shapefile whose attribute table is read: the file itself, or in a folder of Shapefiles the one
// of the layer asked for (or the only one); empty for other formats.
QString shapefileOf(const QString &file, const QString &layerName)
{
    const QFileInfo info(file);
    if (!info.isDir())
        return isShapefile(file) ? file : QString();
    if (!layerName.isEmpty())
        return QFileInfo::exists(info.filePath() + QLatin1Char('/') + layerName + QStringLiteral(".shp"))
                   ? info.filePath() + QLatin1Char('/') + layerName + QStringLiteral(".shp")
                   : QString();
    const QStringList shapefiles =
        QDir(file).entryList({QStringLiteral("*.shp"), QStringLiteral("*.SHP")}, QDir::Files);
    return shapefiles.size() == 1 ? info.filePath() + QLatin1Char('/') + shapefiles.first() : QString();
}

bool isGb18030(const QString &encoding)
{
    const QString e = encoding.toUpper();
    return e == QLatin1String("GB18030") || e == QLatin1String("GBK") || e == QLatin1String("CP936") ||
           e == QLatin1String("GB2312") || e == QLatin1String("936");
}

gdal::Dataset openDataset(const QString &file, const QString &encoding)
{
    CPLStringList options;
    if (QFileInfo(file).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        for (const char *const *o = kCsvOptions; *o; ++o)
            options.AddString(*o);
    if (isShapefile(file) || QFileInfo(file).isDir())
        options.SetNameValue("ENCODING", encoding.toUtf8().constData()); // "": the bytes as they are
    CPLErrorReset();
    return gdal::Dataset(GDALOpenEx(file.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                    options.List(), nullptr));
}

// Bytes that GB18030 (and so GBK and GB2312) reads: ASCII, two-byte pairs with a lead of 81-FE and a
// trail of 40-7E or 80-FE, and four-byte groups 81-FE 30-39 81-FE 30-39.
bool validGb18030(const char *text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text);
    while (*p) {
        if (*p < 0x80) {
            ++p;
        } else if (*p >= 0x81 && *p <= 0xFE && p[1] >= 0x30 && p[1] <= 0x39) {
            if (!(p[2] >= 0x81 && p[2] <= 0xFE && p[3] >= 0x30 && p[3] <= 0x39))
                return false;
            p += 4;
        } else if (*p >= 0x81 && *p <= 0xFE &&
                   ((p[1] >= 0x40 && p[1] <= 0x7E) || (p[1] >= 0x80 && p[1] <= 0xFE))) {
            p += 2;
        } else {
            return false;
        }
    }
    return true;
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

// Why a dBASE header (the .dbf beside a .shp) cannot be what it says, or empty when it is consistent:
// GDAL opens a .shp whose .dbf it cannot read without attributes, and the import would then only say
// that a field is missing.
QString dbfHeaderProblem(const QString &dbfPath)
{
    QFile dbf(dbfPath);
    if (!dbf.open(QIODevice::ReadOnly))
        return QString(); // no attribute table at all: GDAL reads the shapes alone
    const QByteArray head = dbf.read(32);
    if (head.size() < 32)
        return ImportSource::tr("the header is %n byte(s) long instead of at least 32", nullptr,
                                int(head.size()));
    const auto byte = [&](int i) { return uchar(head[i]); };
    const int headerLength = byte(8) | byte(9) << 8;
    const int recordLength = byte(10) | byte(11) << 8;
    if (headerLength < 33 || (headerLength - 1) % 32 != 0)
        return ImportSource::tr("it says its header is %1 bytes long, which no dBASE header is")
            .arg(headerLength);
    const QByteArray fields = dbf.read(headerLength - 32);
    if (fields.size() != headerLength - 32)
        return ImportSource::tr("the header ends after %1 of its %2 bytes")
            .arg(32 + fields.size())
            .arg(headerLength);
    int sum = 1; // the deletion flag of every record
    int count = 0;
    for (int at = 0; at + 32 <= fields.size() && uchar(fields[at]) != 0x0D; at += 32, ++count) {
        const char type = fields[at + 11];
        if (!QByteArrayView("CNFLDMBGPTIOY@+0").contains(type))
            return ImportSource::tr("field %1 has the type \"%2\", which dBASE does not know")
                .arg(count + 1)
                .arg(QLatin1Char(type));
        sum += uchar(fields[at + 16]);
    }
    if (fields.size() < (count + 1) * 32 - 31 || uchar(fields[count * 32]) != 0x0D)
        return ImportSource::tr("the list of fields does not end where the header says");
    if (sum != recordLength)
        return ImportSource::tr("its records are %1 bytes long but its %n field(s) add up to %2", nullptr,
                                count)
            .arg(recordLength)
            .arg(sum);
    return QString();
}

} // namespace

ImportSource::ImportSource(const QString &file, const QString &layerName, const QString &encoding)
    : m_file(file), m_encoding(encoding), m_encodingNamed(!encoding.isEmpty())
{
    GDALAllRegister();
    // GDAL's complaints about a file it cannot open go into the error thrown, not to the terminal.
    const GdalErrors quiet;
    const QString shown = QDir::toNativeSeparators(file);
    if (!QFileInfo::exists(file))
        throw FileError(FileError::Kind::NotFound, tr("%1 does not exist.").arg(shown));
    const QString shapefile = shapefileOf(file, layerName);
    if (!shapefile.isEmpty()) {
        const QFileInfo info(shapefile);
        const QString dbf = info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".dbf");
        if (const QString problem = dbfHeaderProblem(dbf); !problem.isEmpty())
            throw FileError(
                FileError::Kind::Unreadable,
                tr("The attribute table of %1 is damaged: %2 (%3). Its fields cannot be read; nothing was "
                   "imported.")
                    .arg(shown, problem, QDir::toNativeSeparators(dbf)));
        if (m_encoding.isEmpty())
            m_encoding = findShapefileEncoding(shapefile);
    }
    m_dataset = openDataset(file, m_encoding);
    if (!m_dataset) {
        const QString reason = QString::fromUtf8(CPLGetLastErrorMsg());
        throw FileError(FileError::Kind::Unreadable,
                        reason.isEmpty() ? tr("%1 is not a vector file GDAL can read.").arg(shown)
                                         : tr("%1 cannot be read: %2").arg(shown, reason));
    }
    m_layerUnnamed = layerName.isEmpty() && GDALDatasetGetLayerCount(m_dataset.get()) > 1;
    m_layer = layerName.isEmpty()
                  ? GDALDatasetGetLayer(m_dataset.get(), 0)
                  : GDALDatasetGetLayerByName(m_dataset.get(), layerName.toUtf8().constData());
    if (!m_layer && layerName.isEmpty())
        throw FileError(FileError::Kind::Unreadable, tr("%1 holds no table of features.").arg(shown));
    if (!m_layer)
        throw RequestError(tr("%1 has no layer named %2.").arg(shown, layerName));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(m_layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(defn, i);
        m_fields.append({QString::fromUtf8(OGR_Fld_GetNameRef(field)),
                         QString::fromUtf8(OGR_GetFieldTypeName(OGR_Fld_GetType(field)))});
    }
    if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(m_layer))
        m_crsCode = identifyEpsg(srs);
    if (!shapefile.isEmpty() && isGb18030(m_encoding))
        findInvalidText(shapefile);
}

ImportSource::~ImportSource() = default;

QString ImportSource::driver() const
{
    return QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(m_dataset.get())));
}

QStringList ImportSource::layerNames() const
{
    QStringList names;
    for (int i = 0; i < GDALDatasetGetLayerCount(m_dataset.get()); ++i)
        names.append(QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(m_dataset.get(), i))));
    return names;
}

QString ImportSource::layerName() const
{
    return QString::fromUtf8(OGR_L_GetName(m_layer));
}

QStringList ImportSource::fieldNames() const
{
    QStringList names;
    for (const Field &f : m_fields)
        names.append(f.name);
    return names;
}

int ImportSource::fieldIndex(const QString &name) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].name == name)
            return int(i);
    return -1;
}

qint64 ImportSource::featureCount() const
{
    return OGR_L_GetFeatureCount(m_layer, FALSE);
}

QString ImportSource::geometryTypeName() const
{
    // In the user's words: the kinds a bureau's files hold (2D or 3D alike); GDAL's name for the rare rest.
    const OGRwkbGeometryType type = OGR_L_GetGeomType(m_layer);
    switch (wkbFlatten(type)) {
    case wkbPoint:
        return tr("points");
    case wkbMultiPoint:
        return tr("multi-points");
    case wkbLineString:
        return tr("lines");
    case wkbMultiLineString:
        return tr("multi-lines");
    case wkbPolygon:
        return tr("areas");
    case wkbMultiPolygon:
        return tr("multi-areas");
    case wkbNone:
        return tr("no geometry");
    case wkbUnknown:
        return tr("geometry of several kinds");
    default:
        return QString::fromUtf8(OGRGeometryTypeToName(type));
    }
}

QString ImportSource::crsDescription() const
{
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(m_layer);
    if (!srs)
        return QString();
    const QString name = QString::fromUtf8(OSRGetName(srs));
    return m_crsCode > 0 ? QStringLiteral("EPSG:%1 %2").arg(m_crsCode).arg(name) : name;
}

QString ImportSource::text(void *feature, int field, qint64 position, QString *invalid) const
{
    const char *bytes = OGR_F_GetFieldAsString(feature, field);
    // GDAL hands over a UTF-8 file's bytes as they are, and recodes other encodings (where the scan
    // found what it could not read).
    const bool bad = !CPLIsUTF8(bytes, -1) || m_invalidText.value(position) == m_fields[field].name;
    if (bad) {
        const QString encoding = m_encoding.isEmpty() ? QStringLiteral("UTF-8") : m_encoding;
        *invalid = m_encodingNamed ? tr("the text of %1 is not valid %2").arg(m_fields[field].name, encoding)
                                   : tr("the text of %1 is not valid %2; if the file is in another encoding, "
                                        "name it (--encoding)")
                                         .arg(m_fields[field].name, encoding);
        return QString();
    }
    return QString::fromUtf8(bytes);
}

QString ImportSource::findShapefileEncoding(const QString &shapefile)
{
    const QFileInfo info(shapefile);
    const QString base = info.path() + QLatin1Char('/') + info.completeBaseName();
    for (const QString &suffix : {QStringLiteral(".cpg"), QStringLiteral(".CPG")})
        if (QFile cpg(base + suffix); cpg.open(QIODevice::ReadOnly)) {
            const QByteArray name = cpg.readAll().trimmed().toUpper();
            if (name == "UTF-8" || name == "UTF8" || name == "65001")
                return QStringLiteral("UTF-8");
            if (isGb18030(QString::fromLatin1(name)))
                return QStringLiteral("GB18030");
            return QString::fromLatin1(name);
        }
    // No .cpg: look at the bytes of the text fields as they are. A file whose non-ASCII text is mostly
    // valid UTF-8 is UTF-8 with some damage (which is then refused feature by feature), not GBK.
    const gdal::Dataset raw = openDataset(shapefile, QString());
    if (!raw)
        return QStringLiteral("UTF-8");
    OGRLayerH layer = GDALDatasetGetLayer(raw.get(), 0);
    int utf8 = 0, other = 0, seen = 0;
    OGR_L_ResetReading(layer);
    while (seen++ < kEncodingSample) {
        const gdal::Feature f(OGR_L_GetNextFeature(layer));
        if (!f)
            break;
        for (int i = 0; i < OGR_F_GetFieldCount(f.get()); ++i) {
            if (!OGR_F_IsFieldSetAndNotNull(f.get(), i))
                continue;
            const char *bytes = OGR_F_GetFieldAsString(f.get(), i);
            if (!CPLIsASCII(bytes, -1))
                ++(CPLIsUTF8(bytes, -1) ? utf8 : other);
        }
    }
    return other > utf8 ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
}

void ImportSource::findInvalidText(const QString &shapefile)
{
    // Only the attribute table is read: the shapes are not needed to look at the bytes.
    const gdal::Dataset raw = openDataset(shapefile, QString());
    OGRLayerH layer = raw ? GDALDatasetGetLayer(raw.get(), 0) : nullptr;
    if (!layer)
        return;
    const char *ignored[] = {"OGR_GEOMETRY", nullptr};
    OGR_L_SetIgnoredFields(layer, ignored);
    qint64 position = 0;
    OGR_L_ResetReading(layer);
    while (const gdal::Feature f{OGR_L_GetNextFeature(layer)}) {
        ++position;
        for (int i = 0; i < OGR_F_GetFieldCount(f.get()) && i < m_fields.size(); ++i)
            if (OGR_F_IsFieldSetAndNotNull(f.get(), i) && !validGb18030(OGR_F_GetFieldAsString(f.get(), i))) {
                m_invalidText.insert(position, m_fields[i].name);
                break;
            }
    }
}

} // namespace uo
