#pragma once

#include "domain/Clock.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QMap>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>
#include <memory>

namespace cd::test {

QString sharedFile(const QString& relative); // ../shared/...
// Caps the test process's address space, so that a reader that runs away on endless input
// fails its test instead of taking the machine. Not under the sanitizers, which reserve more.
void capMemory(qint64 megabytes);
QString dataFile(const QString& relative);   // tests/data/...
void writeFile(const QString& path, const QByteArray& bytes);
QByteArray readFile(const QString& path);
// Overwrites the last `count` 4 KiB pages of a file (false when it has no more than that):
// SQLite still opens it, and its check finds the damage.
bool damageLastPages(const QString& path, int count);

// A zip with the given parts, for building workbooks by hand (inline strings, damaged parts).
void writeZip(const QString& path, const QMap<QString, QByteArray>& parts);
QMap<QString, QByteArray> readZip(const QString& path);
// A minimal .xlsx: each sheet's rows of cell text, written as inline strings or numbers.
void writeXlsx(const QString& path, const QList<QPair<QString, QList<QStringList>>>& sheets);
// The same through libxlsxwriter (shared strings), as Excel-like programs write it.
void writeXlsxWithLibrary(const QString& path, const QList<QStringList>& rows);
QByteArray toGb18030(const QString& text);

// The program's and Qt's Chinese translations, installed while this lives: the screens as a
// Chinese user sees them.
class ChineseUi
{
public:
    ChineseUi();
    ~ChineseUi();
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_loaded = false;
};

// Which engine the tests run on: the file unless CD_TEST_ENGINE=server, which ctest sets for
// the second run of the integration suite (on the throwaway server it starts, CD_PG_DIR).
bool onServer();
// A test about a feature of the file alone (the SQLite backup API, the file's bytes) is
// skipped on the server, saying why.
#define CD_FILE_ONLY(why) \
    if (::cd::test::onServer()) GTEST_SKIP() << "file only: " << why

// Opens either a file or a server address, as the programs do.
Result<std::unique_ptr<Database>> openDatabase(const QString& where);

// One empty campaign database for one test, on the engine under test: a file in a temporary
// folder, or a database of its own on the throwaway server, dropped at the end.
class TestDatabase
{
public:
    explicit TestDatabase(const QString& folder, const QString& fileName = QStringLiteral("campaign.cdb"));
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;
    // A file path or a postgresql:// address.
    const QString& where() const { return m_where; }

private:
    QString m_where;
    QString m_serverDatabase;
};

// A temporary campaign database with a fixed clock, acting as the local administrator.
class Fixture
{
public:
    Fixture();
    ~Fixture();
    QString path(const QString& name) const { return m_dir.filePath(name); }
    Database& db() { return *m_db; }
    ServiceContext ctx() { return ServiceContext{*m_db, clock, Actor::localAdmin()}; }
    ServiceContext as(const Actor& actor) { return ServiceContext{*m_db, clock, actor}; }
    qint64 createCampaign(int year = 2020);
    void reopen();
    void close() { m_db.reset(); }
    // Everything a user could see changed: units, tasks, responsibilities, audit rows.
    QString state();
    QString dbPath() const { return path(QStringLiteral("campaign.cdb")); }
    // Where the database is: dbPath() on the file, the server address on a server.
    QString where() const { return m_database->where(); }

    FixedClock clock{QDateTime(QDate(2020, 4, 10), QTime(9, 30))};

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Database> m_db;
};

} // namespace cd::test
