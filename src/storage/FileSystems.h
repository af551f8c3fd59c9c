#pragma once

#include <QString>

namespace cd {

// Where a campaign file lies. SQLite's locks are only as good as the file system's, and the
// network file systems (NFS, SMB/CIFS and the rest) are known to lose them: a file shared
// that way can lose data when two people write it at once.
namespace FileSystems {

// The type of the file system holding `path` (nfs4, cifs, ext4, …), from the mount table;
// empty when it cannot be told.
QString typeOf(const QString& path);
// The same from a given mount table's text (/proc/self/mounts format): the entry with the
// longest mount point that contains `absolutePath`.
QString typeIn(const QString& mountTable, const QString& absolutePath);
// Whether a file system type is a network one.
bool isNetwork(const QString& type);
// The network file system `path` lies on (nfs4, cifs…); empty when it is local or unknown.
QString networkTypeOf(const QString& path);
// Tests read a mount table of their own instead of /proc/self/mounts; empty restores it.
void setMountTableForTesting(const QString& path);

} // namespace FileSystems
} // namespace cd
