#include "storage/ChangeFeed.h"
#include "storage/Query.h"

#include "storage/Database.h"

#include <QSqlQuery>

namespace cd {
namespace {
const QString kChannel = QStringLiteral("cd_changes");
}

ChangeFeed::ChangeFeed(Database& db, QObject* parent, int pollMs, int fallbackPollMs) : QObject(parent), m_db(db), m_fallbackPollMs(fallbackPollMs)
{
    if (!db.isServer()) return;
    m_seen = latest(db);
    QSqlDriver* driver = db.sql().driver();
    m_listening = !db.isStandby() && driver->subscribeToNotification(kChannel);
    if (m_listening)
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) { noticed(name, source); });
    m_burst.setSingleShot(true);
    m_burst.setInterval(50);
    connect(&m_burst, &QTimer::timeout, this, &ChangeFeed::poll);
    m_poll.setInterval(m_listening ? pollMs : fallbackPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ChangeFeed::poll);
    m_poll.start();
    m_check.setInterval(1000);
    connect(&m_check, &QTimer::timeout, this, &ChangeFeed::checkConnection);
    m_check.start();
}

void ChangeFeed::checkConnection()
{
    if (!m_db.connectionLost()) return;
    m_poll.stop();
    m_check.stop();
    m_burst.stop();
    emit lost();
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening && m_db.sql().isOpen() && !m_db.connectionLost()) m_db.sql().driver()->unsubscribeFromNotification(kChannel);
}

void ChangeFeed::stopListening()
{
    if (!m_listening) return;
    m_db.sql().driver()->unsubscribeFromNotification(kChannel);
    disconnect(m_db.sql().driver(), &QSqlDriver::notification, this, nullptr);
    m_listening = false;
    m_poll.setInterval(m_fallbackPollMs);
}

qint64 ChangeFeed::latest(Database& db)
{
    if (!db.isServer()) return -1;
    sql::Query q(db.sql());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log")) || !q.next()) return -1;
    return q.value(0).toLongLong();
}

void ChangeFeed::noticed(const QString& name, QSqlDriver::NotificationSource source)
{
    // What this connection wrote itself, its own page has shown already.
    if (name == kChannel && source != QSqlDriver::SelfSource) m_burst.start();
}

void ChangeFeed::poll()
{
    const qint64 now = latest(m_db);
    if (now < 0) return checkConnection();
    if (m_db.isStandby())
        if (const auto lag = m_db.standbyLagSeconds()) emit lagging(int(*lag));
    if (now <= m_seen) return;
    m_seen = now;
    emit changed();
}

} // namespace cd
