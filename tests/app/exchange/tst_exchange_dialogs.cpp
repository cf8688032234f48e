#include "app/workstation/exchange/export_dialog.h"
#include "app/workstation/exchange/import_dialog.h"
#include "app/workstation/exchange/mapping_editor.h"
#include "app/workstation/map_tools/feature_selection.h"
#include "core/store/district_store.h"
#include "tests/gis/render/tiny_district.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <gdal.h>
#include <ogr_api.h>

using namespace uo;

// The workstation's import and export dialogs, run as a user would: a check that lists the bad rows and
// writes nothing, an import of the good ones, the field mapping remembered for the next file with the
// same fields, and an export of only the selected features.
class TestExchangeDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DistrictStore> m_store;

    QString writeCsv(const QString &name, const QStringList &lines)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        return path;
    }

    QString risksCsv()
    {
        // Store coordinates (the file names no CRS): near the tiny district's origin.
        const QString x = QString::number(tiny_district::kOriginX + 10, 'f', 2);
        const QString y = QString::number(tiny_district::kOriginY + 10, 'f', 2);
        return writeCsv(QStringLiteral("risks.csv"),
                        {QStringLiteral("code,name,category,level,x,y"),
                         QStringLiteral("RP-A,大石坝边坡,slope,yellow,%1,%2").arg(x, y),
                         QStringLiteral("RP-B,五里店积水点,flooding,violet,%1,%2").arg(x, y),
                         QStringLiteral("RP-C,华新街燃气,gas,red,%1,%2").arg(x, y)});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UrbanOpsTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_exchange_dialogs"));
        GDALAllRegister();
        QSettings().remove(QStringLiteral("import")); // mappings remembered by an earlier run
        m_store = tiny_district::create(m_dir.filePath(QStringLiteral("tiny.sqlite")));
    }

    void checkThenImport()
    {
        const qint64 before = m_store->count(QStringLiteral("risk_points"));
        ImportDialog dialog(*m_store);
        dialog.setSourceFile(risksCsv());
        dialog.setTargetTable(QStringLiteral("risk_points"));
        QVERIFY(!dialog.canImport()); // not before the check
        QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
        dialog.startCheck();
        QVERIFY(checked.wait(20000));
        QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
        QCOMPARE(dialog.lastReport().read, qint64(3));
        QCOMPARE(dialog.lastReport().importable, qint64(2));
        QCOMPARE(dialog.lastReport().problems.size(), 1);
        QCOMPARE(dialog.lastReport().problems.first().feature, qint64(2));
        QCOMPARE(m_store->count(QStringLiteral("risk_points")), before); // a check writes nothing
        QVERIFY(dialog.canImport());

        // Changing the mapping makes the report stale: check again before importing.
        ImportMapping m = dialog.mappingEditor()->mapping();
        dialog.mappingEditor()->setMapping(m);
        QVERIFY(!dialog.canImport());
        dialog.startCheck();
        QVERIFY(checked.wait(20000));

        QSignalSpy imported(&dialog, &ImportDialog::importFinished);
        dialog.startImport(true);
        QVERIFY(imported.wait(20000));
        QCOMPARE(imported.first().at(1).toLongLong(), qint64(2));
        QCOMPARE(m_store->count(QStringLiteral("risk_points")), before + 2);
        QCOMPARE(m_store->db().scalarText("SELECT name FROM risk_points WHERE code = 'RP-C'"),
                 QStringLiteral("华新街燃气"));
    }

    // The choices of the command line: identifiers made for features without one, features already
    // in the store merged rather than refused.
    void identifiersAndMergingAsOnTheCommandLine()
    {
        const QString x = QString::number(tiny_district::kOriginX + 20, 'f', 2);
        const QString y = QString::number(tiny_district::kOriginY + 20, 'f', 2);
        const auto importOnce = [&](const QString &file, bool generate, bool merge) {
            ImportDialog dialog(*m_store);
            dialog.setSourceFile(file);
            dialog.setTargetTable(QStringLiteral("risk_points"));
            dialog.findChild<QCheckBox *>(QStringLiteral("generateIds"))->setChecked(generate);
            auto *duplicates = dialog.findChild<QComboBox *>(QStringLiteral("duplicates"));
            duplicates->setCurrentIndex(duplicates->findData(
                int(merge ? ImportWriter::Duplicates::Merge : ImportWriter::Duplicates::Refuse)));
            QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
            dialog.startCheck();
            if (!checked.wait(20000))
                return LayerImport::Report();
            const LayerImport::Report report = dialog.lastReport();
            if (dialog.canImport()) {
                QSignalSpy imported(&dialog, &ImportDialog::importFinished);
                dialog.startImport(report.blocked());
                imported.wait(20000);
            }
            return report;
        };
        // No code in the file: refused, unless codes are made (the store's pattern, RP-1 and RP-2 before).
        const QString nameless = writeCsv(QStringLiteral("nocode.csv"),
                                          {QStringLiteral("name,category,level,x,y"),
                                           QStringLiteral("新积水点,flooding spot,Yellow,%1,%2").arg(x, y)});
        QCOMPARE(importOnce(nameless, false, false).importable, qint64(0));
        QCOMPARE(importOnce(nameless, true, false).importable, qint64(1));
        QCOMPARE(
            m_store->db().scalarText(
                "SELECT code || ' ' || category || ' ' || level FROM risk_points WHERE name = '新积水点'"),
            QStringLiteral("RP-3 flooding yellow"));
        // The same code again: refused, or merged when chosen.
        const QString again = writeCsv(QStringLiteral("again.csv"),
                                       {QStringLiteral("code,name,category,level,x,y"),
                                        QStringLiteral("RP-3,新积水点,flooding,red,%1,%2").arg(x, y)});
        QCOMPARE(importOnce(again, false, false).importable, qint64(0));
        const LayerImport::Report merged = importOnce(again, false, true);
        QCOMPARE(merged.importable, qint64(1));
        QCOMPARE(m_store->db().scalarText("SELECT level FROM risk_points WHERE code = 'RP-3'"),
                 QStringLiteral("red"));
        QCOMPARE(m_store->db().scalarInt("SELECT count(*) FROM risk_points WHERE code = 'RP-3'"), qint64(1));
    }

    void mappingIsRememberedForTheSameFields()
    {
        const QString path =
            writeCsv(QStringLiteral("shops.csv"),
                     {QStringLiteral("店名,keeper,x,y"), QStringLiteral("小面馆,张三,%1,%2")
                                                             .arg(tiny_district::kOriginX, 0, 'f', 1)
                                                             .arg(tiny_district::kOriginY, 0, 'f', 1)});
        {
            ImportDialog dialog(*m_store);
            dialog.setSourceFile(path);
            dialog.setTargetTable(QStringLiteral("shops"));
            ImportMapping m = dialog.mappingEditor()->mapping();
            QCOMPARE(m.source(QStringLiteral("name")),
                     QStringLiteral("店名")); // guessed from the Chinese name
            // The user prefers the keeper's name as the shop's name for this department's files.
            m.setSource(QStringLiteral("name"), QStringLiteral("keeper"));
            dialog.mappingEditor()->setMapping(m);
            QSignalSpy checked(&dialog, &ImportDialog::checkFinished);
            dialog.startCheck();
            QVERIFY(checked.wait(20000));
        }
        ImportDialog again(*m_store);
        again.setSourceFile(path);
        again.setTargetTable(QStringLiteral("shops"));
        QCOMPARE(again.mappingEditor()->mapping().source(QStringLiteral("name")), QStringLiteral("keeper"));
    }

    void aFixedValueIsTypedInTheMapping()
    {
        const QString path =
            writeCsv(QStringLiteral("unnamed.csv"),
                     {QStringLiteral("keeper,x,y"), QStringLiteral("张三,%1,%2")
                                                        .arg(tiny_district::kOriginX, 0, 'f', 1)
                                                        .arg(tiny_district::kOriginY, 0, 'f', 1)});
        ImportDialog dialog(*m_store);
        dialog.setSourceFile(path);
        dialog.setTargetTable(QStringLiteral("shops"));
        MappingEditor *editor = dialog.mappingEditor();
        int nameRow = -1;
        for (int row = 0; row < editor->rowCount(); ++row)
            if (editor->item(row, 0)->data(Qt::UserRole).toString() == QLatin1String("name"))
                nameRow = row;
        QVERIFY(nameRow >= 0);
        auto *combo = qobject_cast<QComboBox *>(editor->cellWidget(nameRow, 1));
        QVERIFY(combo && combo->isEditable());
        // Typed: a fixed value; a field's name typed whole: that field; anything else: no mapping.
        QSignalSpy changed(editor, &MappingEditor::mappingChanged);
        combo->setEditText(QStringLiteral("=无名小店"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(editor->mapping().source(QStringLiteral("name")), QStringLiteral("=无名小店"));
        combo->setEditText(QStringLiteral("keeper"));
        QCOMPARE(editor->mapping().source(QStringLiteral("name")), QStringLiteral("keeper"));
        combo->setEditText(QStringLiteral("店主"));
        QCOMPARE(editor->mapping().source(QStringLiteral("name")), QString());
        // A remembered fixed value shows as typed.
        ImportMapping m = editor->mapping();
        m.setSource(QStringLiteral("name"), QStringLiteral("=无名小店"));
        editor->setMapping(m);
        QCOMPARE(combo->currentText(), QStringLiteral("=无名小店"));
        QCOMPARE(editor->mapping().source(QStringLiteral("name")), QStringLiteral("=无名小店"));
    }

    void brokenFileIsNamed()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.gpkg"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3\0 truncated", 26);
        f.close();
        ImportDialog dialog(*m_store);
        dialog.setSourceFile(path);
        QVERIFY2(dialog.lastError().contains(QStringLiteral("broken.gpkg")), qPrintable(dialog.lastError()));
        QVERIFY(!dialog.canImport());
        // Said once, at the file, not again in the check's summary.
        int shown = 0;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            shown += label->text().contains(QStringLiteral("broken.gpkg")) ? 1 : 0;
        QCOMPARE(shown, 1);
    }

    // A label that names a key (&File:) shows it underlined only with a buddy; without one the user
    // reads the "&" itself, as the export dialog's file row once did.
    void everyLabelWithAKeyHasItsField()
    {
        ImportDialog importing(*m_store);
        ExportDialog exporting(m_store->path(), m_store->srid(), nullptr);
        for (QDialog *dialog : {static_cast<QDialog *>(&importing), static_cast<QDialog *>(&exporting)})
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                if (label->text().contains(QLatin1Char('&')))
                    QVERIFY2(label->buddy(), qPrintable(label->text()));
    }

    void exportsOnlyTheSelection()
    {
        FeatureSelection selection;
        const qint64 id = m_store->db().scalarText("SELECT min(id) FROM risk_points").toLongLong();
        selection.select(QStringLiteral("risk_points"), {id});
        ExportDialog dialog(m_store->path(), m_store->srid(), &selection);
        dialog.setLayer(QStringLiteral("risk_points"));
        dialog.setSelectedOnly(true);
        const QString out = m_dir.filePath(QStringLiteral("selected.geojson"));
        dialog.setFile(out);
        QSignalSpy done(&dialog, &ExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(done.wait(20000));
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog.lastMessage()));
        GDALDatasetH ds = GDALOpenEx(out.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        QVERIFY(ds);
        QCOMPARE(OGR_L_GetFeatureCount(GDALDatasetGetLayer(ds, 0), TRUE), GIntBig(1));
        GDALClose(ds);
    }
};

QTEST_MAIN(TestExchangeDialogs)
#include "tst_exchange_dialogs.moc"
