#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

namespace uo {

class DistrictStore;

// One thing the search box found: what to show in its list, which features of which map layer it is
// (a person is the road segments they work on, a community its unit grid cells) and where they lie,
// to zoom to.
struct SearchResult
{
    // In the order the search box lists them.
    enum class Kind
    {
        Component,
        Street,
        Community,
        Road,
        Segment,
        Permit,
        Person,
        Shop,
        RiskPoint,
        Case
    };
    Kind kind = Kind::Component;
    QString table;        // map layer of `ids`
    QList<qint64> ids;    // features to select; empty for a person without segments
    QString title;        // the name or identifier found
    QString detail;       // what kind of thing it is and where, in the current language
    QRectF bounds;        // of the features, store CRS (a point's has no size)
    bool located = false; // whether there is anywhere to go: false for a person without segments
};

// The search box's queries. Digits find components by their 16- or 17-digit identifier or its prefix
// (a range over the identifier's unique index, never a scan); text finds streets and towns,
// communities, roads (also by code), segments, excavation permits by number, people, shops and risk
// points by any part of their name (Chinese substrings included), and cases by number or by words of
// their description, the newest first. Within a kind, exact matches come
// first, then those that begin with the text, then shorter names. Fast enough on the GUI thread: the
// name searches scan tables of a few thousand rows, the cases a year's tens of thousands.
class FeatureSearch
{
    Q_DECLARE_TR_FUNCTIONS(uo::FeatureSearch)

public:
    static QList<SearchResult> find(DistrictStore &store, const QString &text, int limitPerKind = 10);
    // The components whose identifier begins with `prefix` (digits only), in identifier order.
    static QList<SearchResult> componentsByIdentifier(DistrictStore &store, const QString &prefix, int limit);

    static QString kindName(SearchResult::Kind kind);
};

} // namespace uo
