#pragma once

#include "domain/Error.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace cd {

class Database;

// What other people commit on a server, followed as it happens: every change leaves a row in
// the change log (schema v11) and a notice on the channel cd_changes. The feed listens for the
// notices on its database's connection and polls the log as well (the only way where the
// server has no LISTEN, as openGauss), and says changed() once per burst of others' commits.
// On a file it does nothing: nobody else writes there while it is open. A standby takes no
// LISTEN: there the feed polls, and says how far the standby is behind the primary.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    // Polls every `pollMs` while notices arrive, every `fallbackPollMs` when the server does
    // not deliver them.
    explicit ChangeFeed(Database& db, QObject* parent = nullptr, int pollMs = 10000, int fallbackPollMs = 1500);
    ~ChangeFeed() override;
    bool listening() const { return m_listening; }
    // The last change seen, by its sequence number.
    qint64 seen() const { return m_seen; }
    // The change log's latest sequence number (0 when empty; -1 on a file or when it cannot be read).
    static qint64 latest(Database& db);
    // For tests: stop listening, so that only polling finds changes.
    void stopListening();

signals:
    void changed();
    // The connection is gone (found by libpq, checked every second without a round trip, or
    // by a poll that failed); the feed has stopped. Whoever owns the database reconnects.
    void lost();
    // On a standby, after each poll: how far behind the primary it is, in whole seconds.
    void lagging(int seconds);

private:
    void poll();
    void checkConnection();
    void noticed(const QString& name, QSqlDriver::NotificationSource source);
    Database& m_db;
    QTimer m_poll;
    QTimer m_burst; // notices of one commit arrive together: one changed() for them
    QTimer m_check; // the connection, looked at locally every second
    qint64 m_seen = 0;
    bool m_listening = false;
    int m_fallbackPollMs;
};

} // namespace cd
