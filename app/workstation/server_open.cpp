#include "app/workstation/server_open.h"

#include "core/server/server_access.h"
#include "core/server/server_url.h"
#include "core/store/district_store.h"
#include "core/store/store_error.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLineEdit>
#include <QProgressDialog>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace uo {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(uo::ServerOpen)

public:
    static QString connecting(const QString &server)
    {
        return tr("Opening the district on %1\u2026").arg(server);
    }
    static QString cancel() { return tr("Cancel"); }
    static QString title() { return tr("Open District on Server"); }
    static QString password(const QString &login) { return tr("Password of %1:").arg(login); }
};

// What the worker thread hands back: the store, or why there is none.
struct Outcome
{
    std::unique_ptr<DistrictStore> store;
    server::ServerAccess access;
    StoreError::Kind kind = StoreError::Kind::Sql;
    QString message;
};

std::shared_ptr<Outcome> openOnWorker(const QString &url)
{
    auto outcome = std::make_shared<Outcome>();
    try {
        outcome->store = DistrictStore::open(url, DistrictStore::Access::WriteIfPossible);
        outcome->access = server::ServerAccess::of(*outcome->store);
    } catch (const StoreError &error) {
        outcome->kind = error.kind();
        outcome->message = error.message();
    } catch (const std::exception &error) {
        outcome->message = QString::fromLocal8Bit(error.what());
    }
    return outcome;
}

// Opens on a worker under a progress dialog with Cancel, gone by the time this returns (so that it never
// shows over the password box); null when the user cancelled.
std::shared_ptr<Outcome> openWithProgress(QWidget *parent, const QString &server, const QString &url)
{
    QProgressDialog progress(Text::connecting(server), Text::cancel(), 0, 0, parent);
    progress.setWindowTitle(Text::title());
    progress.setWindowModality(Qt::WindowModal);
    // Shown once opening takes long enough to notice (a local server answers before).
    QTimer::singleShot(300, &progress, &QProgressDialog::show);
    QFutureWatcher<std::shared_ptr<Outcome>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QDialog::rejected, &loop, &QEventLoop::quit); // Escape
    watcher.setFuture(QtConcurrent::run(openOnWorker, url));
    loop.exec();
    return watcher.isFinished() ? watcher.result() : nullptr;
}

QString withPassword(const QString &url, const QString &password)
{
    QUrl withIt(url);
    withIt.setPassword(password);
    return withIt.toString(QUrl::FullyEncoded);
}
} // namespace

std::unique_ptr<DistrictStore> openServerDistrict(QWidget *parent, const QString &url,
                                                  const PasswordAsker &askPassword, QString *error,
                                                  server::ServerAccess *access)
{
    // The address as shown (no password) names the server in the dialogs.
    QString server;
    try {
        server = server::ServerUrl::parse(url).display();
    } catch (const Error &e) {
        *error = e.message();
        return nullptr;
    }
    const QString login = QUrl(url).userName();
    QString attempt = url;
    for (;;) {
        const std::shared_ptr<Outcome> outcome = openWithProgress(parent, server, attempt);
        if (!outcome) {
            // The worker finishes on its own (libpq's connect_timeout) and its store is dropped there.
            error->clear();
            return nullptr;
        }
        if (outcome->store) {
            *access = outcome->access;
            return std::move(outcome->store);
        }
        if (outcome->kind != StoreError::Kind::SignIn || !askPassword) {
            *error = outcome->message;
            return nullptr;
        }
        const std::optional<QString> password = askPassword(login, outcome->message);
        if (!password) {
            error->clear();
            return nullptr;
        }
        attempt = withPassword(url, *password);
    }
}

std::optional<QString> askPasswordInDialog(QWidget *parent, const QString &login, const QString &why)
{
    bool ok = false;
    const QString password =
        QInputDialog::getText(parent, Text::title(), why + QStringLiteral("\n\n") + Text::password(login),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

} // namespace uo
