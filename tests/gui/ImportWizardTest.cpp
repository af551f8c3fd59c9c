#include "models/UnitTableModel.h"
#include "support/TestSupport.h"
#include "widgets/common/Workspace.h"
#include "widgets/exchange/ImportWizard.h"
#include "widgets/units/UnitsPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {
class ImportWizardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("c.cdb")), true));
    }
    bool waitForPreview(ImportWizard& w)
    {
        return QTest::qWaitFor([&] { return w.isPreviewReady() || w.currentPage()->isComplete() || !w.isVisible(); }, 10000) &&
               w.isPreviewReady();
    }
    QTemporaryDir dir;
    Workspace ws;
};
} // namespace

TEST_F(ImportWizardTest, ImportsTheCityUnitListAndTheTableShowsIt)
{
    UnitsPage page(ws);
    ASSERT_EQ(page.model()->rowCount(), 0);
    ImportWizard wizard(ws, ImportWizard::Kind::Units, &page);
    wizard.show();
    wizard.setFile(test::sharedFile(QStringLiteral("fixtures/city-units.csv")));
    ASSERT_TRUE(wizard.currentPage()->isComplete());
    wizard.next();
    ASSERT_TRUE(waitForPreview(wizard));
    EXPECT_EQ(wizard.addedCount(), 58);
    EXPECT_EQ(wizard.rejectedCount(), 0);
    EXPECT_EQ(wizard.findChild<QTableView*>(QStringLiteral("importPreviewTable"))->model()->rowCount(), 58);
    ASSERT_TRUE(wizard.currentPage()->isComplete());
    wizard.accept();
    EXPECT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_EQ(page.model()->rowCount(), 58);
    EXPECT_FALSE(page.table()->model()->match(page.table()->model()->index(0, UnitTableModel::Name), Qt::DisplayRole,
                                              QStringLiteral("市委办公室"), 1, Qt::MatchExactly).isEmpty());
}

TEST_F(ImportWizardTest, RejectedRowsMustBeSkippedExplicitly)
{
    const QString path = dir.filePath(QStringLiteral("bad.csv"));
    test::writeFile(path, "单位名称\n市教育局\n市教育局\n");
    ImportWizard wizard(ws, ImportWizard::Kind::Units);
    wizard.show();
    wizard.setFile(path);
    wizard.next();
    ASSERT_TRUE(waitForPreview(wizard));
    EXPECT_EQ(wizard.rejectedCount(), 1);
    EXPECT_FALSE(wizard.currentPage()->isComplete());
    wizard.findChild<QCheckBox*>(QStringLiteral("skipRejectedCheck"))->setChecked(true);
    EXPECT_TRUE(wizard.currentPage()->isComplete());
}

TEST_F(ImportWizardTest, AnUnreadableFileExplainsItselfAndImportsNothing)
{
    const QString path = dir.filePath(QStringLiteral("junk.xlsx"));
    test::writeFile(path, QByteArray(5000, '\x01'));
    UnitsPage page(ws);
    ImportWizard wizard(ws, ImportWizard::Kind::Units);
    wizard.show();
    wizard.setFile(path);
    wizard.next();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !wizard.findChild<QLabel*>(QStringLiteral("importSummaryLabel"))->text().contains(QStringLiteral("…")); }, 10000));
    EXPECT_FALSE(wizard.isPreviewReady());
    EXPECT_FALSE(wizard.currentPage()->isComplete());
    EXPECT_TRUE(wizard.findChild<QLabel*>(QStringLiteral("importSummaryLabel"))->text().contains(QStringLiteral("junk.xlsx")));
    EXPECT_EQ(page.model()->rowCount(), 0);
}
