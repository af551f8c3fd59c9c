#pragma once

#include <QString>

namespace cd::private_files {

// From now on every file this process creates is its person's alone (0600, folders 0700),
// whatever umask it was started with: campaign files and their -wal/-shm, backups, copies,
// packages (a task package holds the unit's signing key), printed and exported documents, the
// log. The data folder (and the organisation's folder above it), made before under a looser
// umask, is closed to others too. Called first thing by the desktop program and the CLI.
void keep(const QString& dataFolder);

} // namespace cd::private_files
