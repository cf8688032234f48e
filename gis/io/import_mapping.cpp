#include "gis/io/import_mapping.h"

#include "core/sql/statement.h"
#include "core/store/district_store.h"
#include "core/store/layers.h"
#include "core/store/store_columns.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace uo {

namespace {

// Usual Chinese field names in the bureau's files (the standard's attribute names for components,
// and what the online permit service and the risk register export).
const QHash<QString, QStringList> &aliases()
{
    static const QHash<QString, QStringList> names{
        {QStringLiteral("ident"),
         {QStringLiteral("标识码"), QStringLiteral("部件标识码"), QStringLiteral("BSM"),
          QStringLiteral("objcode")}},
        // A CAD drawing's layer names the class (路灯, 0118): GDAL gives it as the field "Layer".
        {QStringLiteral("class_code"),
         {QStringLiteral("类别代码"), QStringLiteral("部件类型"), QStringLiteral("小类代码"),
          QStringLiteral("部件类别"), QStringLiteral("部件小类"), QStringLiteral("小类"),
          QStringLiteral("部件"), QStringLiteral("class"), QStringLiteral("Layer")}},
        {QStringLiteral("name"),
         {QStringLiteral("名称"), QStringLiteral("部件名称"), QStringLiteral("道路名称"),
          QStringLiteral("店名")}},
        {QStringLiteral("state"), {QStringLiteral("状态"), QStringLiteral("部件状态")}},
        {QStringLiteral("grid_code"), {QStringLiteral("单元网格"), QStringLiteral("网格编码")}},
        {QStringLiteral("initial_date"), {QStringLiteral("初始日期")}},
        {QStringLiteral("change_date"), {QStringLiteral("变更日期")}},
        {QStringLiteral("note"), {QStringLiteral("备注")}},
        {QStringLiteral("data_source"), {QStringLiteral("数据来源")}},
        {QStringLiteral("licence_no"), {QStringLiteral("营业执照"), QStringLiteral("执照号")}},
        {QStringLiteral("utility_type"), {QStringLiteral("管线类型"), QStringLiteral("管线种类")}},
        {QStringLiteral("work_type"), {QStringLiteral("施工类型"), QStringLiteral("作业类型")}},
        {QStringLiteral("status"), {QStringLiteral("审批状态")}},
        {QStringLiteral("code"), {QStringLiteral("编码"), QStringLiteral("编号")}},
        {QStringLiteral("grade"), {QStringLiteral("等级"), QStringLiteral("道路等级")}},
        {QStringLiteral("level"), {QStringLiteral("风险等级")}},
        {QStringLiteral("category"), {QStringLiteral("类别"), QStringLiteral("风险类别")}},
        {QStringLiteral("address"), {QStringLiteral("地址")}},
        {QStringLiteral("phone"), {QStringLiteral("电话"), QStringLiteral("联系电话")}},
        {QStringLiteral("keeper"), {QStringLiteral("经营者"), QStringLiteral("负责人")}},
        {QStringLiteral("permit_no"), {QStringLiteral("许可证号"), QStringLiteral("许可编号")}},
        {QStringLiteral("applicant"), {QStringLiteral("申请单位"), QStringLiteral("建设单位")}},
        {QStringLiteral("start_date"), {QStringLiteral("开始日期"), QStringLiteral("开工日期")}},
        {QStringLiteral("end_date"), {QStringLiteral("结束日期"), QStringLiteral("完工日期")}},
    };
    return names;
}

} // namespace

bool ImportMapping::filledByImport(const QString &table, const QString &column, bool generateIds)
{
    const std::optional<Layer> layer = layerOf(table);
    if (layer == Layer::Components)
        return column == QLatin1String("name") || column == QLatin1String("state") ||
               column == QLatin1String(generateIds ? "ident" : "class_code");
    if (layer == Layer::RiskPoints)
        return generateIds && column == QLatin1String("code");
    if (layer == Layer::Permits)
        return column == QLatin1String("status") || column == QLatin1String("area_m2");
    return false;
}

QStringList ImportMapping::targetTables()
{
    return {tableOf(Layer::Components), tableOf(Layer::Roads), tableOf(Layer::RiskPoints),
            tableOf(Layer::Permits),    tableOf(Layer::Shops), tableOf(Layer::Cases)};
}

QList<ImportMapping::Column> ImportMapping::columns(DistrictStore &store, const QString &table)
{
    QList<Column> result;
    for (const StoreColumns::Fillable &c : StoreColumns::fillable(store, table))
        result.append({c.name, c.type, c.required, c.unique ? c.name : QString()});
    return result;
}

ImportMapping ImportMapping::guess(const QList<Column> &columns, const QStringList &sourceFields)
{
    ImportMapping mapping;
    auto find = [&](const QString &wanted) {
        for (const QString &field : sourceFields)
            if (field.compare(wanted, Qt::CaseInsensitive) == 0)
                return field;
        return QString();
    };
    for (const Column &c : columns) {
        QString field = find(c.name);
        if (field.isEmpty() && c.name.size() > 10)
            field = find(c.name.left(10));
        for (const QString &alias : aliases().value(c.name))
            if (field.isEmpty())
                field = find(alias);
        if (!field.isEmpty())
            mapping.setSource(c.name, field);
    }
    return mapping;
}

void ImportMapping::setSource(const QString &column, const QString &field)
{
    if (field.isEmpty())
        m_sources.remove(column);
    else
        m_sources.insert(column, field);
}

QStringList ImportMapping::missingRequired(const QString &table, const QList<Column> &columns,
                                           bool generateIds) const
{
    QStringList missing;
    for (const Column &c : columns)
        if (c.required && !m_sources.contains(c.name) && !filledByImport(table, c.name, generateIds))
            missing.append(c.name);
    return missing;
}

void ImportMapping::setValue(const QString &column, const QString &label, const QString &code)
{
    if (code.isEmpty())
        m_values[column].remove(label);
    else
        m_values[column].insert(label, code);
    if (m_values.value(column).isEmpty())
        m_values.remove(column);
}

QString ImportMapping::addValues(const QString &text)
{
    QString column;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString pair = item.trimmed();
        const qsizetype colon = pair.indexOf(QLatin1Char(':'));
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (colon > 0 && (eq < 0 || colon < eq)) {
            column = pair.left(colon).trimmed();
            pair = pair.mid(colon + 1);
        }
        const qsizetype sep = pair.indexOf(QLatin1Char('='));
        if (column.isEmpty() || sep <= 0 || sep == pair.size() - 1)
            return tr("\"%1\" is not COLUMN:LABEL=CODE.").arg(item);
        setValue(column, pair.left(sep).trimmed(), pair.mid(sep + 1).trimmed());
    }
    return QString();
}

QString ImportMapping::toJson() const
{
    QJsonObject sources, values;
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        sources.insert(it.key(), it.value());
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        QJsonObject labels;
        for (auto label = it->cbegin(); label != it->cend(); ++label)
            labels.insert(label.key(), label.value());
        values.insert(it.key(), labels);
    }
    QJsonObject object;
    object.insert(QStringLiteral("fields"), sources);
    if (!values.isEmpty())
        object.insert(QStringLiteral("values"), values);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ImportMapping ImportMapping::fromJson(const QString &json)
{
    ImportMapping mapping;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    // Mappings remembered before spellings existed are the fields alone.
    const QJsonObject sources = object.contains(QStringLiteral("fields"))
                                    ? object.value(QStringLiteral("fields")).toObject()
                                    : object;
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it)
        mapping.setSource(it.key(), it.value().toString());
    const QJsonObject values = object.value(QStringLiteral("values")).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QJsonObject labels = it.value().toObject();
        for (auto label = labels.constBegin(); label != labels.constEnd(); ++label)
            mapping.setValue(it.key(), label.key(), label.value().toString());
    }
    return mapping;
}

} // namespace uo
