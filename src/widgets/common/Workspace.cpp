#include "widgets/common/Workspace.h"

#include "packages/PackageService.h"
#include "services/AccountService.h"
#include "services/CampaignService.h"
#include "services/CopyService.h"
#include "storage/Backup.h"
#include "storage/FileSystems.h"

#include <QFutureWatcher>
#include <QThread>
#include <utility>
#include <QtConcurrent/QtConcurrentRun>
#include <spdlog/spdlog.h>

namespace cd {

Workspace::Workspace(QObject* parent) : QObject(parent)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &Workspace::tryReconnect);
}

Workspace::~Workspace() { close(); }

Status Workspace::open(const QString& path, bool create)
{
    Database::Options options;
    options.create = create;
    // A full pass over a large file takes longer than opening the window should; the check
    // runs on a connection of its own once the file is open.
    options.quickCheckOnOpen = false;
    auto db = Database::open(path, options);
    if (!db) return fail(db.error());
    close();
    m_db = std::move(*db);
    if (!m_db->isReadOnly()) m_marker = std::make_unique<OpenMarker>(path);
    m_actor = Actor::localAdmin();
    // A unit's own file (made from a task package) acts as that unit; nobody signs in unless
    // the unit gave it an account.
    if (auto unit = PackageService::unitActor(*m_db)) m_actor = *unit;
    if (AccountService(context()).hasAccounts()) {
        m_actor = Actor{}; // nobody, until someone signs in
        m_actor.role = Role::Viewer;
        if (!signInHook || !signInHook(*this)) {
            m_db.reset();
            m_marker.reset();
            return fail(Error{Error::Code::Cancelled, tr("Nobody signed in.")});
        }
    }
    emit opened();
    checkInBackground(path);
    return {};
}

Status Workspace::connectTo(const QString& address, const QString& password)
{
    auto db = Database::connect(address, password);
    if (!db) return fail(db.error());
    auto who = AccountService::serverActor(**db);
    if (!who) return fail(who.error());
    close();
    m_db = std::move(*db);
    m_actor = *who;
    followChanges();
    emit opened();
    return {};
}

void Workspace::checkInBackground(const QString& path)
{
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Status result = watcher->result();
        if (!result && result.error().code == Error::Code::Corrupt && m_db && m_db->path() == path) emit damaged(path, result.error().message);
    });
    // At idle priority: on a large file the full pass takes seconds of a core, which the
    // window's first pictures and the person's first clicks need more.
    m_check = QtConcurrent::run([path] {
        QThread::currentThread()->setPriority(QThread::IdlePriority);
        Status result = Database::check(path);
        QThread::currentThread()->setPriority(QThread::NormalPriority);
        return result;
    });
    watcher->setFuture(m_check);
}

void Workspace::close()
{
    m_check.waitForFinished();
    if (!m_db) return;
    emit aboutToClose();
    // A server keeps its own backups (docs/storage.md); a file leaves one of itself.
    if (!m_db->isServer() && m_db->changesSinceOpen() > 0) {
        if (auto r = Backup::rotate(*m_db, m_clock.now()); !r)
            spdlog::warn("automatic backup of {} failed: {}", m_db->path().toStdString(), r.error().message.toStdString());
    }
    m_reconnect.stop();
    m_feed.reset();
    m_db.reset();
    m_marker.reset();
    emit closed();
}

void Workspace::followChanges()
{
    // What others commit reaches every open page within a second or two; a lost connection is
    // found within a second and tried again.
    m_feed = std::make_unique<ChangeFeed>(*m_db);
    connect(m_feed.get(), &ChangeFeed::changed, this, &Workspace::changed);
    connect(m_feed.get(), &ChangeFeed::lagging, this, &Workspace::standbyLagging);
    connect(m_feed.get(), &ChangeFeed::lost, this, [this] {
        m_reconnectAttempts = 0;
        emit connectionLost();
        m_reconnect.start(Database::reconnectPauseMs(0));
    });
}

void Workspace::tryReconnect()
{
    if (!m_db || !m_db->isServer()) return;
    m_feed.reset();
    if (auto s = m_db->reconnect(); !s) {
        m_reconnect.start(Database::reconnectPauseMs(++m_reconnectAttempts));
        return;
    }
    // A failover may have moved this session between a primary and a standby (an address
    // without target_session_attrs takes whichever host answers).
    const bool wasReadOnly = std::exchange(m_actor.readOnly, m_db->isStandby());
    followChanges();
    emit reconnected();
    if (wasReadOnly != m_actor.readOnly) emit accessChanged();
    emit changed(); // what others did meanwhile
}

QString Workspace::networkFileSystem() const
{
    return m_db && !m_db->isServer() ? FileSystems::networkTypeOf(m_db->path()) : QString();
}

ServiceContext Workspace::context() { return ServiceContext{*m_db, m_clock, m_actor}; }

std::optional<Campaign> Workspace::campaign()
{
    if (!m_db) return std::nullopt;
    return CampaignService(context()).current();
}

Result<QString> Workspace::backupNow(const QString& snapshotPath)
{
    if (!m_db) return fail(Error::notFound(tr("No file is open.")));
    if (m_db->isServer()) {
        auto copied = CopyService(context()).toNewFile(snapshotPath);
        if (!copied) return fail(copied.error());
        return snapshotPath;
    }
    return Backup::rotate(*m_db, m_clock.now());
}

Status Workspace::restore(const QString& backupPath)
{
    const QString target = m_db ? m_db->path() : QString();
    if (target.isEmpty()) return fail(Error::notFound(tr("No file is open.")));
    if (m_db->isServer())
        return fail(Error::invalid(tr("A campaign on a server is restored by copying a snapshot file into an empty database (campaigndesk-cli copy).")));
    m_check.waitForFinished();
    m_db.reset(); // no automatic backup: the file is about to be replaced on purpose
    m_marker.reset();
    emit closed();
    if (auto s = Backup::restore(backupPath, target); !s) {
        (void)open(target);
        return s;
    }
    return open(target);
}

} // namespace cd
