#include "app/workstation/layers/style_document.h"

#include "core/store/district_store.h"
#include "core/store/store_error.h"

namespace uo {

StyleDocument::StyleDocument(QObject *parent) : QObject(parent), m_style(DistrictStyle::defaults()) {}

void StyleDocument::setStore(DistrictStore *store, bool readOnly)
{
    m_store = store;
    m_readOnly = readOnly;
    DistrictStyle style = DistrictStyle::defaults();
    if (store) {
        try {
            style = loadDistrictStyle(*store);
        } catch (const Error &error) {
            // A style that cannot be read is no reason not to show the district: it draws as by default.
            emit saveFailed(error.message());
        }
    }
    m_style = style;
    emit styleChanged(m_style);
}

void StyleDocument::setStyle(const DistrictStyle &style)
{
    if (style == m_style)
        return;
    m_style = style;
    if (m_store && !m_readOnly) {
        try {
            saveDistrictStyle(*m_store, m_style);
        } catch (const Error &error) {
            emit saveFailed(error.message());
        }
    }
    emit styleChanged(m_style);
}

} // namespace uo
