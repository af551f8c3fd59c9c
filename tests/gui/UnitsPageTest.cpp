#include "models/UnitFilterProxy.h"
#include "models/UnitTableModel.h"
#include "services/GroupService.h"
#include "services/UnitService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"
#include "widgets/units/UnitDialog.h"
#include "widgets/units/UnitsPage.h"

#include <QApplication>
#include <gtest/gtest.h>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QInputDialog>
#include <QTreeWidget>

using namespace cd;

namespace {
class UnitsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("c.cdb")), true));
        UnitService s(ws.context());
        for (auto [name, category, head, phone] : {std::tuple{"市教育局", "政府部门", "马霞", "6945"},
                                                   {"市委组织部", "党委部门", "赵桂超", "5809"}, {"市财政局", "政府部门", "黄宇琳", "6913"}}) {
            Unit u;
            u.phone = QString::fromUtf8(phone);
            u.name = QString::fromUtf8(name);
            u.category = QString::fromUtf8(category);
            u.head = QString::fromUtf8(head);
            ASSERT_TRUE(s.add(u));
        }
        page = std::make_unique<UnitsPage>(ws);
        page->show();
    }
    int rowOf(const QString& name)
    {
        auto* m = page->table()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, UnitTableModel::Name).data().toString() == name) return r;
        return -1;
    }
    // Runs the modal dialog's script once it is up; no sleeping.
    template <typename F> void whenDialogOpens(F script)
    {
        QTimer::singleShot(0, [script] {
            auto* d = qobject_cast<UnitDialog*>(QApplication::activeModalWidget());
            ASSERT_NE(d, nullptr);
            script(d);
        });
    }
    QTemporaryDir dir;
    Workspace ws;
    std::unique_ptr<UnitsPage> page;
};
} // namespace

TEST_F(UnitsPageTest, EditingAUnitChangesTheTable)
{
    const int row = rowOf(QStringLiteral("市财政局"));
    ASSERT_GE(row, 0);
    page->table()->setCurrentIndex(page->table()->model()->index(row, UnitTableModel::Name));
    whenDialogOpens([](UnitDialog* d) {
        auto* phone = d->findChild<QLineEdit*>(QStringLiteral("phoneEdit"));
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("ext 7001"));
        d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
    });
    page->editCurrent();
    const int after = rowOf(QStringLiteral("市财政局"));
    EXPECT_EQ(page->table()->model()->index(after, UnitTableModel::Phone).data().toString(), QStringLiteral("ext 7001"));
    EXPECT_EQ(UnitService(ws.context()).byName(QStringLiteral("市财政局"))->phone, QStringLiteral("ext 7001"));
}

TEST_F(UnitsPageTest, ADuplicateNameIsShownInTheDialogAndNothingIsLost)
{
    const int row = rowOf(QStringLiteral("市财政局"));
    page->table()->setCurrentIndex(page->table()->model()->index(row, UnitTableModel::Name));
    QString shownError;
    bool stillOpen = false;
    whenDialogOpens([&](UnitDialog* d) {
        auto* name = d->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        name->setText(QStringLiteral("市教育局"));
        d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
        shownError = d->findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
        stillOpen = d->isVisible();
        EXPECT_EQ(name->text(), QStringLiteral("市教育局")); // what was typed stays
        d->reject();
    });
    page->editCurrent();
    EXPECT_TRUE(stillOpen);
    EXPECT_TRUE(shownError.contains(QStringLiteral("市教育局")));
    EXPECT_TRUE(UnitService(ws.context()).byName(QStringLiteral("市财政局")));
}

TEST_F(UnitsPageTest, AddingAUnitSelectsIt)
{
    whenDialogOpens([](UnitDialog* d) {
        auto* save = d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save);
        EXPECT_FALSE(save->isEnabled()); // no name yet
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Civil Affairs"));
        EXPECT_TRUE(save->isEnabled());
        save->click();
    });
    page->addUnit();
    EXPECT_EQ(page->table()->model()->rowCount(), 4);
    EXPECT_EQ(page->table()->currentIndex().siblingAtColumn(UnitTableModel::Name).data().toString(), QStringLiteral("Civil Affairs"));
}

TEST_F(UnitsPageTest, SearchAndCategoryFilterTheTable)
{
    QTest::keyClicks(page->searchEdit(), QStringLiteral("69")); // keystroke by keystroke, as a person types
    EXPECT_EQ(page->table()->model()->rowCount(), 2);
    QTest::keyClick(page->searchEdit(), Qt::Key_4);
    ASSERT_EQ(page->table()->model()->rowCount(), 1);
    EXPECT_EQ(page->table()->model()->index(0, UnitTableModel::Name).data().toString(), QStringLiteral("市教育局"));
    page->searchEdit()->setText(QStringLiteral("马霞 政府")); // Chinese arrives through the input method
    EXPECT_EQ(page->table()->model()->rowCount(), 1);
    page->searchEdit()->clear();
    EXPECT_EQ(page->table()->model()->rowCount(), 3);
    auto* category = page->findChild<QComboBox*>(QStringLiteral("categoryFilterCombo"));
    category->setCurrentIndex(category->findText(QStringLiteral("党委部门")));
    EXPECT_EQ(page->table()->model()->rowCount(), 1);
}

TEST_F(UnitsPageTest, SortingByName)
{
    page->table()->sortByColumn(UnitTableModel::Name, Qt::AscendingOrder);
    auto* m = page->table()->model();
    // Pinyin order: 市财政局 (cai) < 市教育局 (jiao) < 市委组织部 (wei)
    EXPECT_EQ(m->index(0, UnitTableModel::Name).data().toString(), QStringLiteral("市财政局"));
    EXPECT_EQ(m->index(2, UnitTableModel::Name).data().toString(), QStringLiteral("市委组织部"));
}

TEST_F(UnitsPageTest, DeactivatingAsksFirst)
{
    const int row = rowOf(QStringLiteral("市教育局"));
    page->table()->setCurrentIndex(page->table()->model()->index(row, UnitTableModel::Name));
    dialogs::testing::setNextAnswer(QMessageBox::Cancel);
    page->toggleActive();
    EXPECT_TRUE(UnitService(ws.context()).byName(QStringLiteral("市教育局"))->active);
    dialogs::testing::setNextAnswer(QMessageBox::Yes);
    page->toggleActive();
    EXPECT_FALSE(UnitService(ws.context()).byName(QStringLiteral("市教育局"))->active);
}

// The tree of groups beside the table: a group shows its units and those below it; the
// office moves a unit into a group from the page.
TEST_F(UnitsPageTest, TheGroupTreeFiltersTheTableAndAUnitIsMovedIntoAGroup)
{
    GroupService groups(ws.context());
    ASSERT_TRUE(groups.add(QStringLiteral("政府部门/经济")));
    ASSERT_TRUE(groups.moveUnit(UnitService(ws.context()).byName(QStringLiteral("市财政局"))->id, QStringLiteral("政府部门/经济")));
    ws.notifyChanged();
    auto* tree = page->findChild<QTreeWidget*>(QStringLiteral("groupTree"));
    ASSERT_NE(tree, nullptr);
    EXPECT_TRUE(tree->isVisible());
    // 全部单位, 政府部门 (with 经济 under it), 未分组.
    ASSERT_EQ(tree->topLevelItemCount(), 3);
    QTreeWidgetItem* government = tree->topLevelItem(1);
    EXPECT_EQ(government->text(0), QStringLiteral("政府部门"));
    EXPECT_EQ(government->text(1), QStringLiteral("1"));
    tree->setCurrentItem(government);
    EXPECT_EQ(page->table()->model()->rowCount(), 1);
    EXPECT_GE(rowOf(QStringLiteral("市财政局")), 0);
    tree->setCurrentItem(tree->topLevelItem(2)); // the units in no group
    EXPECT_EQ(page->table()->model()->rowCount(), 2);
    tree->setCurrentItem(tree->topLevelItem(0));
    EXPECT_EQ(page->table()->model()->rowCount(), 3);

    // Move 市教育局 into 政府部门/经济 with the page's own action.
    page->table()->setCurrentIndex(page->table()->model()->index(rowOf(QStringLiteral("市教育局")), UnitTableModel::Name));
    QTimer::singleShot(0, [] {
        auto* d = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(d, nullptr);
        d->setTextValue(QStringLiteral("政府部门/经济"));
        d->accept();
    });
    page->moveToGroup();
    EXPECT_EQ(groups.tree().path(UnitService(ws.context()).byName(QStringLiteral("市教育局"))->groupId), QStringLiteral("政府部门/经济"));
    tree->setCurrentItem(tree->topLevelItem(1));
    EXPECT_EQ(page->table()->model()->rowCount(), 2);
}

TEST_F(UnitsPageTest, OnlyTheOfficeIsOfferedToShapeTheTree)
{
    ASSERT_TRUE(GroupService(ws.context()).add(QStringLiteral("政府部门")));
    for (const Actor& a : {Actor{QStringLiteral("lead"), {}, Role::Viewer, 0}, Actor{QStringLiteral("sec"), {}, Role::Unit, 1}}) {
        ws.setActor(a);
        page->reload();
        for (const char* name : {"addGroupButton", "editGroupButton", "removeGroupButton", "moveToGroupButton"})
            EXPECT_FALSE(page->findChild<QPushButton*>(QString::fromLatin1(name))->isVisible()) << name;
    }
}
