#include "domain/Validation.h"

#include <QCoreApplication>

namespace cd {
namespace {

Status tooLong(const QString& value, const QString& field)
{
    if (value.size() > Validation::kMaxTextLength)
        return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "%1 is longer than %2 characters.").arg(field).arg(Validation::kMaxTextLength)));
    return {};
}
} // namespace

Status Validation::campaign(const Campaign& c)
{
    if (c.name.trimmed().isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "The campaign needs a name.")));
    if (c.year < 2000 || c.year > 2100) return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "The year %1 is not a valid campaign year.").arg(c.year)));
    if (!c.start.isValid() || !c.end.isValid() || c.end < c.start)
        return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "The campaign must end after it starts.")));
    return {};
}

Status Validation::unit(const Unit& u)
{
    if (u.name.trimmed().isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "A unit needs a name.")));
    for (const auto& [value, field] : {std::pair{u.name, QCoreApplication::translate("cd::Validation", "The unit name")}, {u.shortName, QCoreApplication::translate("cd::Validation", "The short name")},
                                       {u.category, QCoreApplication::translate("cd::Validation", "The category")}, {u.head, QCoreApplication::translate("cd::Validation", "The principal leader")},
                                       {u.deputy, QCoreApplication::translate("cd::Validation", "The leader in charge")}, {u.secretary, QCoreApplication::translate("cd::Validation", "The unit secretary")},
                                       {u.phone, QCoreApplication::translate("cd::Validation", "The phone number")}})
        if (auto s = tooLong(value, field); !s) return s;
    return {};
}

Status Validation::task(const Task& t, const Campaign& c)
{
    if (t.code.trimmed().isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "A task needs a code.")));
    if (t.title.trimmed().isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "Task %1 needs a title.").arg(t.code)));
    if (t.target < 0) return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "The target of task %1 cannot be negative.").arg(t.code)));
    if (t.kind == TaskKind::Optional && t.ownerUnitId == 0)
        return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "Optional task %1 must belong to a unit.").arg(t.code)));
    if (t.due.isValid() && (t.due < c.start || t.due > c.end))
        return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "The due date of task %1 lies outside the campaign.").arg(t.code)));
    return tooLong(t.description, QCoreApplication::translate("cd::Validation", "The description"));
}

Status Validation::responsibility(const Responsibility& r)
{
    if (r.unitId == 0) return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "A responsibility needs a unit.")));
    if (r.taskId == 0) return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "A responsibility needs a task.")));
    if (r.person.trimmed().isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "A responsibility needs a named person.")));
    if (r.target < 0) return fail(Error::invalid(QCoreApplication::translate("cd::Validation", "The target cannot be negative.")));
    if (auto s = tooLong(r.duty, QCoreApplication::translate("cd::Validation", "The duty")); !s) return s;
    return tooLong(r.post, QCoreApplication::translate("cd::Validation", "The post"));
}

} // namespace cd
