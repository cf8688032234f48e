// Importing and exporting a layer on a server district as on a file (docs/server.md, "one store, two
// back ends"): the features of a file exported from the district are found again on the server (by
// their identifier, by name and place without one), merging takes the file's values, new features go
// in, and a refused feature in the middle of a file does not take the others with it, although the
// server refuses every statement of a transaction after a failed one.

#include "core/cases/case_intake.h"
#include "core/cases/event_classes.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/new_rows.h"
#include "core/store/store_error.h"
#include "gis/io/case_exchange.h"
#include "gis/io/import_source.h"
#include "gis/io/layer_export.h"
#include "gis/io/layer_import.h"
#include "tests/core/server/server_fixture.h"
#include "tests/core/server/test_district.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace uo;
using uo::test::TestDatabase;

class TestServerLayerImport : public QObject
{
    Q_OBJECT

    static LayerImport::Options optionsFor(DistrictStore &store, const QString &file, const QString &table)
    {
        LayerImport::Options options;
        options.file = file;
        options.table = table;
        ImportSource source(file);
        QStringList fields;
        for (const ImportSource::Field &f : source.fields())
            fields.append(f.name);
        options.mapping = ImportMapping::guess(ImportMapping::columns(store, table), fields);
        return options;
    }

    // The GeoJSON at `from` with each feature changed by `change`, written to `to`.
    static void rewrite(const QString &from, const QString &to,
                        const std::function<void(int, QJsonObject &)> &change)
    {
        QFile in(from);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject doc = QJsonDocument::fromJson(in.readAll()).object();
        QJsonArray features = doc.value(QStringLiteral("features")).toArray();
        for (int i = 0; i < features.size(); ++i) {
            QJsonObject feature = features[i].toObject();
            QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
            change(i, properties);
            feature.insert(QStringLiteral("properties"), properties);
            features[i] = feature;
        }
        doc.insert(QStringLiteral("features"), features);
        QFile out(to);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(doc).toJson());
    }

    qint64 count(const QString &table) { return m_server->count(table); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        const QString file = m_dir.filePath(QStringLiteral("district.sqlite"));
        m_district = uo::test::makeTestDistrict(file);
        const QString url = uo::test::publishCopy(*m_db, file, "import");
        m_server = DistrictStore::open(url);
        m_components = m_dir.filePath(QStringLiteral("components.geojson"));
        m_shops = m_dir.filePath(QStringLiteral("shops.geojson"));
        QVERIFY(LayerExport::run(*m_server, QStringLiteral("components"), m_components, {}) > 1);
        QVERIFY(LayerExport::run(*m_server, QStringLiteral("shops"), m_shops, {}) > 0);
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_db.reset();
    }

    // Every feature of the export is already there: refused, each said so, nothing written.
    void repeatedFeaturesAreFoundOnTheServer()
    {
        const qint64 before = count(QStringLiteral("components"));
        const LayerImport::Report report = LayerImport::run(
            *m_server, optionsFor(*m_server, m_components, QStringLiteral("components")), true);
        QCOMPARE(report.imported, 0);
        QCOMPARE(report.problems.size(), report.read);
        QVERIFY2(report.problems.first().reason.contains(QLatin1String("already in the store")),
                 qPrintable(report.problems.first().reason));
        QCOMPARE(count(QStringLiteral("components")), before);
    }

    // Merging takes the file's values; the rows stay as many.
    void mergingTakesTheFilesValues()
    {
        const QString changed = m_dir.filePath(QStringLiteral("changed.geojson"));
        rewrite(m_components, changed,
                [](int, QJsonObject &p) { p.insert(QStringLiteral("note"), QStringLiteral("复核 2025")); });
        const qint64 before = count(QStringLiteral("components"));
        LayerImport::Options options = optionsFor(*m_server, changed, QStringLiteral("components"));
        options.duplicates = ImportWriter::Duplicates::Merge;
        const LayerImport::Report report = LayerImport::run(*m_server, options, false);
        QCOMPARE(report.imported, report.read);
        QCOMPARE(report.merged, report.read);
        QCOMPARE(count(QStringLiteral("components")), before);
        QCOMPARE(m_server->readRow(QStringLiteral("components"), m_district.componentOnSegment)
                     .value(QStringLiteral("note"))
                     .toString(),
                 QStringLiteral("复核 2025"));
    }

    // New features go in; one that repeats an identifier in the middle of the file is refused alone
    // when the problems are accepted.
    void aRefusedFeatureDoesNotTakeTheOthersWithIt()
    {
        const QString mixed = m_dir.filePath(QStringLiteral("mixed.geojson"));
        QString kept;
        rewrite(m_components, mixed, [&kept](int i, QJsonObject &p) {
            if (i == 1) {
                kept = p.value(QStringLiteral("ident")).toString(); // stays: already in the store
                return;
            }
            p.insert(QStringLiteral("ident"),
                     QStringLiteral("50010501010099%1").arg(i, 2, 10, QLatin1Char('0')));
        });
        const qint64 before = count(QStringLiteral("components"));
        const LayerImport::Report report =
            LayerImport::run(*m_server, optionsFor(*m_server, mixed, QStringLiteral("components")), true);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(report.problems.first().feature, 2);
        QVERIFY2(report.problems.first().reason.contains(kept), qPrintable(report.problems.first().reason));
        QCOMPARE(report.imported, report.read - 1);
        QCOMPARE(count(QStringLiteral("components")), before + report.read - 1);
    }

    // Without an identifier a point is known by its name and place: the server's spatial index finds it.
    void aPointWithoutIdentifierIsFoundByNameAndPlace()
    {
        const QString unnamed = m_dir.filePath(QStringLiteral("shops-without-id.geojson"));
        rewrite(m_shops, unnamed, [](int, QJsonObject &p) {
            p.remove(QStringLiteral("id"));
            p.remove(QStringLiteral("licence_no"));
        });
        const qint64 before = count(QStringLiteral("shops"));
        const LayerImport::Report refused =
            LayerImport::run(*m_server, optionsFor(*m_server, unnamed, QStringLiteral("shops")), false);
        QCOMPARE(refused.imported, 0);
        QVERIFY2(!refused.problems.isEmpty() &&
                     refused.problems.first().reason.contains(QLatin1String(" m from here")),
                 qPrintable(refused.lines(unnamed).join(u'\n')));
        QCOMPARE(count(QStringLiteral("shops")), before);
    }

    // Cases a file brings in take the ids the server gives their rows, which need not follow the
    // highest id (here another workstation took the next one and wrote nothing with it); each is found
    // by its own id: its place filled in, one "collected" line of history, and no other case touched.
    void importedCasesAreFoundByTheirIds()
    {
        NewCase c;
        c.classCode = EventClasses::minorClasses(*m_server).first().code;
        c.point = QPointF(370400, 3278010); // on the test road's segment
        const qint64 onSegment = CaseIntake::create(*m_server, c);
        c.point = QPointF(370400, 3278900);
        CaseIntake::create(*m_server, c);
        const qint64 gap = NewRows::id(*m_server, Layer::Cases);
        const QString exported = m_dir.filePath(QStringLiteral("cases.geojson"));
        QCOMPARE(CaseExchange::exportTo(*m_server, exported, QStringLiteral("id >= %1").arg(onSegment)), 2);
        const QString again = m_dir.filePath(QStringLiteral("cases-again.geojson"));
        rewrite(exported, again, [](int, QJsonObject &p) {
            p.insert(QStringLiteral("case_no"),
                     QString(p.value(QStringLiteral("case_no")).toString() + u"-B"));
        });
        const qint64 cases = count(QStringLiteral("cases")), steps = count(QStringLiteral("case_history"));

        const CaseExchange::Result result = CaseExchange::import(*m_server, again);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
        QCOMPARE(result.report.added.size(), 2);
        QVERIFY(result.report.added.first() > gap);
        QCOMPARE(count(QStringLiteral("cases")), cases + 2);
        QCOMPARE(count(QStringLiteral("case_history")), steps + 2);
        const QVariantMap copy = m_server->readRow(QStringLiteral("cases"), result.report.added.first());
        QCOMPARE(copy.value(QStringLiteral("segment_id")).toLongLong(), m_district.segment);
        QCOMPARE(copy.value(QStringLiteral("chief_id")).toLongLong(), m_district.chief);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_db;
    uo::test::TestDistrict m_district;
    std::unique_ptr<DistrictStore> m_server;
    QString m_components, m_shops;
};

QTEST_GUILESS_MAIN(TestServerLayerImport)
#include "tst_server_layer_import.moc"
