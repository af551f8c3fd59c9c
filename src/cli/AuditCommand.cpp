// audit list · audit verify: the audit trail and its hash chain from the command line.
#include "cli/Commands.h"
#include "cli/Output.h"
#include "reports/AuditWords.h"
#include "reports/DocumentFiles.h"
#include "reports/OfficialDocument.h"
#include "reports/RegisterDocuments.h"
#include "services/AuditService.h"
#include "services/UnitService.h"

#include <QJsonDocument>

namespace cd::cli {
namespace {

// audit list [--unit NAME] [--actor LOGIN] [--entity KIND] [--action ACTION] [--since DATE] [--until DATE] [--text TEXT]
//            [--format table|csv|json] [--out FILE.pdf|.docx|.odt|.html]
int auditList(CliSession& s)
{
    AuditFilter f;
    f.actor = s.args.value(QStringLiteral("actor"));
    f.entity = s.args.value(QStringLiteral("entity"));
    f.action = s.args.value(QStringLiteral("action"));
    const QString out = s.args.value(QStringLiteral("out"));
    if (!out.isEmpty() && !DocumentFiles::handles(out)) return s.usage(QCoreApplication::translate("cd::cli", "--out writes .pdf, .docx, .odt or .html."));
    f.text = s.args.value(QStringLiteral("text"));
    const auto since = s.date("since", false), until = s.date("until", false);
    if (!since || !until) return s.exitCode;
    f.since = *since;
    f.until = *until;
    if (!s.open(false)) return s.exitCode;
    if (s.args.has(QStringLiteral("unit"))) {
        auto unit = UnitService(s.context()).byName(s.args.value(QStringLiteral("unit")));
        if (!unit) return s.refuse(QCoreApplication::translate("cd::cli", "Unknown unit: %1").arg(s.args.value(QStringLiteral("unit"))));
        f.unitId = unit->id;
    }
    if (!out.isEmpty()) {
        OfficialDocument doc(PageStyle::officialLandscape());
        if (auto made = RegisterDocuments::auditRecord(doc, s.context(), f, QStringLiteral("“三抓一促”活动操作记录")); !made) return s.refuse(made.error().message);
        if (auto written = DocumentFiles::write(doc, out, QStringLiteral("audit")); !written) return s.refuse(written.error().message);
        s.out << QCoreApplication::translate("cd::cli", "Written %1.").arg(out) << Qt::endl;
        return Done;
    }
    auto rows = AuditService(s.context()).list(f);
    if (!rows) return s.refuse(rows.error().message);
    const QString format = s.args.value(QStringLiteral("format"), QStringLiteral("table"));
    // JSON keeps the stable identifiers and the rows as stored; a table or a sheet is read by
    // people, in the words the desktop uses: the action, the kind of record, what changed.
    if (format == QLatin1String("json")) {
        Listing l{{QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("entity"),
                   QStringLiteral("entity_id"), QStringLiteral("before"), QStringLiteral("after")},
                  {},
                  {}};
        for (const auto& e : *rows)
            l.rows.append({{QStringLiteral("id"), e.id},
                           {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                           {QStringLiteral("actor"), e.actor},
                           {QStringLiteral("action"), e.action},
                           {QStringLiteral("entity"), e.entity},
                           {QStringLiteral("entity_id"), e.entityId},
                           {QStringLiteral("before"), e.beforeJson},
                           {QStringLiteral("after"), e.afterJson}});
        print(l, format, s.out);
        return Done;
    }
    Listing l{{QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("entity"),
               QStringLiteral("entity_id"), QStringLiteral("changes")},
              {QCoreApplication::translate("cd::cli", "No.", "a row's number in the audit record"), QCoreApplication::translate("cd::cli", "When"),
               QCoreApplication::translate("cd::cli", "Who"), QCoreApplication::translate("cd::cli", "Action"), QCoreApplication::translate("cd::cli", "Record"),
               QCoreApplication::translate("cd::cli", "Record no."), QCoreApplication::translate("cd::cli", "Changes")},
              {}};
    for (const auto& e : *rows)
        l.rows.append({{QStringLiteral("id"), e.id},
                       {QStringLiteral("at"), QLocale().toString(e.at, QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
                       {QStringLiteral("actor"), e.actor},
                       {QStringLiteral("action"), auditwords::action(e.action)},
                       {QStringLiteral("entity"), auditwords::kind(e.entity)},
                       {QStringLiteral("entity_id"), e.entityId},
                       {QStringLiteral("changes"), auditwords::changes(e.beforeJson, e.afterJson)}});
    if (!print(l, format, s.out))
        return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

// audit verify [--at CODE]: recomputes the hash chain; names the first row that does not match.
int auditVerify(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    const QString code = s.args.value(QStringLiteral("at"));
    auto v = AuditService(s.context()).verify(code);
    if (!v) return s.refuse(v.error().message);
    if (v->firstBad)
        return s.refuse(QCoreApplication::translate("cd::cli", "The audit record is not intact: row %1 does not match the chain (a row was changed, "
                                                               "deleted or inserted there).")
                            .arg(v->firstBad));
    if (!v->codeFound)
        return s.refuse(QCoreApplication::translate("cd::cli", "No row of the audit record carries the code %1.").arg(code));
    if (code.isEmpty())
        s.out << QCoreApplication::translate("cd::cli", "The audit record is intact: %1 rows, code %2.").arg(v->rows).arg(AuditChain::shortCode(v->head)) << Qt::endl;
    else
        s.out << QCoreApplication::translate("cd::cli", "The record up to %1 is intact: %2 rows.").arg(code.toUpper()).arg(v->rows) << Qt::endl;
    if (v->pending > 0) s.out << AuditService::pendingNote(v->pending) << Qt::endl;
    return Done;
}

} // namespace

int runAudit(CliSession& s)
{
    const QString sub = s.args.word(1);
    if (sub == QLatin1String("list")) return auditList(s);
    if (sub == QLatin1String("verify")) return auditVerify(s);
    return s.usage(QCoreApplication::translate("cd::cli", "usage: audit list [--unit NAME] [--actor LOGIN] [--entity KIND] [--action ACTION] [--since DATE] [--until DATE] [--text TEXT] "
                                                          "[--format table|csv|json] [--out FILE.pdf|.docx|.odt] · audit verify [--at CODE]"));
}

} // namespace cd::cli
