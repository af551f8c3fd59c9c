#include "widgets/common/AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace cd {
namespace {
const QString kLastFile = QStringLiteral("files/last");
const QString kRecent = QStringLiteral("files/recent");
const QString kLastServer = QStringLiteral("servers/last");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kPage = QStringLiteral("window/page");
const QString kHeaders = QStringLiteral("tables/%1");
const QString kFolders = QStringLiteral("folders/%1");
} // namespace

QString AppSettings::lastFile() const { return m_settings.value(kLastFile).toString(); }
void AppSettings::setLastFile(const QString& path) { m_settings.setValue(kLastFile, path); }
QString AppSettings::lastServer() const { return m_settings.value(kLastServer).toString(); }
void AppSettings::setLastServer(const QString& address) { m_settings.setValue(kLastServer, address); }
QStringList AppSettings::recentFiles() const { return m_settings.value(kRecent).toStringList(); }

void AppSettings::addRecentFile(const QString& path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent) list.removeLast();
    m_settings.setValue(kRecent, list);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    m_settings.setValue(kRecent, list);
}

QByteArray AppSettings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray& g) { m_settings.setValue(kGeometry, g); }
QByteArray AppSettings::windowState() const { return m_settings.value(kState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray& s) { m_settings.setValue(kState, s); }
int AppSettings::currentPage() const { return m_settings.value(kPage, 0).toInt(); }
void AppSettings::setCurrentPage(int page) { m_settings.setValue(kPage, page); }
QByteArray AppSettings::splitState(const QString& splitter) const { return m_settings.value(QStringLiteral("splitters/") + splitter).toByteArray(); }
void AppSettings::setSplitState(const QString& splitter, const QByteArray& state) { m_settings.setValue(QStringLiteral("splitters/") + splitter, state); }

QByteArray AppSettings::headerState(const QString& table) const { return m_settings.value(kHeaders.arg(table)).toByteArray(); }
void AppSettings::setHeaderState(const QString& table, const QByteArray& state) { m_settings.setValue(kHeaders.arg(table), state); }

QString AppSettings::folderFor(FileKind kind) const
{
    const QString remembered = m_settings.value(kFolders.arg(int(kind))).toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir()) return remembered;
    // A start folder that does not exist would show up as a file name in the dialog.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void AppSettings::rememberFolder(FileKind kind, const QString& fileOrFolder)
{
    if (fileOrFolder.isEmpty()) return;
    const QFileInfo info(fileOrFolder);
    m_settings.setValue(kFolders.arg(int(kind)), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

} // namespace cd
