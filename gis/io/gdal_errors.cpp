#include "gis/io/gdal_errors.h"

#include <cpl_error.h>

namespace uo {

namespace {
void CPL_STDCALL collect(CPLErr errorClass, CPLErrorNum, const char *message)
{
    auto *first = static_cast<QString *>(CPLGetErrorHandlerUserData());
    if (first && errorClass >= CE_Failure && first->isEmpty())
        *first = QString::fromUtf8(message).trimmed();
}
} // namespace

GdalErrors::GdalErrors()
{
    CPLPushErrorHandlerEx(collect, &m_message);
}

GdalErrors::~GdalErrors()
{
    CPLPopErrorHandler();
}

} // namespace uo
