#pragma once

#include "core/server/server_progress.h"
#include "core/server/server_url.h"

#include <QCoreApplication>
#include <QString>

namespace uo::server {

// Copies a district file to a new district on a server, all or nothing, in one transaction: every table
// of the file with its rows as they are (binary COPY), the same keys, checks and indexes, PostGIS
// geometry in the store CRS with GiST indexes; then what only a server district has (server_schema.h,
// server_roles.h). The login needs CREATE on the database and CREATEROLE the first time a district of
// that name is published; it owns the district.
class ServerPublish
{
    Q_DECLARE_TR_FUNCTIONS(uo::server::ServerPublish)

public:
    // The district is the URL's. Throws StoreError: the file's own refusals (DistrictStore::open), an
    // existing district of that name, a value that the server could not hold as it is, the server's
    // refusals; the server is then left as it was.
    static CopyReport run(const QString &file, const ServerUrl &url, const ServerProgress &progress = {});
};

} // namespace uo::server
