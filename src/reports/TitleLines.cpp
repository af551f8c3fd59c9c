#include "reports/TitleLines.h"

#include <QList>
#include <QRegularExpression>
#include <cmath>
#include <limits>

namespace cd {
namespace {

// Words a title is made of, longest first where one contains another.
const QStringList& phrases()
{
    static const QStringList words{
        QStringLiteral("领导小组办公室"), QStringLiteral("领导小组"), QStringLiteral("办公室"), QStringLiteral("操作记录"), QStringLiteral("汇总表"),
        QStringLiteral("进度表"), QStringLiteral("得分表"), QStringLiteral("三抓一促"), QStringLiteral("活动"), QStringLiteral("督查"),
        QStringLiteral("情况"), QStringLiteral("通报"), QStringLiteral("通知"), QStringLiteral("问责"), QStringLiteral("建议"),
        QStringLiteral("约谈"), QStringLiteral("批评"), QStringLiteral("催办"), QStringLiteral("催报"), QStringLiteral("进展"),
        QStringLiteral("述职"), QStringLiteral("测评"), QStringLiteral("反馈"), QStringLiteral("意见"), QStringLiteral("结果"),
        QStringLiteral("整改"), QStringLiteral("台账"), QStringLiteral("责任"), QStringLiteral("清单"), QStringLiteral("任务"),
        QStringLiteral("进度"), QStringLiteral("考评"), QStringLiteral("问题"), QStringLiteral("同志"), QStringLiteral("关于"),
        QStringLiteral("单位"), QStringLiteral("工作"), QStringLiteral("落实"), QStringLiteral("方案"), QStringLiteral("年度"),
        QStringLiteral("季度"), QStringLiteral("月度"), QStringLiteral("市委"), QStringLiteral("市政府"), QStringLiteral("专项"),
        QStringLiteral("整治"), QStringLiteral("作风"), QStringLiteral("学习"), QStringLiteral("党建"), QStringLiteral("改革"),
        QStringLiteral("发展"), QStringLiteral("决定"), QStringLiteral("报告"), QStringLiteral("安排"), QStringLiteral("部署"),
        QStringLiteral("委员会"), QStringLiteral("启动"), QStringLiteral("程序"), QStringLiteral("不力"), QStringLiteral("通知书"),
        QStringLiteral("按进度"), QStringLiteral("按时"), QStringLiteral("发现"), QStringLiteral("销号"), QStringLiteral("逾期"),
        QStringLiteral("信号灯"), QStringLiteral("序号"), QStringLiteral("完成率"), QStringLiteral("责任人"), QStringLiteral("时限")};
    return words;
}

bool opening(QChar c) { return QStringLiteral("“‘（《〈【「").contains(c); }
bool closing(QChar c) { return QStringLiteral("”’）》〉】」，。、；：！？").contains(c); }

// Per position i (between title[i-1] and title[i]): may the line break there, and how well.
struct Place
{
    bool allowed = true;
    double cost = 1; // 0 where a title's parts meet
};

QList<Place> places(const QString& t, const QStringList& names)
{
    QList<Place> at(t.size() + 1);
    const auto keep = [&](qsizetype from, qsizetype length) {
        for (qsizetype i = from + 1; i < from + length; ++i) at[i].allowed = false;
    };
    // Numbers with their units, ordinals, and Latin or digits running together.
    static const QRegularExpression units(QStringLiteral("第?[0-9０-９一二三四五六七八九十百]+(年度|年|月份|月|日|季度|期|次|个)|[0-9A-Za-z.%]+"));
    for (auto m = units.globalMatch(t); m.hasNext();) {
        const auto match = m.next();
        keep(match.capturedStart(), match.capturedLength());
    }
    for (const QStringList& words : {phrases(), names})
        for (const QString& w : words)
            for (qsizetype from = w.isEmpty() ? -1 : t.indexOf(w); from >= 0; from = t.indexOf(w, from + 1)) keep(from, w.size());
    // A short quotation stays whole; a break next to it is a good one.
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (!opening(t[i])) continue;
        const qsizetype end = t.indexOf(QStringLiteral("”’）》〉】」").at(QStringLiteral("“‘（《〈【「").indexOf(t[i])), i + 1);
        if (end < 0 || end - i > 12) continue;
        keep(i, end - i + 1);
        at[i].cost = 0;
        at[end + 1 < at.size() ? end + 1 : end].cost = 0;
    }
    for (qsizetype i = 1; i < t.size(); ++i) {
        if (closing(t[i]) || opening(t[i - 1])) at[i].allowed = false;
        if (t.left(i) == QStringLiteral("关于")) at[i].cost = 0;
        if (t[i] == QChar(0x7684) /* 的 */) at[i].cost = std::min(at[i].cost, 0.3);
        if (t[i - 1] == QChar(0x7684) && at[i].cost > 0.5) at[i].cost = 0.5;
    }
    at[0].allowed = at[t.size()].allowed = false;
    return at;
}

struct Best
{
    QList<qsizetype> breaks;
    double cost = std::numeric_limits<double>::infinity();
};

// Tries every choice of n-1 breaks among the allowed places.
void search(const QString& t, const QList<Place>& at, const TitleLines::Width& width, double lineWidth, int n, QList<qsizetype>& breaks,
            Best& best)
{
    if (int(breaks.size()) == n - 1) {
        QList<double> widths;
        double cost = 0;
        qsizetype from = 0;
        for (qsizetype i = 0; i <= breaks.size(); ++i) {
            const qsizetype to = i < breaks.size() ? breaks[i] : t.size();
            if (to - from < 2) return; // one character alone
            const double w = width(t.mid(from, to - from));
            if (w > lineWidth) return;
            widths << w;
            if (i < breaks.size()) cost += at[to].cost;
            from = to;
        }
        const bool trapezoid = std::is_sorted(widths.begin(), widths.end());
        const auto widest = std::max_element(widths.begin(), widths.end()) - widths.begin();
        const bool diamond = n >= 3 && widest > 0 && widest < n - 1 && std::is_sorted(widths.begin(), widths.begin() + widest + 1) &&
                             std::is_sorted(widths.rbegin(), widths.rend() - widest);
        const bool inverted = std::is_sorted(widths.rbegin(), widths.rend());
        if (!trapezoid) cost += inverted ? 0.3 : diamond ? 0.1 : 2; // 正梯形 first, 倒梯形 and 菱形 next, else only if nothing fits
        const auto [shortest, longest] = std::minmax_element(widths.begin(), widths.end());
        if (*shortest < 0.4 * *longest) cost += 3; // a stub of a line under or over a long one
        cost += 0.5 * (*longest - *shortest) / lineWidth;
        if (cost < best.cost) best = {breaks, cost};
        return;
    }
    const qsizetype start = breaks.isEmpty() ? 1 : breaks.last() + 1;
    for (qsizetype i = start; i < t.size(); ++i) {
        if (!at[i].allowed) continue;
        breaks << i;
        search(t, at, width, lineWidth, n, breaks, best);
        breaks.removeLast();
    }
}

} // namespace

QStringList TitleLines::halves(const QString& text, const Width& width)
{
    const QList<Place> at = places(text, {});
    qsizetype best = -1;
    double widest = 0;
    for (qsizetype i = 2; i + 2 <= text.size(); ++i) {
        if (!at[i].allowed) continue;
        const double w = std::max(width(text.left(i)), width(text.mid(i)));
        if (best < 0 || w < widest) best = i, widest = w;
    }
    if (best < 0) return {text};
    return {text.left(best), text.mid(best)};
}

QStringList TitleLines::of(const QString& title, const Width& width, double lineWidth, const QStringList& names)
{
    if (title.size() < 4 || width(title) <= lineWidth) return {title};
    QList<Place> at = places(title, names);
    for (int round = 0; round < 2; ++round) {
        for (int n = 2; n <= 4; ++n) {
            Best best;
            QList<qsizetype> breaks;
            search(title, at, width, lineWidth, n, breaks, best);
            if (best.breaks.isEmpty()) continue;
            QStringList lines;
            qsizetype from = 0;
            for (qsizetype b : best.breaks) {
                lines << title.mid(from, b - from);
                from = b;
            }
            lines << title.mid(from);
            return lines;
        }
        // No word boundary gives lines that fit: any place but before closing punctuation.
        for (qsizetype i = 1; i < title.size(); ++i) at[i].allowed = !closing(title[i]) && !opening(title[i - 1]);
    }
    return {title};
}

} // namespace cd
