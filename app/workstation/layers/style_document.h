#pragma once

#include "gis/render/layer_style.h"

#include <QObject>

namespace uo {

class DistrictStore;

// The look of the open district's map: one DistrictStyle, read from the store when the district opens
// and written back on every change, so that it opens the same next time. Commands change it; the layer
// tree and the canvas listen.
class StyleDocument : public QObject
{
    Q_OBJECT

public:
    explicit StyleDocument(QObject *parent = nullptr);

    // Reads the store's style (the defaults when it has none); null forgets the store and goes back to
    // the defaults. Emits styleChanged.
    void setStore(DistrictStore *store, bool readOnly);
    const DistrictStyle &style() const { return m_style; }
    // Takes `style`, saves it with the district (unless read-only) and emits styleChanged.
    void setStyle(const DistrictStyle &style);

signals:
    void styleChanged(const DistrictStyle &style);
    // The style could not be saved; it still applies until the district closes.
    void saveFailed(const QString &message);

private:
    DistrictStore *m_store = nullptr;
    bool m_readOnly = false;
    DistrictStyle m_style;
};

} // namespace uo
