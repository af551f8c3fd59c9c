#pragma once

// What the 述职测评's service files share: their messages' context and the audit record's JSON.
#include "domain/Review.h"
#include "storage/ReviewRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cd::review_json {

inline QString tr(const char* s) { return QCoreApplication::translate("cd::ReviewService", s); }

inline QJsonObject sessionJson(const ReviewSession& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("title"), s.title},
            {QStringLiteral("date"), s.date.toString(Qt::ISODate)},
            {QStringLiteral("place"), s.place},
            {QStringLiteral("rules"), s.rules.toJson()},
            {QStringLiteral("double_entry"), s.doubleEntry}};
}
inline QJsonObject personJson(const ReviewPerson& p)
{
    return {{QStringLiteral("id"), p.id}, {QStringLiteral("unit_id"), p.unitId}, {QStringLiteral("name"), p.name}, {QStringLiteral("level"), toId(p.level)}};
}
inline QJsonObject groupJson(const ReviewGroup& g)
{
    return {{QStringLiteral("id"), g.id}, {QStringLiteral("name"), g.name}, {QStringLiteral("weight"), g.weight}, {QStringLiteral("ballots"), g.ballots}};
}
inline QJsonObject countsJson(const MarkCounts& c)
{
    QJsonObject o;
    for (auto m : kAllMarks) o.insert(markName(m), c.marks[size_t(m)]);
    return o;
}

} // namespace cd::review_json
