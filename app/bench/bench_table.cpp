#include "app/bench/bench_table.h"

#include "app/bench/bench_util.h"
#include "core/sql/database.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_error.h"
#include "core/table/attribute_table_model.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace uo::cli {

namespace {

// Runs the event loop until `done` holds (the model's results come back as queued calls); false
// after a minute.
template <typename Done> bool waitFor(Done &&done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > 60000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// Milliseconds from `change` until the model has listed its rows again.
template <typename Change> double timeListing(AttributeTableModel &model, Change &&change)
{
    bool listed = false;
    const auto connection =
        QObject::connect(&model, &AttributeTableModel::rowsListed, [&] { listed = true; });
    QElapsedTimer clock;
    clock.start();
    change();
    const bool ok = waitFor([&] { return listed; });
    const double ms = clock.nsecsElapsed() / 1e6;
    QObject::disconnect(connection);
    return ok ? ms : -1;
}

double timeWindow(AttributeTableModel &model, int row)
{
    QElapsedTimer clock;
    clock.start();
    model.data(model.index(row, 1));
    if (!waitFor([&] { return model.isRowCached(row); }))
        return -1;
    return clock.nsecsElapsed() / 1e6;
}

} // namespace

int benchTable(const Arguments &args, Streams io)
{
    const QString table = args.value("layer", tableOf(Layer::Components));
    const int runs = args.intValue("runs", 3, 1);
    const auto store = DistrictStore::open(args.at(0), DistrictStore::Access::ReadOnly);
    QList<double> open, first, deep, filter, selectedOnly;
    QHash<QString, QList<double>> sorts;
    // Every column the table offers to sort by, each ascending, and the first descending as well.
    QStringList sortColumns;
    qint64 rows = 0, read = 0;
    for (int run = 0; run < runs; ++run) {
        AttributeTableModel model;
        open.append(timeListing(model, [&] { model.open(*store, table); }));
        rows = model.rowCount();
        first.append(timeWindow(model, 0));
        deep.append(timeWindow(model, int(rows * 3 / 4)));
        if (sortColumns.isEmpty()) {
            for (const TableColumn &column : model.columns())
                if (column.kind != TableColumn::Kind::Id)
                    sortColumns.append(column.name);
            if (!sortColumns.isEmpty())
                sortColumns.append(sortColumns.first() + QStringLiteral("_desc"));
        }
        for (const QString &name : std::as_const(sortColumns)) {
            const bool descending = name.endsWith(QLatin1String("_desc"));
            const int column = TableColumns::indexOf(model.columns(), descending ? name.chopped(5) : name);
            const Qt::SortOrder order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
            if (column >= 0)
                sorts[name].append(timeListing(model, [&] { model.sort(column, order); }));
        }
        TableQuery query = model.query();
        query.sortColumn = -1;
        query.state = QStringLiteral("damaged");
        query.columnFilters = {{QStringLiteral("name"), QStringLiteral("井盖")}};
        filter.append(timeListing(model, [&] { model.setQuery(query); }));
        model.setQuery(TableQuery());
        waitFor([&] { return !model.isLoading(); });
        QSet<qint64> selection;
        for (qsizetype i = 0; i < model.ids().size() && selection.size() < 100000; i += 7)
            selection.insert(model.ids()[i]);
        model.setSelection(selection);
        QElapsedTimer clock;
        clock.start();
        model.setSelectedOnly(true);
        selectedOnly.append(clock.nsecsElapsed() / 1e6);
        read = model.rowsRead();
    }
    printFigure(io, QStringLiteral("table_rows"), double(rows), 0);
    printFigure(io, QStringLiteral("table_open_ms"), median(open));
    printFigure(io, QStringLiteral("table_first_window_ms"), median(first));
    printFigure(io, QStringLiteral("table_deep_window_ms"), median(deep));
    for (const QString &name : sortColumns)
        if (sorts.contains(name))
            printFigure(io, QStringLiteral("table_sort_%1_ms").arg(name), median(sorts[name]));
    printFigure(io, QStringLiteral("table_filter_state_name_ms"), median(filter));
    printFigure(io, QStringLiteral("table_selected_only_100k_ms"), median(selectedOnly));
    printFigure(io, QStringLiteral("table_rows_read_per_run"), double(read), 0);
    printFigure(io, QStringLiteral("peak_memory_mb"), peakMemoryMb(), 0);
    return 0;
}

} // namespace uo::cli
