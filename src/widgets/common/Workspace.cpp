#include "widgets/common/Workspace.h"

#include "packages/PackageService.h"
#include "services/AccountService.h"
#include "services/CampaignService.h"
#include "storage/Backup.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <spdlog/spdlog.h>

namespace cd {

Workspace::Workspace(QObject* parent) : QObject(parent) {}

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
    m_actor = Actor::localAdmin();
    // A unit's own file (made from a task package) acts as that unit; nobody signs in unless
    // the unit gave it an account.
    if (auto unit = PackageService::unitActor(*m_db)) m_actor = *unit;
    if (AccountService(context()).hasAccounts()) {
        m_actor = Actor{}; // nobody, until someone signs in
        m_actor.role = Role::Viewer;
        if (!signInHook || !signInHook(*this)) {
            m_db.reset();
            return fail(Error{Error::Code::Cancelled, tr("Nobody signed in.")});
        }
    }
    emit opened();
    checkInBackground(path);
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
    m_check = QtConcurrent::run([path] { return Database::check(path); });
    watcher->setFuture(m_check);
}

void Workspace::close()
{
    m_check.waitForFinished();
    if (!m_db) return;
    emit aboutToClose();
    if (m_db->changesSinceOpen() > 0) {
        if (auto r = Backup::rotate(*m_db, m_clock.now()); !r)
            spdlog::warn("automatic backup of {} failed: {}", m_db->path().toStdString(), r.error().message.toStdString());
    }
    m_db.reset();
    emit closed();
}

ServiceContext Workspace::context() { return ServiceContext{*m_db, m_clock, m_actor}; }

std::optional<Campaign> Workspace::campaign()
{
    if (!m_db) return std::nullopt;
    return CampaignService(context()).current();
}

Result<QString> Workspace::backupNow()
{
    if (!m_db) return fail(Error::notFound(tr("No file is open.")));
    return Backup::rotate(*m_db, m_clock.now());
}

Status Workspace::restore(const QString& backupPath)
{
    const QString target = m_db ? m_db->path() : QString();
    if (target.isEmpty()) return fail(Error::notFound(tr("No file is open.")));
    m_check.waitForFinished();
    m_db.reset(); // no automatic backup: the file is about to be replaced on purpose
    emit closed();
    if (auto s = Backup::restore(backupPath, target); !s) {
        (void)open(target);
        return s;
    }
    return open(target);
}

} // namespace cd
