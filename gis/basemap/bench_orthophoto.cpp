#include "gis/basemap/bench_orthophoto.h"

#include "gis/io/gdal_errors.h"
#include "gis/io/gdal_handles.h"

#include <cmath>
#include <gdal.h>
#include <ogr_srs_api.h>
#include <vector>

namespace uo {

bool writeBenchOrthophoto(const QString &path, const QRectF &extent, int storeSrid, QString *error)
{
    GDALAllRegister();
    GdalErrors errors;
    const double metres = std::max(5.0, extent.width() / 8192.0);
    const int width = std::max(256, int(std::ceil(extent.width() / metres)));
    const int height = std::max(256, int(std::ceil(extent.height() / metres)));
    const char *options[] = {"TILED=YES",         "BLOCKXSIZE=256",  "BLOCKYSIZE=256", "COMPRESS=JPEG",
                             "PHOTOMETRIC=YCBCR", "JPEG_QUALITY=80", nullptr};
    gdal::Dataset ds(GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), width, height, 3,
                                GDT_Byte, const_cast<char **>(options)));
    if (!ds) {
        *error = errors.message();
        return false;
    }
    double gt[6] = {extent.left(), metres, 0, extent.top() + height * metres, 0, -metres};
    GDALSetGeoTransform(ds.get(), gt);
    const gdal::SpatialRef srs(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(srs.get(), storeSrid);
    GDALSetSpatialRef(ds.get(), srs.get());
    // Row by row: fields in slow waves, a grid of blocks every 200 m, a little noise.
    std::vector<GByte> row(size_t(width) * 3);
    quint32 noise = 12345;
    bool ok = true;
    for (int y = 0; y < height && ok; ++y) {
        for (int x = 0; x < width; ++x) {
            noise = noise * 1664525u + 1013904223u;
            const double mx = x * metres, my = y * metres;
            const double field = 0.5 + 0.5 * std::sin(mx / 700.0) * std::cos(my / 500.0);
            const bool road = std::fmod(mx, 200.0) < 12.0 || std::fmod(my, 200.0) < 12.0;
            const int n = int(noise >> 27);
            const int r = road ? 150 + n : int(70 + 60 * field) + n;
            const int g = road ? 148 + n : int(95 + 50 * field) + n;
            const int b = road ? 140 + n : int(60 + 30 * field) + n;
            row[size_t(x) * 3] = GByte(r);
            row[size_t(x) * 3 + 1] = GByte(g);
            row[size_t(x) * 3 + 2] = GByte(b);
        }
        int bands[] = {1, 2, 3};
        ok = GDALDatasetRasterIO(ds.get(), GF_Write, 0, y, width, 1, row.data(), width, 1, GDT_Byte, 3, bands,
                                 3, 0, 1) == CE_None;
    }
    int levels[] = {2, 4, 8, 16, 32, 64};
    ok = ok && GDALBuildOverviews(ds.get(), "AVERAGE", 6, levels, 0, nullptr, nullptr, nullptr) == CE_None;
    ds.reset(); // closing writes the rest of the file
    if (!ok)
        *error = errors.message();
    return ok;
}

} // namespace uo
