#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace cd {

class Database;

enum class BulletinStatus { Draft, Issued, Superseded };
QString toId(BulletinStatus s);

struct BulletinRecord
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 groupId = 0; // the group whose office issues it; 0 for the whole campaign
    QString quarter;
    int number = 0; // 0 for a draft
    BulletinStatus status = BulletinStatus::Draft;
    QJsonObject content; // a draft: the edited sections; issued: everything it says
    QDateTime createdAt;
    QString createdBy;
    QDateTime issuedAt;
    QString issuedBy;
    qint64 supersedes = 0;
    qint64 supersededBy = 0;
};

class BulletinRepository
{
public:
    explicit BulletinRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const BulletinRecord& r);
    Status updateContent(qint64 id, const QJsonObject& content);
    Status markIssued(qint64 id, int number, const QDateTime& at, const QString& by, const QJsonObject& content);
    Status markSuperseded(qint64 id, qint64 by);
    std::optional<BulletinRecord> byId(qint64 id);
    // Numbers and drafts are each issuer's: the whole campaign's (group 0) or one group's.
    std::optional<BulletinRecord> byNumber(qint64 campaignId, int number, qint64 groupId = 0);
    std::optional<BulletinRecord> draft(qint64 campaignId, const QString& quarter, qint64 groupId = 0);
    QList<BulletinRecord> all(qint64 campaignId);
    int nextNumber(qint64 campaignId, qint64 groupId = 0);

private:
    Database& m_db;
};

} // namespace cd
