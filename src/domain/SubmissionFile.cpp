#include "domain/SubmissionFile.h"

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cd::submission {
namespace {

Error refused(const QString& message) { return Error::invalid(message); }

} // namespace

Result<ReportFileContent> report(const QJsonObject& json, const QHash<QString, qint64>& codes)
{
    ReportFileContent out;
    const QJsonValue summary = json.value(QStringLiteral("summary"));
    if (!summary.isUndefined() && !summary.isString())
        return fail(refused(QCoreApplication::translate("cd::cli", "\"summary\" must be text.")));
    out.summary = summary.toString();
    const QJsonValue items = json.value(QStringLiteral("items"));
    if (!items.isUndefined() && !items.isArray()) return fail(refused(QCoreApplication::translate("cd::cli", "\"items\" must be a list.")));
    for (const auto& v : items.toArray()) {
        if (!v.isObject()) return fail(refused(QCoreApplication::translate("cd::cli", "Each entry of \"items\" must be an object.")));
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("task")).toString();
        if (!codes.contains(code.toUpper())) return fail(refused(QCoreApplication::translate("cd::cli", "Unknown task code: %1").arg(code)));
        const QString statusText = o.value(QStringLiteral("status")).toString(QStringLiteral("in_progress"));
        auto status = itemStatusFromId(statusText);
        if (!status)
            return fail(refused(QCoreApplication::translate("cd::cli", "Unknown status %1 (use not_started, in_progress, done or blocked).").arg(statusText)));
        const QJsonValue progress = o.value(QStringLiteral("progress"));
        if (!progress.isUndefined() && !progress.isDouble())
            return fail(refused(QCoreApplication::translate("cd::cli", "The progress of %1 must be a number.").arg(code)));
        out.items.append({codes.value(code.toUpper()), progress.toDouble(), *status, o.value(QStringLiteral("done")).toString(),
                          o.value(QStringLiteral("problems")).toString(), o.value(QStringLiteral("next")).toString()});
    }
    const QJsonValue attachments = json.value(QStringLiteral("attachments"));
    if (!attachments.isUndefined() && !attachments.isArray())
        return fail(refused(QCoreApplication::translate("cd::cli", "Each entry of \"attachments\" must be a file name.")));
    for (const auto& v : attachments.toArray()) {
        if (!v.isString())
            return fail(refused(QCoreApplication::translate("cd::cli", "Each entry of \"attachments\" must be a file name.")));
        out.attachments << v.toString();
    }
    return out;
}

Result<QList<PlanItem>> plan(const QJsonObject& json, const QHash<QString, qint64>& codes)
{
    QList<PlanItem> items;
    const QJsonValue list = json.value(QStringLiteral("items"));
    if (!list.isUndefined() && !list.isArray()) return fail(refused(QCoreApplication::translate("cd::cli", "\"items\" must be a list.")));
    for (const auto& v : list.toArray()) {
        if (!v.isObject()) return fail(refused(QCoreApplication::translate("cd::cli", "Each entry of \"items\" must be an object.")));
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("task")).toString();
        if (!codes.contains(code.toUpper())) return fail(refused(QCoreApplication::translate("cd::cli", "Unknown task code: %1").arg(code)));
        items.append({codes.value(code.toUpper()), o.value(QStringLiteral("text")).toString()});
    }
    if (items.isEmpty()) return fail(refused(QCoreApplication::translate("cd::cli", "The plan has no items.")));
    return items;
}

} // namespace cd::submission
