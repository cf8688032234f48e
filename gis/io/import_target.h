#pragma once

#include "core/catalogue/catalogue.h"
#include "core/store/layers.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace uo {

class DistrictStore;
class ImportSource;

// The rules of the layer an import fills, beyond its columns (part of the "check" stage):
// - components: the identifier is 16 or 17 digits of this district; the class comes from it (a class
//   field must agree) or, for a feature without one and with generated identifiers, from the class
//   field (a code, 路灯, a CAD layer's name), and the identifier is made for it: the district's
//   code, the class and its next free serial (the 17 digits of the 2026 scheme when the class's
//   16-digit serials run out); name from the catalogue and state intact unless the file says;
// - risk points: generated codes follow the store's pattern (RP02851 after RP02850);
// - permits: filed as submitted, an emergency when the work is, ending no earlier than they start,
//   a trench drawn as a line made as wide as its width_m field, and each one's first history step.
class ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(uo::ImportTarget)

public:
    ImportTarget(DistrictStore &store, const ImportSource &source, const QString &table, bool generateIds);

    // Fills what the import fills itself and appends what the layer's rules refuse. Identifiers are
    // made only for a feature without problems so far (one left out takes no serial).
    void complete(QVariantMap &values, QStringList *problems);
    // The width a feature (an OGRFeatureH) drawn as a line is widened by, in metres; 0 when the layer
    // does not take lines as areas or the feature says none.
    double lineWidth(void *feature) const;
    // A permit without an area given takes its geometry's (m², to a tenth).
    void measured(QVariantMap &values, double area) const;
    // What the layer keeps beside a new row (a permit's first history step).
    void inserted(qint64 id);
    // Generated identifiers, for the report.
    QStringList notes() const;

private:
    void completeComponent(QVariantMap &values, QStringList *problems);
    QString nextIdent(const QString &classCode);
    bool sameClass(const QString &a, const QString &b) const;
    QString nextRiskCode();

    DistrictStore &m_store;
    std::optional<Layer> m_layer; // the layer imported into: its rules complete the values
    QString m_file;
    bool m_generateIds;
    int m_widthField = -1;
    Catalogue m_catalogue;
    QString m_county;
    QHash<QString, int> m_lastSerial; // class code -> last serial given out
    QString m_riskPrefix;
    int m_riskDigits = 5, m_lastRisk = -1;
    struct Made
    {
        QString first, last;
        qint64 count = 0;
    };
    QMap<QString, Made> m_made; // per class (components) or pattern (risk points), for the report
    void made(const QString &kind, const QString &ident);
};

} // namespace uo
