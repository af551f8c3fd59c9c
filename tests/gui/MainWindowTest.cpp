#include "services/UnitService.h"
#include "storage/Backup.h"
#include "storage/FileSystems.h"
#include "storage/OpenMarker.h"
#include "support/TestSupport.h"
#include "widgets/common/Dialogs.h"
#include "widgets/responsibilities/ResponsibilityDialog.h"
#include "services/ResponsibilityService.h"
#include "services/CampaignService.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/HelpWindow.h"
#include "widgets/main/MainWindow.h"
#include "widgets/units/UnitDialog.h"

#include <QAction>
#include <QTextBrowser>
#include <QScrollBar>
#include <QRegularExpression>
#include <QImage>
#include <QFile>
#include <QUrl>
#include <QLabel>
#include <QLineEdit>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {
void damage(const QString& path)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    f.write(QByteArray(4096, '\x42'));
}

QString makeFileWithBackup(const QString& path)
{
    Workspace ws;
    EXPECT_TRUE(ws.open(path, true));
    Unit u;
    u.name = QStringLiteral("市教育局");
    EXPECT_TRUE(UnitService(ws.context()).add(u));
    ws.close(); // changed: leaves an automatic backup
    return Backup::list(path).value(0).path;
}
} // namespace

TEST(MainWindow, ADamagedFileOffersItsLatestBackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.cdb"));
    ASSERT_FALSE(makeFileWithBackup(path).isEmpty());
    damage(path);
    MainWindow w;
    dialogs::testing::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(w.openFile(path));
    EXPECT_TRUE(dialogs::testing::lastMessage().contains(QStringLiteral("c.cdb")));
    EXPECT_EQ(UnitService(w.workspace().context()).list().size(), 1);
    EXPECT_TRUE(QFile::exists(path + QStringLiteral(".before-restore")));
}

TEST(MainWindow, DamagedPagesFoundAfterOpeningOfferTheBackupToo)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.cdb"));
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(path, true));
        for (int i = 0; i < 300; ++i) {
            Unit u;
            u.name = QStringLiteral("单位%1").arg(i);
            u.head = QString(200, QChar(0x4e00 + i));
            ASSERT_TRUE(UnitService(ws.context()).add(u));
        }
    } // closed: checkpointed and backed up
    // Damage only the last pages (unit rows), so that opening succeeds and the check finds it.
    ASSERT_TRUE(test::damageLastPages(path, 6));
    MainWindow w;
    dialogs::testing::setNextAnswer(QMessageBox::Yes);
    w.openFile(path); // the window opens at once; the check runs behind it
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(path + QStringLiteral(".before-restore")); }, 20000));
    EXPECT_TRUE(dialogs::testing::lastMessage().contains(QStringLiteral("big.cdb")));
    ASSERT_TRUE(w.workspace().isOpen());
    EXPECT_EQ(UnitService(w.workspace().context()).list().size(), 300);
}

TEST(MainWindow, DecliningTheRestoreLeavesTheFileAsItIs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.cdb"));
    makeFileWithBackup(path);
    damage(path);
    const QByteArray damaged = test::readFile(path);
    MainWindow w;
    dialogs::testing::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(w.openFile(path));
    EXPECT_FALSE(w.workspace().isOpen());
    EXPECT_EQ(test::readFile(path), damaged);
}

TEST(MainWindow, AGarbageFileWithoutBackupsIsNamedAndNotTouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.cdb"));
    test::writeFile(path, "these are my notes");
    MainWindow w;
    EXPECT_FALSE(w.openFile(path));
    EXPECT_TRUE(dialogs::testing::lastMessage().contains(QStringLiteral("notes.cdb")));
    EXPECT_EQ(test::readFile(path), QByteArray("these are my notes"));
}

TEST(MainWindow, ClosingAChangedFileLeavesABackupAndAnUnchangedOneDoesNot)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.cdb"));
    makeFileWithBackup(path);
    ASSERT_EQ(Backup::list(path).size(), 1);
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(path));
        (void)UnitService(ws.context()).list();
    }
    EXPECT_EQ(Backup::list(path).size(), 1);
}

// A second window (here: a second program's worth of state in one process) opening a file
// that is already open is told who has it.
TEST(MainWindow, ASecondWindowIsToldWhoElseHasTheFileOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.cdb"));
    makeFileWithBackup(path);
    MainWindow first;
    ASSERT_TRUE(first.openFile(path));
    EXPECT_TRUE(QFile::exists(OpenMarker::markerPath(path)));
    MainWindow second;
    ASSERT_TRUE(second.openFile(path));
    ASSERT_TRUE(second.workspace().alsoOpenBy());
    EXPECT_TRUE(dialogs::testing::lastMessage().contains(QSysInfo::machineHostName())) << dialogs::testing::lastMessage().toStdString();
    EXPECT_TRUE(dialogs::testing::lastMessage().contains(QStringLiteral("c.cdb")));
    second.workspace().close();
    EXPECT_TRUE(QFile::exists(OpenMarker::markerPath(path))); // still the first one's
    first.workspace().close();
    EXPECT_FALSE(QFile::exists(OpenMarker::markerPath(path)));
}

TEST(MainWindow, AFileOnANetworkShareIsWarnedAbout)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.cdb"));
    makeFileWithBackup(path);
    const QString table = dir.filePath(QStringLiteral("mounts"));
    test::writeFile(table, QStringLiteral("/dev/sda1 / ext4 rw 0 0\nfiles:/office %1 nfs4 rw 0 0\n").arg(QFileInfo(dir.path()).canonicalFilePath()).toUtf8());
    FileSystems::setMountTableForTesting(table);
    MainWindow w;
    const bool opened = w.openFile(path);
    FileSystems::setMountTableForTesting({});
    ASSERT_TRUE(opened);
    EXPECT_EQ(w.workspace().networkFileSystem(), QString()); // the real table again: a local folder
    EXPECT_TRUE(dialogs::testing::lastMessage().contains(QStringLiteral("network share (nfs4)"))) << dialogs::testing::lastMessage().toStdString();
}

// Someone else changed the unit while the dialog was open: saving is refused, the dialog stays
// with what was typed, and the message names who changed it.
TEST(MainWindow, AUnitEditedMeanwhileIsNotOverwritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.cdb"));
    makeFileWithBackup(path);
    Workspace ws;
    ASSERT_TRUE(ws.open(path));
    const Unit asRead = *UnitService(ws.context()).byName(QStringLiteral("市教育局"));
    UnitDialog dialog(ws, asRead, {});
    {
        Workspace other;
        ASSERT_TRUE(other.open(path));
        Actor zhang = Actor::localAdmin();
        zhang.login = QStringLiteral("zhang");
        other.setActor(zhang);
        Unit theirs = asRead;
        theirs.phone = QStringLiteral("0871-1234");
        ASSERT_TRUE(UnitService(other.context()).update(theirs, &asRead));
    }
    auto* secretary = dialog.findChild<QLineEdit*>(QStringLiteral("secretaryEdit"));
    ASSERT_TRUE(secretary);
    secretary->setText(QStringLiteral("李明"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    ASSERT_TRUE(error);
    EXPECT_TRUE(error->text().contains(QStringLiteral("zhang"))) << error->text().toStdString();
    EXPECT_EQ(secretary->text(), QStringLiteral("李明"));
    EXPECT_EQ(UnitService(ws.context()).byName(QStringLiteral("市教育局"))->phone, QStringLiteral("0871-1234"));
    // Both are shown in words, theirs and mine, and the person chooses.
    EXPECT_TRUE(dialogs::testing::lastMessage().contains(QStringLiteral("0871-1234"))) << dialogs::testing::lastMessage().toStdString();
    EXPECT_TRUE(dialogs::testing::lastMessage().contains(QStringLiteral("李明")));
}

// After a refused save the person may look at theirs (the form shows the stored unit) or save
// theirs over it knowingly (their change stays, the typed one is added).
TEST(MainWindow, AfterAStaleEditThePersonShowsTheirsOrSavesMineOnTop)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.cdb"));
    makeFileWithBackup(path);
    Workspace ws;
    ASSERT_TRUE(ws.open(path));
    const Unit asRead = *UnitService(ws.context()).byName(QStringLiteral("市教育局"));
    const auto changeMeanwhile = [&](const QString& phone) {
        const Unit now = *UnitService(ws.context()).byName(QStringLiteral("市教育局"));
        Unit theirs = now;
        theirs.phone = phone;
        ASSERT_TRUE(UnitService(ws.context()).update(theirs, &now));
    };
    {
        UnitDialog dialog(ws, asRead, {});
        changeMeanwhile(QStringLiteral("0871-1111"));
        dialog.findChild<QLineEdit*>(QStringLiteral("secretaryEdit"))->setText(QStringLiteral("李明"));
        dialogs::testing::setNextAnswer(QMessageBox::No); // show theirs
        dialog.accept();
        EXPECT_NE(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("phoneEdit"))->text(), QStringLiteral("0871-1111"));
        EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("secretaryEdit"))->text(), asRead.secretary);
    }
    {
        const Unit fresh = *UnitService(ws.context()).byName(QStringLiteral("市教育局"));
        UnitDialog dialog(ws, fresh, {});
        changeMeanwhile(QStringLiteral("0871-2222"));
        dialog.findChild<QLineEdit*>(QStringLiteral("secretaryEdit"))->setText(QStringLiteral("王芳"));
        dialogs::testing::setNextAnswer(QMessageBox::Yes); // save mine on top
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        const Unit stored = *UnitService(ws.context()).byName(QStringLiteral("市教育局"));
        EXPECT_EQ(stored.secretary, QStringLiteral("王芳"));
        EXPECT_EQ(stored.phone, QStringLiteral("0871-2222")); // theirs stays: only what this person changed is applied again
        EXPECT_FALSE(dialogs::testing::lastMessage().contains(QStringLiteral("You both changed"))) << dialogs::testing::lastMessage().toStdString();
    }
    {
        // Both changed the same field: the choice says whose value it replaces.
        const Unit fresh = *UnitService(ws.context()).byName(QStringLiteral("市教育局"));
        UnitDialog dialog(ws, fresh, {});
        changeMeanwhile(QStringLiteral("0871-3333"));
        dialog.findChild<QLineEdit*>(QStringLiteral("phoneEdit"))->setText(QStringLiteral("0871-4444"));
        dialogs::testing::setNextAnswer(QMessageBox::Yes);
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_TRUE(dialogs::testing::lastMessage().contains(QStringLiteral("You both changed phone: applying yours replaces their value there.")))
            << dialogs::testing::lastMessage().toStdString();
        EXPECT_EQ(UnitService(ws.context()).byName(QStringLiteral("市教育局"))->phone, QStringLiteral("0871-4444"));
    }
}

// Help ▸ User guide (F1) opens the guide at the section about the page on screen, in the
// program's own window (no web browser needed), with every picture it shows; every page has
// its section.
TEST(MainWindow, TheGuideOpensAtThePageOnScreen)
{
    QFile guide(QStringLiteral(":/guide/index.html"));
    ASSERT_TRUE(guide.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(guide.readAll());
    for (int p = MainWindow::DashboardArea; p <= MainWindow::BulletinArea; ++p) {
        const QUrl url(MainWindow::guideUrl(MainWindow::Page(p)));
        ASSERT_FALSE(url.fragment().isEmpty()) << p;
        EXPECT_TRUE(html.contains(QStringLiteral("id=\"%1\"").arg(url.fragment()))) << url.fragment().toStdString();
    }
    EXPECT_EQ(QUrl(MainWindow::guideUrl(MainWindow::UnitsArea)).fragment(), QStringLiteral("units"));
    // Every picture it shows is built in.
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
    int pictures = 0;
    for (auto m = image.globalMatch(html); m.hasNext(); ++pictures) {
        const QString src = m.next().captured(1);
        QImage picture(QStringLiteral(":/guide/") + src);
        EXPECT_FALSE(picture.isNull()) << src.toStdString();
    }
    EXPECT_GT(pictures, 10);

    MainWindow w;
    w.show();
    auto* action = w.findChild<QAction*>(QStringLiteral("guideAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    ASSERT_TRUE(w.showPage(MainWindow::ReviewArea));
    action->trigger();
    auto* help = w.findChild<HelpWindow*>();
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->isVisible());
    EXPECT_EQ(help->browser()->source().path(), QStringLiteral("/guide/index.html"));
    EXPECT_TRUE(help->browser()->toPlainText().contains(QStringLiteral("七、审核")));
    // Opened at the review section (further down than the dashboard's, the second section).
    const int review = help->browser()->verticalScrollBar()->value();
    ASSERT_TRUE(w.showPage(MainWindow::DashboardArea));
    action->trigger();
    const int dashboard = help->browser()->verticalScrollBar()->value();
    EXPECT_GT(dashboard, 0);
    EXPECT_GT(review, dashboard);
}

// The same choice in the responsibility dialog: applied again on top, only the typed field
// changes and the other person's stays.
TEST(MainWindow, AResponsibilityEditedMeanwhileIsAppliedOnTopWhenChosen)
{
    QTemporaryDir dir;
    Workspace ws;
    ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("c.cdb")), true));
    ASSERT_TRUE(CampaignService(ws.context()).createFromTemplate(2020));
    Unit u;
    u.name = QStringLiteral("市教育局");
    u.id = *UnitService(ws.context()).add(u);
    const QList<Task> tasks = CampaignService(ws.context()).tasks(ws.campaign()->id);
    Responsibility r;
    r.unitId = u.id;
    r.taskId = tasks.first().id;
    r.level = ResponsibilityLevel::First;
    r.person = QStringLiteral("王局长");
    r.id = *ResponsibilityService(ws.context()).save(r);
    ResponsibilityDialog dialog(ws, u, tasks, r);
    Responsibility theirs = r;
    theirs.post = QStringLiteral("局长");
    ASSERT_TRUE(ResponsibilityService(ws.context()).save(theirs, r));
    dialog.findChild<QLineEdit*>(QStringLiteral("personEdit"))->setText(QStringLiteral("李副局长"));
    dialogs::testing::setNextAnswer(QMessageBox::Yes);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialogs::testing::lastMessage().contains(QStringLiteral("局长"))) << dialogs::testing::lastMessage().toStdString();
    const Responsibility stored = ResponsibilityService(ws.context()).forUnit(u.id).first();
    EXPECT_EQ(stored.person, QStringLiteral("李副局长"));
    EXPECT_EQ(stored.post, QStringLiteral("局长"));
}
