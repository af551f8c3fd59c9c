#pragma once

#include <QString>
#include <QStringList>
#include <random>

namespace cd::demo {

// Deterministic choices: std::mt19937's sequence is fixed by the standard, the
// distributions are not, so picks use the raw numbers.
class Dice
{
public:
    explicit Dice(quint32 seed) : m_rng(seed) {}
    int below(int n) { return n <= 0 ? 0 : int(m_rng() % quint32(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List> const auto& pick(const List& l) { return l[below(int(l.size()))]; }

private:
    std::mt19937 m_rng;
};

QString personName(Dice& d);
QString countyName(int index); // a distinct fictional county or district name for each index
// A city unit's name as the county's own: 市委办公室 → 河安县委办公室, 团市委 → 团河安县委.
QString countyVersion(const QString& cityName, const QString& county);
const QStringList& secretaryPosts();
const QStringList& optionalTaskTitles();

} // namespace cd::demo
