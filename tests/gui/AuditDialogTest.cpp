// File ▸ Audit record: the office reads every change, filters it, exports it and verifies the
// hash chain; a unit's secretary and a leader are not offered it.
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/SupervisionService.h"
#include "support/TestSupport.h"
#include "services/UnitService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"
#include "reports/AuditWords.h"
#include "widgets/main/AuditDialog.h"
#include "widgets/units/UnitsPage.h"
#include "models/UnitTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QTableView>
#include <QTimer>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cd;

namespace {
// A campaign file with 市教育局 and 市财政局.
void twoUnits(Workspace& ws, const QTemporaryDir& dir)
{
    ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("c.cdb")), true));
    ASSERT_TRUE(CampaignService(ws.context()).createFromTemplate(2020));
    for (const char* name : {"市教育局", "市财政局"}) {
        Unit u;
        u.name = QString::fromUtf8(name);
        ASSERT_TRUE(UnitService(ws.context()).add(u));
    }
}
} // namespace

TEST(AuditDialog, ListsFiltersExportsAndVerifies)
{
    QTemporaryDir dir;
    Workspace ws;
    ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("c.cdb")), true));
    ASSERT_TRUE(CampaignService(ws.context()).createFromTemplate(2020));
    Unit u;
    u.name = QStringLiteral("市教育局");
    auto id = UnitService(ws.context()).add(u);
    ASSERT_TRUE(id);
    u = *UnitService(ws.context()).byName(QStringLiteral("市教育局"));
    u.name = QStringLiteral("市教育委员会");
    ASSERT_TRUE(UnitService(ws.context()).update(u));

    AuditDialog dialog(ws);
    EXPECT_GE(dialog.rowCount(), 3);
    auto* entity = dialog.findChild<QComboBox*>(QStringLiteral("auditEntity"));
    ASSERT_NE(entity, nullptr);
    entity->setCurrentIndex(entity->findData(QStringLiteral("unit")));
    dialog.search();
    ASSERT_EQ(dialog.rowCount(), 2);
    auto* rows = dialog.findChild<QTableWidget*>(QStringLiteral("auditRows"));
    bool renamed = false;
    for (int r = 0; r < rows->rowCount(); ++r)
        renamed = renamed || rows->item(r, 6)->text().contains(QStringLiteral("市教育局 → 市教育委员会"));
    EXPECT_TRUE(renamed) << "the change reads before → after";
    EXPECT_EQ(rows->item(0, 3)->text(), QStringLiteral("unit added")); // the action in words
    EXPECT_EQ(rows->item(0, 4)->text(), QStringLiteral("unit"));

    dialog.verify();
    const QString status = dialog.findChild<QLabel*>(QStringLiteral("auditStatus"))->text();
    EXPECT_TRUE(status.contains(QStringLiteral("intact"))) << status.toStdString();
    EXPECT_FALSE(status.contains(QStringLiteral("NOT"))) << status.toStdString();

    const QString csv = dir.filePath(QStringLiteral("audit.csv"));
    dialogs::testing::setNextFileName(csv);
    dialog.exportTable();
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("市教育委员会")));
    EXPECT_EQ(text.count(QLatin1Char('\n')), 3); // the header and the two unit rows
}

TEST(AuditDialog, ChangesReadAsBeforeAndAfter)
{
    EXPECT_EQ(auditwords::changes(QStringLiteral("{\"name\":\"甲\",\"active\":true}"), QStringLiteral("{\"name\":\"乙\",\"active\":true}")),
              QStringLiteral("name：甲 → 乙"));
    EXPECT_EQ(auditwords::changes(QString(), QStringLiteral("{\"year\":2020}")), QStringLiteral("year：2020"));
}

// What a report's and a problem line's rows changed reads in words: its lines on each task and
// its files as fields and values, never the stored JSON with its keys.
TEST(AuditDialog, ARecordsPartsReadInWordsNotAsStoredJson)
{
    QTemporaryDir dir;
    Workspace ws;
    twoUnits(ws, dir);
    FixedClock clock(QDate(2020, 4, 10));
    ServiceContext ctx{ws.database(), clock, Actor::localAdmin()};
    const qint64 unit = UnitService(ctx).byName(QStringLiteral("市教育局"))->id;
    const auto period = ReportService(ctx).period(QStringLiteral("2020-03"));
    ASSERT_TRUE(period);
    const auto tasks = ReportRules::tasksDue(*period, CampaignService(ctx).tasks(ws.campaign()->id), unit);
    ASSERT_FALSE(tasks.isEmpty());
    ReportDraft d;
    d.unitId = unit;
    d.periodCode = QStringLiteral("2020-03");
    d.summary = QStringLiteral("三月小结");
    d.items.append({tasks.first().id, 2, ItemStatus::InProgress, QStringLiteral("学习两次"), {}, {}});
    d.add.append({QStringLiteral("会议记录.pdf"), QByteArray("%PDF-1.4 minutes")});
    auto sent = ReportService(ctx).submitReport(d);
    ASSERT_TRUE(sent) << sent.error().message.toStdString();
    ASSERT_TRUE(ReportService(ctx).review(unit, QStringLiteral("2020-03"), false, QStringLiteral("请补充")));
    Problem p;
    p.unitId = unit;
    p.pillar = Pillar::Study;
    p.description = QStringLiteral("学习记录不全");
    p.raisedOn = QDate(2020, 4, 1);
    p.deadline = QDate(2020, 6, 30);
    auto problem = SupervisionService(ctx).addProblem(p);
    ASSERT_TRUE(problem);
    ASSERT_TRUE(SupervisionService(ctx).transition(*problem, ProblemStatus::Rectifying, QStringLiteral("已部署整改")));

    AuditDialog dialog(ws);
    auto* rows = dialog.findChild<QTableWidget*>(QStringLiteral("auditRows"));
    ASSERT_GE(rows->rowCount(), 6);
    bool sawItems = false;
    for (int r = 0; r < rows->rowCount(); ++r) {
        const QString changes = rows->item(r, 6)->text();
        for (const char* raw : {"{", "[", "\"", "_", "sanzhua"})
            EXPECT_FALSE(changes.contains(QLatin1String(raw))) << rows->item(r, 3)->text().toStdString() << ": " << changes.toStdString();
        sawItems = sawItems || changes.contains(QStringLiteral("（progress：2，status：In progress，task no.：%1）").arg(tasks.first().id));
    }
    QStringList all;
    for (int r = 0; r < rows->rowCount(); ++r) all << rows->item(r, 6)->text();
    EXPECT_TRUE(sawItems) << "a report's line on a task reads as its fields: " << all.join(QStringLiteral("\n")).toStdString();
    // Numbered by place in the chain: 1, 2, 3 … without a gap.
    for (int r = 0; r < rows->rowCount(); ++r) EXPECT_EQ(rows->item(r, 0)->text(), QString::number(r + 1));
}

// "History…" on a unit: the audit record of that unit alone, opened from the units page.
TEST(AuditDialog, HistoryOfOneUnitFromTheUnitsPage)
{
    QTemporaryDir dir;
    Workspace ws;
    twoUnits(ws, dir);
    Unit u = *UnitService(ws.context()).byName(QStringLiteral("市教育局"));
    u.phone = QStringLiteral("0871-1234");
    ASSERT_TRUE(UnitService(ws.context()).update(u));

    UnitsPage page(ws);
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("unitTable"));
    ASSERT_NE(table, nullptr);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, UnitTableModel::Name).data().toString() == QStringLiteral("市教育局"))
            table->setCurrentIndex(table->model()->index(r, UnitTableModel::Name));
    auto* history = page.findChild<QPushButton*>(QStringLiteral("unitHistoryButton"));
    ASSERT_NE(history, nullptr);
    ASSERT_TRUE(history->isEnabled());
    QStringList changes;
    QString title;
    // The dialog is modal: read it once it is up, then close it.
    QTimer::singleShot(0, &page, [&] {
        auto* dialog = qobject_cast<AuditDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        title = dialog->windowTitle();
        auto* rows = dialog->findChild<QTableWidget*>(QStringLiteral("auditRows"));
        for (int r = 0; r < rows->rowCount(); ++r) changes << rows->item(r, 6)->text();
        dialog->reject();
    });
    history->click();
    EXPECT_EQ(title, QStringLiteral("History of 市教育局"));
    ASSERT_EQ(changes.size(), 2) << changes.join(QLatin1Char('|')).toStdString(); // added, then the phone changed
    EXPECT_TRUE(changes[1].contains(QStringLiteral("phone： → 0871-1234"))) << changes[1].toStdString();
    for (const QString& c : changes) EXPECT_FALSE(c.contains(QStringLiteral("市财政局")));
}

TEST(AuditDialog, FiltersByUnit)
{
    QTemporaryDir dir;
    Workspace ws;
    twoUnits(ws, dir);
    AuditDialog dialog(ws);
    const int all = dialog.rowCount();
    auto* unit = dialog.findChild<QComboBox*>(QStringLiteral("auditUnit"));
    ASSERT_NE(unit, nullptr);
    unit->setCurrentIndex(unit->findText(QStringLiteral("市财政局")));
    dialog.search();
    EXPECT_EQ(dialog.rowCount(), 1);
    EXPECT_LT(dialog.rowCount(), all);
    auto* rows = dialog.findChild<QTableWidget*>(QStringLiteral("auditRows"));
    EXPECT_TRUE(rows->item(0, 6)->text().contains(QStringLiteral("市财政局")));
}

// A change awaiting its place in the chain (on a server, written while another login held the
// chain's lock: server.Wall.ALoginHoldingTheChainsLockHoldsUpNoWriter) is listed last, as the
// newest, without its provisional number, and verifying says it waits. The state is made here
// on a file by writing such a row as the server leaves it.
TEST(AuditDialog, AChangeAwaitingItsPlaceInTheChainIsListedLastAndSaidSo)
{
    QTemporaryDir dir;
    Workspace ws;
    twoUnits(ws, dir);
    QSqlQuery q(ws.context().db.sql());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, backdated, chain)"
                                      " VALUES (-7, '2026-11-30T10:00:00.000', 'clerk', 'settings.save', 'settings', 0, NULL),"
                                      " (-8, '2026-11-30T10:00:01.000', 'clerk2', 'settings.save', 'settings', 0, NULL)")))
        << q.lastError().text().toStdString();
    AuditDialog dialog(ws);
    auto* rows = dialog.findChild<QTableWidget*>(QStringLiteral("auditRows"));
    ASSERT_NE(rows, nullptr);
    ASSERT_GE(rows->rowCount(), 5);
    const int last = rows->rowCount() - 1;
    // In the order they were written: -7, then -8.
    EXPECT_EQ(rows->item(last - 1, 0)->text(), QStringLiteral("awaiting"));
    EXPECT_EQ(rows->item(last - 1, 2)->text(), QStringLiteral("clerk"));
    EXPECT_EQ(rows->item(last, 0)->text(), QStringLiteral("awaiting"));
    EXPECT_EQ(rows->item(last, 2)->text(), QStringLiteral("clerk2"));
    EXPECT_EQ(rows->item(0, 0)->text(), QStringLiteral("1"));
    dialog.verify();
    const QString status = dialog.findChild<QLabel*>(QStringLiteral("auditStatus"))->text();
    EXPECT_TRUE(status.contains(QStringLiteral("intact"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("2 change(s) written a moment ago await their place"))) << status.toStdString();
}
