#pragma once

#include "domain/Entities.h"
#include "services/AssessmentService.h"
#include "exchange/Sheet.h"

#include <QHash>

namespace cd {

// The tables the program exports, with Chinese captions that the importer reads back.
class Exports
{
public:
    // groupPaths: each group's path by id; the column 所属分组 is written when it is not empty.
    static Table units(const QList<Unit>& units, const QHash<qint64, QString>& groupPaths = {});
    static Table tasks(const QList<Task>& tasks, const QHash<qint64, QString>& unitNames);
    static Table responsibilities(const QList<Responsibility>& list, const QHash<qint64, QString>& unitNames,
                                  const QHash<qint64, Task>& tasks);
    // Rank, unit, every item's score, total and grade; one row per unit in rank order.
    static Table assessment(const AssessmentResult& result);
};

} // namespace cd
