#include "storage/FileSystems.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace cd::FileSystems {
namespace {

// /proc/self/mounts writes a space, a tab, a newline or a backslash in a mount point as \ooo.
QString unescape(const QString& field)
{
    QString out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == QLatin1Char('\\') && i + 3 < field.size()) {
            bool ok = false;
            const int code = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out += QChar(code);
                i += 3;
                continue;
            }
        }
        out += field[i];
    }
    return out;
}

QString& mountTablePath()
{
    static QString path = QStringLiteral("/proc/self/mounts");
    return path;
}

bool contains(const QString& mountPoint, const QString& path)
{
    if (mountPoint == QLatin1String("/")) return true;
    return path == mountPoint || path.startsWith(mountPoint + QLatin1Char('/'));
}

} // namespace

QString typeIn(const QString& mountTable, const QString& absolutePath)
{
    QString best;
    qsizetype bestLength = -1;
    for (const QString& line : mountTable.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char(' '));
        if (fields.size() < 3) continue;
        const QString point = unescape(fields[1]);
        // A later mount on the same point hides an earlier one, so ties go to the later line.
        if (contains(point, absolutePath) && point.size() >= bestLength) {
            best = fields[2];
            bestLength = point.size();
        }
    }
    return best;
}

QString typeOf(const QString& path)
{
    QFile table(mountTablePath());
    if (!table.open(QIODevice::ReadOnly)) return {};
    const QFileInfo info(path);
    const QString where = info.exists() ? info.canonicalFilePath() : QFileInfo(info.absolutePath()).canonicalFilePath();
    return typeIn(QString::fromUtf8(table.readAll()), where.isEmpty() ? info.absoluteFilePath() : where);
}

QString networkTypeOf(const QString& path)
{
    const QString type = typeOf(path);
    return isNetwork(type) ? type : QString();
}

void setMountTableForTesting(const QString& path) { mountTablePath() = path.isEmpty() ? QStringLiteral("/proc/self/mounts") : path; }

bool isNetwork(const QString& type)
{
    static const QStringList network{QStringLiteral("nfs"),       QStringLiteral("nfs4"),      QStringLiteral("cifs"),   QStringLiteral("smb3"),
                                     QStringLiteral("smbfs"),     QStringLiteral("ncpfs"),     QStringLiteral("9p"),     QStringLiteral("afs"),
                                     QStringLiteral("ceph"),      QStringLiteral("glusterfs"), QStringLiteral("lustre"), QStringLiteral("ocfs2"),
                                     QStringLiteral("gfs2"),      QStringLiteral("davfs"),     QStringLiteral("coda"),   QStringLiteral("virtiofs")};
    if (network.contains(type)) return true;
    // FUSE file systems name what they are: fuse.sshfs, fuse.gvfsd-fuse (an SMB share opened
    // in the file manager), fuse.rclone, fuse.glusterfs…
    static const QStringList fuseNetwork{QStringLiteral("fuse.sshfs"), QStringLiteral("fuse.gvfsd-fuse"), QStringLiteral("fuse.rclone"),
                                         QStringLiteral("fuse.glusterfs"), QStringLiteral("fuse.s3fs"), QStringLiteral("fuse.davfs")};
    return fuseNetwork.contains(type);
}

} // namespace cd::FileSystems
