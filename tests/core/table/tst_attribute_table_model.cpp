// The attribute-table model on a small but complete demo district (27,640 components): the model's
// rows are checked against counts and orders read straight from the file with sqlite3, and the
// row reads are counted to show that only the windows a view asks for are read.

#include "core/sql/database.h"
#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/table/attribute_table_model.h"
#include "core/table/feature_bounds.h"
#include "core/table/table_lookups.h"
#include "core/table/table_query.h"
#include "gis/demo/demo_builder.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace uo;

namespace {

// Reads with the plain sqlite3 API, not the code under test.
qint64 rawCount(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        value = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return value;
}

QList<qint64> rawIds(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    QList<qint64> ids;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK)
        while (sqlite3_step(st) == SQLITE_ROW)
            ids.append(sqlite3_column_int64(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return ids;
}

} // namespace

class TestAttributeTableModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<sql::Database> m_db;
    std::unique_ptr<DistrictStore> m_store; // what the workstation hands the model
    qint64 m_components = 0;

    // Opens a model on `table` and waits until its rows are listed.
    std::unique_ptr<AttributeTableModel> openModel(const QString &table)
    {
        auto model = std::make_unique<AttributeTableModel>();
        QSignalSpy listed(model.get(), &AttributeTableModel::rowsListed);
        model->open(*m_store, table);
        if (!listed.wait(20000))
            return nullptr;
        return model;
    }

    static bool waitListed(AttributeTableModel &model, const std::function<void()> &change)
    {
        QSignalSpy listed(&model, &AttributeTableModel::rowsListed);
        change();
        return listed.wait(20000);
    }

    // Asks for a row's cells as a view would and waits until they have been read.
    static bool readRow(AttributeTableModel &model, int row)
    {
        model.data(model.index(row, 1));
        for (int i = 0; i < 400 && !model.isRowCached(row); ++i)
            QTest::qWait(5);
        return model.isRowCached(row);
    }

    int column(const AttributeTableModel &model, const char *name)
    {
        return TableColumns::indexOf(model.columns(), QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        demo::DemoOptions options;
        options.scale = 0.02;
        demo::DemoBuilder::build(m_path, options);
        m_db = std::make_unique<sql::Database>(m_path, sql::Database::Mode::ReadOnly);
        m_store = DistrictStore::open(m_path, DistrictStore::Access::ReadOnly);
        m_components = rawCount(m_path, QStringLiteral("SELECT count(*) FROM components"));
        // More rows than the model keeps, or the bound on what it reads would prove nothing.
        QVERIFY(m_components > AttributeTableModel::kBlockRows * AttributeTableModel::kCachedBlocks);
    }

    void passesTheModelTester()
    {
        AttributeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitListed(model, [&] { model.open(*m_store, QStringLiteral("components")); }));
        QCOMPARE(model.rowCount(), int(m_components));
        QVERIFY(readRow(model, 0));
        QVERIFY(readRow(model, model.rowCount() - 1));
        QVERIFY(waitListed(model, [&] { model.sort(column(model, "name"), Qt::DescendingOrder); }));
        QVERIFY(readRow(model, 5));
        TableQuery query = model.query();
        query.state = QStringLiteral("damaged");
        QVERIFY(waitListed(model, [&] { model.setQuery(query); }));
        QVERIFY(readRow(model, 0));
        model.setSelection({model.idAt(0), model.idAt(3)});
        model.setSelectedOnly(true);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(readRow(model, 1));
        model.close();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void everyLayerOpens_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *table : {"district_boundary", "streets", "grid_cells", "roads", "road_segments",
                                  "permits", "shops", "risk_points"})
            QTest::newRow(table) << QString::fromLatin1(table);
    }

    void everyLayerOpens()
    {
        QFETCH(QString, table);
        auto model = openModel(table);
        QVERIFY(model);
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(),
                 int(rawCount(m_path, QStringLiteral("SELECT count(*) FROM %1").arg(table))));
        QCOMPARE(model->totalCount(), qint64(model->rowCount()));
        QVERIFY(TableColumns::indexOf(model->columns(), QStringLiteral("geom")) < 0);
        QVERIFY(readRow(*model, model->rowCount() - 1));
        for (int c = 0; c < model->columnCount(); ++c)
            QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
    }

    void sortsByAColumn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("order");
        QTest::newRow("name ascending") << QStringLiteral("name") << int(Qt::AscendingOrder);
        QTest::newRow("change date descending") << QStringLiteral("change_date") << int(Qt::DescendingOrder);
        QTest::newRow("identifier descending") << QStringLiteral("ident") << int(Qt::DescendingOrder);
        QTest::newRow("street ascending") << QStringLiteral("street") << int(Qt::AscendingOrder);
        QTest::newRow("state descending") << QStringLiteral("state") << int(Qt::DescendingOrder);
    }

    void sortsByAColumn()
    {
        QFETCH(QString, name);
        QFETCH(int, order);
        auto model = openModel(QStringLiteral("components"));
        QVERIFY(model);
        const int col = TableColumns::indexOf(model->columns(), name);
        QVERIFY(col >= 0);
        QVERIFY(waitListed(*model, [&] { model->sort(col, Qt::SortOrder(order)); }));
        QCOMPARE(model->rowCount(), int(m_components));
        // A component's street is the start of its grid code: streets follow one another by grid cell.
        const int key = name == QLatin1String("street") ? column(*model, "grid_code") : col;
        // Rows at the top, in the middle and at the bottom, each compared with the one after it:
        // values in order, ties broken by id (the other way round in a descending sort).
        const bool ascending = order == Qt::AscendingOrder;
        for (const int row : {0, 1, 500, model->rowCount() / 2, model->rowCount() - 2}) {
            QVERIFY(readRow(*model, row));
            QVERIFY(readRow(*model, row + 1));
            const QByteArray a = model->rawValue(row, key).toString().toUtf8();
            const QByteArray b = model->rawValue(row + 1, key).toString().toUtf8();
            const QByteArray shownA = model->rawValue(row, col).toString().toUtf8();
            const QByteArray shownB = model->rawValue(row + 1, col).toString().toUtf8();
            QVERIFY(ascending ? shownA <= shownB : shownA >= shownB);
            if (a == b)
                QVERIFY(ascending ? model->idAt(row) < model->idAt(row + 1)
                                  : model->idAt(row) > model->idAt(row + 1));
            else if (ascending)
                QVERIFY2(a < b, qPrintable(QStringLiteral("row %1").arg(row)));
            else
                QVERIFY2(a > b, qPrintable(QStringLiteral("row %1").arg(row)));
        }
        // Every row once.
        QSet<qint64> ids(model->ids().cbegin(), model->ids().cend());
        QCOMPARE(qint64(ids.size()), m_components);
    }

    // The sorts and filters the table offers most on components walk an index instead of sorting
    // 1.38 million rows (about 3 s each on the scale-1 demo): SQLite's own plan says so.
    void commonSortsAndFiltersUseAnIndex_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("classCode");
        QTest::addColumn<QString>("street");
        QTest::addColumn<int>("order");
        for (const char *name : {"class_code", "name", "state", "change_date", "grid_code", "street"}) {
            QTest::addRow("%s ascending", name)
                << QString::fromLatin1(name) << QString() << QString() << int(Qt::AscendingOrder);
            QTest::addRow("%s descending", name)
                << QString::fromLatin1(name) << QString() << QString() << int(Qt::DescendingOrder);
        }
        QTest::newRow("major class, by class")
            << QStringLiteral("class_code") << QStringLiteral("02") << QString() << int(Qt::AscendingOrder);
        QTest::newRow("street, by street")
            << QStringLiteral("street") << QString() << QStringLiteral("first") << int(Qt::AscendingOrder);
    }

    void commonSortsAndFiltersUseAnIndex()
    {
        QFETCH(QString, name);
        QFETCH(QString, classCode);
        QFETCH(QString, street);
        QFETCH(int, order);
        const QList<TableColumn> columns = TableColumns::load(*m_db, QStringLiteral("components"));
        TableLookups lookups;
        TableQuery query;
        query.table = QStringLiteral("components");
        query.sortColumn = TableColumns::indexOf(columns, name);
        QVERIFY(query.sortColumn >= 0);
        query.sortOrder = Qt::SortOrder(order);
        query.classCode = classCode;
        if (street == QLatin1String("first")) // the street of the first component
            street = m_db->scalarText("SELECT substr(grid_code, 1, 9) FROM components ORDER BY id LIMIT 1");
        query.streetCode = street;
        const BuiltQuery built = TableQueries::idQuery(query, columns, lookups);
        auto plan = m_db->prepare("EXPLAIN QUERY PLAN " + built.sql);
        for (qsizetype i = 0; i < built.binds.size(); ++i)
            plan.bindVariant(int(i + 1), built.binds[i]);
        QStringList steps;
        while (plan.step())
            steps.append(plan.text(3));
        const QString text = steps.join(QLatin1String("; "));
        QVERIFY2(text.contains(QLatin1String("USING INDEX")) ||
                     text.contains(QLatin1String("USING COVERING INDEX")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
        // And the rows are the ones SQLite lists without the index's help.
        auto ids = TableQueries::runIds(*m_db, built);
        QVERIFY(ids);
        QString where = classCode.isEmpty()
                            ? QString()
                            : QStringLiteral(" WHERE substr(class_code, 1, 2) = '%1'").arg(classCode);
        if (!street.isEmpty())
            where = QStringLiteral(" WHERE substr(grid_code, 1, 9) = '%1'").arg(street);
        const QString by = name == QLatin1String("street") ? QStringLiteral("grid_code") : name;
        const QString dir = order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
        const QList<qint64> expected =
            rawIds(m_path, QStringLiteral("SELECT id FROM components NOT INDEXED%1 ORDER BY %2%3, id%3")
                               .arg(where, by, dir));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(QList<qint64>(ids->cbegin(), ids->cend()), expected);
    }

    void filtersLikeSql_data()
    {
        QTest::addColumn<QString>("classCode");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("street");
        QTest::addColumn<QString>("filterColumn");
        QTest::addColumn<QString>("filterText");
        QTest::addColumn<QString>("where");
        QTest::newRow("major class") << "01"
                                     << ""
                                     << ""
                                     << ""
                                     << ""
                                     << "class_code LIKE '01%'";
        QTest::newRow("minor class") << "0402"
                                     << ""
                                     << ""
                                     << ""
                                     << ""
                                     << "class_code = '0402'";
        QTest::newRow("state") << ""
                               << "damaged"
                               << ""
                               << ""
                               << ""
                               << "state = 'damaged'";
        QTest::newRow("street") << ""
                                << ""
                                << "500105006"
                                << ""
                                << ""
                                << "grid_code LIKE '500105006%'";
        QTest::newRow("class, state and street")
            << "01"
            << "intact"
            << "500105004"
            << ""
            << ""
            << "class_code LIKE '01%' AND state = 'intact' AND grid_code LIKE '500105004%'";
        QTest::newRow("name contains") << ""
                                       << ""
                                       << ""
                                       << "name"
                                       << "井盖"
                                       << "instr(name, '井盖') > 0";
        QTest::newRow("state by its word") << ""
                                           << ""
                                           << ""
                                           << "state"
                                           << "damag"
                                           << "state = 'damaged'";
        QTest::newRow("class by its name") << ""
                                           << ""
                                           << ""
                                           << "class_code"
                                           << "行道树"
                                           << "class_code = '0402'";
        QTest::newRow("date comparison") << ""
                                         << ""
                                         << ""
                                         << "initial_date"
                                         << ">= 2020-01-01"
                                         << "initial_date >= '2020-01-01'";
        QTest::newRow("number") << ""
                                << ""
                                << ""
                                << "id"
                                << "12"
                                << "id = 12";
        QTest::newRow("nothing") << ""
                                 << ""
                                 << ""
                                 << "name"
                                 << "no such name"
                                 << "0";
    }

    void filtersLikeSql()
    {
        QFETCH(QString, classCode);
        QFETCH(QString, state);
        QFETCH(QString, street);
        QFETCH(QString, filterColumn);
        QFETCH(QString, filterText);
        QFETCH(QString, where);
        auto model = openModel(QStringLiteral("components"));
        QVERIFY(model);
        TableQuery query = model->query();
        query.classCode = classCode;
        query.state = state;
        query.streetCode = street;
        if (!filterColumn.isEmpty())
            query.columnFilters = {{filterColumn, filterText}};
        QVERIFY(waitListed(*model, [&] { model->setQuery(query); }));
        const QList<qint64> expected =
            rawIds(m_path, QStringLiteral("SELECT id FROM components WHERE %1 ORDER BY id").arg(where));
        QCOMPARE(model->rowCount(), int(expected.size()));
        QCOMPARE(model->matchingCount(), qint64(expected.size()));
        QCOMPARE(model->totalCount(), m_components);
        QCOMPARE(QList<qint64>(model->ids().cbegin(), model->ids().cend()), expected);
        if (where != QLatin1String("0"))
            QVERIFY(model->rowCount() < m_components);
    }

    void aNewerQueryWins()
    {
        auto model = openModel(QStringLiteral("components"));
        QVERIFY(model);
        QSignalSpy listed(model.get(), &AttributeTableModel::rowsListed);
        // Asked for one after the other without waiting: only the last list is ever shown.
        model->sort(column(*model, "name"));
        TableQuery query = model->query();
        query.state = QStringLiteral("damaged");
        model->setQuery(query);
        QVERIFY(model->isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 20000);
        QTest::qWait(200);
        QCOMPARE(listed.count(), 1);
        QCOMPARE(
            model->rowCount(),
            int(rawCount(m_path, QStringLiteral("SELECT count(*) FROM components WHERE state = 'damaged'"))));
    }

    void showsSelectedRowsOnly()
    {
        auto model = openModel(QStringLiteral("components"));
        QVERIFY(model);
        TableQuery query = model->query();
        query.state = QStringLiteral("intact");
        QVERIFY(waitListed(*model, [&] { model->setQuery(query); }));
        QSet<qint64> selection;
        for (qint64 id = 1; id <= 3000; id += 7)
            selection.insert(id);
        model->setSelection(selection);
        QCOMPARE(model->rowCount(), int(model->matchingCount())); // not yet restricted
        model->setSelectedOnly(true);
        const QList<qint64> expected =
            rawIds(m_path, QStringLiteral("SELECT id FROM components WHERE state = 'intact' AND id <= 3000 "
                                          "AND id % 7 = 1 ORDER BY id"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(QList<qint64>(model->ids().cbegin(), model->ids().cend()), expected);
        QCOMPARE(model->rowsOf(selection).size(), expected.size());
        // A new selection is followed at once; a new sort keeps only the selected rows.
        model->setSelection({expected.first()});
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(waitListed(*model, [&] { model->sort(column(*model, "name")); }));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->idAt(0), expected.first());
        model->setSelectedOnly(false);
        QCOMPARE(model->rowCount(), int(model->matchingCount()));
    }

    void readsOnlyTheWindowsAskedFor()
    {
        auto model = openModel(QStringLiteral("components"));
        QVERIFY(model);
        // Listing the rows reads none of them.
        QCOMPARE(model->rowsRead(), 0);
        QVERIFY(readRow(*model, 0));
        QCOMPARE(model->rowsRead(), qint64(AttributeTableModel::kBlockRows));
        // A window deep down costs one window.
        QVERIFY(readRow(*model, model->rowCount() - 300));
        QCOMPARE(model->rowsRead(), qint64(2 * AttributeTableModel::kBlockRows));
        // Scrolling through every row keeps no more than the cache holds.
        const int capacity = AttributeTableModel::kBlockRows * AttributeTableModel::kCachedBlocks;
        for (int row = 0; row < model->rowCount(); row += AttributeTableModel::kBlockRows) {
            QVERIFY(readRow(*model, row));
            QVERIFY(model->cachedRows() <= capacity);
        }
        // Full, the last window (the table's end) maybe short.
        QVERIFY(model->cachedRows() > capacity - AttributeTableModel::kBlockRows);
        QVERIFY(model->rowsRead() <= m_components + 2 * AttributeTableModel::kBlockRows);
        // The first window has been dropped and shows a placeholder until read again.
        QVERIFY(!model->isRowCached(0));
        QCOMPARE(model->data(model->index(0, 1)).toString(), QStringLiteral("\u2026"));
        QVERIFY(readRow(*model, 0));
        QVERIFY(model->data(model->index(0, 1)).toString() != QStringLiteral("\u2026"));
    }

    void showsNamesForCodes()
    {
        auto model = openModel(QStringLiteral("components"));
        QVERIFY(model);
        QVERIFY(readRow(*model, 0));
        const int klass = column(*model, "class_code");
        const int street = column(*model, "street");
        const int dept = column(*model, "dept_id");
        QVERIFY(klass >= 0 && street >= 0 && dept >= 0);
        const qint64 id = model->idAt(0);
        const QString code = model->rawValue(0, klass).toString();
        const QString className = QString::number(
            rawCount(m_path, QStringLiteral("SELECT count(*) FROM catalogue WHERE code = '%1'").arg(code)));
        QCOMPARE(className, QStringLiteral("1"));
        QVERIFY(model->data(model->index(0, klass)).toString().startsWith(code + QLatin1Char(' ')));
        QVERIFY(model->data(model->index(0, klass)).toString().size() > code.size() + 1);
        const qint64 deptId =
            rawCount(m_path, QStringLiteral("SELECT dept_id FROM components WHERE id = %1").arg(id));
        QCOMPARE(model->rawValue(0, dept).toLongLong(), deptId);
        QVERIFY(model->data(model->index(0, dept)).toString() != QString::number(deptId));
        QCOMPARE(model->headerData(klass, Qt::Horizontal).toString(), QStringLiteral("Class"));
        QCOMPARE(model->headerData(street, Qt::Horizontal).toString(), QStringLiteral("Street"));
    }

    void listsTablesWithGapsInTheirIds()
    {
        // A table whose ids run 1..N is listed without a scan; one with a deleted row must be scanned.
        const QString copy = m_dir.filePath(QStringLiteral("gaps.sqlite"));
        QVERIFY(QFile::copy(m_path, copy));
        {
            auto store = DistrictStore::open(copy);
            store->deleteRow(QStringLiteral("components"), 5);
        }
        const auto reader = DistrictStore::open(copy, DistrictStore::Access::ReadOnly);
        AttributeTableModel model;
        QSignalSpy listed(&model, &AttributeTableModel::rowsListed);
        model.open(*reader, QStringLiteral("components"));
        QVERIFY(listed.wait(20000));
        const QList<qint64> expected = rawIds(copy, QStringLiteral("SELECT id FROM components ORDER BY id"));
        QCOMPARE(expected.size(), m_components - 1);
        QCOMPARE(QList<qint64>(model.ids().cbegin(), model.ids().cend()), expected);
        QCOMPARE(model.totalCount(), m_components - 1);
        // Descending by id, the other way round.
        QVERIFY(waitListed(model, [&] { model.sort(0, Qt::DescendingOrder); }));
        QCOMPARE(model.idAt(0), expected.last());
        QCOMPARE(model.idAt(model.rowCount() - 1), expected.first());
        // The same on the table without gaps.
        auto dense = openModel(QStringLiteral("components"));
        QVERIFY(dense);
        QVERIFY(waitListed(*dense, [&] { dense->sort(0, Qt::DescendingOrder); }));
        QCOMPARE(dense->idAt(0), rawCount(m_path, QStringLiteral("SELECT max(id) FROM components")));
        QCOMPARE(dense->idAt(dense->rowCount() - 1),
                 rawCount(m_path, QStringLiteral("SELECT min(id) FROM components")));
    }

    void boundsOfFeatures()
    {
        const QList<qint64> ids =
            rawIds(m_path, QStringLiteral("SELECT id FROM components ORDER BY id LIMIT 2"));
        const auto one = featureBounds(*m_store, QStringLiteral("components"), {ids[0]});
        QVERIFY(one);
        QCOMPARE(one->width(), 0.0);
        const auto both = featureBounds(*m_store, QStringLiteral("components"), ids);
        QVERIFY(both);
        QVERIFY(both->left() <= one->left() && both->right() >= one->right());
        QVERIFY(both->top() <= one->top() && both->bottom() >= one->bottom());
        QVERIFY(!featureBounds(*m_store, QStringLiteral("components"), {-5}));
        const QRectF road = featureBounds(*m_store, QStringLiteral("roads"), {1}).value_or(QRectF());
        QVERIFY(road.width() > 0 || road.height() > 0);
        // Jiangbei in the store CRS (EPSG:4545).
        QVERIFY(road.left() > 340000 && road.right() < 400000);
    }
};

QTEST_GUILESS_MAIN(TestAttributeTableModel)
#include "tst_attribute_table_model.moc"
