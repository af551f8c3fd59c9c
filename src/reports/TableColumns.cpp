#include "reports/TableColumns.h"

#include <QRegularExpression>
#include <algorithm>
#include <numeric>

namespace cd {

bool TableColumns::atomic(const QString& cell)
{
    static const QRegularExpression figure(QStringLiteral("^[-+]?[0-9][0-9.,:/%‰-]*$"));
    const QString t = cell.trimmed();
    return t.size() <= 8 || figure.match(t).hasMatch();
}

QList<double> TableColumns::fit(QList<TableColumn> columns, double width)
{
    const auto n = columns.size();
    QList<double> out(n, 0);
    if (n == 0) return out;
    const auto need = [](const TableColumn& c) { return std::max(c.content, c.headerHalf); };
    const auto lowest = [&] {
        double sum = 0;
        for (const auto& c : columns) sum += c.atomic ? need(c) : c.minimum;
        return sum;
    };
    // Too many atomic columns: the widest that is not a figure column gives way first.
    while (lowest() > width) {
        qsizetype widest = -1;
        for (qsizetype i = 0; i < n; ++i)
            if (columns[i].atomic && (widest < 0 || need(columns[i]) > need(columns[widest]))) widest = i;
        if (widest < 0) break;
        columns[widest].atomic = false;
        columns[widest].minimum = std::min(columns[widest].minimum, need(columns[widest]));
    }
    if (lowest() > width) {
        const double total = std::accumulate(columns.begin(), columns.end(), 0.0, [](double s, const TableColumn& c) { return s + c.weight; });
        for (qsizetype i = 0; i < n; ++i) out[i] = width * (total > 0 ? columns[i].weight / total : 1.0 / double(n));
        return out;
    }
    for (qsizetype i = 0; i < n; ++i) out[i] = columns[i].atomic ? need(columns[i]) : columns[i].minimum;
    double left = width - lowest();
    // First the text columns, by weight, none beyond what its longest entry needs on one line.
    QList<bool> full(n, false);
    for (qsizetype i = 0; i < n; ++i) full[i] = columns[i].atomic || out[i] >= columns[i].content;
    while (left > 1e-6) {
        double weights = 0;
        for (qsizetype i = 0; i < n; ++i)
            if (!full[i]) weights += columns[i].weight;
        if (weights <= 0) break;
        double given = 0;
        for (qsizetype i = 0; i < n; ++i) {
            if (full[i]) continue;
            const double share = left * columns[i].weight / weights;
            const double take = std::min(share, columns[i].content - out[i]);
            out[i] += take;
            given += take;
            if (take < share) full[i] = true;
        }
        left -= given;
        if (given <= 1e-9) break;
    }
    // Then headers on one line where the room allows, the cheapest first.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < n; ++i)
        if (columns[i].atomic && columns[i].header > out[i]) order << i;
    std::ranges::sort(order, {}, [&](qsizetype i) { return columns[i].header - out[i]; });
    for (qsizetype i : order) {
        const double more = columns[i].header - out[i];
        if (more > left) break;
        out[i] += more;
        left -= more;
    }
    // What nobody needs goes to every column by its width.
    if (left > 1e-6) {
        const double sum = std::accumulate(out.begin(), out.end(), 0.0);
        for (qsizetype i = 0; i < n; ++i) out[i] += left * out[i] / sum;
    }
    return out;
}

} // namespace cd
