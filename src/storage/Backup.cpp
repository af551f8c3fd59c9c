#include "storage/Backup.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>
#include <spdlog/spdlog.h>

namespace cd {
namespace {


Status copyWithBackupApi(sqlite3* source, const QString& target)
{
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3* dest = nullptr;
    if (sqlite3_open(QFile::encodeName(partial).constData(), &dest) != SQLITE_OK) {
        sqlite3_close(dest);
        return fail(Error::io(QCoreApplication::translate("cd::Backup", "Could not create the backup file %1.").arg(target)));
    }
    sqlite3_backup* b = sqlite3_backup_init(dest, "main", source, "main");
    int rc = SQLITE_ERROR;
    if (b) {
        rc = sqlite3_backup_step(b, -1);
        sqlite3_backup_finish(b);
    }
    const QString detail = QString::fromUtf8(sqlite3_errmsg(dest));
    // The copy is a standalone file: no WAL beside it.
    if (rc == SQLITE_DONE) sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_close(dest);
    if (rc != SQLITE_DONE) {
        QFile::remove(partial);
        return fail(Error::io(QCoreApplication::translate("cd::Backup", "Could not write the backup %1: %2").arg(target, detail)));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) return fail(Error::io(QCoreApplication::translate("cd::Backup", "Could not write the backup %1.").arg(target)));
    return {};
}

} // namespace

Status Backup::write(Database& db, const QString& target)
{
    auto* handle = static_cast<sqlite3*>(db.nativeHandle());
    if (!handle) return fail(Error::io(QCoreApplication::translate("cd::Backup", "The database connection cannot be backed up.")));
    return copyWithBackupApi(handle, target);
}

QString Backup::folderFor(const QString& dbPath)
{
    const QFileInfo info(dbPath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".backups"));
}

Result<QString> Backup::rotate(Database& db, const QDateTime& now)
{
    const QString folder = folderFor(db.path());
    if (!QDir().mkpath(folder)) return fail(Error::io(QCoreApplication::translate("cd::Backup", "Could not create the backup folder %1.").arg(folder)));
    const QString name = QFileInfo(db.path()).completeBaseName() + now.toString(QStringLiteral("-yyyyMMdd-HHmmss-zzz")) +
                         QStringLiteral(".cdb");
    const QString target = QDir(folder).filePath(name);
    if (auto s = write(db, target); !s) return fail(s.error());
    const auto all = list(db.path());
    for (qsizetype i = kKeep; i < all.size(); ++i) QFile::remove(all[i].path);
    spdlog::info("backup written to {}", target.toStdString());
    return target;
}

QList<BackupEntry> Backup::list(const QString& dbPath)
{
    QList<BackupEntry> out;
    const QDir dir(folderFor(dbPath));
    // Names carry the time stamp, so name order is time order.
    for (const auto& info : dir.entryInfoList({QStringLiteral("*.cdb")}, QDir::Files, QDir::Name | QDir::Reversed))
        out.append({info.absoluteFilePath(), info.lastModified(), info.size()});
    return out;
}

Status Backup::restore(const QString& backupPath, const QString& dbPath)
{
    {
        Database::Options opts;
        opts.create = false;
        auto check = Database::open(backupPath, opts);
        if (!check) return fail(Error{check.error().code, QCoreApplication::translate("cd::Backup", "The backup cannot be used: %1").arg(check.error().message)});
        if (const auto problems = (*check)->integrityProblems(); !problems.isEmpty())
            return fail(Error{Error::Code::Corrupt, QCoreApplication::translate("cd::Backup", "The backup %1 is damaged: %2").arg(backupPath, problems.first())});
    }
    const QString staged = dbPath + QStringLiteral(".restoring");
    QFile::remove(staged);
    if (!QFile::copy(backupPath, staged)) return fail(Error::io(QCoreApplication::translate("cd::Backup", "Could not copy the backup %1.").arg(backupPath)));
    QFile::setPermissions(staged, QFileDevice::ReadOwner | QFileDevice::WriteOwner); // not the backup's, which an older version left readable
    const QString kept = dbPath + QStringLiteral(".before-restore");
    if (QFile::exists(dbPath)) {
        QFile::remove(kept);
        if (!QFile::rename(dbPath, kept)) {
            QFile::remove(staged);
            return fail(Error::io(QCoreApplication::translate("cd::Backup", "Could not move %1 aside; nothing was restored.").arg(dbPath)));
        }
    }
    QFile::remove(dbPath + QStringLiteral("-wal"));
    QFile::remove(dbPath + QStringLiteral("-shm"));
    if (!QFile::rename(staged, dbPath)) {
        QFile::rename(kept, dbPath);
        return fail(Error::io(QCoreApplication::translate("cd::Backup", "Could not restore %1.").arg(dbPath)));
    }
    spdlog::info("restored {} from {}", dbPath.toStdString(), backupPath.toStdString());
    return {};
}

} // namespace cd
