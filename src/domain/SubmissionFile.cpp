#include "domain/SubmissionFile.h"

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cd::submission {
namespace {

Error refused(const QString& message) { return Error::invalid(message); }

// The entries of "items", each an object, or a refusal.
Result<QList<QJsonObject>> entries(const QJsonObject& json)
{
    const QJsonValue items = json.value(QStringLiteral("items"));
    if (!items.isUndefined() && !items.isArray()) return fail(refused(QCoreApplication::translate("cd::cli", "\"items\" must be a list.")));
    QList<QJsonObject> out;
    for (const auto& v : items.toArray()) {
        if (!v.isObject()) return fail(refused(QCoreApplication::translate("cd::cli", "Each entry of \"items\" must be an object.")));
        out << v.toObject();
    }
    return out;
}

// The task an entry names by its code, whatever its case.
Result<qint64> taskOf(const QJsonObject& o, const QHash<QString, qint64>& codes)
{
    const QString code = o.value(QStringLiteral("task")).toString();
    if (!codes.contains(code.toUpper())) return fail(refused(QCoreApplication::translate("cd::cli", "Unknown task code: %1").arg(code)));
    return codes.value(code.toUpper());
}

} // namespace

Result<ReportFileContent> report(const QJsonObject& json, const QHash<QString, qint64>& codes)
{
    ReportFileContent out;
    const QJsonValue summary = json.value(QStringLiteral("summary"));
    if (!summary.isUndefined() && !summary.isString())
        return fail(refused(QCoreApplication::translate("cd::cli", "\"summary\" must be text.")));
    out.summary = summary.toString();
    auto items = entries(json);
    if (!items) return fail(items.error());
    for (const QJsonObject& o : *items) {
        auto task = taskOf(o, codes);
        if (!task) return fail(task.error());
        const QString code = o.value(QStringLiteral("task")).toString();
        const QString statusText = o.value(QStringLiteral("status")).toString(QStringLiteral("in_progress"));
        auto status = itemStatusFromId(statusText);
        if (!status)
            return fail(refused(QCoreApplication::translate("cd::cli", "Unknown status %1 (use not_started, in_progress, done or blocked).").arg(statusText)));
        const QJsonValue progress = o.value(QStringLiteral("progress"));
        if (!progress.isUndefined() && !progress.isDouble())
            return fail(refused(QCoreApplication::translate("cd::cli", "The progress of %1 must be a number.").arg(code)));
        out.items.append({*task, progress.toDouble(), *status, o.value(QStringLiteral("done")).toString(),
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
    auto list = entries(json);
    if (!list) return fail(list.error());
    for (const QJsonObject& o : *list) {
        auto task = taskOf(o, codes);
        if (!task) return fail(task.error());
        items.append({*task, o.value(QStringLiteral("text")).toString()});
    }
    if (items.isEmpty()) return fail(refused(QCoreApplication::translate("cd::cli", "The plan has no items.")));
    return items;
}

} // namespace cd::submission
