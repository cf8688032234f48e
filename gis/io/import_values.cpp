#include "gis/io/import_values.h"

#include "core/catalogue/code_lists.h"
#include "core/error/error.h"
#include "core/sql/statement.h"
#include "core/store/column_limits.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/table/table_columns.h"
#include "gis/io/import_source.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <climits>
#include <cmath>
#include <ogr_api.h>

namespace uo {

namespace {

bool isInteger(const QString &type)
{
    return type.contains(QLatin1String("INT"));
}

bool isReal(const QString &type)
{
    return type.contains(QLatin1String("REAL"));
}

bool isDateColumn(const QString &column)
{
    return column.endsWith(QLatin1String("_date"));
}

// Lengths, areas and fees: a negative one is a mistake in the file.
bool isMeasure(const QString &column)
{
    return column.endsWith(QLatin1String("_m2")) || column.endsWith(QLatin1String("_m")) ||
           column == QLatin1String("fee_yuan");
}

// Spreadsheets write 2025/9/29 or 2025.9.29; the store keeps ISO dates (2025-09-29). Empty when the
// text is not a date.
QString isoDate(const QString &text)
{
    // Most files write ISO dates: checked without a regular expression (a million rows have two each).
    if (text.size() == 10 && text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-')) {
        bool y = false, m = false, d = false;
        const QDate date(QStringView(text).left(4).toInt(&y), QStringView(text).mid(5, 2).toInt(&m),
                         QStringView(text).right(2).toInt(&d));
        return y && m && d && date.isValid() ? text : QString();
    }
    static const QRegularExpression slashed(QStringLiteral("^(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})$"));
    if (const auto match = slashed.match(text); match.hasMatch()) {
        const QDate d(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    return QString();
}

} // namespace

ImportValues::ImportValues(DistrictStore &store, const ImportSource &source, const QString &table,
                           const QList<ImportMapping::Column> &columns, const ImportMapping &mapping)
    : m_source(source), m_table(table), m_mapping(mapping), m_catalogue(Catalogue::fromStore(store))
{
    const bool components = layerOf(table) == Layer::Components;
    if (components)
        m_classLength = Catalogue::classCodeLength(store);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(source.layer());
    for (const ImportMapping::Column &c : columns) {
        const QString from = mapping.source(c.name);
        if (from.isEmpty())
            continue;
        Mapped m;
        m.column = c.name;
        m.type = c.type;
        m.coded = !CodeLists::codes(table, c.name).isEmpty() ||
                  (components && c.name == QLatin1String("class_code"));
        m.limit = columnLimit(c.name);
        if (ImportMapping::isFixed(from)) {
            m.fixed = ImportMapping::fixedValue(from);
        } else {
            m.fieldName = from;
            m.field = source.fieldIndex(from);
            if (m.field < 0)
                throw RequestError(tr("The file has no field %1 (mapped to %2).").arg(from, c.name));
            m.fieldType = OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, m.field));
        }
        m_mapped.append(m);
    }
}

QVariantMap ImportValues::read(void *feature, qint64 position, QStringList *problems)
{
    QVariantMap values;
    for (const Mapped &m : std::as_const(m_mapped)) {
        QVariant value = m.field < 0 ? m.fixed : readField(feature, m, position, problems);
        if (value.isValid() && !value.isNull())
            value = checked(m, value, problems);
        if (value.isValid() && !value.isNull())
            values.insert(m.column, value);
    }
    return values;
}

QVariant ImportValues::readField(void *feature, const Mapped &m, qint64 position, QStringList *problems) const
{
    if (!OGR_F_IsFieldSetAndNotNull(feature, m.field))
        return QVariant();
    const auto type = OGRFieldType(m.fieldType);
    if (type == OFTDate || type == OFTDateTime) {
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
        float s = 0;
        OGR_F_GetFieldAsDateTimeEx(feature, m.field, &y, &mo, &d, &h, &mi, &s, &tz);
        return QDate(y, mo, d).toString(Qt::ISODate);
    }
    if (isInteger(m.type) && (type == OFTInteger || type == OFTInteger64))
        return OGR_F_GetFieldAsInteger64(feature, m.field);
    if (isReal(m.type) && (type == OFTReal || type == OFTInteger || type == OFTInteger64))
        return OGR_F_GetFieldAsDouble(feature, m.field);
    QString invalid;
    QString text = m_source.text(feature, m.field, position, &invalid).trimmed();
    if (!invalid.isEmpty()) {
        problems->append(invalid);
        return QVariant();
    }
    if (type == OFTReal && text.endsWith(QLatin1String(".0")))
        text.chop(2); // a code GDAL read as a number
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The value as the column takes it, or null with a problem.
// A store column as the attribute table names it ("风险等级" for level).
QString ImportValues::columnTitle(const QString &column)
{
    TableColumn named;
    named.name = column;
    return TableColumns::title(named);
}

QVariant ImportValues::checked(const Mapped &m, QVariant value, QStringList *problems)
{
    if (value.typeId() == QMetaType::QString) {
        const QString text = value.toString();
        if (isInteger(m.type) || isReal(m.type)) {
            bool ok = false;
            const double number = QLocale::c().toDouble(text, &ok);
            if (!ok || (isInteger(m.type) && number != std::floor(number))) {
                problems->append((isInteger(m.type) ? tr("%1 \"%2\" is not a whole number")
                                                    : tr("%1 \"%2\" is not a number"))
                                     .arg(m.column, text.left(40)));
                return QVariant();
            }
            value = isInteger(m.type) ? QVariant(qint64(number)) : QVariant(number);
        } else if (m.coded) {
            const std::optional<QString> c = code(m, text);
            if (!c) {
                const QStringList near = m.column == QLatin1String("class_code")
                                             ? m_catalogue.nearestClasses(text, m_classLength)
                                             : CodeLists::nearest(m_table, m.column, text);
                problems->append(
                    tr("%1 \"%2\" is not a known value (nearest: %3); --values %4:%2=CODE reads it")
                        .arg(columnTitle(m.column), text.left(40), near.join(QStringLiteral(", ")),
                             m.column));
                return QVariant();
            }
            value = *c;
        } else if (text.size() > m.limit) {
            problems->append(tr("%1 is %2 characters long; the store keeps at most %3")
                                 .arg(m.column)
                                 .arg(text.size())
                                 .arg(m.limit));
            return QVariant();
        } else if (isDateColumn(m.column)) {
            const QString iso = isoDate(text);
            if (iso.isEmpty()) {
                problems->append(tr("%1 \"%2\" is not a date like 2026-12-01").arg(m.column, text));
                return QVariant();
            }
            value = iso;
        }
    }
    if (isMeasure(m.column) && value.toDouble() < 0) {
        problems->append(tr("%1 %2 is negative").arg(m.column, value.toString()));
        return QVariant();
    }
    return value;
}

// A coded value's code: the file's own spelling first (which may itself be a word), then the code,
// its words, or a class's code or name. Each distinct value is resolved once.
std::optional<QString> ImportValues::code(const Mapped &m, const QString &text)
{
    QHash<QString, std::optional<QString>> &resolved = m_resolved[m.column];
    auto it = resolved.constFind(text);
    if (it == resolved.cend()) {
        // Spellings are given for the store's column or, as users also write them, the file's field.
        QString own = m_mapping.value(m.column, text);
        if (own.isEmpty() && !m.fieldName.isEmpty())
            own = m_mapping.value(m.fieldName, text);
        const QString wanted = own.isEmpty() ? text : own;
        std::optional<QString> c;
        if (m.column == QLatin1String("class_code")) {
            if (const CatalogueEntry *e = m_catalogue.classFor(wanted, m_classLength))
                c = e->code;
        } else {
            c = CodeLists::codeFor(m_table, m.column, wanted);
        }
        it = resolved.insert(text, c);
    }
    if (*it && **it != text)
        ++m_readings[m.column + QLatin1Char('\n') + text + QLatin1Char('\n') + **it];
    return *it;
}

QStringList ImportValues::readings() const
{
    QStringList out;
    for (auto it = m_readings.cbegin(); it != m_readings.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('\n'));
        // The column and the code as the user reads them, the code itself after the word for the command
        // line's --values: "风险等级: “黄” read as 黄色 (yellow)".
        const QString word =
            parts[0] == QLatin1String("class_code") ? parts[2] : CodeLists::word(m_table, parts[0], parts[2]);
        out.append(
            tr("%1: \"%2\" read as %3 (%n feature(s))", nullptr, int(std::min<qint64>(it.value(), INT_MAX)))
                .arg(columnTitle(parts[0]), parts[1],
                     word == parts[2] ? word : QStringLiteral("%1 (%2)").arg(word, parts[2])));
    }
    return out;
}

} // namespace uo
