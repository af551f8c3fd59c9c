#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace cd::package {

// Reads one JSON object strictly: a field of the wrong type, or a required one missing,
// is remembered (the first such) with where it was, and the reader returns a default.
class JsonFields
{
public:
    JsonFields(const QJsonObject& object, QString where) : m_o(object), m_where(std::move(where)) {}

    QString text(const char* key, bool required = false);
    double number(const char* key, bool required = false);
    qint64 integer(const char* key, bool required = false);
    bool flag(const char* key);
    QDate date(const char* key, bool required = false);
    QDateTime time(const char* key, bool required = false);
    QJsonArray array(const char* key);
    QJsonObject object(const char* key);
    template <typename E>
    E choice(const char* key, std::optional<E> (*parse)(const QString&), E fallback)
    {
        const QString id = text(key, true);
        if (!m_error.isEmpty()) return fallback;
        if (auto e = parse(id)) return *e;
        bad(key, QT_TRANSLATE_NOOP("cd::Package", "an unknown value"));
        return fallback;
    }

    bool ok() const { return m_error.isEmpty(); }
    Error error() const;
    // An error found by the caller (a reference that does not resolve, say).
    void bad(const char* key, const char* what);

private:
    std::optional<QJsonValue> get(const char* key, bool required, QJsonValue::Type type);
    QJsonObject m_o;
    QString m_where;
    QString m_error;
};

// An array of objects at `key`, each checked to be an object.
Result<QList<QJsonObject>> objects(const QJsonObject& parent, const char* key,
                                   const QString& where);
Result<QJsonObject> document(const QHash<QString, QByteArray>& parts, const QString& name,
                             bool required);

} // namespace cd::package
