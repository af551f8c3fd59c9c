#include "packages/JsonFields.h"

#include "packages/PackageArchive.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cmath>

namespace cd::package {
namespace {

} // namespace

std::optional<QJsonValue> JsonFields::get(const char* key, bool required, QJsonValue::Type type)
{
    if (!m_error.isEmpty()) return std::nullopt;
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required) bad(key, QT_TRANSLATE_NOOP("cd::Package", "nothing"));
        return std::nullopt;
    }
    if (v.type() != type) {
        bad(key, QT_TRANSLATE_NOOP("cd::Package", "a value of the wrong kind"));
        return std::nullopt;
    }
    return v;
}

void JsonFields::bad(const char* key, const char* what)
{
    if (m_error.isEmpty())
        m_error =
            QCoreApplication::translate("cd::Package", "%1: the field “%2” holds %3.")
                .arg(m_where, QLatin1String(key), QCoreApplication::translate("cd::Package", what));
}

Error JsonFields::error() const
{
    return Error::refused(
        reason::malformed,
        QCoreApplication::translate("cd::Package", "The package's data is malformed — %1")
            .arg(m_error));
}

QString JsonFields::text(const char* key, bool required)
{
    auto v = get(key, required, QJsonValue::String);
    return v ? v->toString() : QString();
}

double JsonFields::number(const char* key, bool required)
{
    auto v = get(key, required, QJsonValue::Double);
    return v ? v->toDouble() : 0.0;
}

qint64 JsonFields::integer(const char* key, bool required)
{
    auto v = get(key, required, QJsonValue::Double);
    if (!v) return 0;
    const double d = v->toDouble();
    // Whole and well inside qint64 before converting: a cast of 1e300 is undefined.
    if (!std::isfinite(d) || std::fabs(d) > 9.0e15 || d != std::floor(d)) {
        bad(key, QT_TRANSLATE_NOOP("cd::Package", "a number that is not whole"));
        return 0;
    }
    return qint64(d);
}

bool JsonFields::flag(const char* key)
{
    auto v = get(key, false, QJsonValue::Bool);
    return v && v->toBool();
}

QDate JsonFields::date(const char* key, bool required)
{
    const QString s = text(key, required);
    if (s.isEmpty()) return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid()) bad(key, QT_TRANSLATE_NOOP("cd::Package", "no valid date"));
    return d;
}

QDateTime JsonFields::time(const char* key, bool required)
{
    const QString s = text(key, required);
    if (s.isEmpty()) return {};
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid()) bad(key, QT_TRANSLATE_NOOP("cd::Package", "no valid time"));
    return t;
}

QJsonArray JsonFields::array(const char* key)
{
    auto v = get(key, false, QJsonValue::Array);
    return v ? v->toArray() : QJsonArray();
}

QJsonObject JsonFields::object(const char* key)
{
    auto v = get(key, true, QJsonValue::Object);
    return v ? v->toObject() : QJsonObject();
}

Result<QList<QJsonObject>> objects(const QJsonObject& parent, const char* key, const QString& where)
{
    JsonFields f(parent, where);
    const QJsonArray array = f.array(key);
    if (!f.ok()) return fail(f.error());
    QList<QJsonObject> out;
    out.reserve(array.size());
    for (const auto& v : array) {
        if (!v.isObject()) {
            f.bad(key, QT_TRANSLATE_NOOP("cd::Package", "something that is not a list of objects"));
            return fail(f.error());
        }
        out.append(v.toObject());
    }
    return out;
}

Result<QJsonObject> document(const QHash<QString, QByteArray>& parts, const QString& name,
                             bool required)
{
    if (!parts.contains(name)) {
        if (!required) return QJsonObject{};
        return fail(Error::refused(
            reason::malformed,
            QCoreApplication::translate("cd::Package", "The package lacks its part “%1”.")
                .arg(name)));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(parts.value(name), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(Error::refused(
            reason::malformed,
            QCoreApplication::translate(
                "cd::Package", "The package's part “%1” is not valid JSON: %2 (at byte %3).")
                .arg(name, error.errorString())
                .arg(error.offset)));
    return doc.object();
}

} // namespace cd::package
