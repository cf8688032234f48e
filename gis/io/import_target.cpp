#include "gis/io/import_target.h"

#include "core/cases/risk_points.h"
#include "core/catalogue/component_id.h"
#include "core/edit_session/component_serial.h"
#include "core/permits/permit_workflow.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "gis/io/import_source.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>
#include <ogr_api.h>

namespace uo {

namespace {
constexpr int kLastSerial = 999999;
} // namespace

ImportTarget::ImportTarget(DistrictStore &store, const ImportSource &source, const QString &table,
                           bool generateIds)
    : m_store(store), m_layer(layerOf(table)), m_file(source.file()), m_generateIds(generateIds),
      m_county(store.settings().countyCode)
{
    if (m_layer == Layer::Components)
        m_catalogue = Catalogue::fromStore(store);
    if (m_layer == Layer::Permits)
        for (const QString &name :
             {QStringLiteral("width_m"), QStringLiteral("宽度"), QStringLiteral("沟槽宽度")})
            if (m_widthField < 0)
                m_widthField = source.fieldIndex(name);
}

void ImportTarget::complete(QVariantMap &values, QStringList *problems)
{
    if (m_layer == Layer::Components) {
        completeComponent(values, problems);
    } else if (m_layer == Layer::RiskPoints) {
        if (m_generateIds && !values.contains(QStringLiteral("code")) && problems->isEmpty())
            values.insert(QStringLiteral("code"), nextRiskCode());
    } else if (m_layer == Layer::Permits) {
        if (!values.contains(QStringLiteral("status")))
            values.insert(QStringLiteral("status"), QStringLiteral("submitted"));
        values.insert(QStringLiteral("emergency"),
                      values.value(QStringLiteral("work_type")) == QLatin1String("emergency") ? 1 : 0);
        const QString start = values.value(QStringLiteral("start_date")).toString();
        const QString end = values.value(QStringLiteral("end_date")).toString();
        if (!start.isEmpty() && !end.isEmpty() && end < start)
            problems->append(tr("end_date %1 is before start_date %2").arg(end, start));
    }
}

void ImportTarget::completeComponent(QVariantMap &values, QStringList *problems)
{
    const QString ident = values.value(QStringLiteral("ident")).toString();
    QString cls = values.value(QStringLiteral("class_code")).toString();
    if (ident.isEmpty()) {
        if (!m_generateIds) {
            problems->append(
                tr("no identifier (--generate-ids gives features without one a new identifier)"));
            return;
        }
        if (cls.isEmpty()) {
            problems->append(tr("no class to make an identifier from"));
            return;
        }
        if (!problems->isEmpty())
            return; // a feature left out takes no serial
        const QString made = nextIdent(cls);
        if (made.isEmpty()) {
            problems->append(tr("class %1 has no free identifier left").arg(cls));
            return;
        }
        values.insert(QStringLiteral("ident"), made);
        cls = made.mid(6, made.size() - 12);
    } else if (const auto id = ComponentId::parse(ident); !id) {
        problems->append(
            tr("identifier \"%1\" is not a 16- or 17-digit component identifier").arg(ident.left(40)));
        return;
    } else if (id->county != m_county) {
        problems->append(tr("identifier %1 belongs to district %2, not to this store's %3")
                             .arg(ident, id->county, m_county));
        return;
    } else if (!cls.isEmpty() && cls != id->classCode() && !sameClass(cls, id->classCode())) {
        problems->append(tr("identifier %1 is of class %2, not %3").arg(ident, id->classCode(), cls));
        return;
    } else {
        cls = id->classCode();
    }
    const CatalogueEntry *entry = m_catalogue.forClassCode(cls);
    if (!entry) {
        problems->append(tr("class %1 is not in the catalogue").arg(cls));
        return;
    }
    values.insert(QStringLiteral("class_code"), cls);
    if (!values.contains(QStringLiteral("name")))
        values.insert(QStringLiteral("name"), entry->name);
    if (!values.contains(QStringLiteral("state")))
        values.insert(QStringLiteral("state"), QStringLiteral("intact"));
}

// One class in both schemes (0118 and 01018, both 路灯): a class read by its name is taken in the
// store's scheme, while an identifier may be of either.
bool ImportTarget::sameClass(const QString &a, const QString &b) const
{
    const CatalogueEntry *next = m_catalogue.successor(a.size() == 4 ? a : b);
    return next && next->code == (a.size() == 4 ? b : a);
}

// The next free identifier of a class: after the store's highest serial (asked once per class), then
// counted here; past 999,999 the same class in the 17-digit scheme.
QString ImportTarget::nextIdent(const QString &classCode)
{
    for (QString cls = classCode; !cls.isEmpty();) {
        auto it = m_lastSerial.find(cls);
        if (it == m_lastSerial.end()) {
            const QString first = edit::nextComponentIdent(m_store, cls);
            it = m_lastSerial.insert(cls,
                                     first.isEmpty() ? kLastSerial : ComponentId::parse(first)->serial - 1);
        }
        if (*it < kLastSerial) {
            const QString ident = ComponentId::make(m_county, cls, ++*it)->toString();
            made(cls, ident);
            return ident;
        }
        const CatalogueEntry *next = m_catalogue.successor(cls);
        cls = next ? next->code : QString();
    }
    return QString();
}

// Risk point codes as the store writes them: the most common letters before a number, the number one
// more than the highest, as many digits as the others have.
QString ImportTarget::nextRiskCode()
{
    if (m_lastRisk < 0) {
        static const QRegularExpression pattern(QStringLiteral("^(\\D*)(\\d+)$"));
        QHash<QString, int> prefixes;
        QHash<QString, QPair<int, int>> highest; // prefix -> (number, digits)
        for (const QString &code : RiskPoints::codes(m_store))
            if (const auto m = pattern.match(code); m.hasMatch()) {
                ++prefixes[m.captured(1)];
                auto &h = highest[m.captured(1)];
                h = {std::max(h.first, m.captured(2).toInt()), int(m.captured(2).size())};
            }
        m_riskPrefix = QStringLiteral("RP");
        int most = 0;
        for (auto p = prefixes.cbegin(); p != prefixes.cend(); ++p)
            if (p.value() > most) {
                most = p.value();
                m_riskPrefix = p.key();
            }
        m_lastRisk = highest.value(m_riskPrefix).first;
        m_riskDigits = std::max(1, highest.value(m_riskPrefix, {0, 5}).second);
    }
    const QString code =
        m_riskPrefix + QStringLiteral("%1").arg(++m_lastRisk, m_riskDigits, 10, QLatin1Char('0'));
    made(m_riskPrefix, code);
    return code;
}

double ImportTarget::lineWidth(void *feature) const
{
    return m_widthField >= 0 && OGR_F_IsFieldSetAndNotNull(feature, m_widthField)
               ? OGR_F_GetFieldAsDouble(feature, m_widthField)
               : 0;
}

void ImportTarget::measured(QVariantMap &values, double area) const
{
    if (m_layer == Layer::Permits && !values.contains(QStringLiteral("area_m2")))
        values.insert(QStringLiteral("area_m2"), std::round(area * 10) / 10);
}

void ImportTarget::inserted(qint64 id)
{
    if (m_layer != Layer::Permits)
        return;
    PermitWorkflow::recordStep(m_store, id, QString(), QStringLiteral("submitted"),
                               tr("imported from %1").arg(QFileInfo(m_file).fileName()),
                               QStringLiteral("online"));
}

void ImportTarget::made(const QString &kind, const QString &ident)
{
    Made &m = m_made[kind];
    if (m.count++ == 0)
        m.first = ident;
    m.last = ident;
}

QStringList ImportTarget::notes() const
{
    QStringList out;
    for (const Made &m : m_made)
        out.append(tr("%n identifier(s) made for features without one: %1 to %2", nullptr, int(m.count))
                       .arg(m.first, m.last));
    return out;
}

} // namespace uo
