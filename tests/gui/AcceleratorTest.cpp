// Every menu, page and dialog, in English and in Chinese: no two things a person can reach at
// once share an Alt letter (新增问题(N) and 通知（PDF）(N) once did).
#include "services/AssessmentService.h"
#include "services/CampaignService.h"
#include "services/DemoService.h"
#include "services/UnitService.h"
#include "support/TestSupport.h"
#include "widgets/assessment/RubricDialog.h"
#include "widgets/campaign/TaskDialog.h"
#include "widgets/common/Workspace.h"
#include "widgets/exchange/ImportWizard.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/SettingsDialog.h"
#include "widgets/packages/PackageImportDialog.h"
#include "widgets/main/AuditDialog.h"
#include "widgets/main/PrintSettingsDialog.h"
#include "widgets/reporting/AccountsDialog.h"
#include "widgets/responsibilities/ResponsibilityDialog.h"
#include "widgets/supervision/CaseDialog.h"
#include "widgets/supervision/InspectionDialog.h"
#include "widgets/supervision/ProblemDialog.h"
#include "widgets/units/UnitDialog.h"
#include "widgets/welcome/WelcomeDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <gtest/gtest.h>

using namespace cd;

namespace {

// The Alt letter of a text with '&', or an empty sequence.
QKeySequence letterOf(const QString& text) { return QKeySequence::mnemonic(text); }

// Alt letters a person can press on a window as it is now: visible buttons, group boxes,
// labels that name a field, tab titles, and the menu bar's titles.
QStringList clashesIn(QWidget* window, const QString& where)
{
    QMultiHash<QKeySequence, QString> seen;
    const auto add = [&](const QString& text, const QString& owner) {
        if (const QKeySequence k = letterOf(text); !k.isEmpty()) seen.insert(k, owner + QStringLiteral(" “") + text + QStringLiteral("”"));
    };
    for (auto* b : window->findChildren<QAbstractButton*>())
        if (b->isVisibleTo(window)) add(b->text(), QStringLiteral("button"));
    for (auto* g : window->findChildren<QGroupBox*>())
        if (g->isVisibleTo(window)) add(g->title(), QStringLiteral("group"));
    for (auto* l : window->findChildren<QLabel*>())
        if (l->isVisibleTo(window) && l->buddy()) add(l->text(), QStringLiteral("label"));
    for (auto* t : window->findChildren<QTabWidget*>())
        if (t->isVisibleTo(window))
            for (int i = 0; i < t->count(); ++i) add(t->tabText(i), QStringLiteral("tab"));
    if (auto* mw = qobject_cast<QMainWindow*>(window))
        for (auto* a : mw->menuBar()->actions())
            if (a->isVisible()) add(a->text(), QStringLiteral("menu"));
    QStringList out;
    for (const auto& k : seen.uniqueKeys())
        if (seen.count(k) > 1) out << where + QStringLiteral(": ") + k.toString() + QStringLiteral(" — ") + QStringList(seen.values(k)).join(QStringLiteral(", "));
    return out;
}

// Within one menu (and each submenu), the visible entries' letters differ.
QStringList clashesInMenu(QMenu* menu, const QString& where)
{
    QStringList out;
    QMultiHash<QKeySequence, QString> seen;
    for (auto* a : menu->actions()) {
        if (!a->isVisible() || a->isSeparator()) continue;
        if (const QKeySequence k = letterOf(a->text()); !k.isEmpty()) seen.insert(k, a->text());
        if (a->menu()) out += clashesInMenu(a->menu(), where + QStringLiteral(" ▸ ") + a->text());
    }
    for (const auto& k : seen.uniqueKeys())
        if (seen.count(k) > 1) out << where + QStringLiteral(": ") + k.toString() + QStringLiteral(" — ") + QStringList(seen.values(k)).join(QStringLiteral(", "));
    return out;
}

class Accelerators : public ::testing::TestWithParam<bool>
{
protected:
    void SetUp() override
    {
        if (GetParam()) {
            chinese = std::make_unique<test::ChineseUi>();
            ASSERT_TRUE(chinese->loaded());
        }
        path = dir.filePath(QStringLiteral("demo.cdb"));
        Workspace ws;
        ASSERT_TRUE(ws.open(path, true));
        ASSERT_TRUE(DemoService(ws.context()).generate({12, QDate::currentDate().year(), 3, QDate::currentDate()}));
    }
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<test::ChineseUi> chinese;
};

} // namespace

TEST_P(Accelerators, NoTwoThingsOnAScreenShareAnAltLetter)
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    ASSERT_TRUE(w.openFile(path));
    QStringList clashes;
    for (auto* a : w.menuBar()->actions())
        if (a->menu()) clashes += clashesInMenu(a->menu(), a->text());
    for (int p = MainWindow::DashboardArea; p <= MainWindow::AppraisalArea; ++p) {
        ASSERT_TRUE(w.showPage(MainWindow::Page(p)));
        QCoreApplication::processEvents();
        clashes += clashesIn(&w, QStringLiteral("page %1").arg(p));
        // Every tab of the page, as a person would click through them.
        for (auto* tabs : w.findChildren<QTabWidget*>())
            if (tabs->isVisibleTo(&w))
                for (int t = 0; t < tabs->count(); ++t) {
                    tabs->setCurrentIndex(t);
                    clashes += clashesIn(&w, QStringLiteral("page %1, tab %2").arg(p).arg(tabs->tabText(t)));
                }
        for (auto* button : w.findChildren<QAbstractButton*>())
            if (button->isVisibleTo(&w))
                if (auto* pb = qobject_cast<QPushButton*>(button); pb && pb->menu())
                    clashes += clashesInMenu(pb->menu(), QStringLiteral("page %1 ▸ %2").arg(p).arg(pb->text()));
    }

    Workspace& ws = w.workspace();
    const auto campaign = *CampaignService(ws.context()).current();
    const auto units = UnitService(ws.context()).list();
    const auto tasks = CampaignService(ws.context()).tasks(campaign.id);
    std::vector<std::pair<QString, std::unique_ptr<QWidget>>> dialogs;
    dialogs.emplace_back(QStringLiteral("UnitDialog"), std::make_unique<UnitDialog>(ws, units.first(), QStringList{}));
    dialogs.emplace_back(QStringLiteral("TaskDialog"), std::make_unique<TaskDialog>(ws, campaign, tasks.first(), units));
    dialogs.emplace_back(QStringLiteral("ResponsibilityDialog"), std::make_unique<ResponsibilityDialog>(ws, units.first(), tasks, Responsibility{}));
    dialogs.emplace_back(QStringLiteral("SettingsDialog"), std::make_unique<SettingsDialog>(ws));
    dialogs.emplace_back(QStringLiteral("AccountsDialog"), std::make_unique<AccountsDialog>(ws));
    dialogs.emplace_back(QStringLiteral("NewAccountDialog"), std::make_unique<NewAccountDialog>(ws));
    dialogs.emplace_back(QStringLiteral("ProblemDialog"), std::make_unique<ProblemDialog>(ws, 0));
    dialogs.emplace_back(QStringLiteral("CaseDialog"), std::make_unique<CaseDialog>(ws));
    dialogs.emplace_back(QStringLiteral("InspectionDialog"), std::make_unique<InspectionDialog>(ws));
    dialogs.emplace_back(QStringLiteral("RubricDialog"), std::make_unique<RubricDialog>(ws, campaign.year));
    dialogs.emplace_back(QStringLiteral("PackageImportDialog"), std::make_unique<PackageImportDialog>(ws));
    dialogs.emplace_back(QStringLiteral("ImportWizard"), std::make_unique<ImportWizard>(ws, ImportWizard::Kind::Units));
    dialogs.emplace_back(QStringLiteral("WelcomeDialog"), std::make_unique<WelcomeDialog>(ws));
    dialogs.emplace_back(QStringLiteral("AuditDialog"), std::make_unique<AuditDialog>(ws));
    dialogs.emplace_back(QStringLiteral("PrintSettingsDialog"), std::make_unique<PrintSettingsDialog>());
    for (auto& [name, dialog] : dialogs) {
        dialog->show();
        QCoreApplication::processEvents();
        clashes += clashesIn(dialog.get(), name);
        dialog->hide();
    }
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(QLatin1Char('\n')).toStdString();
}

INSTANTIATE_TEST_SUITE_P(EnglishAndChinese, Accelerators, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? std::string("zh_CN") : std::string("en"); });
