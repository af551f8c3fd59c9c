#pragma once

#include "exchange/HeaderMap.h"
#include "exchange/Sheet.h"
#include "services/ResponsibilityService.h"
#include "services/UnitService.h"

namespace cd {

// Turns a sheet into rows for the services' import preview: finds the header, maps
// columns, skips empty rows and keeps the sheet's row numbers for messages.
class SheetImport
{
public:
    static const QList<FieldSpec>& unitFields();
    static const QList<FieldSpec>& responsibilityFields();
    static Result<QList<UnitImportRow>> unitRows(const Sheet& sheet);
    static Result<QList<ResponsibilityImportRow>> responsibilityRows(const Sheet& sheet);
};

} // namespace cd
