#include "models/ReportQueueModel.h"
#include "services/AccountService.h"
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/UnitService.h"
#include "support/TestSupport.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/MainWindow.h"
#include "widgets/reporting/AccountsDialog.h"
#include "widgets/reporting/LoginDialog.h"
#include "widgets/reporting/PeriodCombo.h"
#include "widgets/reporting/ReportDialog.h"
#include "widgets/reporting/RemindersPage.h"
#include "widgets/reporting/ReviewPage.h"
#include "widgets/reporting/UnitWorkspacePage.h"

#include <QApplication>
#include <QDesktopServices>
#include <QListWidget>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QWheelEvent>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace cd;

namespace {

// The pages run on today's clock, so the campaign is this year's and the period last month.
class ReportingPages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("c.cdb")), true));
        ASSERT_TRUE(CampaignService(ws.context()).createFromTemplate(QDate::currentDate().year()));
        for (const char* name : {"市教育局", "市财政局"}) {
            Unit u;
            u.name = QString::fromUtf8(name);
            auto id = UnitService(ws.context()).add(u);
            ASSERT_TRUE(id);
            units << *id;
        }
        const QDate lastMonth = QDate::currentDate().addMonths(-1);
        period = lastMonth.year() == QDate::currentDate().year() ? lastMonth.toString(QStringLiteral("yyyy-MM"))
                                                                  : QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    }
    QTemporaryDir dir;
    Workspace ws;
    QList<qint64> units;
    QString period;
};

} // namespace

TEST_F(ReportingPages, TheUnitWritesADraftThatSavesItselfThenSubmits)
{
    UnitWorkspacePage page(ws);
    page.show();
    page.findChild<PeriodCombo*>()->selectCode(period);
    ASSERT_EQ(page.unitId(), units[0]);
    auto* summary = page.findChildren<QPlainTextEdit*>().first();
    ASSERT_FALSE(summary->isReadOnly());
    summary->setPlainText(QStringLiteral("本月组织中心组学习一次"));
    // Saved once typing pauses, without pressing anything.
    ASSERT_TRUE(QTest::qWaitFor([&] { return ReportService(ws.context()).latest(units[0], period).has_value(); }, 5000));
    EXPECT_EQ(ReportService(ws.context()).latest(units[0], period)->summary, QStringLiteral("本月组织中心组学习一次"));
    EXPECT_EQ(ReportService(ws.context()).latest(units[0], period)->status, ReportStatus::Draft);

    const QString evidence = dir.filePath(QStringLiteral("会议记录.pdf"));
    test::writeFile(evidence, "%PDF-1.4 minutes");
    page.addFiles({evidence});
    EXPECT_EQ(ReportService(ws.context()).latest(units[0], period)->attachments.size(), 1);

    dialogs::testing::setNextAnswer(QMessageBox::Cancel);
    page.submit();
    EXPECT_EQ(ReportService(ws.context()).latest(units[0], period)->status, ReportStatus::Draft);
    dialogs::testing::setNextAnswer(QMessageBox::Yes);
    page.submit();
    EXPECT_EQ(ReportService(ws.context()).latest(units[0], period)->status, ReportStatus::Submitted);
    EXPECT_TRUE(summary->isReadOnly()); // waiting for review: nothing to edit
}

// What the office decides reaches the unit's page on screen without a click; what the unit is
// typing stays. A sent report offers no evidence buttons to press in vain.
TEST_F(ReportingPages, TheOfficesReviewShowsOnTheUnitsPageWithoutAClick)
{
    UnitWorkspacePage page(ws);
    page.show();
    page.findChild<PeriodCombo*>()->selectCode(period);
    auto* summary = page.findChildren<QPlainTextEdit*>().first();
    auto* add = page.findChild<QPushButton*>(QStringLiteral("addEvidenceButton"));
    auto* remove = page.findChild<QPushButton*>(QStringLiteral("removeEvidenceButton"));
    ASSERT_TRUE(add && remove);
    EXPECT_TRUE(add->isEnabled());
    summary->setPlainText(QStringLiteral("本月组织中心组学习一次"));
    dialogs::testing::setNextAnswer(QMessageBox::Yes);
    page.submit();
    ASSERT_EQ(ReportService(ws.context()).latest(units[0], period)->status, ReportStatus::Submitted);
    const QString waiting = page.stateLabel()->text();
    EXPECT_FALSE(add->isEnabled());
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_EQ(add->toolTip(), QStringLiteral("Evidence can be added or removed only while the report is a draft."));

    // The office returns it (elsewhere: another window, another computer); the workspace is
    // told, as the server's feed tells it.
    ASSERT_TRUE(ReportService(ws.context()).review(units[0], period, false, QStringLiteral("请补充学习记录")));
    ws.notifyChanged();
    EXPECT_NE(page.stateLabel()->text(), waiting);
    EXPECT_TRUE(page.stateLabel()->text().contains(QStringLiteral("请补充学习记录"))) << page.stateLabel()->text().toStdString();
    EXPECT_FALSE(summary->isReadOnly()); // version 2 can be written at once
    EXPECT_TRUE(add->isEnabled());

    // Typing on a draft is never replaced by a refresh.
    summary->setPlainText(QStringLiteral("补充了学习记录"));
    ws.notifyChanged();
    EXPECT_EQ(summary->toPlainText(), QStringLiteral("补充了学习记录"));
    // Plan lines typed and not yet submitted stay too.
    auto* plan = page.findChild<QTableWidget*>(QStringLiteral("planTable"));
    ASSERT_NE(plan, nullptr);
    ASSERT_GT(plan->rowCount(), 0);
    plan->item(0, 1)->setText(QStringLiteral("下月开展专题学习"));
    ws.notifyChanged();
    EXPECT_EQ(plan->item(0, 1)->text(), QStringLiteral("下月开展专题学习"));
}

TEST_F(ReportingPages, ABadFileIsRefusedInWordsAndTheFormKeepsWorking)
{
    // An empty file once left the form unable to save or submit until the program restarted.
    UnitWorkspacePage page(ws);
    page.show();
    page.findChild<PeriodCombo*>()->selectCode(period);
    page.findChildren<QPlainTextEdit*>().first()->setPlainText(QStringLiteral("本月组织中心组学习一次"));
    const QString empty = dir.filePath(QStringLiteral("空白.pdf"));
    test::writeFile(empty, {});
    const QString good = dir.filePath(QStringLiteral("会议记录.pdf"));
    test::writeFile(good, "%PDF-1.4 minutes");
    dialogs::testing::setNonInteractive(true);
    page.addFiles({empty});
    EXPECT_TRUE(dialogs::testing::lastMessage().contains(QStringLiteral("空白.pdf"))) << dialogs::testing::lastMessage().toStdString();
    EXPECT_FALSE(dialogs::testing::lastMessage().contains(QStringLiteral("constraint"), Qt::CaseInsensitive));
    // The same file twice: the second is refused, the first stays.
    page.addFiles({good});
    page.addFiles({good});
    EXPECT_TRUE(dialogs::testing::lastMessage().contains(QStringLiteral("会议记录.pdf"))) << dialogs::testing::lastMessage().toStdString();
    EXPECT_FALSE(dialogs::testing::lastMessage().contains(QStringLiteral("UNIQUE")));
    const auto saved = ReportService(ws.context()).latest(units[0], period);
    ASSERT_TRUE(saved);
    ASSERT_EQ(saved->attachments.size(), 1);
    EXPECT_EQ(saved->attachments[0].name, QStringLiteral("会议记录.pdf"));
    EXPECT_EQ(saved->summary, QStringLiteral("本月组织中心组学习一次"));
    dialogs::testing::setNextAnswer(QMessageBox::Yes);
    page.submit();
    EXPECT_EQ(ReportService(ws.context()).latest(units[0], period)->status, ReportStatus::Submitted);
}

TEST_F(ReportingPages, TheWheelScrollsTheFormAndLeavesTheNumbersAlone)
{
    UnitWorkspacePage page(ws);
    page.resize(900, 420); // the form is taller than the window and scrolls
    page.show();
    page.findChild<PeriodCombo*>()->selectCode(period);
    auto* scroll = page.findChild<QScrollArea*>();
    ASSERT_NE(scroll, nullptr);
    auto spins = scroll->widget()->findChildren<QDoubleSpinBox*>();
    ASSERT_FALSE(spins.isEmpty());
    QDoubleSpinBox* progress = spins.first();
    progress->setValue(1);
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    page.findChild<QComboBox*>(QStringLiteral("workspaceUnitCombo"))->setFocus();
    const QPointF at = progress->rect().center();
    const auto wheel = [&](QWidget* target) {
        QWheelEvent e(at, target->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(target, &e);
    };
    const int before = scroll->verticalScrollBar()->value();
    wheel(progress);
    EXPECT_EQ(progress->value(), 1.0);                       // the number under the pointer is untouched
    EXPECT_GT(scroll->verticalScrollBar()->value(), before); // and the form scrolled instead
    EXPECT_FALSE(progress->hasFocus());
    progress->setFocus();                                     // clicked or tabbed into: the wheel is its own
    wheel(progress);
    EXPECT_EQ(progress->value(), 0.0);
}

TEST_F(ReportingPages, SwitchingUnitsSavesTheTypingForTheUnitItWasFor)
{
    UnitWorkspacePage page(ws);
    page.findChild<PeriodCombo*>()->selectCode(period);
    page.findChildren<QPlainTextEdit*>().first()->setPlainText(QStringLiteral("教育局本月小结"));
    // Before the pause that would save it, the user picks the other unit.
    auto* units = page.findChild<QComboBox*>(QStringLiteral("workspaceUnitCombo"));
    units->setCurrentIndex(1);
    const auto first = ReportService(ws.context()).latest(this->units[0], period);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->summary, QStringLiteral("教育局本月小结"));
    EXPECT_FALSE(ReportService(ws.context()).latest(this->units[1], period));
    EXPECT_TRUE(page.findChildren<QPlainTextEdit*>().first()->toPlainText().isEmpty());
}

TEST_F(ReportingPages, AcceptAndReturnApplyOnlyToReportsWaitingForReview)
{
    ReportService reports(ws.context());
    for (qint64 unit : units) {
        ReportDraft d;
        d.unitId = unit;
        d.periodCode = period;
        d.summary = QStringLiteral("本月工作小结");
        ASSERT_TRUE(reports.submitReport(d));
    }
    ASSERT_TRUE(reports.review(units[0], period, true, {}));
    ReviewPage review(ws);
    review.show();
    review.periodCombo()->selectCode(period);
    auto* status = review.findChild<QComboBox*>(QStringLiteral("reviewStatusCombo"));
    ASSERT_NE(status, nullptr);
    status->setCurrentIndex(0); // all states: one accepted, one waiting
    review.reload();
    ASSERT_EQ(review.table()->model()->rowCount(), 2);
    auto* accept = review.findChild<QPushButton*>(QStringLiteral("acceptButton"));
    auto* giveBack = review.findChild<QPushButton*>(QStringLiteral("returnButton"));
    for (int r = 0; r < 2; ++r) {
        review.table()->selectRow(r);
        const bool waiting = review.table()->model()->index(r, ReportQueueModel::Status).data().toString() == displayName(ReportStatus::Submitted);
        EXPECT_EQ(accept->isEnabled(), waiting) << r;
        EXPECT_EQ(giveBack->isEnabled(), waiting) << r; // 退回 is not offered for an accepted report
    }
    review.table()->selectAll();
    EXPECT_TRUE(accept->isEnabled());   // one of the two waits
    EXPECT_FALSE(giveBack->isEnabled()); // returning is one report at a time
}

TEST_F(ReportingPages, TheOfficeAcceptsSeveralAtOnceAndRemindsTheRest)
{
    ReportService reports(ws.context());
    ReportDraft d;
    d.unitId = units[0];
    d.periodCode = period;
    d.summary = QStringLiteral("本月工作小结");
    ASSERT_TRUE(reports.submitReport(d));
    ReviewPage review(ws);
    review.show(); // pages on screen refresh at once; hidden ones when next shown
    review.periodCombo()->selectCode(period);
    review.reload();
    ASSERT_EQ(review.table()->model()->rowCount(), 1);
    review.table()->selectAll();
    dialogs::testing::setNextAnswer(QMessageBox::Yes);
    review.acceptSelected();
    EXPECT_EQ(reports.latest(units[0], period)->status, ReportStatus::Accepted);
    EXPECT_EQ(review.table()->model()->rowCount(), 0); // the default filter shows what waits

    RemindersPage reminders(ws);
    reminders.findChild<PeriodCombo*>()->selectCode(period);
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    dialogs::testing::setNextFileName(pdf);
    reminders.savePdf();
    EXPECT_TRUE(QFile::exists(pdf));
    EXPECT_GT(QFile(pdf).size(), 1000);
}

TEST(SignIn, AFileWithAccountsOpensOnlyForTheRightPassword)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.cdb"));
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(path, true));
        ASSERT_TRUE(AccountService(ws.context()).add(QStringLiteral("root"), Role::Admin, 0, QStringLiteral("root-pass-1")));
    }
    MainWindow w;
    QString firstError;
    QTimer::singleShot(0, [&] {
        auto* d = qobject_cast<LoginDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(d, nullptr);
        d->findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(QStringLiteral("root"));
        d->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("wrong"));
        d->accept();
        firstError = d->findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
        d->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("root-pass-1"));
        d->accept();
    });
    ASSERT_TRUE(w.openFile(path));
    EXPECT_TRUE(firstError.contains(QStringLiteral("Wrong login or password")));
    EXPECT_EQ(w.workspace().actor().login, QStringLiteral("root"));

    MainWindow other;
    QTimer::singleShot(0, [] { QApplication::activeModalWidget()->close(); });
    EXPECT_FALSE(other.openFile(path));
    EXPECT_FALSE(other.workspace().isOpen());
}

TEST_F(ReportingPages, AnAdministratorAddsAccountsInTheDialog)
{
    AccountsDialog accounts(ws);
    const auto fill = [&](const char* login, Role role, const char* password, const char* again) {
        NewAccountDialog d(ws);
        d.findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(QString::fromLatin1(login));
        auto* roles = d.findChild<QComboBox*>(QStringLiteral("roleCombo"));
        roles->setCurrentIndex(roles->findData(int(role)));
        d.findChild<QComboBox*>(QStringLiteral("unitCombo"))->setCurrentText(QStringLiteral("市财政局"));
        d.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QString::fromLatin1(password));
        d.findChild<QLineEdit*>(QStringLiteral("againEdit"))->setText(QString::fromLatin1(again));
        d.accept();
        return std::pair{d.result() == QDialog::Accepted, d.findChild<QLabel*>(QStringLiteral("errorLabel"))->text()};
    };
    const auto offered = [&] {
        NewAccountDialog d(ws);
        return Role(d.findChild<QComboBox*>(QStringLiteral("roleCombo"))->currentData().toInt());
    };
    EXPECT_EQ(offered(), Role::Admin); // the file's first account administers it
    auto [okMismatch, mismatch] = fill("root", Role::Admin, "root-pass-1", "root-pass-2");
    EXPECT_FALSE(okMismatch);
    EXPECT_FALSE(mismatch.isEmpty());
    auto [okUnitFirst, unitFirst] = fill("cz", Role::Unit, "unit-pass-1", "unit-pass-1");
    EXPECT_FALSE(okUnitFirst); // the first account must be an administrator
    EXPECT_TRUE(unitFirst.contains(QStringLiteral("administrator")));
    EXPECT_TRUE(fill("root", Role::Admin, "root-pass-1", "root-pass-1").first);
    EXPECT_EQ(offered(), Role::Viewer); // then the least privilege, unless more is chosen
    EXPECT_TRUE(fill("cz", Role::Unit, "unit-pass-1", "unit-pass-1").first);
    accounts.reload();
    ASSERT_EQ(accounts.table()->rowCount(), 2);
    auto who = AccountService(ws.context()).authenticate(QStringLiteral("cz"), QStringLiteral("unit-pass-1"));
    ASSERT_TRUE(who);
    EXPECT_EQ(who->unitId, units[1]);
}

namespace {
// Stands in for the system's viewer: takes the address of the file it was asked to open.
class Viewer : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl& url) { opened << url; }
};
} // namespace

// Evidence opened for reading goes to a folder of the reader's alone, and is gone when the
// report is closed: never a shared folder in /tmp that everyone on the machine can read.
TEST_F(ReportingPages, EvidenceOpenedForReadingIsPrivateAndRemovedOnClose)
{
    ReportDraft d;
    d.unitId = units[0];
    d.periodCode = period;
    d.summary = QStringLiteral("本月工作小结");
    d.add = {NewFile{QStringLiteral("会议纪要.pdf"), QByteArray("%PDF-1.4 minutes of the meeting")}};
    auto id = ReportService(ws.context()).submitReport(d);
    ASSERT_TRUE(id);
    Viewer viewer;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &viewer, "open");
    QString folder, file;
    {
        ReportDialog dialog(ws, *id);
        auto* files = dialog.findChild<QListWidget*>();
        ASSERT_NE(files, nullptr);
        ASSERT_EQ(files->count(), 1);
        files->setCurrentRow(0);
        emit files->itemActivated(files->item(0));
        ASSERT_EQ(viewer.opened.size(), 1);
        file = viewer.opened[0].toLocalFile();
        folder = dialog.evidenceFolder();
        EXPECT_TRUE(file.startsWith(folder + QLatin1Char('/'))) << file.toStdString();
        EXPECT_FALSE(folder.contains(QStringLiteral("/campaigndesk-evidence/")));
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), QByteArray("%PDF-1.4 minutes of the meeting"));
        EXPECT_EQ(QFileInfo(folder).permissions() & 0x0077, 0); // nobody else's: no group or other bits
        EXPECT_EQ(QFileInfo(file).permissions(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    }
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_FALSE(QFileInfo::exists(folder));
}

#include "ReportingPagesTest.moc"
