#include "services/BulletinService.h"
#include "services/GroupService.h"
#include "storage/GroupRepository.h"

#include "domain/PeriodCalendar.h"
#include "storage/AuditChain.h"
#include "storage/AuditRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/Locks.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace cd {
namespace {

QJsonObject sectionsJson(const BulletinSections& s)
{
    return {{QStringLiteral("overview"), s.overview},
            {QStringLiteral("practices"), s.practices},
            {QStringLiteral("problems"), s.problems},
            {QStringLiteral("next_steps"), s.nextSteps},
            {QStringLiteral("copy_to"), s.copyTo},
            {QStringLiteral("charts"), s.charts},
            {QStringLiteral("name_limit"), s.nameLimit},
            {QStringLiteral("attachment_apart"), s.attachmentApart}};
}

const QString kCopyToSetting = QStringLiteral("bulletin_copy_to");

// Saved sections over generated ones: what the office wrote wins, section by section.
void apply(BulletinContent& c, const QJsonObject& saved, const QString& defaultCopyTo)
{
    const BulletinSections generated = BulletinService::generated(c);
    const auto pick = [&saved](const char* key, const QString& fallback) {
        const QString v = saved.value(QLatin1String(key)).toString();
        return v.trimmed().isEmpty() ? fallback : v;
    };
    c.overview = pick("overview", generated.overview);
    c.practices = pick("practices", generated.practices);
    c.problems = pick("problems", generated.problems);
    c.nextSteps = pick("next_steps", generated.nextSteps);
    c.copyTo = pick("copy_to", defaultCopyTo);
    c.charts = saved.value(QStringLiteral("charts")).toBool(true);
    if (saved.contains(QStringLiteral("name_limit"))) c.nameLimit = saved.value(QStringLiteral("name_limit")).toInt(c.nameLimit);
    c.attachmentApart = saved.value(QStringLiteral("attachment_apart")).toBool(false);
}

Result<qint64> campaignOfQuarter(Database& db, const QString& quarter)
{
    const auto ref = PeriodCalendar::parse(quarter);
    if (!ref || ref->kind != PeriodKind::Quarter)
        return fail(Error::invalid(QCoreApplication::translate("cd::BulletinService", "%1 is not a quarter (write 2020Q2).").arg(quarter)));
    const auto campaign = CampaignRepository(db).byYear(ref->year);
    if (!campaign)
        return fail(Error::notFound(QCoreApplication::translate("cd::BulletinService", "There is no campaign for %1.").arg(ref->year)));
    return campaign->id;
}

} // namespace

Result<BulletinContent> BulletinService::draft(const QString& quarter)
{
    qint64 campaignId = 0;
    auto c = gather(quarter, &campaignId);
    if (!c) return c;
    const auto saved = BulletinRepository(m_ctx.db).draft(campaignId, c->quarter, m_group);
    apply(*c, saved ? saved->content : QJsonObject{}, defaultCopyTo());
    return c;
}

Status BulletinService::saveDraft(const QString& quarter, const BulletinSections& sections, std::optional<qint64> asRead)
{
    if (sections.nameLimit < 0 || sections.nameLimit > kMaxNameLimit) return saveOptions(quarter, sections); // refused, in its words
    return store(quarter, [&](const QJsonObject&) { return sectionsJson(sections); }, asRead);
}

qint64 BulletinService::draftVersion(const QString& quarter)
{
    auto campaignId = campaignOfQuarter(m_ctx.db, quarter);
    if (!campaignId) return 0;
    const auto existing = BulletinRepository(m_ctx.db).draft(*campaignId, PeriodCalendar::code(*PeriodCalendar::parse(quarter)), m_group);
    if (!existing) return 0;
    const auto last = AuditRepository(m_ctx.db).lastFor(QStringLiteral("bulletin"), existing->id);
    return last ? last->id : 0;
}

Status BulletinService::saveOptions(const QString& quarter, const BulletinSections& options)
{
    if (options.nameLimit < 0 || options.nameLimit > kMaxNameLimit)
        return fail(Error::invalid(QCoreApplication::translate("cd::BulletinService", "Name from 1 to %1 units under each heading, or 0 to name all of them.")
                                       .arg(kMaxNameLimit)));
    return store(quarter, [&](QJsonObject content) {
        content.insert(QStringLiteral("copy_to"), options.copyTo);
        content.insert(QStringLiteral("charts"), options.charts);
        content.insert(QStringLiteral("name_limit"), options.nameLimit);
        content.insert(QStringLiteral("attachment_apart"), options.attachmentApart);
        return content;
    });
}

Status BulletinService::store(const QString& quarter, const std::function<QJsonObject(const QJsonObject&)>& change, std::optional<qint64> asRead) { return retrying([&] { return storeOnce(quarter, change, asRead); }); }

Status BulletinService::storeOnce(const QString& quarter, const std::function<QJsonObject(const QJsonObject&)>& change, std::optional<qint64> asRead)
{
    if (auto s = m_ctx.require(Operation::Supervise); !s) return s;
    if (auto s = inPart(); !s) return s;
    auto campaignId = campaignOfQuarter(m_ctx.db, quarter);
    if (!campaignId) return fail(campaignId.error());
    const QString code = PeriodCalendar::code(*PeriodCalendar::parse(quarter));
    BulletinRepository repo(m_ctx.db);
    // Read inside the write's transaction, so that nothing changes between the check and the write.
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    const auto existing = repo.draft(*campaignId, code, m_group);
    if (asRead && draftVersion(quarter) != *asRead)
        return fail(m_ctx.staleEdit(QStringLiteral("bulletin"), existing ? existing->id : 0,
                                    QCoreApplication::translate("cd::BulletinService", "The draft bulletin for %1").arg(code)));
    const QJsonObject before = existing ? existing->content : QJsonObject{};
    const QJsonObject after = change(before);
    qint64 id = existing ? existing->id : 0;
    if (existing) {
        if (auto s = repo.updateContent(id, after); !s) return s;
    } else {
        BulletinRecord r;
        r.campaignId = *campaignId;
        r.groupId = m_group;
        r.quarter = code;
        r.content = after;
        r.createdAt = m_ctx.clock.now();
        r.createdBy = m_ctx.actor.login;
        auto inserted = repo.insert(r);
        if (!inserted) return fail(inserted.error());
        id = *inserted;
    }
    // The 抄送 list is remembered as the office's default for the next bulletin; a group's
    // office's is its last bulletin's (the settings are the whole campaign's to write).
    const QString copyTo = after.value(QStringLiteral("copy_to")).toString().trimmed();
    if (m_group == 0 && !copyTo.isEmpty() && copyTo != defaultCopyTo())
        if (auto s = SettingsRepository(m_ctx.db).set(kCopyToSetting, copyTo); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("bulletin.edit"), QStringLiteral("bulletin"), id, before, after); !s) return s;
    return tx.commit();
}

Result<int> BulletinService::issue(const QString& quarter) { return retrying([&] { return issueOnce(quarter); }); }

Result<int> BulletinService::issueOnce(const QString& quarter)
{
    if (auto s = m_ctx.require(Operation::Supervise); !s) return fail(s.error());
    if (auto s = inPart(); !s) return fail(s.error());
    qint64 campaignId = 0;
    auto c = gather(quarter, &campaignId);
    if (!c) return fail(c.error());
    BulletinRepository repo(m_ctx.db);
    auto saved = repo.draft(campaignId, c->quarter, m_group);
    apply(*c, saved ? saved->content : QJsonObject{}, defaultCopyTo());
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    // Two offices issuing at once take 第N期 and 第N+1期, never the same number twice.
    if (auto s = locks::hold(m_ctx.db, locks::Kind::BulletinNumbers, campaignId); !s) return fail(s.error());
    qint64 id = saved ? saved->id : 0;
    if (!saved) {
        BulletinRecord r;
        r.campaignId = campaignId;
        r.groupId = m_group;
        r.quarter = c->quarter;
        r.createdAt = m_ctx.clock.now();
        r.createdBy = m_ctx.actor.login;
        auto inserted = repo.insert(r);
        if (!inserted) return fail(inserted.error());
        id = *inserted;
    }
    c->number = repo.nextNumber(campaignId, m_group);
    c->recordCode = AuditChain::shortCode(AuditChain::head(m_ctx.db)); // the record as it stands when issued
    if (auto s = repo.markIssued(id, c->number, m_ctx.clock.now(), m_ctx.actor.login, c->toJson()); !s) return fail(s.error());
    if (saved && saved->supersedes)
        if (auto s = repo.markSuperseded(saved->supersedes, id); !s) return fail(s.error());
    if (auto s = m_ctx.audit(QStringLiteral("bulletin.issue"), QStringLiteral("bulletin"), id, {},
                             {{QStringLiteral("quarter"), c->quarter},
                              {QStringLiteral("number"), c->number},
                              {QStringLiteral("group"), c->scope},
                              {QStringLiteral("supersedes"), saved ? saved->supersedes : 0}});
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return c->number;
}

QString BulletinService::builtInCopyTo() { return QStringLiteral("市委、市人大常委会、市政府、市政协领导同志。"); }

QString BulletinService::defaultCopyTo()
{
    const QString campaign = SettingsRepository(m_ctx.db).value(kCopyToSetting, builtInCopyTo());
    if (m_group == 0) return campaign;
    // A group's office: its own last bulletin's list, else its county's (or district's) leaders
    // for a 地区 named so, else the campaign's.
    if (auto c = CampaignRepository(m_ctx.db).latest()) {
        const auto all = BulletinRepository(m_ctx.db).all(c->id);
        for (auto it = all.rbegin(); it != all.rend(); ++it)
            if (it->groupId == m_group)
                if (const QString own = it->content.value(QStringLiteral("copy_to")).toString().trimmed(); !own.isEmpty()) return own;
    }
    const UnitGroup* g = GroupTree(GroupRepository(m_ctx.db).all()).byId(m_group);
    if (g && g->kind == GroupKind::Region && !g->name.isEmpty()) {
        const QChar level = g->name.back();
        if (level == u'县' || level == u'区' || level == u'市')
            return QStringLiteral("%1委、%1人大常委会、%1政府、%1政协领导同志。").arg(level);
    }
    return campaign;
}

Result<QString> BulletinService::correct(int number, const QString& reason)
{
    if (auto s = m_ctx.require(Operation::Supervise); !s) return fail(s.error());
    if (auto s = inPart(); !s) return fail(s.error());
    if (reason.trimmed().isEmpty())
        return fail(Error::invalid(QCoreApplication::translate("cd::BulletinService", "Say what the corrected issue corrects.")));
    auto campaign = CampaignRepository(m_ctx.db).latest();
    if (!campaign) return fail(Error::notFound(QCoreApplication::translate("cd::BulletinService", "There is no campaign yet.")));
    BulletinRepository repo(m_ctx.db);
    const auto old = repo.byNumber(campaign->id, number, m_group);
    if (!old || old->status != BulletinStatus::Issued)
        return fail(Error::notFound(QCoreApplication::translate("cd::BulletinService", "There is no issued bulletin No. %1 to correct.").arg(number)));
    if (repo.draft(campaign->id, old->quarter, m_group))
        return fail(Error::conflict(QCoreApplication::translate("cd::BulletinService", "%1 already has a draft; edit or issue that one.").arg(old->quarter)));
    const QJsonObject sections{{QStringLiteral("overview"), old->content.value(QStringLiteral("overview"))},
                               {QStringLiteral("practices"), old->content.value(QStringLiteral("practices"))},
                               {QStringLiteral("problems"), old->content.value(QStringLiteral("problems"))},
                               {QStringLiteral("next_steps"), old->content.value(QStringLiteral("next_steps"))},
                               {QStringLiteral("copy_to"), old->content.value(QStringLiteral("copy_to"))},
                               {QStringLiteral("charts"), old->content.value(QStringLiteral("charts"))}};
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    BulletinRecord r;
    r.campaignId = campaign->id;
    r.groupId = m_group;
    r.quarter = old->quarter;
    r.content = sections;
    r.createdAt = m_ctx.clock.now();
    r.createdBy = m_ctx.actor.login;
    r.supersedes = old->id;
    auto id = repo.insert(r);
    if (!id) return fail(id.error());
    if (auto s = m_ctx.audit(QStringLiteral("bulletin.correct"), QStringLiteral("bulletin"), *id, {{QStringLiteral("number"), number}},
                             {{QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return old->quarter;
}

Result<BulletinContent> BulletinService::issued(int number)
{
    if (auto s = m_ctx.require(Operation::ReadAllUnits); !s) return fail(s.error());
    if (auto s = inPart(); !s) return fail(s.error());
    auto campaign = CampaignRepository(m_ctx.db).latest();
    if (!campaign) return fail(Error::notFound(QCoreApplication::translate("cd::BulletinService", "There is no campaign yet.")));
    const auto r = BulletinRepository(m_ctx.db).byNumber(campaign->id, number, m_group);
    if (!r) return fail(Error::notFound(QCoreApplication::translate("cd::BulletinService", "There is no bulletin No. %1.").arg(number)));
    return BulletinContent::fromJson(r->content);
}

QList<BulletinRecord> BulletinService::list()
{
    if (!m_ctx.require(Operation::ReadAllUnits) || !inPart()) return {};
    auto campaign = CampaignRepository(m_ctx.db).latest();
    if (!campaign) return {};
    auto all = BulletinRepository(m_ctx.db).all(campaign->id);
    all.removeIf([this](const BulletinRecord& r) { return r.groupId != m_group; }); // this issuer's alone
    return all;
}

Status BulletinService::inPart()
{
    if (!m_ctx.actor.scoped() || m_ctx.actor.role == Role::Unit) return {};
    auto part = GroupService::part(m_ctx, GroupTree(GroupRepository(m_ctx.db).all()), m_group);
    if (!part) return fail(part.error());
    return {};
}

} // namespace cd
