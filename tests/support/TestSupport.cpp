#include "support/TestSupport.h"
#include "support/ThrowawayServer.h"

#include "services/CampaignService.h"
#include "services/Json.h"
#include "storage/AuditRepository.h"
#include "storage/ResponsibilityRepository.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <sys/resource.h>
#include <QLibraryInfo>
#include <QLocale>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringEncoder>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include "exchange/XlsxLibrary.h"

namespace cd::test {

QString sharedFile(const QString& relative) { return QDir(QStringLiteral(CD_SHARED_DIR)).filePath(relative); }
QString dataFile(const QString& relative) { return QDir(QStringLiteral(CD_TEST_DATA_DIR)).filePath(relative); }

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool damageLastPages(const QString& path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) return false;
    const qint64 pages = file.size() / 4096;
    if (pages <= count) return false;
    for (qint64 page = pages - count; page < pages; ++page) {
        file.seek(page * 4096);
        file.write(QByteArray(4096, '\xff'));
    }
    return true;
}

void writeZip(const QString& path, const QMap<QString, QByteArray>& parts)
{
    QuaZip zip(path);
    ASSERT_TRUE(zip.open(QuaZip::mdCreate));
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        QuaZipFile f(&zip);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key())));
        f.write(it.value());
        f.close();
    }
    zip.close();
}

QMap<QString, QByteArray> readZip(const QString& path)
{
    QMap<QString, QByteArray> out;
    QuaZip zip(path);
    EXPECT_TRUE(zip.open(QuaZip::mdUnzip));
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile f(&zip);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        out.insert(zip.getCurrentFileName(), f.readAll());
    }
    return out;
}

namespace {
QString column(int c)
{
    QString s;
    for (++c; c > 0; c = (c - 1) / 26) s.prepend(QChar('A' + (c - 1) % 26));
    return s;
}
QByteArray escaped(const QString& s) { return s.toHtmlEscaped().toUtf8(); }
} // namespace

void writeXlsx(const QString& path, const QList<QPair<QString, QList<QStringList>>>& sheets)
{
    QMap<QString, QByteArray> parts;
    QByteArray workbook = R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)";
    QByteArray rels = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)";
    for (int i = 0; i < sheets.size(); ++i) {
        workbook += QStringLiteral(R"(<sheet name="%1" sheetId="%2" r:id="rId%2"/>)").arg(sheets[i].first.toHtmlEscaped()).arg(i + 1).toUtf8();
        rels += QStringLiteral(R"(<Relationship Id="rId%1" Type="worksheet" Target="worksheets/sheet%1.xml"/>)").arg(i + 1).toUtf8();
        QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
        const auto& rows = sheets[i].second;
        for (int r = 0; r < rows.size(); ++r) {
            xml += QStringLiteral(R"(<row r="%1">)").arg(r + 1).toUtf8();
            for (int c = 0; c < rows[r].size(); ++c) {
                const QString v = rows[r][c];
                if (v.isEmpty()) continue;
                const QString ref = column(c) + QString::number(r + 1);
                bool number = false;
                v.toDouble(&number);
                if (number) xml += QStringLiteral(R"(<c r="%1"><v>%2</v></c>)").arg(ref, v).toUtf8();
                else xml += QStringLiteral(R"(<c r="%1" t="inlineStr"><is><t>)").arg(ref).toUtf8() + escaped(v) + "</t></is></c>";
            }
            xml += "</row>";
        }
        xml += "</sheetData></worksheet>";
        parts.insert(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), xml);
    }
    parts.insert(QStringLiteral("xl/workbook.xml"), workbook + "</sheets></workbook>");
    parts.insert(QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>");
    parts.insert(QStringLiteral("[Content_Types].xml"), R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)");
    writeZip(path, parts);
}

void writeXlsxWithLibrary(const QString& path, const QList<QStringList>& rows)
{
    const XlsxLibrary* x = XlsxLibrary::get();
    ASSERT_NE(x, nullptr);
    lxw_workbook* wb = x->workbookNew(QFile::encodeName(path).constData());
    lxw_worksheet* ws = x->addWorksheet(wb, "名单");
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            bool number = false;
            const double v = rows[r][c].toDouble(&number);
            if (number) x->writeNumber(ws, lxw_row_t(r), lxw_col_t(c), v, nullptr);
            else if (!rows[r][c].isEmpty()) x->writeString(ws, lxw_row_t(r), lxw_col_t(c), rows[r][c].toUtf8().constData(), nullptr);
        }
    ASSERT_EQ(x->close(wb), LXW_NO_ERROR);
}

QByteArray toGb18030(const QString& text)
{
    QStringEncoder enc("GB18030");
    EXPECT_TRUE(enc.isValid());
    return enc.encode(text);
}

void capMemory(qint64 megabytes)
{
#if !defined(__SANITIZE_ADDRESS__)
    const rlimit cap{rlim_t(megabytes) << 20, rlim_t(megabytes) << 20};
    ::setrlimit(RLIMIT_AS, &cap);
#else
    Q_UNUSED(megabytes);
#endif
}

ChineseUi::ChineseUi()
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    m_loaded = m_app.load(chinese, QStringLiteral("campaigndesk"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (m_loaded) QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(chinese, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
}

ChineseUi::~ChineseUi()
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
}

bool onServer()
{
    return qEnvironmentVariable("CD_TEST_ENGINE") == QLatin1String("server");
}

Result<std::unique_ptr<Database>> openDatabase(const QString& where)
{
    return Database::isServerAddress(where) ? Database::connect(where) : Database::open(where);
}

TestDatabase::TestDatabase(const QString& folder, const QString& fileName)
{
    if (!onServer()) {
        m_where = QDir(folder).filePath(fileName);
        return;
    }
    ThrowawayServer server;
    if (!server.available()) {
        ADD_FAILURE() << "CD_TEST_ENGINE=server without the throwaway server (CD_PG_DIR): run through ctest";
        return;
    }
    m_serverDatabase = server.createDatabase();
    m_where = server.address(m_serverDatabase);
}

TestDatabase::~TestDatabase()
{
    if (!m_serverDatabase.isEmpty()) ThrowawayServer().dropDatabase(m_serverDatabase);
}

Fixture::Fixture()
{
    EXPECT_TRUE(m_dir.isValid());
    m_database = std::make_unique<TestDatabase>(m_dir.path());
    reopen();
}

Fixture::~Fixture()
{
    m_db.reset(); // before the server's database is dropped
}

void Fixture::reopen()
{
    m_db.reset();
    auto db = openDatabase(where());
    if (!db) ADD_FAILURE() << db.error().message.toStdString();
    else m_db = std::move(*db);
}

qint64 Fixture::createCampaign(int year)
{
    auto c = CampaignService(ctx()).createFromTemplate(year);
    EXPECT_TRUE(c.has_value()) << (c ? "" : c.error().message.toStdString());
    return c ? c->id : 0;
}

QString Fixture::state()
{
    QJsonArray out;
    for (const auto& u : UnitRepository(*m_db).all()) out.append(json::of(u));
    for (const auto& r : ResponsibilityRepository(*m_db).all()) out.append(json::of(r));
    out.append(AuditRepository(*m_db).count());
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

} // namespace cd::test
