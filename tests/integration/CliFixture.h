#pragma once

#include "support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <sys/resource.h>

using namespace cd::test;

// Runs campaigndesk-cli on a campaign of its own (a file in a temporary folder, or a database
// on the throwaway server), in English, with no display.

// A command line written as one string: "report list --format json".
inline QStringList words(const char* line) { return QString::fromUtf8(line).split(QLatin1Char(' ')); }

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

class Cli : public ::testing::Test
{
protected:
    // The environment every program a test starts gets: English, no password, a home of its own.
    QProcessEnvironment environment(const QHash<QString, QString>& extraEnv = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CAMPAIGNDESK_PASSWORD"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it) env.insert(it.key(), it.value()); // may set the language
        return env;
    }
    CliRun run(QStringList args, const QHash<QString, QString>& extraEnv = {}, const QByteArray& input = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment(extraEnv));
#if !defined(__SANITIZE_ADDRESS__)
        // A cap on the child's memory, so that a reader that runs away fails the test instead of
        // taking the machine (the sanitizers reserve far more address space than this).
        if (memoryLimitMb > 0)
            p.setChildProcessModifier([mb = memoryLimitMb] {
                const rlimit cap{rlim_t(mb) << 20, rlim_t(mb) << 20};
                ::setrlimit(RLIMIT_AS, &cap);
            });
#endif
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        p.start(QStringLiteral(CD_CLI_PATH), args);
        p.write(input);
        p.closeWriteChannel();
        const bool finished = p.waitForFinished(timeoutMs);
        EXPECT_TRUE(finished) << "campaigndesk-cli " << args.join(QLatin1Char(' ')).toStdString() << " did not finish";
        if (!finished) p.kill(), p.waitForFinished();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    // Any program (a shell line around the tool, the tool as another user) in the same environment.
    CliRun runProgram(const QString& program, const QStringList& args, const QHash<QString, QString>& extraEnv = {})
    {
        QProcess p;
        p.setProcessEnvironment(environment(extraEnv));
        p.start(program, args);
        EXPECT_TRUE(p.waitForFinished(timeoutMs)) << program.toStdString() << " did not finish";
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonArray json(const QStringList& args, const QHash<QString, QString>& extraEnv = {})
    {
        const CliRun r = run(args, extraEnv);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    // The campaign under test: a file in `dir`, or a database on the throwaway server.
    QString db() const { return m_other.isEmpty() ? m_campaign.where() : m_other; }
    // From here on, commands run on `where` (another TestDatabase the test keeps).
    void useDatabase(const QString& where) { m_other = where; }
    // The words that sign in as an account of the file; on a server the person is the
    // database login of the address, and these are none.
    QStringList signIn(const QString& login) const
    {
        return onServer() ? QStringList{} : QStringList{QStringLiteral("--user"), login};
    }
    QTemporaryDir dir;

private:
    TestDatabase m_campaign{dir.path(), QStringLiteral("c.cdb")};
    QString m_other;

protected:
    int memoryLimitMb = 0; // 0: no cap
    int timeoutMs = 60000;
};
