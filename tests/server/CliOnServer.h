#pragma once
// campaigndesk-cli run on a database of its own on the throwaway server (and on files beside it).
#include "support/ThrowawayServer.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>


struct CliRun
{
    int code = -1;
    QString out, err;
};

class CliOnServer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!server.available()) GTEST_SKIP() << "run through ctest, which starts the throwaway server (CD_PG_DIR)";
        name = server.createDatabase();
    }
    void TearDown() override
    {
        if (!name.isEmpty()) server.dropDatabase(name);
    }
    QString address() const { return server.address(name); }
    CliRun run(const QStringList& args) { return runOn(address(), args); }
    CliRun runOn(const QString& where, QStringList args) { return runWith({QStringLiteral("--db"), where}, args); }
    // Without --db: commands that name their databases themselves (copy SOURCE DEST).
    CliRun runWith(const QStringList& before, const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it) env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CD_CLI_PATH), before + args);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(60000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    ThrowawayServer server;
    QString name;
    QHash<QString, QString> extraEnv; // for every command the test runs
};

