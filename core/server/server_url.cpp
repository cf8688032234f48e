#include "core/server/server_url.h"
#include "core/error/error.h"

#include "core/store/store_error.h"

#include <QRegularExpression>
#include <QUrl>
#include <libpq-fe.h>

namespace uo::server {

namespace {
constexpr QLatin1String kDistrictKey("district");

QString keyOf(const QString &item)
{
    return item.section(QLatin1Char('='), 0, 0);
}
} // namespace

bool ServerUrl::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

bool ServerUrl::isValidDistrict(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("pg_")) &&
           name != QLatin1String("public");
}

ServerUrl ServerUrl::parse(const QString &text)
{
    if (!isServerUrl(text))
        throw RequestError(tr("%1 is not a server address: it must start with postgresql://").arg(text));
    ServerUrl url;
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    QString base = question < 0 ? text : text.left(question);
    QStringList kept;
    int districts = 0;
    if (question >= 0) {
        const QStringList items = text.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
        for (const QString &item : items) {
            if (keyOf(item) == kDistrictKey) {
                ++districts;
                url.m_district = QUrl::fromPercentEncoding(item.section(QLatin1Char('='), 1).toUtf8());
            } else {
                kept.append(item);
            }
        }
    }
    if (districts > 1)
        throw RequestError(tr("%1 names more than one district.").arg(url.display()));
    url.m_conninfo = (kept.isEmpty() ? base : base + QLatin1Char('?') + kept.join(QLatin1Char('&'))).toUtf8();
    url = url.withDistrict(url.m_district);
    // libpq's own reading of the rest, so that a mistake is reported before any connection is tried.
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.m_conninfo.constData(), &message);
    if (!options) {
        const QString detail = message ? QString::fromUtf8(message).trimmed() : QString();
        PQfreemem(message);
        throw RequestError(tr("%1 is not a valid server address: %2").arg(url.display(), detail));
    }
    PQconninfoFree(options);
    return url;
}

ServerUrl ServerUrl::withDistrict(const QString &district) const
{
    if (!district.isEmpty() && !isValidDistrict(district))
        throw RequestError(
            tr("\"%1\" cannot be a district name on a server: use lower-case letters a-z, digits and "
               "_, starting with a letter (at most 40).")
                .arg(district));
    ServerUrl url = *this;
    url.m_district = district;
    return url;
}

QString ServerUrl::display() const
{
    static const QRegularExpression userPassword(QStringLiteral("^(postgres(?:ql)?://[^:@/?]*):[^@/?]*@"));
    static const QRegularExpression passwordParameter(QStringLiteral("([?&])password=[^&]*&?"));
    QString text = QString::fromUtf8(m_conninfo);
    text.replace(userPassword, QStringLiteral("\\1@"));
    text.replace(passwordParameter, QStringLiteral("\\1"));
    if (text.endsWith(QLatin1Char('?')) || text.endsWith(QLatin1Char('&')))
        text.chop(1);
    if (!m_district.isEmpty())
        text += (text.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + kDistrictKey +
                QLatin1Char('=') + m_district;
    return text;
}

} // namespace uo::server
