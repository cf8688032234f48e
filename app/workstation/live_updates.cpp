#include "app/workstation/live_updates.h"

#include "core/server/server_listener.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace uo {

namespace {
// Notifications of one commit arrive together; a little wait gathers a save of many tables into one.
constexpr int kGatherMs = 150;
constexpr int kRetryMs = 3000;

struct Attempt
{
    server::ServerListener *listener = nullptr;
    QString error;
};

// A table in the user's words: a map layer's title, or what the other tables hold.
QString tableWords(const QString &table)
{
    if (const LayerInfo *layer = findLayer(table))
        return layerTitle(*layer);
    static const QHash<QString, const char *> words = {
        {QStringLiteral("permit_history"), QT_TRANSLATE_NOOP("uo::LiveUpdates", "permit history")},
        {QStringLiteral("permit_rules"), QT_TRANSLATE_NOOP("uo::LiveUpdates", "permit rules")},
        {QStringLiteral("nodig_calendar"), QT_TRANSLATE_NOOP("uo::LiveUpdates", "the no-dig calendar")},
        {QStringLiteral("people"), QT_TRANSLATE_NOOP("uo::LiveUpdates", "people")},
        {QStringLiteral("segment_collaborators"),
         QT_TRANSLATE_NOOP("uo::LiveUpdates", "segment collaborators")},
        {QStringLiteral("risk_records"), QT_TRANSLATE_NOOP("uo::LiveUpdates", "risk records")},
        {QStringLiteral("case_history"), QT_TRANSLATE_NOOP("uo::LiveUpdates", "case history")},
    };
    const auto it = words.constFind(table);
    return it != words.constEnd() ? LiveUpdates::tr(it.value()) : LiveUpdates::tr("other records");
}
} // namespace

LiveUpdates::LiveUpdates(QObject *parent)
    : QObject(parent), m_gather(new QTimer(this)), m_retry(new QTimer(this))
{
    m_gather->setSingleShot(true);
    m_gather->setInterval(kGatherMs);
    connect(m_gather, &QTimer::timeout, this, &LiveUpdates::flush);
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &LiveUpdates::connectListener);
}

LiveUpdates::~LiveUpdates()
{
    stop();
}

void LiveUpdates::follow(DistrictStore &store, const QString &district)
{
    stop();
    if (!store.isOnServer())
        return;
    m_url = store.path();
    m_district = district;
    m_ownProcess = server::ServerListener::processOf(store);
    connectListener();
}

void LiveUpdates::stop()
{
    ++m_generation;
    m_retry->stop();
    m_gather->stop();
    m_pending.clear();
    m_wasLost = false;
    m_url.clear();
    delete m_listener;
    m_listener = nullptr;
}

void LiveUpdates::connectListener()
{
    if (m_url.isEmpty())
        return;
    const QString url = m_url, district = m_district;
    QThread *home = thread();
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<Attempt>(this);
    connect(watcher, &QFutureWatcher<Attempt>::finished, this, [this, watcher, generation] {
        const Attempt attempt = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation) {
            delete attempt.listener; // made for a district closed since
            return;
        }
        listenerReady(attempt.listener, attempt.error);
    });
    watcher->setFuture(QtConcurrent::run([url, district, home] {
        Attempt attempt;
        try {
            auto *listener = new server::ServerListener(server::ServerUrl::parse(url), district);
            listener->moveToThread(home); // heard in the window's event loop
            attempt.listener = listener;
        } catch (const StoreError &error) {
            attempt.error = error.message();
        }
        return attempt;
    }));
}

void LiveUpdates::listenerReady(server::ServerListener *listener, const QString &error)
{
    if (!listener) {
        if (!m_wasLost)
            lost(error);
        else
            m_retry->start();
        return;
    }
    m_listener = listener;
    m_listener->setParent(this);
    m_listener->ignoreProcess(m_ownProcess);
    connect(m_listener, &server::ServerListener::changed, this,
            [this](const QString &table, const QString &, const QString &login) { heard(table, login); });
    connect(m_listener, &server::ServerListener::lost, this, &LiveUpdates::lost);
    if (m_wasLost) {
        m_wasLost = false;
        emit reconnected(tr("The connection to the district server is back; the district is read again."));
    }
}

void LiveUpdates::heard(const QString &table, const QString &login)
{
    m_pending[login].insert(table);
    if (!m_gather->isActive())
        m_gather->start();
}

void LiveUpdates::flush()
{
    QSet<QString> tables;
    for (const QSet<QString> &some : std::as_const(m_pending))
        tables.unite(some);
    const QString message = describe(m_pending);
    m_pending.clear();
    QStringList sorted(tables.begin(), tables.end());
    sorted.sort();
    emit changed(sorted, message);
}

QString LiveUpdates::describe(const QHash<QString, QSet<QString>> &changes)
{
    QStringList logins = changes.keys();
    logins.sort();
    QStringList sentences;
    for (const QString &login : std::as_const(logins)) {
        QStringList words;
        for (const QString &table : changes.value(login))
            words.append(tableWords(table));
        words.sort();
        words.removeDuplicates();
        sentences.append(tr("%1 changed %2").arg(login, words.join(tr(", "))));
    }
    return sentences.join(tr("; "));
}

void LiveUpdates::lost(const QString &reason)
{
    if (m_listener) {
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    m_wasLost = true;
    emit connectionLost(tr("The connection to the district server was lost; changes by others are not shown "
                           "until it is back. Trying again\u2026 (%1)")
                            .arg(reason));
    m_retry->start();
}

} // namespace uo
