#include "models/CollatingProxy.h"

#include "domain/Text.h"

#include <QDate>
#include <QDateTime>

namespace cd {

bool CollatingProxy::lessThan(const QVariant& l, const QVariant& r)
{
    const auto numeric = [](const QVariant& v) {
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::Float:
        case QMetaType::Bool: return true;
        default: return false;
        }
    };
    if (numeric(l) && numeric(r)) return l.toDouble() < r.toDouble();
    if (l.typeId() == QMetaType::QDate && r.typeId() == QMetaType::QDate) return l.toDate() < r.toDate();
    if (l.typeId() == QMetaType::QDateTime && r.typeId() == QMetaType::QDateTime) return l.toDateTime() < r.toDateTime();
    return text::collatesBefore(l.toString(), r.toString());
}

bool CollatingProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return lessThan(left.data(sortRole()), right.data(sortRole()));
}

} // namespace cd
