#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace uo {

class DistrictStore;

// Who works each segment, as a spreadsheet: segment, road, name, measures, chief, collaborators and
// Party branch. Export writes every segment; import checks every row first — the segment and people
// exist, the chief is an active city-management officer, collaborators are active municipal, greening
// or sanitation staff, the unit is a Party branch, no segment twice — and changes nothing unless every
// row is good. Ids decide; the name columns are there for the people reading the sheet.
class AssignmentCsv
{
    Q_DECLARE_TR_FUNCTIONS(uo::AssignmentCsv)

public:
    static QStringList header();
    static QByteArray exportAll(DistrictStore &store);

    struct ImportResult
    {
        int rows = 0;
        int changed = 0;
        QStringList errors; // "line N: what is wrong"; empty when the import was applied
    };
    static ImportResult import(DistrictStore &store, const QByteArray &csv);
};

} // namespace uo
