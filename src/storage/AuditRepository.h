#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

class Database;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QString beforeJson;
    QString afterJson;
    bool backdated = false;
};

class AuditRepository
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}
    Status insert(const AuditEntry& e);
    QList<AuditEntry> latest(int limit);
    QList<AuditEntry> forEntity(const QString& entity, qint64 id);
    int count();

private:
    Database& m_db;
};

} // namespace cd
