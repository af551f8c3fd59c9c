// The user guide names the program's buttons, menus and pages as the program (in Chinese)
// names them: every name it marks as the program's (<span class="ui">) is one on screen, and a
// name quoted after 点/选/按 is so marked. (It once said 点“报送” where the button reads 提交.)
#include "services/DemoService.h"
#include "support/TestSupport.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/AuditDialog.h"
#include "widgets/main/MainWindow.h"
#include "widgets/welcome/WelcomeDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <cstdio>
#include <gtest/gtest.h>

using namespace cd;

namespace {

// A label as read: without its shortcut mark ("(&S)", "&") and its trailing "…".
QString plain(QString text)
{
    static const QRegularExpression mark(QStringLiteral("\\(&.\\)"));
    text.remove(mark);
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    text.remove(QStringLiteral("..."));
    return text.trimmed();
}

// Every name on the widgets under `root`: buttons, actions, tabs, list entries.
void collect(QWidget* root, QSet<QString>& names)
{
    for (auto* b : root->findChildren<QAbstractButton*>()) names << plain(b->text());
    for (auto* a : root->findChildren<QAction*>()) names << plain(a->text());
    for (auto* t : root->findChildren<QTabWidget*>())
        for (int i = 0; i < t->count(); ++i) names << plain(t->tabText(i));
    for (auto* l : root->findChildren<QListWidget*>())
        for (int i = 0; i < l->count(); ++i) names << plain(l->item(i)->text());
}

} // namespace

TEST(Guide, NamesTheProgramsButtonsAndMenusAsTheProgramDoes)
{
    test::ChineseUi chinese;
    ASSERT_TRUE(chinese.loaded());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.cdb"));
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(path, true));
        ASSERT_TRUE(DemoService(ws.context()).generate({12, QDate::currentDate().year(), 5, QDate::currentDate()}));
    }
    MainWindow w;
    w.show();
    ASSERT_TRUE(w.openFile(path));
    for (int p = MainWindow::DashboardArea; p <= MainWindow::AppraisalArea; ++p) w.page(MainWindow::Page(p)); // each built as when first shown
    QSet<QString> names;
    collect(&w, names);
    // Menu entries also as their paths, "文件 ▸ 立即备份".
    for (auto* menu : w.menuBar()->actions())
        if (menu->menu())
            for (auto* a : menu->menu()->actions()) names << plain(menu->text()) + QStringLiteral(" ▸ ") + plain(a->text());
    WelcomeDialog welcome(w.workspace());
    collect(&welcome, names);
    AuditDialog audit(w.workspace());
    collect(&audit, names);

    if (qEnvironmentVariableIsSet("CD_PRINT_NAMES"))
        for (const QString& n : names) std::printf("NAME %s\n", n.toUtf8().constData());
    QFile guide(QStringLiteral(":/guide/index.html"));
    ASSERT_TRUE(guide.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(guide.readAll());
    static const QRegularExpression marked(QStringLiteral("<span class=\"ui\">([^<]+)</span>"));
    int count = 0;
    for (auto m = marked.globalMatch(html); m.hasNext(); ++count) {
        const QString name = m.next().captured(1);
        EXPECT_TRUE(names.contains(name)) << "the guide names “" << name.toStdString() << "”, which the program does not show";
    }
    EXPECT_GT(count, 15);
    // A name quoted after 点, 选 or 按 is the program's, marked as such.
    static const QRegularExpression quoted(QStringLiteral("[点选按]“(?!<span class=\"ui\">)([^”]+)”"));
    for (auto m = quoted.globalMatch(html); m.hasNext();) {
        const auto q = m.next();
        ADD_FAILURE() << "the guide quotes “" << q.captured(1).toStdString() << "” unmarked";
    }
}
