#pragma once

#include "core/server/server_progress.h"
#include "core/server/server_url.h"

#include <QCoreApplication>

namespace uo::server {

// Makes a district file from a server district: a new file store at the district's schema version
// whose tables hold exactly the server's rows (identifiers, attributes, geometry bit for bit, segments,
// permits and their history, the audit log), without what only the server has (row versions, logins).
// All or nothing: on any failure the file is removed.
class ServerExport
{
    Q_DECLARE_TR_FUNCTIONS(uo::server::ServerExport)

public:
    // Throws StoreError: the server's refusals, an existing file, a server table or column this program's
    // district files do not have.
    static CopyReport run(const ServerUrl &url, const QString &file, const ServerProgress &progress = {});
};

} // namespace uo::server
