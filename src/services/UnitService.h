#pragma once

#include "domain/Entities.h"
#include "domain/Error.h"
#include "services/ImportPreview.h"
#include "services/ServiceContext.h"

#include <QList>

namespace cd {

struct UnitImportRow
{
    int row = 0;
    Unit unit; // id set when the row updates an existing unit
    // The column 所属分组: a path such as 河安县/政府部门, its groups made as needed. Blank
    // leaves the unit where it is (a new unit at the top).
    QString groupPath = {};
};

class UnitService
{
public:
    explicit UnitService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    QList<Unit> list();
    std::optional<Unit> byName(const QString& name);
    Result<qint64> add(Unit unit);
    // `asRead`, when given, is the unit as the editor read it: if it has changed since, the
    // edit is refused (ServiceContext::staleEdit) instead of overwriting the other change.
    Status update(const Unit& unit, const Unit* asRead = nullptr);
    Status setActive(qint64 unitId, bool active);

    // Rows matched to existing units by name. A blank cell never erases a stored value.
    ImportPreview<UnitImportRow> preview(const QList<UnitImportRow>& rows);
    // Writes the preview's added and updated rows in one transaction; all or nothing.
    Status apply(const ImportPreview<UnitImportRow>& preview);
    // The groups the preview's rows would make, by path, in the order first named.
    QStringList groupsToCreate(const ImportPreview<UnitImportRow>& preview);

private:
    Status checkUniqueName(const Unit& unit);
    Unit visible(Unit u) const; // what the acting account may read of a unit
    ServiceContext m_ctx;
};

} // namespace cd
