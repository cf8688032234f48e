// The district style as JSON in the store's settings table.
#include "gis/render/layer_style.h"

#include "core/store/district_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace uo {

namespace {
constexpr int kFormatVersion = 1;

QString colourText(const QColor &c)
{
    return c.name(c.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

QColor colourFrom(const QJsonValue &value, const QColor &fallback)
{
    const QColor c = QColor::fromString(value.toString());
    return c.isValid() ? c : fallback;
}

QJsonObject layerToJson(const LayerStyle &style)
{
    QJsonObject o{{QStringLiteral("table"), style.table},       {QStringLiteral("visible"), style.visible},
                  {QStringLiteral("opacity"), style.opacity},   {QStringLiteral("minScale"), style.minScale},
                  {QStringLiteral("maxScale"), style.maxScale}, {QStringLiteral("size"), style.sizeFactor},
                  {QStringLiteral("labels"), style.labels}};
    if (style.colour.isValid())
        o.insert(QStringLiteral("colour"), colourText(style.colour));
    QJsonArray classes;
    for (const SymbolClass &c : style.classes)
        classes.append(QJsonObject{{QStringLiteral("key"), c.key},
                                   {QStringLiteral("colour"), colourText(c.colour)},
                                   {QStringLiteral("shape"), symbolShapeName(c.shape)}});
    if (!classes.isEmpty())
        o.insert(QStringLiteral("classes"), classes);
    return o;
}

// Reads onto `style` (the layer's defaults) what `o` says, within sane bounds.
void layerFromJson(const QJsonObject &o, LayerStyle &style)
{
    style.visible = o.value(QStringLiteral("visible")).toBool(style.visible);
    style.opacity = std::clamp(o.value(QStringLiteral("opacity")).toDouble(style.opacity), 0.0, 1.0);
    style.minScale = std::max(0.0, o.value(QStringLiteral("minScale")).toDouble(style.minScale));
    style.maxScale = std::max(0.0, o.value(QStringLiteral("maxScale")).toDouble(style.maxScale));
    style.sizeFactor = std::clamp(o.value(QStringLiteral("size")).toDouble(style.sizeFactor), 0.25, 8.0);
    style.labels = o.value(QStringLiteral("labels")).toBool(style.labels);
    style.colour = colourFrom(o.value(QStringLiteral("colour")), style.colour);
    const QJsonArray classes = o.value(QStringLiteral("classes")).toArray();
    for (const QJsonValue &value : classes) {
        const QJsonObject c = value.toObject();
        // Only the classes this version draws: a key it does not know would never be used.
        for (SymbolClass &known : style.classes)
            if (known.key == c.value(QStringLiteral("key")).toString()) {
                known.colour = colourFrom(c.value(QStringLiteral("colour")), known.colour);
                known.shape = symbolShapeFromName(c.value(QStringLiteral("shape")).toString(), known.shape);
            }
    }
}
} // namespace

QByteArray DistrictStyle::toJson() const
{
    QJsonArray array;
    for (const LayerStyle &l : layers)
        array.append(layerToJson(l));
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("layers"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

DistrictStyle DistrictStyle::fromJson(const QByteArray &json, QString *error)
{
    const DistrictStyle defaults = DistrictStyle::defaults();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("layers")).isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QCoreApplication::translate("uo::DistrictStyle",
                                                       "The map style is not a list of layers.");
        return defaults;
    }
    DistrictStyle style;
    const QJsonArray array = doc.object().value(QStringLiteral("layers")).toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        const QString table = o.value(QStringLiteral("table")).toString();
        const LayerStyle *known = defaults.layer(table);
        if (!known || style.layer(table))
            continue; // a layer this version does not draw, or one named twice
        LayerStyle layer = *known;
        layerFromJson(o, layer);
        style.layers.append(layer);
    }
    // A layer the saved style does not name (added since it was saved) goes where the defaults put it:
    // just above the layer below it in the default order.
    for (int i = 0; i < defaults.layers.size(); ++i) {
        const LayerStyle &layer = defaults.layers.at(i);
        if (style.layer(layer.table))
            continue;
        int at = 0;
        for (int below = i - 1; below >= 0; --below) {
            const int pos = int(style.order().indexOf(defaults.layers.at(below).table));
            if (pos >= 0) {
                at = pos + 1;
                break;
            }
        }
        style.layers.insert(at, layer);
    }
    return style;
}

DistrictStyle loadDistrictStyle(DistrictStore &store)
{
    const QString json = store.setting(QString::fromLatin1(kDistrictStyleSetting));
    if (json.isEmpty())
        return DistrictStyle::defaults();
    return DistrictStyle::fromJson(json.toUtf8());
}

void saveDistrictStyle(DistrictStore &store, const DistrictStyle &style)
{
    store.setSetting(QString::fromLatin1(kDistrictStyleSetting), QString::fromUtf8(style.toJson()));
}

} // namespace uo
