#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <spdlog/spdlog.h>

namespace cd::sql {

Status exec(QSqlQuery& q, const char* what)
{
    if (q.exec()) return {};
    const QString detail = q.lastError().text();
    spdlog::get("storage") ? spdlog::get("storage")->error("{} failed: {}", what, detail.toStdString())
                           : spdlog::error("{} failed: {}", what, detail.toStdString());
    const bool constraint = q.lastError().nativeErrorCode().startsWith(QLatin1String("19")) ||
                            detail.contains(QLatin1String("constraint"), Qt::CaseInsensitive);
    if (constraint)
        return fail(Error::conflict(QCoreApplication::translate("cd::sql", "The change conflicts with existing data: %1").arg(detail)));
    return fail(Error::io(QCoreApplication::translate("cd::sql", "Database error: %1").arg(detail)));
}

Status execText(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    if (!q.prepare(statement)) {
        return fail(Error::io(QCoreApplication::translate("cd::sql", "Database error: %1").arg(q.lastError().text())));
    }
    return exec(q, "statement");
}

} // namespace cd::sql
