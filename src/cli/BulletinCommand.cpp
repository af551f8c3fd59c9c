#include "cli/Commands.h"
#include "cli/Output.h"
#include "exchange/TableWriter.h"
#include "reports/BulletinDocument.h"
#include "reports/DocumentFiles.h"
#include "reports/EscalationNotice.h"
#include "reports/PrintFonts.h"
#include "reports/RegisterDocuments.h"
#include "services/BulletinService.h"
#include "services/GroupService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"

namespace cd::cli {
namespace {

int writeBulletin(CliSession& s, const BulletinContent& c, const QString& out)
{
    Status written;
    if (out.toLower().endsWith(QLatin1String(".xlsx")) || out.toLower().endsWith(QLatin1String(".csv"))) {
        written = TableWriter::write(BulletinDocument::unitTable(c), out, c.quarter);
    } else if (DocumentFiles::handles(out)) {
        OfficialDocument doc;
        doc.setSeals(s.seals());
        BulletinDocument::write(doc, c);
        written = DocumentFiles::write(doc, out, BulletinDocument::title(c));
    } else {
        return s.usage(QCoreApplication::translate("cd::cli", "--out writes .pdf, .docx, .odt, .html, .xlsx or .csv."));
    }
    if (!written) return s.refuse(written.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Written %1.").arg(out) << Qt::endl;
    return Done;
}

} // namespace

// bulletin --quarter Q [--issue N] --out FILE · bulletin issue --quarter Q · bulletin list
// · bulletin correct --issue N --reason TEXT
int runBulletin(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    // --group PATH: that group's bulletins, issued by its office and numbered of their own.
    qint64 group = 0;
    if (s.args.has(QStringLiteral("group"))) {
        const QString path = s.args.value(QStringLiteral("group"));
        const GroupTree tree = GroupService(s.context()).tree(); // the group found lives in it
        const UnitGroup* g = tree.find(path);
        if (!g) return s.refuse(QCoreApplication::translate("cd::cli", "There is no group %1.").arg(path));
        group = g->id;
    }
    BulletinService service(s.context(), group);
    const QString sub = s.args.word(1);
    const QString quarter = s.args.value(QStringLiteral("quarter"));
    if (sub == QLatin1String("list")) {
        Listing l{{QStringLiteral("number"), QStringLiteral("quarter"), QStringLiteral("status"), QStringLiteral("issued_at"), QStringLiteral("issued_by")},
                  {QCoreApplication::translate("cd::cli", "No."), QCoreApplication::translate("cd::cli", "Quarter"),
                   QCoreApplication::translate("cd::cli", "Status"), QCoreApplication::translate("cd::cli", "Issued"),
                   QCoreApplication::translate("cd::cli", "By")},
                  {}};
        for (const auto& r : service.list())
            l.rows.append({{QStringLiteral("number"), r.number}, {QStringLiteral("quarter"), r.quarter}, {QStringLiteral("status"), toId(r.status)},
                           {QStringLiteral("issued_at"), r.issuedAt.isValid() ? r.issuedAt.toString(Qt::ISODate) : QString()},
                           {QStringLiteral("issued_by"), r.issuedBy}});
        if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
        return Done;
    }
    if (sub == QLatin1String("issue")) {
        if (quarter.isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "usage: bulletin issue --quarter 2020Q2"));
        if (!s.allowWrite()) return s.exitCode;
        auto number = service.issue(quarter);
        if (!number) return s.refuse(number.error().message);
        s.out << *number << Qt::endl;
        return Done;
    }
    if (sub == QLatin1String("set")) {
        // bulletin set --quarter Q [--copy-to TEXT] [--charts yes|no] [--name-limit N] [--attachment register|xlsx]:
        // the draft's 版记, figures, 点名 and where the per-unit table goes.
        const QString charts = s.args.value(QStringLiteral("charts"));
        const QString limit = s.args.value(QStringLiteral("name-limit"));
        const QString attachment = s.args.value(QStringLiteral("attachment"));
        bool limitOk = true;
        const int nameLimit = limit.toInt(&limitOk);
        if (quarter.isEmpty() || (!s.args.has(QStringLiteral("copy-to")) && charts.isEmpty() && limit.isEmpty() && attachment.isEmpty()) ||
            (!charts.isEmpty() && charts != QLatin1String("yes") && charts != QLatin1String("no")) || (!limit.isEmpty() && !limitOk) ||
            (!attachment.isEmpty() && attachment != QLatin1String("register") && attachment != QLatin1String("xlsx")))
            return s.usage(QCoreApplication::translate("cd::cli", "usage: bulletin set --quarter 2020Q2 [--copy-to TEXT] [--charts yes|no] [--name-limit N] [--attachment register|xlsx]"));
        if (!s.allowWrite()) return s.exitCode;
        auto current = service.draft(quarter);
        if (!current) return s.refuse(current.error().message);
        BulletinSections options;
        options.copyTo = s.args.has(QStringLiteral("copy-to")) ? s.args.value(QStringLiteral("copy-to")) : current->copyTo;
        options.charts = charts.isEmpty() ? current->charts : charts == QLatin1String("yes");
        options.nameLimit = limit.isEmpty() ? current->nameLimit : nameLimit;
        options.attachmentApart = attachment.isEmpty() ? current->attachmentApart : attachment == QLatin1String("xlsx");
        if (auto r = service.saveOptions(quarter, options); !r)
            return s.refuse(r.error().message);
        s.out << QCoreApplication::translate("cd::cli", "Saved.") << Qt::endl;
        return Done;
    }
    if (sub == QLatin1String("correct")) {
        bool ok = false;
        const int number = s.args.value(QStringLiteral("issue")).toInt(&ok);
        if (!ok) return s.usage(QCoreApplication::translate("cd::cli", "usage: bulletin correct --issue N --reason TEXT"));
        if (!s.allowWrite()) return s.exitCode;
        auto q = service.correct(number, s.args.value(QStringLiteral("reason")));
        if (!q) return s.refuse(q.error().message);
        s.out << QCoreApplication::translate("cd::cli", "A corrected draft of %1 is open; issue it with: bulletin issue --quarter %1").arg(*q) << Qt::endl;
        return Done;
    }
    if (!sub.isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "Unknown bulletin command: %1").arg(sub));
    const QString out = s.args.value(QStringLiteral("out"));
    if (out.isEmpty() || (quarter.isEmpty() && !s.args.has(QStringLiteral("issue"))))
        return s.usage(QCoreApplication::translate("cd::cli", "usage: bulletin --quarter 2020Q2 [--issue N] --out FILE.pdf|.docx|.odt|.html|.xlsx"));
    if (s.args.has(QStringLiteral("issue"))) {
        bool ok = false;
        const int number = s.args.value(QStringLiteral("issue")).toInt(&ok);
        if (!ok) return s.usage(QCoreApplication::translate("cd::cli", "--issue wants the bulletin's number."));
        auto c = service.issued(number);
        if (!c) return s.refuse(c.error().message);
        if (!quarter.isEmpty() && c->quarter != quarter)
            return s.refuse(QCoreApplication::translate("cd::cli", "Bulletin No. %1 is about %2, not %3.").arg(number).arg(c->quarter, quarter));
        return writeBulletin(s, *c, out);
    }
    auto c = service.draft(quarter);
    if (!c) return s.refuse(c.error().message);
    return writeBulletin(s, *c, out);
}

// print notice ID --out FILE: the notice of the last escalation step on a problem line.
int printNotice(CliSession& s, const QString& out)
{
    bool ok = false;
    const qint64 id = s.args.word(2).toLongLong(&ok);
    if (!ok || out.isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "usage: print notice ID --out FILE.pdf|.docx|.odt|.html"));
    if (!DocumentFiles::handles(out)) return s.usage(QCoreApplication::translate("cd::cli", "--out writes .pdf, .docx, .odt or .html."));
    if (!s.open(false)) return s.exitCode;
    SupervisionService service(s.context());
    auto p = service.problem(id);
    if (!p) return s.refuse(p.error().message);
    auto h = service.history(id);
    if (!h) return s.refuse(h.error().message);
    if (h->escalations.isEmpty())
        return s.refuse(QCoreApplication::translate("cd::cli", "Line %1 has not been escalated.").arg(id));
    QString unit;
    for (const auto& u : UnitService(s.context()).list())
        if (u.id == p->unitId) unit = u.name;
    OfficialDocument doc;
    doc.setSeals(s.seals());
    EscalationNotice::write(doc, *p, unit, h->escalations.last());
    if (auto written = DocumentFiles::write(doc, out, displayName(h->escalations.last().step)); !written) return s.refuse(written.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Written %1.").arg(out) << Qt::endl;
    return Done;
}

// print fonts [--format table|csv|json]: the font each role of a printed document gets on
// this computer (File ▸ Print settings in the desktop program chooses them).
int printFonts(CliSession& s)
{
    Listing l{{QStringLiteral("role"), QStringLiteral("chosen"), QStringLiteral("family")},
              {QCoreApplication::translate("cd::cli", "Role"), QCoreApplication::translate("cd::cli", "Chosen"),
               QCoreApplication::translate("cd::cli", "Printed in")},
              {}};
    const PageStyle style = PageStyle::official();
    for (PageStyle::Role role : PrintFonts::kRoles)
        l.rows.append({{QStringLiteral("role"), PrintFonts::roleName(role)},
                       {QStringLiteral("chosen"), PrintFonts::chosen(role)},
                       {QStringLiteral("family"), style.family(role)}});
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out))
        return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

// print ledger|responsibilities|progress [--unit NAME] --out FILE.pdf|.docx|.odt|.html
int runPrint(CliSession& s)
{
    const QString what = s.args.word(1);
    const QString out = s.args.value(QStringLiteral("out"));
    if (what == QLatin1String("notice")) return printNotice(s, out);
    if (what == QLatin1String("fonts")) return printFonts(s);
    if (out.isEmpty() || (what != QLatin1String("ledger") && what != QLatin1String("responsibilities") && what != QLatin1String("progress")))
        return s.usage(QCoreApplication::translate("cd::cli", "usage: print ledger|responsibilities|progress [--unit NAME] --out FILE.pdf|.docx|.odt|.html · print notice ID --out FILE · print fonts"));
    if (!DocumentFiles::handles(out)) return s.usage(QCoreApplication::translate("cd::cli", "--out writes .pdf, .docx, .odt or .html."));
    if (!s.open(false)) return s.exitCode;
    qint64 unitId = 0;
    if (s.args.has(QStringLiteral("unit"))) {
        auto unit = UnitService(s.context()).byName(s.args.value(QStringLiteral("unit")));
        if (!unit) return s.refuse(QCoreApplication::translate("cd::cli", "Unknown unit: %1").arg(s.args.value(QStringLiteral("unit"))));
        unitId = unit->id;
    }
    OfficialDocument doc(what == QLatin1String("ledger") ? PageStyle::officialLandscape() : PageStyle::official());
    const Status made = what == QLatin1String("ledger")             ? RegisterDocuments::ledger(doc, s.context(), unitId)
                        : what == QLatin1String("responsibilities") ? RegisterDocuments::responsibilities(doc, s.context(), unitId)
                                                                    : RegisterDocuments::progress(doc, s.context(), unitId);
    if (!made) return s.refuse(made.error().message);
    if (auto written = DocumentFiles::write(doc, out, what); !written) return s.refuse(written.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Written %1.").arg(out) << Qt::endl;
    return Done;
}

} // namespace cd::cli
