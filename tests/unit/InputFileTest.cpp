#include "io/InputFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace cd;

namespace {

class InputFile : public ::testing::Test
{
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    static QString reasonOf(const Result<QByteArray>& r) { return r ? QString() : r.error().reason; }
    QTemporaryDir dir;
};

const QString kWhat = QStringLiteral("sheet");

} // namespace

TEST_F(InputFile, ReadsAnOrdinaryFileUpToItsLimitAndNotOneBytePast)
{
    const QString path = write(QStringLiteral("a.csv"), QByteArray(1000, 'x'));
    auto exact = input::read(path, 1000, kWhat);
    ASSERT_TRUE(exact);
    EXPECT_EQ(*exact, QByteArray(1000, 'x'));
    auto over = input::read(path, 999, kWhat);
    ASSERT_FALSE(over);
    EXPECT_EQ(over.error().reason, QLatin1String(input::reason::tooLarge));
    EXPECT_TRUE(over.error().message.contains(path)) << over.error().message.toStdString();
    auto empty = input::read(write(QStringLiteral("empty.csv"), {}), 10, kWhat);
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isEmpty());
}

TEST_F(InputFile, DevicesAreRefusedByWhatTheyAreWithoutReading)
{
    for (const char* device : {"/dev/zero", "/dev/urandom", "/dev/null"}) {
        auto r = input::read(QString::fromLatin1(device), 1 << 20, kWhat);
        ASSERT_FALSE(r) << device;
        EXPECT_EQ(r.error().reason, QLatin1String(input::reason::special)) << device;
        EXPECT_TRUE(r.error().message.contains(QLatin1String(device)));
    }
    // A link with an innocent name is judged by what it points at.
    const QString link = dir.filePath(QStringLiteral("units.csv"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), link));
    EXPECT_EQ(reasonOf(input::read(link, 64 << 20, kWhat)), QLatin1String(input::reason::special));
    EXPECT_EQ(reasonOf(input::read(dir.path(), 64 << 20, kWhat)), QLatin1String(input::reason::special)); // a folder
}

TEST_F(InputFile, AFifoIsRefusedAtOnceRatherThanWaitedOn)
{
    const QString fifo = dir.filePath(QStringLiteral("evidence.pdf"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // No writer ever opens it: a reader that opened it would wait here for ever.
    auto r = input::read(fifo, 1 << 20, kWhat);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().reason, QLatin1String(input::reason::special));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("FIFO"))) << r.error().message.toStdString();
}

TEST_F(InputFile, ASocketIsRefused)
{
    const QString path = dir.filePath(QStringLiteral("s"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    ASSERT_LT(size_t(native.size()), sizeof(addr.sun_path));
    std::memcpy(addr.sun_path, native.constData(), size_t(native.size()));
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)), 0);
    EXPECT_EQ(reasonOf(input::read(path, 1 << 20, kWhat)), QLatin1String(input::reason::special));
    ::close(fd);
}

TEST_F(InputFile, TheLimitCountsTheBytesReadNotTheSizeAFileClaims)
{
    // Files under /proc say they are 0 bytes long and hold more.
    QFile probe(QStringLiteral("/proc/self/status"));
    ASSERT_TRUE(probe.open(QIODevice::ReadOnly));
    ASSERT_EQ(probe.size(), 0);
    auto whole = input::read(QStringLiteral("/proc/self/status"), 1 << 20, kWhat);
    ASSERT_TRUE(whole);
    EXPECT_TRUE(whole->startsWith("Name:"));
    auto capped = input::read(QStringLiteral("/proc/self/status"), 16, kWhat);
    ASSERT_FALSE(capped);
    EXPECT_EQ(capped.error().reason, QLatin1String(input::reason::tooLarge));
}

TEST_F(InputFile, MissingAndUnreadableFilesSaySo)
{
    EXPECT_EQ(reasonOf(input::read(dir.filePath(QStringLiteral("nope.csv")), 10, kWhat)), QLatin1String(input::reason::missing));
    if (::geteuid() != 0) { // root reads anything
        const QString locked = write(QStringLiteral("locked.csv"), "x");
        QFile::setPermissions(locked, QFileDevice::WriteOwner);
        EXPECT_EQ(reasonOf(input::read(locked, 10, kWhat)), QLatin1String(input::reason::unreadable));
    }
}

TEST_F(InputFile, NamesInsideAFileStayInItsFolder)
{
    QDir(dir.path()).mkpath(QStringLiteral("report/photos"));
    const QString base = dir.filePath(QStringLiteral("report"));
    write(QStringLiteral("report/photos/1.jpg"), "jpg");
    write(QStringLiteral("secret.txt"), "secret");
    auto inside = input::confine(QStringLiteral("photos/1.jpg"), base);
    ASSERT_TRUE(inside) << inside.error().message.toStdString();
    EXPECT_EQ(*inside, QFileInfo(dir.filePath(QStringLiteral("report/photos/1.jpg"))).canonicalFilePath());
    const auto outside = [&](const QString& name, const QStringList& roots = {}) {
        auto r = input::confine(name, base, roots);
        return !r && r.error().reason == QLatin1String(input::reason::outside);
    };
    EXPECT_TRUE(outside(QStringLiteral("../secret.txt")));
    EXPECT_TRUE(outside(QStringLiteral("photos/../../secret.txt")));
    EXPECT_TRUE(outside(QStringLiteral("../../../../etc/hostname")));
    EXPECT_TRUE(outside(QStringLiteral("/etc/passwd")));
    EXPECT_TRUE(outside(dir.filePath(QStringLiteral("report/photos/1.jpg")))); // absolute, even inside
    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("secret.txt")), dir.filePath(QStringLiteral("report/link.txt"))));
    EXPECT_TRUE(outside(QStringLiteral("link.txt"))); // a link that points out of the folder
    ASSERT_TRUE(QFile::link(QStringLiteral("/etc/passwd"), dir.filePath(QStringLiteral("report/passwd"))));
    EXPECT_TRUE(outside(QStringLiteral("passwd")));
    // A folder named on purpose opens its files, by relative or absolute name.
    const QStringList roots{dir.path()};
    EXPECT_TRUE(input::confine(QStringLiteral("../secret.txt"), base, roots));
    EXPECT_TRUE(input::confine(dir.filePath(QStringLiteral("secret.txt")), base, roots));
    EXPECT_TRUE(outside(QStringLiteral("/etc/passwd"), roots));
    auto missing = input::confine(QStringLiteral("photos/2.jpg"), base);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().reason, QLatin1String(input::reason::missing));
}
