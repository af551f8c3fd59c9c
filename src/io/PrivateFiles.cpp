#include "io/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

namespace cd::private_files {

void keep(const QString& dataFolder)
{
    ::umask(S_IRWXG | S_IRWXO);
    if (dataFolder.isEmpty()) return;
    QDir().mkpath(dataFolder);
    const auto close = [](const QString& folder) { ::chmod(QFile::encodeName(folder).constData(), S_IRWXU); };
    close(dataFolder);
    // ~/.local/share/CampaignDesk/CampaignDesk: the organisation's folder holds nothing else.
    const QFileInfo folder(dataFolder);
    if (folder.fileName() == folder.dir().dirName()) close(folder.dir().path());
}

} // namespace cd::private_files
