#include "services/DemoNames.h"

namespace cd::demo {
namespace {
const QStringList kSurnames = QStringLiteral(
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤")
                                   .split(QLatin1Char(' '));
const QStringList kGiven = QStringLiteral(
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 文 辉 建 华 红 玉 萍 宇 飞 鹏 晨 琳 斌 凯 峰 婷 雪 燕 亮 波 林 丹 佳 欣 浩 志 海 颖 蕾 晓 俊 毅 鑫 琦 倩 瑞 博 然")
                                 .split(QLatin1Char(' '));
const QStringList kPlace = QStringLiteral(
    "青 山 河 阳 平 安 宁 兴 远 华 东 西 南 北 清 泉 林 石 云 桥 丰 和 新 昌 乐 永 福 德 泰 嘉 金 龙 鹤 松 柳 桃 梅 兰 溪 湖")
                                 .split(QLatin1Char(' '));
} // namespace

QString personName(Dice& d)
{
    QString name = d.pick(kSurnames) + d.pick(kGiven);
    if (d.chance(60)) name += d.pick(kGiven);
    return name;
}

QString countyName(int index)
{
    const int n = int(kPlace.size());
    const int a = index % n, b = (index / n + a + 1) % n;
    const QString suffix = (index / (n * n)) % 2 == 0 ? QStringLiteral("县") : QStringLiteral("区");
    const int round = index / (2 * n * n);
    return kPlace[a] + kPlace[b] + (round > 0 ? QString::number(round + 1) : QString()) + suffix;
}

QString countyVersion(const QString& cityName, const QString& county)
{
    const qsizetype at = cityName.indexOf(QStringLiteral("市"));
    if (at < 0) return county + cityName;
    // 市委 → 县委: the county's name ends in 县 or 区, which takes the place of 市.
    return cityName.left(at) + county + cityName.mid(at + 1);
}

const QStringList& secretaryPosts()
{
    static const QStringList posts{QStringLiteral("机关党委专职副书记"), QStringLiteral("办公室主任"),
                                   QStringLiteral("组织人事科科长"), QStringLiteral("机关党支部书记"),
                                   QStringLiteral("综合科科长"), QStringLiteral("党建办主任")};
    return posts;
}

const QStringList& optionalTaskTitles()
{
    static const QStringList titles{QStringLiteral("“机关开放日”活动"), QStringLiteral("“党员先锋岗”创建"),
                                    QStringLiteral("“业务大比武”练兵活动"), QStringLiteral("“一支部一品牌”创建"),
                                    QStringLiteral("“周末讲堂”学习活动"), QStringLiteral("“最多跑一次”服务提升"),
                                    QStringLiteral("“走基层、解难题”调研"), QStringLiteral("“清廉机关”示范点创建")};
    return titles;
}

} // namespace cd::demo
