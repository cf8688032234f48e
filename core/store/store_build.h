#pragma once

namespace uo {

class DistrictStore;

// A district file made from nothing (the demo) that is nobody's until it is renamed into place: while
// it is built, SQLite keeps no journal, does not wait for the disk and has a large page cache, since a
// crash leaves only a file that is thrown away. finish() gives the file the journal every district
// file has (WAL) and gathers the statistics the query planner reads.
class StoreBuild
{
public:
    explicit StoreBuild(DistrictStore &store);
    StoreBuild(const StoreBuild &) = delete;
    StoreBuild &operator=(const StoreBuild &) = delete;

    void finish();

private:
    DistrictStore &m_store;
};

} // namespace uo
