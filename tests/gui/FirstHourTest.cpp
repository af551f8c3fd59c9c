// What people met in their first hour: buttons with no file open, file dialogs in the hidden
// data folder, unit order that differs between pages, login names in the status line,
// a 60-item unit list without typing to search.
#include "domain/Text.h"
#include "services/AccountService.h"
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/UnitService.h"
#include "widgets/common/AppSettings.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/MainWindow.h"
#include "widgets/reporting/PeriodCombo.h"
#include "widgets/reporting/ReviewPage.h"
#include "widgets/supervision/ProblemDialog.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cd;

TEST(FirstHour, WithNoFileOpenNoPageButtonPretendsToWork)
{
    MainWindow w;
    w.show();
    ASSERT_FALSE(w.workspace().isOpen());
    auto* stack = w.findChild<QStackedWidget*>();
    ASSERT_NE(stack, nullptr);
    for (int p = MainWindow::DashboardArea; p <= MainWindow::BulletinArea; ++p) {
        ASSERT_TRUE(w.showPage(MainWindow::Page(p)));
        for (auto* b : stack->currentWidget()->findChildren<QAbstractButton*>())
            if (b->isVisibleTo(&w)) {
                EXPECT_FALSE(b->isEnabled()) << "page " << p << ": " << b->text().toStdString();
            }
    }
}

TEST(FirstHour, FileDialogsStartInDocumentsAndRememberTheFolderPerKind)
{
    AppSettings settings;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    for (auto kind : {dialogs::FileKind::Sheet, dialogs::FileKind::Document, dialogs::FileKind::Package}) {
        const QString start = settings.folderFor(kind);
        EXPECT_TRUE(QFileInfo(start).isDir()) << start.toStdString(); // never a name the dialog would show as a file
        EXPECT_FALSE(start.startsWith(data)) << start.toStdString();
    }
    QTemporaryDir ledgers;
    dialogs::testing::setNextFileName(QDir(ledgers.path()).filePath(QStringLiteral("台账.pdf")));
    const QString chosen = dialogs::saveFileName(nullptr, QStringLiteral("t"), dialogs::FileKind::Document, QStringLiteral("x.pdf"), {});
    EXPECT_FALSE(chosen.isEmpty());
    EXPECT_EQ(settings.folderFor(dialogs::FileKind::Document), QFileInfo(ledgers.path()).absoluteFilePath());
    EXPECT_NE(settings.folderFor(dialogs::FileKind::Sheet), QFileInfo(ledgers.path()).absoluteFilePath()); // each kind its own
}

TEST(FirstHour, UnitsComeInOneOrderOnEveryPage)
{
    QTemporaryDir dir;
    Workspace ws;
    ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("c.cdb")), true));
    ASSERT_TRUE(CampaignService(ws.context()).createFromTemplate(QDate::currentDate().year()));
    // Code-point order: 教 档 民 财; pinyin order: 财 (cai) 档 (dang) 教 (jiao) 民 (min).
    QList<qint64> ids;
    for (const char* name : {"市教育局", "市档案馆", "市民政局", "市财政局"}) {
        Unit u;
        u.name = QString::fromUtf8(name);
        ids << *UnitService(ws.context()).add(u);
    }
    const QString period = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    for (qint64 id : ids) {
        ReportDraft d;
        d.unitId = id;
        d.periodCode = period;
        d.summary = QStringLiteral("本月工作小结");
        ASSERT_TRUE(ReportService(ws.context()).submitReport(d));
    }
    ReviewPage review(ws);
    review.show();
    review.periodCombo()->selectCode(period);
    review.reload();
    auto* table = review.findChild<QTableView*>(QStringLiteral("reviewTable"));
    ASSERT_NE(table, nullptr);
    table->sortByColumn(0, Qt::AscendingOrder);
    QStringList shown;
    for (int r = 0; r < table->model()->rowCount(); ++r) shown << table->model()->index(r, 0).data().toString();
    EXPECT_EQ(shown, (QStringList{QStringLiteral("市财政局"), QStringLiteral("市档案馆"), QStringLiteral("市教育局"), QStringLiteral("市民政局")}));
    QStringList sorted = shown;
    std::ranges::sort(sorted, text::collatesBefore);
    EXPECT_EQ(shown, sorted);
    EXPECT_TRUE(text::collatesBefore(QStringLiteral("市第2中学"), QStringLiteral("市第10中学"))); // digits by value
}

TEST(FirstHour, TheStatusLineNamesPeopleAndTheUnitListFindsByTyping)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.cdb"));
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(path, true));
        ASSERT_TRUE(CampaignService(ws.context()).createFromTemplate(QDate::currentDate().year()));
        for (const char* name : {"市教育局", "市财政局", "市民政局"}) {
            Unit u;
            u.name = QString::fromUtf8(name);
            ASSERT_TRUE(UnitService(ws.context()).add(u));
        }
        ASSERT_TRUE(AccountService(ws.context()).add(QStringLiteral("root"), Role::Admin, 0, QStringLiteral("pass-word-1"), QStringLiteral("张主任")));
    }
    MainWindow w;
    w.workspace().signInHook = [](Workspace& ws) {
        ws.setActor(*AccountService(ws.context()).authenticate(QStringLiteral("root"), QStringLiteral("pass-word-1")));
        return true;
    };
    w.show();
    ASSERT_TRUE(w.openFile(path));
    QString status;
    for (auto* l : w.statusBar()->findChildren<QLabel*>()) status += l->text();
    EXPECT_TRUE(status.contains(QStringLiteral("张主任"))) << status.toStdString();
    EXPECT_FALSE(status.contains(QStringLiteral("root"))) << status.toStdString();

    ProblemDialog dialog(w.workspace(), 0);
    auto* units = dialog.findChild<QComboBox*>(QStringLiteral("unitCombo"));
    ASSERT_NE(units, nullptr);
    ASSERT_TRUE(units->isEditable());
    units->completer()->setCompletionPrefix(QStringLiteral("民政"));
    ASSERT_EQ(units->completer()->completionCount(), 1); // any part of the name, not only its start
    EXPECT_EQ(units->completer()->currentCompletion(), QStringLiteral("市民政局"));
}
