#include "domain/Review.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace cd {
namespace {

const std::array<QString, 4>& names()
{
    static const std::array<QString, 4> n{QStringLiteral("好"), QStringLiteral("较好"), QStringLiteral("一般"), QStringLiteral("差")};
    return n;
}

} // namespace

QString markName(ReviewMark m) { return names()[size_t(m)]; }

std::optional<ReviewMark> markFromText(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() == 1 && t[0] >= QLatin1Char('1') && t[0] <= QLatin1Char('4')) return ReviewMark(t[0].unicode() - '1');
    for (auto m : kAllMarks)
        if (t == markName(m)) return m;
    return std::nullopt;
}

namespace ballot_cell {

std::optional<QChar> fromText(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) return kNone;
    if (t == QString(kMany)) return kMany;
    if (auto m = markFromText(t)) return QChar(QLatin1Char(char('1' + int(*m))));
    // Two or more marks: digits 1–4 run together ("12"), or marks with separators between.
    static const QRegularExpression digits(QStringLiteral("^[1-4]{2,4}$"));
    if (digits.match(t).hasMatch()) return kMany;
    const QStringList parts = t.split(QRegularExpression(QStringLiteral("[,，、/ ]+")), Qt::SkipEmptyParts);
    if (parts.size() >= 2 && std::ranges::all_of(parts, [](const QString& p) { return markFromText(p).has_value(); })) return kMany;
    return std::nullopt;
}

std::optional<ReviewMark> mark(QChar cell)
{
    if (cell >= QLatin1Char('1') && cell <= QLatin1Char('4')) return ReviewMark(cell.unicode() - '1');
    return std::nullopt;
}

} // namespace ballot_cell

ReviewMark ReviewRules::gradeOf(double score, int poor, int valid) const
{
    if (valid > 0 && poor >= poorShare * valid - 1e-9) return ReviewMark::Poor;
    if (score >= good - 1e-9) return ReviewMark::Good;
    if (score >= fair - 1e-9) return ReviewMark::Fair;
    if (score >= average - 1e-9) return ReviewMark::Average;
    return ReviewMark::Poor;
}

Status ReviewRules::validate(const ReviewRules& r)
{
    const auto tr = [](const char* s) { return QCoreApplication::translate("cd::ReviewRules", s); };
    for (double p : r.points)
        if (!(p >= 0 && p <= 100)) return fail(Error::invalid(tr("Grade points run from 0 to 100.")));
    if (!(r.points[0] >= r.points[1] && r.points[1] >= r.points[2] && r.points[2] >= r.points[3]))
        return fail(Error::invalid(tr("A better grade gives at least the points of a worse one.")));
    if (!(r.good <= 100 && r.good >= r.fair && r.fair >= r.average && r.average >= 0))
        return fail(Error::invalid(tr("The grading thresholds descend from 好 to 一般, within 0 and 100.")));
    if (!(r.poorShare > 0 && r.poorShare <= 1)) return fail(Error::invalid(tr("The share of 差 marks that makes the grade 差 is above 0 and at most 1.")));
    return {};
}

QJsonObject ReviewRules::toJson() const
{
    QJsonObject p;
    for (auto m : kAllMarks) p.insert(markName(m), points[size_t(m)]);
    return {{QStringLiteral("points"), p},
            {QStringLiteral("good"), good},
            {QStringLiteral("fair"), fair},
            {QStringLiteral("average"), average},
            {QStringLiteral("poor_share"), poorShare}};
}

ReviewRules ReviewRules::fromJson(const QJsonObject& o)
{
    ReviewRules r;
    const QJsonObject p = o.value(QStringLiteral("points")).toObject();
    for (auto m : kAllMarks) r.points[size_t(m)] = p.value(markName(m)).toDouble(r.points[size_t(m)]);
    r.good = o.value(QStringLiteral("good")).toDouble(r.good);
    r.fair = o.value(QStringLiteral("fair")).toDouble(r.fair);
    r.average = o.value(QStringLiteral("average")).toDouble(r.average);
    r.poorShare = o.value(QStringLiteral("poor_share")).toDouble(r.poorShare);
    return r;
}

MarkCounts& MarkCounts::operator+=(const MarkCounts& o)
{
    for (size_t i = 0; i < marks.size(); ++i) marks[i] += o.marks[i];
    invalid += o.invalid;
    return *this;
}

QList<QPair<int, int>> ReviewTally::serialRanges(const QList<ReviewGroup>& groups)
{
    QList<QPair<int, int>> out;
    int next = 1;
    for (const auto& g : groups) {
        out.append({next, next + g.ballots - 1});
        next += g.ballots;
    }
    return out;
}

int ReviewTally::groupOfSerial(const QList<ReviewGroup>& groups, int serial)
{
    const auto ranges = serialRanges(groups);
    for (qsizetype i = 0; i < ranges.size(); ++i)
        if (serial >= ranges[i].first && serial <= ranges[i].second) return int(i);
    return -1;
}

double ReviewTally::rounded(double v) { return std::round(v * 100.0) / 100.0; }

QList<ReviewOutcome> ReviewTally::outcomes(const QList<ReviewPerson>& people, const QList<ReviewGroup>& groups, const ReviewRules& rules,
                                            const QHash<QPair<qint64, int>, MarkCounts>& counts)
{
    QList<ReviewOutcome> out;
    out.reserve(people.size());
    for (const auto& person : people) {
        ReviewOutcome o;
        o.person = person;
        double weighted = 0, weights = 0;
        for (int g = 0; g < groups.size(); ++g) {
            const MarkCounts c = counts.value({person.id, g});
            o.perGroup.append(c);
            o.total += c;
            if (c.valid() == 0) continue;
            double points = 0;
            for (auto m : kAllMarks) points += c.marks[size_t(m)] * rules.points[size_t(m)];
            weighted += groups[g].weight * points / c.valid();
            weights += groups[g].weight;
        }
        const int valid = o.total.valid();
        o.goodRate = valid > 0 ? double(o.total.marks[0] + o.total.marks[1]) / valid : 0;
        o.score = weights > 0 ? rounded(weighted / weights) : 0;
        o.grade = rules.gradeOf(o.score, o.total.marks[size_t(ReviewMark::Poor)], valid);
        out.append(std::move(o));
    }
    for (auto level : kAllLevels) {
        QList<ReviewOutcome*> same;
        for (auto& o : out)
            if (o.person.level == level && o.rated()) same.append(&o); // nobody marked them: no rank
        std::ranges::stable_sort(same, [](const ReviewOutcome* a, const ReviewOutcome* b) { return a->score > b->score; });
        for (qsizetype i = 0; i < same.size(); ++i)
            same[i]->rank = i > 0 && same[i]->score == same[i - 1]->score ? same[i - 1]->rank : int(i + 1);
    }
    return out;
}

} // namespace cd
