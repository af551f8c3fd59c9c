#include "storage/OpenMarker.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <pwd.h>
#include <unistd.h>

namespace cd {
namespace {

QString userName()
{
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name) return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

std::optional<OpenMarker::Holder> read(const QString& marker)
{
    QFile f(marker);
    if (!f.open(QIODevice::ReadOnly)) return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    if (o.isEmpty()) return std::nullopt;
    return OpenMarker::Holder{o.value(QStringLiteral("user")).toString(), o.value(QStringLiteral("host")).toString(),
                              qint64(o.value(QStringLiteral("pid")).toDouble()),
                              QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate)};
}

// A marker from this computer whose process is gone was left by a program that was killed.
bool stale(const OpenMarker::Holder& h)
{
    if (h.host != QSysInfo::machineHostName() || h.pid <= 0) return false;
    return ::kill(pid_t(h.pid), 0) != 0 && errno == ESRCH;
}

} // namespace

OpenMarker::OpenMarker(const QString& dbPath) : m_marker(markerPath(dbPath))
{
    const QByteArray name = QFile::encodeName(m_marker);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd >= 0) {
            const QByteArray text = QJsonDocument(QJsonObject{{QStringLiteral("user"), userName()},
                                                              {QStringLiteral("host"), QSysInfo::machineHostName()},
                                                              {QStringLiteral("pid"), double(::getpid())},
                                                              {QStringLiteral("since"), QDateTime::currentDateTime().toString(Qt::ISODate)}})
                                        .toJson(QJsonDocument::Compact);
            const bool whole = ::write(fd, text.constData(), size_t(text.size())) == text.size();
            ::close(fd);
            m_claimed = whole;
            if (!whole) ::unlink(name.constData()); // a full disk: no marker rather than half of one
            return;
        }
        if (errno != EEXIST) return; // a read-only folder: nobody writes here, nothing to tell
        const auto holder = read(m_marker);
        if (holder && !stale(*holder)) {
            m_other = holder;
            return;
        }
        ::unlink(name.constData()); // left by a killed program, or unreadable: taken over
    }
}

OpenMarker::~OpenMarker()
{
    if (m_claimed) QFile::remove(m_marker);
}

} // namespace cd
