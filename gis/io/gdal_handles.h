#pragma once

#include <memory>

// Owners of GDAL/OGR's handles: each frees its handle with the call GDAL asks for, once, on every path
// out of a scope (an exception included). Every GDAL handle gis/ keeps is held by one of these. GDAL's
// C handles are opaque `void *` (GDAL built without DEBUG, as Debian builds it), so this header needs
// no GDAL header and may appear in gis/ headers that the app includes.
namespace uo::gdal {

namespace detail {
struct CloseDataset
{
    void operator()(void *dataset) const; // GDALClose
};
struct DestroyFeature
{
    void operator()(void *feature) const; // OGR_F_Destroy
};
struct DestroyGeometry
{
    void operator()(void *geometry) const; // OGR_G_DestroyGeometry
};
struct ReleaseSpatialRef
{
    void operator()(void *srs) const; // OSRRelease
};
struct DestroyTransform
{
    void operator()(void *transform) const; // OCTDestroyCoordinateTransformation
};
struct DestroyFieldDefn
{
    void operator()(void *field) const; // OGR_Fld_Destroy
};
} // namespace detail

using Dataset = std::unique_ptr<void, detail::CloseDataset>;         // GDALDatasetH
using Feature = std::unique_ptr<void, detail::DestroyFeature>;       // OGRFeatureH
using GeometryPtr = std::unique_ptr<void, detail::DestroyGeometry>;  // OGRGeometryH
using SpatialRef = std::unique_ptr<void, detail::ReleaseSpatialRef>; // OGRSpatialReferenceH
using Transform = std::unique_ptr<void, detail::DestroyTransform>;   // OGRCoordinateTransformationH
using FieldDefn = std::unique_ptr<void, detail::DestroyFieldDefn>;   // OGRFieldDefnH
// String lists (options) are held by GDAL's own CPLStringList.

} // namespace uo::gdal
