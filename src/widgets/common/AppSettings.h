#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace cd {

// Every setting the desktop program keeps between runs, with its key and default in one place.
class AppSettings
{
public:
    AppSettings() = default;

    QString lastFile() const;
    void setLastFile(const QString& path);
    // Files and server addresses (postgresql://…, never with a password) in one list.
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    // The server last connected to: host, port, database, login and SSL mode as an address.
    // Its password is never a setting (the system keyring keeps it when asked to).
    QString lastServer() const;
    void setLastServer(const QString& address);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& g);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& s);
    int currentPage() const;
    void setCurrentPage(int page);

    // Column widths and sort order of a named table.
    QByteArray headerState(const QString& table) const;
    void setHeaderState(const QString& table, const QByteArray& state);
    // Where a named splitter's handles were left.
    QByteArray splitState(const QString& splitter) const;
    void setSplitState(const QString& splitter, const QByteArray& state);

    // The folder a file dialog for this kind of file starts in: where the last such file was
    // chosen, else the user's documents folder (else home) — never the program's data folder.
    enum class FileKind { Campaign, Sheet, Export, Document, Package, Evidence };
    QString folderFor(FileKind kind) const;
    // Remembers the folder of a chosen file (or the chosen folder itself).
    void rememberFolder(FileKind kind, const QString& fileOrFolder);

    static constexpr int kMaxRecent = 8;

private:
    mutable QSettings m_settings;
};

} // namespace cd
