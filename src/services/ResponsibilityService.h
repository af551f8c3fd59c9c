#pragma once

#include "domain/Entities.h"
#include "domain/Error.h"
#include "services/ImportPreview.h"
#include "services/ServiceContext.h"

#include <QHash>
#include <QList>

namespace cd {

// One row of a responsibility sheet, as text: names and codes are resolved by the service.
struct ResponsibilityImportRow
{
    int row = 0;
    QString unitName;
    QString taskCode;
    QString level;
    QString person;
    QString post;
    QString duty;
    QString target;
    Responsibility resolved; // filled by preview()
};

// Which unit × task pairs have at least one named person.
struct CoverageMatrix
{
    QList<Unit> units;
    QList<Task> tasks; // tasks that apply: mandatory ones and each unit's own optional ones
    QHash<QPair<qint64, qint64>, int> counts;

    bool applies(const Unit& u, const Task& t) const { return t.kind == TaskKind::Mandatory || t.ownerUnitId == u.id; }
    int count(qint64 unitId, qint64 taskId) const { return counts.value({unitId, taskId}); }
    int missingFor(const Unit& u) const;
};

class ResponsibilityService
{
public:
    explicit ResponsibilityService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    QList<Responsibility> forUnit(qint64 unitId);
    QList<Responsibility> all();
    // Inserts when id is 0, otherwise updates. One person per unit, task and level.
    // `asRead`: the row as the editor loaded it; saving over a change someone made meanwhile is
    // refused, naming them.
    Result<qint64> save(Responsibility r, std::optional<Responsibility> asRead = std::nullopt);
    Status remove(qint64 id);
    CoverageMatrix coverage(qint64 campaignId);

    ImportPreview<ResponsibilityImportRow> preview(qint64 campaignId, const QList<ResponsibilityImportRow>& rows);
    Status apply(const ImportPreview<ResponsibilityImportRow>& preview);

private:
    Status checkReferences(const Responsibility& r);
    ServiceContext m_ctx;
};

} // namespace cd
