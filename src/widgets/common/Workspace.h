#pragma once

#include "domain/Clock.h"
#include "domain/Entities.h"
#include "domain/Permissions.h"
#include "services/ServiceContext.h"
#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/OpenMarker.h"

#include <QFuture>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace cd {

// The campaign file the window works on. Pages ask it for a ServiceContext and listen
// to changed() to refresh; closing a changed file leaves an automatic backup.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject* parent = nullptr);
    ~Workspace() override;

    // A file with accounts is opened only after signInHook (the login dialog) has set the
    // actor; when it returns false the file is closed again and open() fails as cancelled.
    Status open(const QString& path, bool create = false);
    // A campaign on a PostgreSQL server (Database::connect); the person is the server login.
    Status connectTo(const QString& address, const QString& password);
    bool isServer() const { return m_db && m_db->isServer(); }
    std::function<bool(Workspace&)> signInHook;
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_db ? m_db->path() : QString(); }
    Database& database() { return *m_db; }
    ServiceContext context();
    const Actor& actor() const { return m_actor; }
    void setActor(const Actor& actor) { m_actor = actor; }
    bool can(Operation op, qint64 unitId = 0) const { return allowed(m_actor, op, unitId); }
    std::optional<Campaign> campaign();
    // Another running program that had the open file open first (OpenMarker), if any.
    std::optional<OpenMarker::Holder> alsoOpenBy() const { return m_marker ? m_marker->other() : std::nullopt; }
    // The network file system the open file lies on (nfs4, cifs, …); empty when it is local.
    QString networkFileSystem() const;

    // A file: a copy among its rotating backups. A server: a verified snapshot file at
    // `snapshotPath` (the desktop asks where).
    Result<QString> backupNow(const QString& snapshotPath = {});
    // Closes the file, replaces it by the backup and opens it again.
    Status restore(const QString& backupPath);

    void notifyChanged() { emit changed(); }
    // On a server, what follows others' commits (null on a file).
    ChangeFeed* changeFeed() { return m_feed.get(); }

signals:
    // The integrity check that runs after opening found the file damaged.
    void damaged(const QString& path, const QString& message);
    void aboutToClose(); // last chance to save what is being typed
    void opened();
    void closed();
    void changed();
    // On a server: the connection was lost; the workspace tries again with a growing pause
    // (half a second, doubling, at most 15 s) until reconnected() or close().
    void connectionLost();
    void reconnected();
    // On a standby of the server: how far it is behind the primary, in seconds, after each
    // look at the change log (every second and a half).
    void standbyLagging(int seconds);
    // After a reconnection: the session now reads a standby where it wrote to a primary, or
    // the other way round; what the window offers follows.
    void accessChanged();

private:
    void checkInBackground(const QString& path);
    void followChanges();
    void tryReconnect();

    std::unique_ptr<Database> m_db;
    std::unique_ptr<OpenMarker> m_marker;
    std::unique_ptr<ChangeFeed> m_feed; // on a server: others' commits
    QTimer m_reconnect;
    int m_reconnectAttempts = 0;
    QFuture<Status> m_check; // closing waits for it: no connection outlives the file
    SystemClock m_clock;
    Actor m_actor = Actor::localAdmin();
};

} // namespace cd
