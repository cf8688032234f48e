#include "app/workstation/live_updates.h"

#include "core/server/server_listener.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <utility>

namespace uo {

namespace {
// Notifications of one commit arrive together; a little wait gathers a save of many tables into one.
constexpr int kGatherMs = 150;
constexpr int kRetryMs = 3000;

} // namespace

// One try at connecting a listener, shared by the worker making it and the window taking it. A try the
// window no longer wants (the district closed, the window gone) is dropped by whichever side learns last,
// in the thread that owns the listener then: the worker before handing it over, the window after.
struct LiveUpdates::Attempt
{
    QMutex mutex;
    bool wanted = true;
    server::ServerListener *listener = nullptr;
    QString error;
};

namespace {

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
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("uo::LiveUpdates", "district settings")},
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
    m_store = &store;
    connectListener();
}

void LiveUpdates::stop()
{
    for (const std::shared_ptr<Attempt> &attempt : std::as_const(m_attempts)) {
        QMutexLocker lock(&attempt->mutex);
        attempt->wanted = false;
        delete attempt->listener; // handed over, not yet taken: this thread's to delete
        attempt->listener = nullptr;
    }
    m_attempts.clear();
    m_retry->stop();
    m_gather->stop();
    m_pending.clear();
    m_wasLost = false;
    m_url.clear();
    m_store = nullptr;
    delete m_listener;
    m_listener = nullptr;
}

void LiveUpdates::connectListener()
{
    if (m_url.isEmpty())
        return;
    const QString url = m_url, district = m_district;
    QThread *home = thread();
    auto attempt = std::make_shared<Attempt>();
    m_attempts.append(attempt);
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, attempt] {
        watcher->deleteLater();
        server::ServerListener *listener = nullptr;
        QString error;
        {
            QMutexLocker lock(&attempt->mutex);
            if (!attempt->wanted)
                return; // stop() dropped it
            listener = std::exchange(attempt->listener, nullptr);
            error = attempt->error;
        }
        m_attempts.removeOne(attempt);
        listenerReady(listener, error);
    });
    watcher->setFuture(QtConcurrent::run([url, district, home, attempt] {
        std::unique_ptr<server::ServerListener> listener;
        QString error;
        try {
            listener = std::make_unique<server::ServerListener>(server::ServerUrl::parse(url), district);
        } catch (const Error &e) {
            error = e.message();
        }
        QMutexLocker lock(&attempt->mutex);
        if (!attempt->wanted)
            return; // the window closed the district meanwhile: the listener goes here
        if (listener)
            listener->moveToThread(home); // heard in the window's event loop
        attempt->listener = listener.release();
        attempt->error = error;
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
    // The store's connection may be made again after a loss, with another server process: asked anew.
    m_listener->ignoreProcess([store = m_store] { return server::ServerListener::processOf(*store); });
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
        const QSet<QString> &tables = changes.value(login);
        for (const QString &table : tables)
            // A save counts itself in the settings (EditJournal::recordSave): not news beside what it saved.
            if (table != QLatin1String("settings") || tables.size() == 1)
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
