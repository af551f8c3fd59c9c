#include "io/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cd::input {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("cd::input", text); }

Error refuse(const char* why, const QString& message) { return Error::refused(QString::fromLatin1(why), message); }

// What a file that is not a regular file is, in words.
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode)) return tr("a folder");
    if (S_ISFIFO(mode)) return tr("a pipe (FIFO)");
    if (S_ISSOCK(mode)) return tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode)) return tr("a device");
    return tr("not an ordinary file");
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return tr("%1 MB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 * 1024) return tr("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
    return tr("%1 KB").arg((bytes + 1023) / 1024);
}

Error special(const QString& path, const QString& what, mode_t mode)
{
    return refuse(reason::special, tr("The %1 “%2” is %3, not an ordinary file; it was not read.").arg(what, path, kindOf(mode)));
}

class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0) ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

Result<QByteArray> read(const QString& path, qint64 maxBytes, const QString& what)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st{};
    // The kind of file is judged before it is opened: opening a FIFO for reading would wait for
    // a writer, and a device may do something on open.
    if (path.isEmpty() || ::stat(native.constData(), &st) != 0) {
        if (errno == EACCES) return fail(refuse(reason::unreadable, tr("The %1 “%2” cannot be read: permission denied.").arg(what, path)));
        return fail(refuse(reason::missing, tr("The %1 “%2” does not exist.").arg(what, path)));
    }
    if (!S_ISREG(st.st_mode)) return fail(special(path, what, st.st_mode));
    // O_NONBLOCK: should the name be swapped for a FIFO between the look and the open, the open
    // still returns at once, and the check on the open file below refuses it.
    Fd fd(::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return fail(refuse(reason::unreadable, tr("The %1 “%2” cannot be read: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno)))));
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) return fail(special(path, what, st.st_mode));
    const Error tooLarge = refuse(reason::tooLarge, tr("The %1 “%2” is larger than %3; it was not read.").arg(what, path, sizeText(maxBytes)));
    if (st.st_size > maxBytes) return fail(tooLarge);
    // The size a file reports is a claim (a file in /proc says 0, a growing file says less):
    // read until the end, but never more than one byte past the limit.
    QByteArray data;
    data.resize(qsizetype(std::min<qint64>(st.st_size, maxBytes) + 1));
    qint64 got = 0;
    for (;;) {
        if (got == data.size()) {
            if (got > maxBytes) return fail(tooLarge);
            data.resize(qsizetype(std::min<qint64>(maxBytes + 1, std::max<qint64>(got * 2, 64 * 1024))));
        }
        const ssize_t n = ::read(fd.get(), data.data() + got, size_t(data.size() - got));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            return fail(refuse(reason::unreadable, tr("The %1 “%2” could not be read: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(errno)))));
        if (n == 0) break;
        got += n;
    }
    if (got > maxBytes) return fail(tooLarge);
    data.resize(qsizetype(got));
    return data;
}

Result<QString> confine(const QString& name, const QString& base, const QStringList& extraRoots)
{
    if (name.trimmed().isEmpty()) return fail(refuse(reason::missing, tr("A file name is empty.")));
    const QString baseCanonical = QFileInfo(base).canonicalFilePath();
    QStringList roots;
    if (!baseCanonical.isEmpty()) roots << baseCanonical;
    for (const auto& r : extraRoots)
        if (const QString c = QFileInfo(r).canonicalFilePath(); !c.isEmpty()) roots << c;
    const bool absolute = QDir::isAbsolutePath(name);
    // A relative name is looked for beside the file that names it, then in the named folders.
    QString candidate = QDir::cleanPath(absolute ? name : QDir(base).filePath(name));
    if (!absolute && !QFileInfo::exists(candidate))
        for (const auto& r : extraRoots)
            if (const QString other = QDir::cleanPath(QDir(r).filePath(name)); QFileInfo::exists(other)) {
                candidate = other;
                break;
            }
    const Error outside = refuse(reason::outside, tr("“%1” is outside the folder %2, so it was not read.").arg(name, QDir::toNativeSeparators(base)));
    // An absolute name is a path on this computer, not a file handed over with the report:
    // it is read only from a folder a person named on purpose.
    if (absolute && extraRoots.isEmpty()) return fail(outside);
    const QFileInfo info(candidate);
    const QString canonical = info.canonicalFilePath(); // links followed
    if (canonical.isEmpty()) {
        // Say "outside" rather than "missing" for a name that would leave the folder anyway.
        if (!absolute && !QDir::cleanPath(name).startsWith(QLatin1String(".."))) return fail(refuse(reason::missing, tr("“%1” does not exist.").arg(candidate)));
        return fail(outside);
    }
    for (const auto& root : roots)
        if (canonical.startsWith(root + QLatin1Char('/'))) return canonical;
    return fail(outside);
}

} // namespace cd::input
