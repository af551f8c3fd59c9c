#include "reports/AuditWords.h"

#include "domain/Actor.h"
#include "domain/Enums.h"
#include "domain/Reporting.h"
#include "domain/Supervision.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace cd::auditwords {
namespace {

// The words keep the context of the dialog they were first written for, so one translation
// serves the screen and the printed record.
QString translated(const char* text) { return QCoreApplication::translate("cd::AuditDialog", text); }


// A stored id (party, open, submitted) as the program shows it elsewhere (抓党建, 待整改, 待审核).
QString shown(const QString& key, const QString& id)
{
    if (key == QLatin1String("pillar"))
        if (auto p = pillarFromId(id)) return displayName(*p);
    if (key == QLatin1String("role"))
        if (auto r = roleFromId(id)) return displayName(*r);
    if (key == QLatin1String("step"))
        if (auto s = escalationStepFromId(id)) return displayName(*s);
    if (key == QLatin1String("cadence"))
        if (auto c = cadenceFromId(id)) return displayName(*c);
    static const QHash<QString, const char*> severity{{QStringLiteral("minor"), QT_TRANSLATE_NOOP("cd::AuditDialog", "minor")},
                                                      {QStringLiteral("normal"), QT_TRANSLATE_NOOP("cd::AuditDialog", "normal")},
                                                      {QStringLiteral("serious"), QT_TRANSLATE_NOOP("cd::AuditDialog", "serious")}};
    static const QHash<QString, const char*> source{{QStringLiteral("inspection"), QT_TRANSLATE_NOOP("cd::AuditDialog", "found by inspection")},
                                                    {QStringLiteral("self_report"), QT_TRANSLATE_NOOP("cd::AuditDialog", "found by the unit itself")},
                                                    {QStringLiteral("complaint"), QT_TRANSLATE_NOOP("cd::AuditDialog", "complaint")},
                                                    {QStringLiteral("other"), QT_TRANSLATE_NOOP("cd::AuditDialog", "other")}};
    if (key == QLatin1String("template") && id == QLatin1String("sanzhua-yicu")) return QCoreApplication::translate("cd::AuditDialog", "the built-in 三抓一促 template");
    if (key == QLatin1String("severity") && severity.contains(id)) return translated(severity.value(id));
    if (key == QLatin1String("source") && source.contains(id)) return translated(source.value(id));
    if (key == QLatin1String("status") || key == QLatin1String("from") || key == QLatin1String("to")) {
        if (auto s = problemStatusFromId(id)) return displayName(*s);
        if (auto s = reportStatusFromId(id)) return displayName(*s);
        if (auto s = itemStatusFromId(id)) return displayName(*s);
    }
    return id;
}

QString named(const QHash<QString, const char*>& names, const QString& id)
{
    const auto it = names.constFind(id);
    return it == names.cend() ? id : translated(*it);
}

// A value in words: a stored id as the program shows it, a list item by item, a part of a
// record (a report's line on one task) as its fields in words — never the stored JSON.
QString valueOf(const QString& key, const QJsonValue& v)
{
    if (v.isString()) return shown(key, v.toString());
    if (v.isBool()) return v.toBool() ? QCoreApplication::translate("cd::AuditDialog", "yes") : QCoreApplication::translate("cd::AuditDialog", "no");
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 12);
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& e : v.toArray()) parts << valueOf(key, e);
        return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral("；"));
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QStringList parts;
        for (auto it = o.begin(); it != o.end(); ++it) parts << QStringLiteral("%1：%2").arg(field(it.key()), valueOf(it.key(), it.value()));
        return QStringLiteral("（%1）").arg(parts.join(QStringLiteral("，")));
    }
    return QStringLiteral("—");
}

} // namespace

QString action(const QString& id)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("campaign.create"), QT_TRANSLATE_NOOP("cd::AuditDialog", "campaign created")},
        {QStringLiteral("demo.generate"), QT_TRANSLATE_NOOP("cd::AuditDialog", "demo written")},
        {QStringLiteral("unit.create"), QT_TRANSLATE_NOOP("cd::AuditDialog", "unit added")},
        {QStringLiteral("unit.import"), QT_TRANSLATE_NOOP("cd::AuditDialog", "unit imported")},
        {QStringLiteral("unit.update"), QT_TRANSLATE_NOOP("cd::AuditDialog", "unit changed")},
        {QStringLiteral("unit.move"), QT_TRANSLATE_NOOP("cd::AuditDialog", "unit moved to another group")},
        {QStringLiteral("group.create"), QT_TRANSLATE_NOOP("cd::AuditDialog", "group added")},
        {QStringLiteral("group.update"), QT_TRANSLATE_NOOP("cd::AuditDialog", "group changed")},
        {QStringLiteral("group.move"), QT_TRANSLATE_NOOP("cd::AuditDialog", "group moved")},
        {QStringLiteral("group.delete"), QT_TRANSLATE_NOOP("cd::AuditDialog", "group removed")},
        {QStringLiteral("task.create"), QT_TRANSLATE_NOOP("cd::AuditDialog", "task added")},
        {QStringLiteral("task.update"), QT_TRANSLATE_NOOP("cd::AuditDialog", "task changed")},
        {QStringLiteral("responsibility.create"), QT_TRANSLATE_NOOP("cd::AuditDialog", "responsibility added")},
        {QStringLiteral("responsibility.update"), QT_TRANSLATE_NOOP("cd::AuditDialog", "responsibility changed")},
        {QStringLiteral("responsibility.delete"), QT_TRANSLATE_NOOP("cd::AuditDialog", "responsibility removed")},
        {QStringLiteral("responsibility.import"), QT_TRANSLATE_NOOP("cd::AuditDialog", "responsibility list imported")},
        {QStringLiteral("plan.submit"), QT_TRANSLATE_NOOP("cd::AuditDialog", "plan submitted")},
        {QStringLiteral("report.save"), QT_TRANSLATE_NOOP("cd::AuditDialog", "report saved")},
        {QStringLiteral("report.submit"), QT_TRANSLATE_NOOP("cd::AuditDialog", "report submitted")},
        {QStringLiteral("report.accept"), QT_TRANSLATE_NOOP("cd::AuditDialog", "report accepted")},
        {QStringLiteral("report.return"), QT_TRANSLATE_NOOP("cd::AuditDialog", "report returned")},
        {QStringLiteral("inspection.create"), QT_TRANSLATE_NOOP("cd::AuditDialog", "inspection recorded")},
        {QStringLiteral("problem.create"), QT_TRANSLATE_NOOP("cd::AuditDialog", "problem line opened")},
        {QStringLiteral("problem.transition"), QT_TRANSLATE_NOOP("cd::AuditDialog", "problem line moved on")},
        {QStringLiteral("problem.escalate"), QT_TRANSLATE_NOOP("cd::AuditDialog", "problem line escalated")},
        {QStringLiteral("case.create"), QT_TRANSLATE_NOOP("cd::AuditDialog", "case recorded")},
        {QStringLiteral("case.publish"), QT_TRANSLATE_NOOP("cd::AuditDialog", "case published")},
        {QStringLiteral("settings.save"), QT_TRANSLATE_NOOP("cd::AuditDialog", "settings saved")},
        {QStringLiteral("assessment.rubric"), QT_TRANSLATE_NOOP("cd::AuditDialog", "rubric saved")},
        {QStringLiteral("assessment.enter"), QT_TRANSLATE_NOOP("cd::AuditDialog", "score entered")},
        {QStringLiteral("assessment.override"), QT_TRANSLATE_NOOP("cd::AuditDialog", "score overridden")},
        {QStringLiteral("assessment.clear"), QT_TRANSLATE_NOOP("cd::AuditDialog", "score cleared")},
        {QStringLiteral("assessment.lock"), QT_TRANSLATE_NOOP("cd::AuditDialog", "assessment locked")},
        {QStringLiteral("assessment.unlock"), QT_TRANSLATE_NOOP("cd::AuditDialog", "assessment unlocked")},
        {QStringLiteral("bulletin.edit"), QT_TRANSLATE_NOOP("cd::AuditDialog", "bulletin draft saved")},
        {QStringLiteral("bulletin.issue"), QT_TRANSLATE_NOOP("cd::AuditDialog", "bulletin issued")},
        {QStringLiteral("bulletin.correct"), QT_TRANSLATE_NOOP("cd::AuditDialog", "bulletin corrected")},
        {QStringLiteral("user.create"), QT_TRANSLATE_NOOP("cd::AuditDialog", "account added")},
        {QStringLiteral("user.disable"), QT_TRANSLATE_NOOP("cd::AuditDialog", "account disabled")},
        {QStringLiteral("user.password"), QT_TRANSLATE_NOOP("cd::AuditDialog", "password changed")},
        {QStringLiteral("user.reset"), QT_TRANSLATE_NOOP("cd::AuditDialog", "password reset")},
        {QStringLiteral("package.export"), QT_TRANSLATE_NOOP("cd::AuditDialog", "task package made")},
        {QStringLiteral("package.import"), QT_TRANSLATE_NOOP("cd::AuditDialog", "report package taken in")},
        {QStringLiteral("package.make"), QT_TRANSLATE_NOOP("cd::AuditDialog", "report package made")},
    };
    return named(names, id);
}

QString kind(const QString& id)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("campaign"), QT_TRANSLATE_NOOP("cd::AuditDialog", "campaign")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("cd::AuditDialog", "unit")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("cd::AuditDialog", "group")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("cd::AuditDialog", "task")},
        {QStringLiteral("responsibility"), QT_TRANSLATE_NOOP("cd::AuditDialog", "responsibility")},
        {QStringLiteral("plan"), QT_TRANSLATE_NOOP("cd::AuditDialog", "plan")},
        {QStringLiteral("report"), QT_TRANSLATE_NOOP("cd::AuditDialog", "report")},
        {QStringLiteral("problem"), QT_TRANSLATE_NOOP("cd::AuditDialog", "problem line")},
        {QStringLiteral("inspection"), QT_TRANSLATE_NOOP("cd::AuditDialog", "inspection")},
        {QStringLiteral("case"), QT_TRANSLATE_NOOP("cd::AuditDialog", "typical case")},
        {QStringLiteral("bulletin"), QT_TRANSLATE_NOOP("cd::AuditDialog", "bulletin")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("cd::AuditDialog", "settings")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("cd::AuditDialog", "account")},
    };
    return named(names, id);
}

QString field(const QString& key)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("cd::AuditDialog", "name")},
        {QStringLiteral("short_name"), QT_TRANSLATE_NOOP("cd::AuditDialog", "short name")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("cd::AuditDialog", "category")},
        {QStringLiteral("head"), QT_TRANSLATE_NOOP("cd::AuditDialog", "principal leader")},
        {QStringLiteral("deputy"), QT_TRANSLATE_NOOP("cd::AuditDialog", "leader in charge")},
        {QStringLiteral("secretary"), QT_TRANSLATE_NOOP("cd::AuditDialog", "unit secretary")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("cd::AuditDialog", "phone")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("cd::AuditDialog", "active")},
        {QStringLiteral("order"), QT_TRANSLATE_NOOP("cd::AuditDialog", "order")},
        {QStringLiteral("group_id"), QT_TRANSLATE_NOOP("cd::AuditDialog", "group no.")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("cd::AuditDialog", "group")},
        {QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("cd::AuditDialog", "parent group no.")},
        {QStringLiteral("path"), QT_TRANSLATE_NOOP("cd::AuditDialog", "path")},
        {QStringLiteral("office"), QT_TRANSLATE_NOOP("cd::AuditDialog", "office")},
        {QStringLiteral("addressee"), QT_TRANSLATE_NOOP("cd::AuditDialog", "addressee")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("cd::AuditDialog", "number")},
        {QStringLiteral("unit_id"), QT_TRANSLATE_NOOP("cd::AuditDialog", "unit no.")},
        {QStringLiteral("unit"), QT_TRANSLATE_NOOP("cd::AuditDialog", "unit")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("cd::AuditDialog", "year")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("cd::AuditDialog", "status")},
        {QStringLiteral("summary"), QT_TRANSLATE_NOOP("cd::AuditDialog", "summary")},
        {QStringLiteral("items"), QT_TRANSLATE_NOOP("cd::AuditDialog", "items")},
        {QStringLiteral("attachments"), QT_TRANSLATE_NOOP("cd::AuditDialog", "evidence")},
        {QStringLiteral("period_id"), QT_TRANSLATE_NOOP("cd::AuditDialog", "period no.")},
        {QStringLiteral("period"), QT_TRANSLATE_NOOP("cd::AuditDialog", "period")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("cd::AuditDialog", "version")},
        {QStringLiteral("review_comment"), QT_TRANSLATE_NOOP("cd::AuditDialog", "review comment")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("cd::AuditDialog", "comment")},
        {QStringLiteral("reviewed_by"), QT_TRANSLATE_NOOP("cd::AuditDialog", "reviewed by")},
        {QStringLiteral("submitted_by"), QT_TRANSLATE_NOOP("cd::AuditDialog", "submitted by")},
        {QStringLiteral("pillar"), QT_TRANSLATE_NOOP("cd::AuditDialog", "pillar")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("cd::AuditDialog", "description")},
        {QStringLiteral("measure"), QT_TRANSLATE_NOOP("cd::AuditDialog", "measure")},
        {QStringLiteral("responsible"), QT_TRANSLATE_NOOP("cd::AuditDialog", "person responsible")},
        {QStringLiteral("deadline"), QT_TRANSLATE_NOOP("cd::AuditDialog", "deadline")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("cd::AuditDialog", "severity")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("cd::AuditDialog", "source")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("cd::AuditDialog", "note")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("cd::AuditDialog", "from")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("cd::AuditDialog", "to")},
        {QStringLiteral("step"), QT_TRANSLATE_NOOP("cd::AuditDialog", "step")},
        {QStringLiteral("decision"), QT_TRANSLATE_NOOP("cd::AuditDialog", "decision")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("cd::AuditDialog", "date")},
        {QStringLiteral("record_code"), QT_TRANSLATE_NOOP("cd::AuditDialog", "record code")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("cd::AuditDialog", "code")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("cd::AuditDialog", "title")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("cd::AuditDialog", "text")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("cd::AuditDialog", "target")},
        {QStringLiteral("due"), QT_TRANSLATE_NOOP("cd::AuditDialog", "due")},
        {QStringLiteral("cadence"), QT_TRANSLATE_NOOP("cd::AuditDialog", "cadence")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("cd::AuditDialog", "person")},
        {QStringLiteral("post"), QT_TRANSLATE_NOOP("cd::AuditDialog", "post")},
        {QStringLiteral("duty"), QT_TRANSLATE_NOOP("cd::AuditDialog", "duty")},
        {QStringLiteral("item"), QT_TRANSLATE_NOOP("cd::AuditDialog", "rubric item")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("cd::AuditDialog", "score")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("cd::AuditDialog", "reason")},
        {QStringLiteral("quarter"), QT_TRANSLATE_NOOP("cd::AuditDialog", "quarter")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("cd::AuditDialog", "issue no.")},
        {QStringLiteral("copy_to"), QT_TRANSLATE_NOOP("cd::AuditDialog", "copied to")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("cd::AuditDialog", "login")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("cd::AuditDialog", "role")},
        {QStringLiteral("display_name"), QT_TRANSLATE_NOOP("cd::AuditDialog", "name shown")},
        {QStringLiteral("file"), QT_TRANSLATE_NOOP("cd::AuditDialog", "file")},
        {QStringLiteral("sequence"), QT_TRANSLATE_NOOP("cd::AuditDialog", "sequence no.")},
        {QStringLiteral("reports"), QT_TRANSLATE_NOOP("cd::AuditDialog", "reports")},
        {QStringLiteral("plans"), QT_TRANSLATE_NOOP("cd::AuditDialog", "plans")},
        {QStringLiteral("answers"), QT_TRANSLATE_NOOP("cd::AuditDialog", "answers")},
        {QStringLiteral("published"), QT_TRANSLATE_NOOP("cd::AuditDialog", "published")},
        {QStringLiteral("positive"), QT_TRANSLATE_NOOP("cd::AuditDialog", "positive")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("cd::AuditDialog", "kind")},
        {QStringLiteral("inspectors"), QT_TRANSLATE_NOOP("cd::AuditDialog", "inspectors")},
        {QStringLiteral("as_of"), QT_TRANSLATE_NOOP("cd::AuditDialog", "as of")},
        {QStringLiteral("start"), QT_TRANSLATE_NOOP("cd::AuditDialog", "starts")},
        {QStringLiteral("end"), QT_TRANSLATE_NOOP("cd::AuditDialog", "ends")},
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("cd::AuditDialog", "template")},
        {QStringLiteral("tasks"), QT_TRANSLATE_NOOP("cd::AuditDialog", "tasks")},
        {QStringLiteral("units"), QT_TRANSLATE_NOOP("cd::AuditDialog", "units")},
        {QStringLiteral("responsibilities"), QT_TRANSLATE_NOOP("cd::AuditDialog", "responsibilities")},
        {QStringLiteral("seed"), QT_TRANSLATE_NOOP("cd::AuditDialog", "seed")},
        {QStringLiteral("problems"), QT_TRANSLATE_NOOP("cd::AuditDialog", "problems")},
        {QStringLiteral("light_behind_red"), QT_TRANSLATE_NOOP("cd::AuditDialog", "red light: tasks behind")},
        {QStringLiteral("light_behind_yellow"), QT_TRANSLATE_NOOP("cd::AuditDialog", "yellow light: tasks behind")},
        {QStringLiteral("light_warn_days"), QT_TRANSLATE_NOOP("cd::AuditDialog", "warning days before a deadline")},
        {QStringLiteral("fixer_may_verify"), QT_TRANSLATE_NOOP("cd::AuditDialog", "whoever fixed may verify")},
        {QStringLiteral("attachment_limit_mb"), QT_TRANSLATE_NOOP("cd::AuditDialog", "limit per evidence file (MB)")},
        {QStringLiteral("task_id"), QT_TRANSLATE_NOOP("cd::AuditDialog", "task no.")},
        {QStringLiteral("progress"), QT_TRANSLATE_NOOP("cd::AuditDialog", "progress")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("cd::AuditDialog", "closed on")},
        {QStringLiteral("raised_on"), QT_TRANSLATE_NOOP("cd::AuditDialog", "found on")},
        {QStringLiteral("sha256"), QT_TRANSLATE_NOOP("cd::AuditDialog", "fingerprint (SHA-256)")},
        {QStringLiteral("size"), QT_TRANSLATE_NOOP("cd::AuditDialog", "size (bytes)")},
        {QStringLiteral("done"), QT_TRANSLATE_NOOP("cd::AuditDialog", "what was done")},
        {QStringLiteral("next"), QT_TRANSLATE_NOOP("cd::AuditDialog", "next steps")},
        {QStringLiteral("next_steps"), QT_TRANSLATE_NOOP("cd::AuditDialog", "next steps")},
        {QStringLiteral("saved_at"), QT_TRANSLATE_NOOP("cd::AuditDialog", "saved at")},
        {QStringLiteral("submitted_at"), QT_TRANSLATE_NOOP("cd::AuditDialog", "submitted at")},
        {QStringLiteral("report_id"), QT_TRANSLATE_NOOP("cd::AuditDialog", "report no.")},
        {QStringLiteral("close_note"), QT_TRANSLATE_NOOP("cd::AuditDialog", "note on striking off")},
        {QStringLiteral("fix_reported_by"), QT_TRANSLATE_NOOP("cd::AuditDialog", "fix reported by")},
        {QStringLiteral("verifier"), QT_TRANSLATE_NOOP("cd::AuditDialog", "verified by")},
        {QStringLiteral("locked_at"), QT_TRANSLATE_NOOP("cd::AuditDialog", "locked at")},
        {QStringLiteral("locked_by"), QT_TRANSLATE_NOOP("cd::AuditDialog", "locked by")},
        {QStringLiteral("score"), QT_TRANSLATE_NOOP("cd::AuditDialog", "score")},
        {QStringLiteral("weight"), QT_TRANSLATE_NOOP("cd::AuditDialog", "weight")},
        {QStringLiteral("max"), QT_TRANSLATE_NOOP("cd::AuditDialog", "full marks")},
        {QStringLiteral("sort_order"), QT_TRANSLATE_NOOP("cd::AuditDialog", "order")},
        {QStringLiteral("grade"), QT_TRANSLATE_NOOP("cd::AuditDialog", "grade")},
        {QStringLiteral("basis"), QT_TRANSLATE_NOOP("cd::AuditDialog", "basis")},
        {QStringLiteral("key_id"), QT_TRANSLATE_NOOP("cd::AuditDialog", "signing key")},
        {QStringLiteral("owner_unit_id"), QT_TRANSLATE_NOOP("cd::AuditDialog", "owning unit no.")},
        {QStringLiteral("supersedes"), QT_TRANSLATE_NOOP("cd::AuditDialog", "replaces")},
        {QStringLiteral("issuer"), QT_TRANSLATE_NOOP("cd::AuditDialog", "issued by")},
        {QStringLiteral("actor"), QT_TRANSLATE_NOOP("cd::AuditDialog", "by")},
        {QStringLiteral("at"), QT_TRANSLATE_NOOP("cd::AuditDialog", "at")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("cd::AuditDialog", "task")},
        {QStringLiteral("problem"), QT_TRANSLATE_NOOP("cd::AuditDialog", "problem line")},
        {QStringLiteral("files"), QT_TRANSLATE_NOOP("cd::AuditDialog", "files")},
        {QStringLiteral("level"), QT_TRANSLATE_NOOP("cd::AuditDialog", "level")},
        {QStringLiteral("practices"), QT_TRANSLATE_NOOP("cd::AuditDialog", "good practices")},
        {QStringLiteral("lower_is_better"), QT_TRANSLATE_NOOP("cd::AuditDialog", "lower is better")},
    };
    return named(names, key);
}

QString changes(const QString& beforeJson, const QString& afterJson)
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    QStringList out;
    for (const QString& k : keys) {
        const QJsonValue a = before.value(k), b = after.value(k);
        if (a == b) continue;
        const QString was = valueOf(k, a);
        const QString is = valueOf(k, b);
        if (before.isEmpty()) out << QStringLiteral("%1：%2").arg(field(k), is);
        else out << QStringLiteral("%1：%2 → %3").arg(field(k), was, is);
    }
    return out.join(QStringLiteral("；"));
}

} // namespace cd::auditwords
