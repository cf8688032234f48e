#include "gis/render/layer_style.h"

#include "core/catalogue/code_lists.h"
#include "core/store/layers.h"
#include "gis/render/case_style.h"
#include "gis/render/map_style.h"

#include <QLatin1String>

namespace uo {

namespace {
const std::pair<SymbolShape, const char *> kShapeNames[] = {
    {SymbolShape::Circle, "circle"},   {SymbolShape::Square, "square"},   {SymbolShape::Triangle, "triangle"},
    {SymbolShape::Diamond, "diamond"}, {SymbolShape::Hexagon, "hexagon"}, {SymbolShape::Cross, "cross"},
};

} // namespace

QString symbolShapeName(SymbolShape shape)
{
    for (const auto &[s, name] : kShapeNames)
        if (s == shape)
            return QString::fromLatin1(name);
    return QStringLiteral("circle");
}

SymbolShape symbolShapeFromName(const QString &name, SymbolShape fallback)
{
    for (const auto &[s, n] : kShapeNames)
        if (name == QLatin1String(n))
            return s;
    return fallback;
}

bool LayerStyle::showsAt(double scaleDenominator) const
{
    if (!visible || opacity <= 0.0)
        return false;
    if (minScale > 0 && scaleDenominator < minScale)
        return false;
    return maxScale <= 0 || scaleDenominator <= maxScale;
}

const SymbolClass *LayerStyle::findClass(const QString &key) const
{
    for (const SymbolClass &c : classes)
        if (c.key == key)
            return &c;
    return nullptr;
}

QColor LayerStyle::classColour(const QString &key, const QColor &fallback) const
{
    const SymbolClass *c = findClass(key);
    return c ? c->colour : fallback;
}

QStringList classKeys(const QString &table)
{
    const std::optional<Layer> which = layerOf(table);
    // The coded columns a layer is classed by, in the code lists' order (which is the legend's).
    if (which == Layer::Roads)
        return CodeLists::codes(table, QStringLiteral("grade"));
    if (which == Layer::RoadSegments)
        return {QStringLiteral("assigned"), QStringLiteral("unassigned")};
    if (which == Layer::RiskPoints)
        return CodeLists::codes(table, QStringLiteral("level"));
    if (which == Layer::Permits)
        return CodeLists::codes(table, QStringLiteral("status"));
    if (which == Layer::Components) {
        QStringList keys;
        for (int kind = 1; kind <= 6; ++kind)
            keys.append(componentClassKey(kind));
        keys << componentClassKey(map_style::kLocalClass) << componentClassKey(map_style::kDefect);
        return keys;
    }
    if (which == Layer::DistrictBoundary)
        return {QStringLiteral("district"), QStringLiteral("built_up")};
    if (which == Layer::Cases)
        return case_style::classKeys();
    return {};
}

QString componentClassKey(int kind)
{
    if (kind == map_style::kDefect)
        return QStringLiteral("defect");
    if (kind >= 1 && kind <= 6)
        return QStringLiteral("0%1").arg(kind);
    return QStringLiteral("local");
}

int componentKindOfKey(const QString &key)
{
    for (int kind = 0; kind < map_style::kComponentKinds; ++kind)
        if (componentClassKey(kind) == key)
            return kind;
    return -1;
}

LayerStyle DistrictStyle::defaultLayerStyle(const QString &table)
{
    const std::optional<Layer> which = layerOf(table);
    LayerStyle style;
    style.table = table;
    style.colour = QColor(0x60, 0x60, 0x60);
    for (const QString &key : classKeys(table)) {
        SymbolClass c{key, QColor(0x90, 0x90, 0x90), SymbolShape::Circle};
        if (which == Layer::Roads) {
            c.colour = map_style::roadStyle(key).fill;
        } else if (which == Layer::RoadSegments) {
            c.colour = key == QLatin1String("unassigned") ? map_style::unassignedSegmentColour()
                                                          : map_style::segmentColour(0);
        } else if (which == Layer::RiskPoints) {
            c.colour = map_style::riskColour(key);
        } else if (which == Layer::Permits) {
            c.colour = map_style::permitOutline(key);
        } else if (which == Layer::Components) {
            const int kind = componentKindOfKey(key);
            c.colour = map_style::componentColour(kind);
            c.shape = map_style::componentShape(kind);
        } else if (which == Layer::Cases) {
            c.colour = case_style::colour(key);
            c.shape = SymbolShape::Diamond;
        } else if (which == Layer::DistrictBoundary) {
            c.colour =
                key == QLatin1String("built_up") ? map_style::builtUpFill() : map_style::districtFill();
        }
        style.classes.append(c);
    }
    if (which == Layer::DistrictBoundary)
        style.colour = map_style::districtOutline();
    else if (which == Layer::Streets)
        style.colour = map_style::streetOutline();
    else if (which == Layer::GridCells)
        style.colour = map_style::gridOutline();
    else if (which == Layer::Shops)
        style.colour = map_style::shopColour();
    else if (which == Layer::RoadSegments)
        style.colour = map_style::segmentLabelColour();
    style.labels = which == Layer::Roads || which == Layer::RoadSegments || which == Layer::Streets;
    // Unit grid cells are about a hundred metres across: farther out their outlines only grey the map.
    if (which == Layer::GridCells)
        style.maxScale = 10000;
    // The shops of the "three guarantees" ledger are a street's business, not the district's.
    if (which == Layer::Shops)
        style.maxScale = 25000;
    return style;
}

DistrictStyle DistrictStyle::defaults()
{
    DistrictStyle style;
    for (const LayerInfo &layer : mapLayers())
        style.layers.append(defaultLayerStyle(QString::fromLatin1(layer.table)));
    return style;
}

const LayerStyle *DistrictStyle::layer(const QString &table) const
{
    for (const LayerStyle &l : layers)
        if (l.table == table)
            return &l;
    return nullptr;
}

LayerStyle *DistrictStyle::layer(const QString &table)
{
    for (LayerStyle &l : layers)
        if (l.table == table)
            return &l;
    return nullptr;
}

QStringList DistrictStyle::order() const
{
    QStringList tables;
    for (const LayerStyle &l : layers)
        tables.append(l.table);
    return tables;
}

QSet<QString> DistrictStyle::visibleLayers() const
{
    QSet<QString> tables;
    for (const LayerStyle &l : layers)
        if (l.visible)
            tables.insert(l.table);
    return tables;
}

} // namespace uo
