#include "bench_permits.h"

#include "bench_util.h"
#include "permits/permit_review.h"
#include "sql/statement.h"
#include "store/district_store.h"
#include "store/store_error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace uo::cli {

namespace {
constexpr int kPermits = 10000;
}

int benchPermits(const QString &path, Streams io)
{
    try {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("bench.sqlite"));
        copyStore(path, copy);
        auto store = DistrictStore::open(copy);
        sql::Database &db = store->db();
        QList<qint64> originals;
        auto ids = db.prepare("SELECT id FROM permits ORDER BY id");
        while (ids.step())
            originals.append(ids.int64(0));
        if (originals.isEmpty()) {
            io.err << QCoreApplication::translate("uo::cli", "%1 has no permits to review.").arg(path) << Qt::endl;
            return 1;
        }
        {
            sql::Transaction tx(db);
            for (int round = 1; db.scalarInt("SELECT count(*) FROM permits") < kPermits; ++round) {
                auto repeat = db.prepare(
                    "INSERT INTO permits(permit_no, applicant, location, reason, utility_type, work_type, status, "
                    "start_date, end_date, area_m2, trench_length_m, emergency, geom) "
                    "SELECT permit_no || '-R' || :round, applicant, location, reason, utility_type, work_type, 'accepted', "
                    "date(start_date, :shift), date(end_date, :shift), area_m2, trench_length_m, 0, geom FROM permits "
                    "WHERE id <= :last LIMIT :room");
                repeat.bind(1, round).bind(2, QStringLiteral("-%1 days").arg(round * 97));
                repeat.bind(3, originals.last()).bind(4, kPermits - db.scalarInt("SELECT count(*) FROM permits"));
                repeat.run();
            }
            tx.commit();
        }
        QRandomGenerator random(10000);
        QList<double> times;
        QElapsedTimer clock;
        int blocked = 0;
        for (int run = 0; run < 60; ++run) {
            const qint64 id = originals[random.bounded(int(originals.size()))];
            clock.start();
            const PermitReviewResult review = PermitReview::run(*store, id);
            times.append(clock.nsecsElapsed() / 1e6);
            blocked += review.blocked();
        }
        printFigure(io, QStringLiteral("permits"), double(db.scalarInt("SELECT count(*) FROM permits")), 0);
        printFigure(io, QStringLiteral("check_ms"), median(times));
        printFigure(io, QStringLiteral("check_max_ms"), *std::max_element(times.begin(), times.end()));
        printFigure(io, QStringLiteral("blocked_share"), double(blocked) / times.size());
        return 0;
    } catch (const StoreError &error) {
        io.err << error.message() << Qt::endl;
        return 1;
    }
}

} // namespace uo::cli
