#include "gis/io/gdal_handles.h"

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

namespace uo::gdal::detail {

void CloseDataset::operator()(void *dataset) const
{
    GDALClose(dataset);
}

void DestroyFeature::operator()(void *feature) const
{
    OGR_F_Destroy(feature);
}

void DestroyGeometry::operator()(void *geometry) const
{
    OGR_G_DestroyGeometry(geometry);
}

void ReleaseSpatialRef::operator()(void *srs) const
{
    OSRRelease(srs);
}

void DestroyTransform::operator()(void *transform) const
{
    OCTDestroyCoordinateTransformation(transform);
}

void DestroyFieldDefn::operator()(void *field) const
{
    OGR_Fld_Destroy(field);
}

} // namespace uo::gdal::detail
