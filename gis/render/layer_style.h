#pragma once

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace uo {

class DistrictStore;

// The outline of a point symbol. Components of each major class get their own, so that the class still
// reads where colours are hard to tell apart (printouts, colour-blind readers).
enum class SymbolShape
{
    Circle,
    Square,
    Triangle,
    Diamond,
    Hexagon,
    Cross
};
QString symbolShapeName(SymbolShape shape); // as kept in JSON: "circle", "square", ...
SymbolShape symbolShapeFromName(const QString &name, SymbolShape fallback);

// How the features of one class of a layer look: one road grade, risk level, permit status, component
// major class. `key` is the value of the feature attribute the class stands for (see classKeys()).
struct SymbolClass
{
    QString key;
    QColor colour;
    SymbolShape shape = SymbolShape::Circle;

    friend bool operator==(const SymbolClass &, const SymbolClass &) = default;
};

// How one map layer is drawn, chosen by the user and kept with the district. A plain value: the render
// job takes a copy to its worker thread.
struct LayerStyle
{
    QString table;
    bool visible = true;
    double opacity = 1.0; // 0 (invisible) .. 1
    // Drawn only between these 1:N scales (at 96 dpi); 0 leaves that end open. `minScale` is the
    // closest view (smallest N), `maxScale` the farthest (largest N).
    double minScale = 0;
    double maxScale = 0;
    double sizeFactor = 1.0; // symbol sizes and line widths times this
    bool labels = false;     // names: along the lines (roads, road segments), over the areas (streets)
    QColor colour;           // layers drawn in one colour (streets, grid cells, shops, others)
    QList<SymbolClass> classes;

    // Whether the layer is drawn in a view of 1:scaleDenominator.
    bool showsAt(double scaleDenominator) const;
    const SymbolClass *findClass(const QString &key) const;
    // The colour of class `key`, or `fallback` for a class the style does not name.
    QColor classColour(const QString &key, const QColor &fallback) const;

    friend bool operator==(const LayerStyle &, const LayerStyle &) = default;
};

// The class keys of each layer that draws by class: road grades, risk levels, permit statuses, the
// component kinds "01".."06", "local" and "defect", segments "assigned" and "unassigned". Empty for a
// layer drawn in one colour.
QStringList classKeys(const QString &table);
// The component kind of map_style (0 local, 1..6, kDefect) as a class key, and back (-1 for none).
QString componentClassKey(int kind);
int componentKindOfKey(const QString &key);

// Every layer's style and their drawing order (bottom first): what the map of one district looks like.
struct DistrictStyle
{
    QList<LayerStyle> layers;

    // The bureau's default look: every map layer in mapLayers() order, colours from map_style.
    static DistrictStyle defaults();
    static LayerStyle defaultLayerStyle(const QString &table);

    const LayerStyle *layer(const QString &table) const;
    LayerStyle *layer(const QString &table);
    QStringList order() const; // tables, bottom first
    QSet<QString> visibleLayers() const;

    // JSON as kept in the store. Reading starts from the defaults and takes what it understands: a layer
    // the file does not name keeps its default, one this version does not know is dropped, so a style
    // saved by an older or newer workstation still opens. Returns the defaults (and sets *error) when
    // `json` is not a style at all.
    QByteArray toJson() const;
    static DistrictStyle fromJson(const QByteArray &json, QString *error = nullptr);

    friend bool operator==(const DistrictStyle &, const DistrictStyle &) = default;
};

// The settings key the district's style is kept under.
inline constexpr char kDistrictStyleSetting[] = "map/style";
// The district's saved style, or the defaults when it has none (or an unreadable one).
DistrictStyle loadDistrictStyle(DistrictStore &store);
// Saves the style into the store's settings (audited, one transaction).
void saveDistrictStyle(DistrictStore &store, const DistrictStyle &style);

} // namespace uo
