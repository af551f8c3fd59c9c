// Every page in Chinese at the smallest screen the program is made for (1366×768) and a common
// large one (1920×1080): what a table's columns and a combo box hold is not cut off.
#include "services/DemoService.h"
#include "support/TestSupport.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/MainWindow.h"
#include "widgets/reporting/PeriodCombo.h"
#include "widgets/reporting/ReviewPage.h"
#include "models/ReportQueueModel.h"

#include <QApplication>
#include <QComboBox>
#include <QAbstractItemDelegate>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <functional>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cd;

namespace {

struct ScreenSize
{
    int width, height;
};

class Layout : public ::testing::TestWithParam<ScreenSize>
{
protected:
    void SetUp() override
    {
        chinese = std::make_unique<test::ChineseUi>();
        ASSERT_TRUE(chinese->loaded());
        path = dir.filePath(QStringLiteral("demo.cdb"));
        Workspace ws;
        ASSERT_TRUE(ws.open(path, true));
        ASSERT_TRUE(DemoService(ws.context()).generate({60, QDate::currentDate().year(), 5, QDate::currentDate()}));
    }
    std::unique_ptr<test::ChineseUi> chinese;
    QTemporaryDir dir;
    QString path;
};

// The widest cell of column `c` among the rows shown (a tree's top level and what is expanded,
// its first column indented by depth), as the style lays out the text it draws: the text and
// the style's margin on each side (the style elides text that is wider).
int contentWidth(QAbstractItemView* view, int c)
{
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    auto* tree = qobject_cast<QTreeView*>(view);
    int widest = 0, seen = 0;
    std::function<void(const QModelIndex&, int)> walk = [&](const QModelIndex& parent, int depth) {
        for (int r = 0; r < view->model()->rowCount(parent) && seen < 100; ++r, ++seen) {
            const QModelIndex i = view->model()->index(r, c, parent);
            if (!view->indexWidget(i)) {
                int width = std::max(view->itemDelegateForIndex(i)->sizeHint(option, i).width(),
                                     // Drawn into an image the text comes out a few pixels wider than measured
                                     // (a grab elided "2026-11-04 15:29" in a column of its measured width).
                                     view->fontMetrics().horizontalAdvance(i.data().toString()) + 2 * margin + 4);
                if (tree && c == 0) width += tree->indentation() * (depth + (tree->rootIsDecorated() ? 1 : 0));
                widest = std::max(widest, width);
            }
            const QModelIndex first = view->model()->index(r, 0, parent);
            if (tree && tree->isExpanded(first)) walk(first, depth + 1);
        }
    };
    walk({}, 0);
    return widest;
}

// What is cut: a column narrower than its header or than the rows it shows (the last column
// takes what is left and may be wider), a combo box narrower than its chosen item.
QStringList clipped(QWidget* page)
{
    QStringList out;
    for (auto* view : page->findChildren<QAbstractItemView*>()) {
        if (!view->isVisible() || !view->model() || view->model()->rowCount() == 0) continue;
        QHeaderView* header = nullptr;
        if (auto* table = qobject_cast<QTableView*>(view)) header = table->horizontalHeader();
        if (auto* tree = qobject_cast<QTreeView*>(view)) header = tree->header();
        if (!header || header->isHidden()) continue;
        int last = -1; // the visual place of the last column shown, which takes what is left
        for (int c = 0; c < header->count(); ++c)
            if (!header->isSectionHidden(c)) last = std::max(last, header->visualIndex(c));
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c) || header->visualIndex(c) == last) continue;
            if (header->sectionResizeMode(c) == QHeaderView::Stretch) continue;
            // Longer text than a fitted column's widest is elided, whole in its tooltip.
            const int needed = std::min(std::max(contentWidth(view, c), header->sectionSizeHint(c)), views::kFittedWidth);
            if (header->sectionSize(c) < needed)
                out << QStringLiteral("%1 column “%2”: %3 px for %4").arg(view->objectName(), view->model()->headerData(c, Qt::Horizontal).toString())
                           .arg(header->sectionSize(c))
                           .arg(needed);
        }
    }
    for (auto* combo : page->findChildren<QComboBox*>()) {
        if (!combo->isVisible() || combo->count() == 0 || combo->isEditable()) continue;
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        // The text's room: the box less its frame and arrow (the style's own sub-control).
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        const QRect text = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        if (text.width() < needed) out << QStringLiteral("%1 “%2”: %3 px for %4").arg(combo->objectName(), combo->currentText()).arg(text.width()).arg(needed);
    }
    return out;
}

} // namespace

TEST_P(Layout, NoPageCutsWhatItsTablesAndChoicesHold)
{
    MainWindow w;
    w.resize(GetParam().width, GetParam().height);
    w.show();
    ASSERT_TRUE(w.openFile(path));
    for (int p = MainWindow::DashboardArea; p <= MainWindow::BulletinArea; ++p) {
        ASSERT_TRUE(w.showPage(MainWindow::Page(p)));
        // The review queue in every state, so that it holds rows whatever today's date.
        if (auto* status = w.findChild<QComboBox*>(QStringLiteral("reviewStatusCombo")); status && status->isVisible()) {
            w.reviewPage()->findChild<PeriodCombo*>()->selectCode(QDate::currentDate().addMonths(-2).toString(QStringLiteral("yyyy-MM")));
            status->setCurrentIndex(0);
            EXPECT_GT(w.reviewPage()->model()->rowCount(), 0);
        }
        QCoreApplication::processEvents();
        QStringList cut = clipped(&w);
        // And every tab of the page's tab boxes.
        for (auto* tabs : w.findChildren<QTabWidget*>()) {
            if (!tabs->isVisible()) continue;
            const int shown = tabs->currentIndex();
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                QCoreApplication::processEvents();
                for (const QString& c : clipped(tabs->widget(t))) cut << tabs->tabText(t) + QStringLiteral(": ") + c;
            }
            tabs->setCurrentIndex(shown);
        }
        cut.removeDuplicates();
        EXPECT_TRUE(cut.isEmpty()) << "page " << p << " at " << GetParam().width << "×" << GetParam().height << ":\n"
                                   << cut.join(QLatin1Char('\n')).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Screens, Layout, ::testing::Values(ScreenSize{1366, 768}, ScreenSize{1920, 1080}),
                         [](const auto& info) { return std::to_string(info.param.width) + "x" + std::to_string(info.param.height); });
