#include "gis/demo/demo_people.h"

#include "core/store/row_writer.h"
#include "gis/demo/demo_options.h"

#include <QStringList>
#include <cmath>

namespace uo::demo {

namespace {

QStringList words(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString pick(Random &random, const QStringList &list)
{
    return list[random.integer(0, int(list.size()) - 1)];
}

QString shortStreetName(const QString &name)
{
    QString s = name;
    s.remove(QString::fromUtf8("街道"));
    return s;
}

} // namespace

QString personName(Random &random)
{
    static const QStringList surnames = words("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 "
                                              "郑 梁 谢 唐 许 冯 宋 韩 邓 彭 曾 肖 田 袁 蒋 余 杜 廖 谭 冉");
    static const QStringList given =
        words("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 "
              "华 建 国 红 英 文 斌 辉 波 宁 鑫 婷 雪 琳 晨 浩 宇 欣 怡 佳 俊 峰 渝");
    QString name = pick(random, surnames) + pick(random, given);
    if (random.chance(0.7))
        name += pick(random, given);
    return name;
}

DemoEntities writeEntities(DistrictStore &store, const DistrictFrame &frame, Random random)
{
    DemoEntities out;
    auto insert =
        RowWriter::insert(store, "entities", {"code", "name", "kind", "contact"}, RowWriter::Returning::Id);
    int serial = 0;
    auto add = [&](const QString &name, const char *kind) {
        const QString phone = QStringLiteral("023-6%1").arg(random.integer(1000000, 9999999));
        insert.bind(1, QStringLiteral("E%1").arg(++serial, 4, 10, QLatin1Char('0')))
            .bind(2, name)
            .bind(3, QString::fromLatin1(kind))
            .bind(4, phone);
        const qint64 id = insert.run();
        out.byName.insert(name, id);
        return id;
    };

    for (const QString &name : words(
             "江北区城市管理局 江北区住房和城乡建设委员会 江北区交通运输委员会 江北区水利局 江北区生态环境局 "
             "江北区市场监督管理局 江北区应急管理局 江北区规划和自然资源局 江北区公安分局 江北区交巡警支队 "
             "江北区市政设施管理所 江北区环境卫生管理所 江北区园林绿化管理所 江北区城市管理综合行政执法支队 "
             "江北区数字化城市管理中心 江北区文化和旅游委员会 江北区商务委员会 江北区人民防空办公室"))
        out.departments.append(add(name, "department"));
    for (const StreetArea &s : frame.streets)
        out.departments.append(add(s.name + (s.kind == QLatin1String("town") ? QString::fromUtf8("人民政府")
                                                                             : QString::fromUtf8("办事处")),
                                   "department"));
    for (const QString &name :
         words("重庆市自来水有限公司江北分公司 重庆市排水有限公司江北分公司 国网重庆市电力公司江北供电分公司 "
               "重庆燃气集团江北分公司 中国电信重庆江北分公司 中国移动重庆江北分公司 中国联通重庆江北分公司 "
               "重庆有线电视网络江北分公司 重庆市路灯管理中心江北所 重庆市地下综合管廊公司 "
               "重庆轨道交通集团江北运营所 "
               "重庆公交集团江北分公司 重庆港务物流集团寸滩港务公司 中国铁塔重庆江北分公司"))
        out.utilities.append(add(name, "company"));
    for (const Community &c : frame.communities)
        add(c.name, "community");
    for (const StreetArea &s : frame.streets)
        for (int n = 1; n <= 12; ++n)
            out.partyBranches[s.code].append(
                add(QString::fromUtf8("%1城管执法中队第%2党支部").arg(shortStreetName(s.name)).arg(n),
                    "party_branch"));
    static const QStringList firms = words("市政工程 物业管理 环卫服务 园林绿化 道路养护 建筑工程 照明工程 "
                                           "管网维护 保洁服务 设施维护 交通设施 广告传媒");
    static const QStringList brands = words("渝江 嘉华 龙湖 金科 鸿恩 北城 江澜 华宇 新鸥鹏 融创 鲁能 东原 "
                                            "协信 庆隆 港城 万吉 盛世 城投 安康 绿源 远达 中环 蓝天 万象");
    QSet<QString> used;
    while (serial < targets::kEntities) {
        const QString name = QString::fromUtf8("重庆") + pick(random, brands) + pick(random, brands) +
                             pick(random, firms) + QString::fromUtf8("有限公司");
        if (used.contains(name))
            continue;
        used.insert(name);
        out.contractors.append(add(name, "company"));
    }
    return out;
}

DemoPeople writePeople(DistrictStore &store, const DistrictFrame &frame,
                       const QHash<QString, int> &segmentsPerStreet, Random random)
{
    DemoPeople out;
    auto insert =
        RowWriter::insert(store, "people", {"name", "role", "unit", "party_branch", "contact", "active"},
                          RowWriter::Returning::Id);
    const struct
    {
        const char *role;
        double perSegment;
        const char *unit;
        QHash<QString, QList<qint64>> *ids;
    } groups[] = {
        {"officer", 0.93, "城管执法中队", &out.officers},
        {"municipal", 0.35, "市政设施管理所", &out.municipal},
        {"greening", 0.3, "园林绿化管理所", &out.greening},
        {"sanitation", 0.4, "环境卫生管理所", &out.sanitation},
    };
    for (const StreetArea &street : frame.streets)
        for (const auto &group : groups) {
            const int count =
                std::max(3, int(std::ceil(segmentsPerStreet.value(street.code) * group.perSegment)));
            for (int i = 0; i < count; ++i) {
                const QString unit = shortStreetName(street.name) + QString::fromUtf8(group.unit);
                const QString branch = QString::fromUtf8("%1第%2党支部").arg(unit).arg(random.integer(1, 4));
                insert.bind(1, personName(random))
                    .bind(2, QString::fromLatin1(group.role))
                    .bind(3, unit)
                    .bind(4, branch)
                    .bind(5, QStringLiteral("13%1").arg(random.integer(100000000, 999999999)))
                    .bind(6, random.chance(0.97) ? 1 : 0);
                (*group.ids)[street.code].append(insert.run());
            }
        }
    return out;
}

} // namespace uo::demo
