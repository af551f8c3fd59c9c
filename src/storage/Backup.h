#pragma once

#include "domain/Error.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

class Database;

struct BackupEntry
{
    QString path;
    QDateTime taken;
    qint64 size = 0;
};

// Copies made with SQLite's online backup API, so a backup is consistent even while
// the file is open. Automatic backups live beside the file in NAME.backups/.
class Backup
{
public:
    static constexpr int kKeep = 10;

    static Status write(Database& db, const QString& target);
    // A timestamped copy in the backup folder; older ones beyond kKeep are removed.
    static Result<QString> rotate(Database& db, const QDateTime& now);
    static QString folderFor(const QString& dbPath);
    static QList<BackupEntry> list(const QString& dbPath); // newest first
    // Replaces dbPath by the backup after checking the backup is sound. The database
    // must be closed. The replaced file is kept as NAME.before-restore.
    static Status restore(const QString& backupPath, const QString& dbPath);
};

} // namespace cd
