#include "services/AssessmentService.h"

#include "storage/AuditChain.h"
#include "storage/Locks.h"

#include "storage/AssessmentRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace cd {

Rubric AssessmentService::defaultRubric()
{
    QFile file(QStringLiteral(":/rubrics/default.json"));
    if (!file.open(QIODevice::ReadOnly)) qFatal("the default rubric is missing from the resources");
    auto r = Rubric::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!r) qFatal("the default rubric is invalid: %s", qPrintable(r.error().message));
    return *r;
}

Result<Campaign> AssessmentService::campaign(int year)
{
    auto c = CampaignRepository(m_ctx.db).byYear(year);
    if (!c) return fail(Error::notFound(QCoreApplication::translate("cd::AssessmentService", "There is no campaign for %1.").arg(year)));
    return *c;
}

Status AssessmentService::refuseWhenLocked(const Campaign& c)
{
    if (auto lock = AssessmentRepository(m_ctx.db).lock(c.id))
        return fail(Error::conflict(QCoreApplication::translate("cd::AssessmentService",
                                                                "The %1 assessment was locked by %2 on %3; an administrator must unlock it first.")
                                        .arg(c.year)
                                        .arg(lock->lockedBy, lock->lockedAt.date().toString(Qt::ISODate))));
    return {};
}

AssessmentResult AssessmentService::inPart(AssessmentResult r) const
{
    // An account scoped to a group reads its own part's units, ranked among themselves (on a
    // server the database gives it those alone, frozen or computed).
    if (!m_ctx.actor.scoped()) return r;
    r.units.removeIf([this](const UnitScore& u) { return !m_ctx.actor.inScope(u.unitId); });
    AssessmentRules::rank(r.units);
    return r;
}

bool AssessmentService::isLocked(int year)
{
    auto c = CampaignRepository(m_ctx.db).byYear(year);
    return c && AssessmentRepository(m_ctx.db).lock(c->id).has_value();
}

Result<Rubric> AssessmentService::rubric(int year)
{
    if (auto s = m_ctx.require(Operation::ReadAllUnits); !s) return fail(s.error());
    auto c = campaign(year);
    if (!c) return fail(c.error());
    if (auto stored = AssessmentRepository(m_ctx.db).rubric(c->id)) return Rubric::fromJson(*stored);
    return defaultRubric();
}

Status AssessmentService::saveRubric(int year, const Rubric& r, std::optional<QJsonObject> asRead)
{
    if (auto s = m_ctx.require(Operation::Assess); !s) return s;
    if (auto s = m_ctx.require(Operation::CoordinateAll); !s) return s; // one rubric for the whole campaign
    if (auto s = Rubric::validate(r); !s) return s;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto c = campaign(year);
    if (!c) return fail(c.error());
    if (auto s = locks::hold(m_ctx.db, locks::Kind::Assessment, c->id); !s) return s;
    if (auto s = refuseWhenLocked(*c); !s) return s;
    auto before = rubric(year);
    if (asRead && (before ? before->toJson() : QJsonObject{}) != *asRead)
        return fail(m_ctx.staleEdit(QStringLiteral("campaign"), c->id, QCoreApplication::translate("cd::AssessmentService", "The %1 rubric").arg(year)));
    if (auto s = AssessmentRepository(m_ctx.db).saveRubric(c->id, r.toJson()); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("assessment.rubric"), QStringLiteral("campaign"), c->id, before ? before->toJson() : QJsonObject{},
                             r.toJson());
        !s)
        return s;
    return tx.commit();
}

Result<AssessmentResult> AssessmentService::score(int year)
{
    if (auto s = m_ctx.require(Operation::ReadAllUnits); !s) return fail(s.error());
    auto c = campaign(year);
    if (!c) return fail(c.error());
    if (auto lock = AssessmentRepository(m_ctx.db).lock(c->id)) {
        auto frozen = AssessmentResult::fromJson(lock->result);
        if (!frozen)
            return fail(Error::io(QCoreApplication::translate("cd::AssessmentService", "The locked %1 assessment cannot be read: %2")
                                      .arg(year)
                                      .arg(frozen.error().message)));
        frozen->locked = true;
        frozen->lockedBy = lock->lockedBy;
        frozen->lockedAt = lock->lockedAt;
        return inPart(std::move(*frozen));
    }
    auto r = rubric(year);
    if (!r) return fail(r.error());
    auto computed = compute(*c, *r);
    if (!computed) return computed;
    return inPart(std::move(*computed));
}

Status AssessmentService::setScore(int year, qint64 unitId, const QString& itemCode, double value, const QString& reason, std::optional<QString> asRead)
{
    return retrying([&] { return setScoreOnce(year, unitId, itemCode, value, reason, asRead); });
}

namespace {
QString entryText(const std::optional<AssessmentRepository::Entry>& e)
{
    return e ? QStringLiteral("%1|%2|%3|%4").arg(e->value, 0, 'g', 17).arg(e->reason, e->enteredBy, e->enteredAt.toString(Qt::ISODateWithMs)) : QString();
}
} // namespace

QString AssessmentService::entryAsRead(int year, qint64 unitId, const QString& itemCode)
{
    auto c = campaign(year);
    if (!c) return {};
    return entryText(AssessmentRepository(m_ctx.db).entry(c->id, unitId, itemCode));
}

Status AssessmentService::setScoreOnce(int year, qint64 unitId, const QString& itemCode, double value, const QString& reason, std::optional<QString> asRead)
{
    if (auto s = m_ctx.require(Operation::Assess, unitId); !s) return s;
    // Scores, their freezing and unfreezing are written one at a time per campaign, and the
    // lock is read inside the transaction: no score slips in beside a freeze.
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto c = campaign(year);
    if (!c) return fail(c.error());
    if (auto s = locks::hold(m_ctx.db, locks::Kind::Assessment, c->id); !s) return s;
    if (auto s = refuseWhenLocked(*c); !s) return s;
    auto r = rubric(year);
    if (!r) return fail(r.error());
    const RubricItem* item = r->item(itemCode);
    if (!item) return fail(Error::notFound(QCoreApplication::translate("cd::AssessmentService", "The rubric has no item %1.").arg(itemCode)));
    const auto unit = UnitRepository(m_ctx.db).byId(unitId);
    if (!unit || !unit->active) return fail(Error::notFound(QCoreApplication::translate("cd::AssessmentService", "There is no such active unit.")));
    if (!std::isfinite(value) || value < item->min() || value > item->max)
        return fail(Error::invalid(QCoreApplication::translate("cd::AssessmentService", "%1 takes a score from %2 to %3.")
                                       .arg(item->name, AssessmentRules::format(item->min()), AssessmentRules::format(item->max))));
    if (item->rule != ScoreRule::Manual && reason.trimmed().isEmpty())
        return fail(Error::invalid(QCoreApplication::translate("cd::AssessmentService",
                                                               "%1 is computed from the data; overriding it needs a reason.")
                                       .arg(item->name)));
    AssessmentRepository repo(m_ctx.db);
    const auto before = repo.entry(c->id, unitId, itemCode);
    if (asRead && entryText(before) != *asRead)
        return fail(m_ctx.staleEdit(QStringLiteral("unit"), unitId,
                                    QCoreApplication::translate("cd::AssessmentService", "The score of %1 for %2").arg(unit->name, item->name)));
    const AssessmentRepository::Entry e{unitId, itemCode, value, reason.trimmed(), m_ctx.actor.login, m_ctx.clock.now()};
    if (auto s = repo.setEntry(c->id, e); !s) return s;
    const auto json = [&](const std::optional<AssessmentRepository::Entry>& x) {
        return x ? QJsonObject{{QStringLiteral("year"), year},
                               {QStringLiteral("item"), x->itemCode},
                               {QStringLiteral("value"), x->value},
                               {QStringLiteral("reason"), x->reason}}
                 : QJsonObject{};
    };
    if (auto s = m_ctx.audit(item->rule == ScoreRule::Manual ? QStringLiteral("assessment.enter") : QStringLiteral("assessment.override"),
                             QStringLiteral("unit"), unitId, json(before), json(e));
        !s)
        return s;
    return tx.commit();
}

Status AssessmentService::clearScore(int year, qint64 unitId, const QString& itemCode, const QString& reason, std::optional<QString> asRead)
{
    return retrying([&] { return clearScoreOnce(year, unitId, itemCode, reason, asRead); });
}

Status AssessmentService::clearScoreOnce(int year, qint64 unitId, const QString& itemCode, const QString& reason, std::optional<QString> asRead)
{
    if (auto s = m_ctx.require(Operation::Assess, unitId); !s) return s;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto c = campaign(year);
    if (!c) return fail(c.error());
    if (auto s = locks::hold(m_ctx.db, locks::Kind::Assessment, c->id); !s) return s;
    if (auto s = refuseWhenLocked(*c); !s) return s;
    AssessmentRepository repo(m_ctx.db);
    const auto before = repo.entry(c->id, unitId, itemCode);
    if (asRead && entryText(before) != *asRead) {
        const auto unit = UnitRepository(m_ctx.db).byId(unitId);
        return fail(m_ctx.staleEdit(QStringLiteral("unit"), unitId,
                                    QCoreApplication::translate("cd::AssessmentService", "The score of %1 for %2").arg(unit ? unit->name : QString(), itemCode)));
    }
    if (!before) return {};
    if (auto s = repo.removeEntry(c->id, unitId, itemCode); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("assessment.clear"), QStringLiteral("unit"), unitId,
                             {{QStringLiteral("year"), year}, {QStringLiteral("item"), itemCode}, {QStringLiteral("value"), before->value}},
                             {{QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Status AssessmentService::lock(int year)
{
    if (auto s = m_ctx.require(Operation::Assess); !s) return s;
    if (auto s = m_ctx.require(Operation::CoordinateAll); !s) return s; // the whole year's results are frozen at once
    auto c = campaign(year);
    if (!c) return fail(c.error());
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto s = locks::hold(m_ctx.db, locks::Kind::Assessment, c->id); !s) return s;
    if (auto s = refuseWhenLocked(*c); !s) return s;
    auto result = score(year);
    if (!result) return fail(result.error());
    result->recordCode = AuditChain::shortCode(AuditChain::head(m_ctx.db)); // the record the frozen scores stand on
    const AssessmentRepository::Lock l{m_ctx.clock.now(), m_ctx.actor.login, result->asOf, result->toJson()};
    if (auto s = AssessmentRepository(m_ctx.db).insertLock(c->id, l); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("assessment.lock"), QStringLiteral("campaign"), c->id, {},
                             {{QStringLiteral("year"), year},
                              {QStringLiteral("as_of"), result->asOf.toString(Qt::ISODate)},
                              {QStringLiteral("units"), int(result->units.size())}});
        !s)
        return s;
    return tx.commit();
}

Status AssessmentService::unlock(int year, const QString& reason)
{
    if (auto s = m_ctx.require(Operation::UnlockAssessment); !s) return s;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto c = campaign(year);
    if (!c) return fail(c.error());
    if (auto s = locks::hold(m_ctx.db, locks::Kind::Assessment, c->id); !s) return s;
    AssessmentRepository repo(m_ctx.db);
    const auto lock = repo.lock(c->id); // read under the lock: two unlocking at once write one unlock
    if (!lock) return fail(Error::conflict(QCoreApplication::translate("cd::AssessmentService", "The %1 assessment is not locked.").arg(year)));
    if (auto s = repo.deleteLock(c->id); !s) return s;
    // The frozen scores go into the audit row, so what was approved stays on record.
    if (auto s = m_ctx.audit(QStringLiteral("assessment.unlock"), QStringLiteral("campaign"), c->id,
                             {{QStringLiteral("locked_by"), lock->lockedBy},
                              {QStringLiteral("locked_at"), lock->lockedAt.toString(Qt::ISODate)},
                              {QStringLiteral("result"), lock->result}},
                             {{QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

} // namespace cd
