#pragma once

#include <QString>
#include <array>
#include <optional>

namespace cd::ids {

// Enumerations are stored and exchanged as stable identifiers; each keeps its own table.
template <typename E, std::size_t N> QString of(E value, const std::array<std::pair<E, const char*>, N>& table)
{
    for (const auto& [v, name] : table)
        if (v == value) return QString::fromLatin1(name);
    return {};
}

template <typename E, std::size_t N> std::optional<E> from(const QString& id, const std::array<std::pair<E, const char*>, N>& table)
{
    for (const auto& [value, name] : table)
        if (id == QLatin1String(name)) return value;
    return std::nullopt;
}

} // namespace cd::ids
