#pragma once

#include "domain/Error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

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
    QString chain; // the row's link in the hash chain (AuditChain)
};

// Which audit rows to list: each field empty or zero means any.
struct AuditFilter
{
    QString actor;
    QString entity;
    qint64 entityId = 0; // with entity: one record's history
    QString action;      // one action (report.accept), or every action of a kind (assessment.)
    QDate since, until; // by the day of `at`, both included
    QString text;       // in the action, the record kind or the before and after values
    qint64 unitId = 0;  // the unit's own row, or a record whose before or after names it (unit_id)
    int limit = 0;
};

class AuditRepository
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}
    Status insert(const AuditEntry& e);
    // Many rows in their order, linked in the chain as insert() links them one by one, in
    // batches (an import of thousands of packages writes a row for each).
    Status insertMany(const QList<AuditEntry>& entries);
    // Oldest first.
    QList<AuditEntry> list(const AuditFilter& f);
    QList<AuditEntry> latest(int limit);
    QList<AuditEntry> forEntity(const QString& entity, qint64 id);
    // The last row about one record (its version, and who changed it last); id 0: a record
    // with no number of its own (the settings).
    std::optional<AuditEntry> lastFor(const QString& entity, qint64 id);
    int count();

private:
    Database& m_db;
};

} // namespace cd
