#include "gis/demo/road_names.h"

#include <QStringList>

namespace uo::demo {

namespace {
// Place words of the kind Jiangbei's road names are made of (hills, rivers, villages, virtues).
const QStringList &placeWords()
{
    static const QStringList words =
        QString::fromUtf8(
            "建新 北城 观音 红石 洋河 鲤鱼 大庆 五红 金源 盘溪 石马 华新 嘉陵 长安 港城 寸滩 郭家 铁山 鱼嘴 "
            "复盛 "
            "五宝 江北 北滨 海尔 鸿恩 松石 洋炮 兴竹 红黄 黄泥 塔坪 望江 东升 聚贤 桥北 渝北 同创 福康 港安 "
            "庆云 玉带 董家 野水 宏帆 紫荆 青草 茶园 龙溪 溉澜 玉峰 云竹 鹞子 猫儿 金山 青枫 锦绣 江澜 翠湖 "
            "朝阳 星光 新村 东环 西环 临江 望海 双溪 蓝溪 月湖 梓桥 石门 沙湾 桂湾 竹林 银湖 兰亭 凤鸣 鹿角")
            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return words;
}
} // namespace

QString RoadNames::next(const QString &grade)
{
    static const QStringList trunk = QString::fromUtf8("大道 大道 快速路").split(QLatin1Char(' '));
    static const QStringList main = QString::fromUtf8("路 东路 西路 南路 北路 大街").split(QLatin1Char(' '));
    static const QStringList secondary =
        QString::fromUtf8("路 街 一路 二路 三路 中路 横街").split(QLatin1Char(' '));
    static const QStringList branch =
        QString::fromUtf8("支路 一支路 二支路 巷 村 坡 湾").split(QLatin1Char(' '));
    const QStringList &suffixes = grade == QLatin1String("trunk")       ? trunk
                                  : grade == QLatin1String("main")      ? main
                                  : grade == QLatin1String("secondary") ? secondary
                                                                        : branch;
    const QStringList &words = placeWords();
    for (int attempt = 0;; ++attempt) {
        QString name = words[m_random.integer(0, int(words.size()) - 1)];
        if (attempt > 200) // many roads already: two place words make the space much larger
            name += words[m_random.integer(0, int(words.size()) - 1)];
        name += suffixes[m_random.integer(0, int(suffixes.size()) - 1)];
        if (!m_used.contains(name)) {
            m_used.insert(name);
            return name;
        }
    }
}

} // namespace uo::demo
