#include "widgets/common/TableViews.h"

#include "widgets/common/AppSettings.h"

#include "models/CollatingProxy.h"

#include <QAbstractItemDelegate>
#include <QApplication>
#include <QComboBox>
#include <QStyleOptionViewItem>
#include <algorithm>
#include <functional>
#include <QEvent>
#include <QStyle>
#include <QCompleter>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>

namespace cd::views {
namespace {
class CollatingItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem& other) const override { return CollatingProxy::lessThan(data(Qt::DisplayRole), other.data(Qt::DisplayRole)); }
};
} // namespace

QTableWidgetItem* cell(const QString& text) { return new CollatingItem(text); }

void makeSearchable(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto* completer = new QCompleter(combo->model(), combo);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    // Typing that names no item goes back to the chosen one when the box is left.
    QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
        const int i = combo->findText(combo->currentText(), Qt::MatchFixedString);
        if (i >= 0) combo->setCurrentIndex(i);
        else combo->setEditText(combo->itemText(combo->currentIndex()));
    });
}

void rememberHeader(QHeaderView* header, const QString& settingsName)
{
    const QByteArray state = AppSettings().headerState(settingsName);
    if (!state.isEmpty()) header->restoreState(state);
    // Widths the person sets are kept (and the program stops fitting them); its own are not.
    QObject::connect(header, &QHeaderView::sectionResized, header, [header, settingsName] {
        if (header->property("cd_fitting").toBool() || !(QApplication::mouseButtons() & Qt::LeftButton)) return;
        header->setProperty("cd_userWidths", true);
        AppSettings().setHeaderState(settingsName, header->saveState());
    });
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header,
                     [header, settingsName] { AppSettings().setHeaderState(settingsName, header->saveState()); });
}

namespace {
class FitOnShow : public QObject
{
public:
    FitOnShow(QObject* parent, std::function<void()> fit) : QObject(parent), m_fit(std::move(fit)) {}
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Show || event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) m_fit();
        return false;
    }

private:
    std::function<void()> m_fit;
};
} // namespace

namespace {
QHeaderView* columnsOf(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view)) return table->horizontalHeader();
    if (auto* tree = qobject_cast<QTreeView*>(view)) return tree->header();
    return nullptr;
}

// The rows a person sees: a table's, a tree's top level and what is expanded under it, with
// their depth; at most `budget` of them.
void visibleRows(QAbstractItemView* view, const QModelIndex& parent, int depth, int& budget, const std::function<void(const QModelIndex&, int)>& each)
{
    auto* tree = qobject_cast<QTreeView*>(view);
    QAbstractItemModel* model = view->model();
    for (int r = 0; r < model->rowCount(parent) && budget > 0; ++r, --budget) {
        const QModelIndex row = model->index(r, 0, parent);
        each(row, depth);
        if (tree && tree->isExpanded(row)) visibleRows(view, row, depth + 1, budget, each);
    }
}
} // namespace

void fitColumns(QAbstractItemView* view)
{
    QHeaderView* header = columnsOf(view);
    QAbstractItemModel* model = view->model();
    if (!header || !model || header->property("cd_userWidths").toBool()) return;
    int last = -1;
    for (int v = header->count() - 1; v >= 0 && last < 0; --v)
        if (!header->isSectionHidden(header->logicalIndex(v))) last = header->logicalIndex(v);
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    option.widget = view;
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    auto* tree = qobject_cast<QTreeView*>(view);
    QList<int> needed(header->count(), 0);
    for (int c = 0; c < header->count(); ++c) needed[c] = header->sectionSizeHint(c);
    int budget = 300;
    visibleRows(view, {}, 0, budget, [&](const QModelIndex& row, int depth) {
        for (int c = 0; c < header->count(); ++c) {
            const QModelIndex i = row.siblingAtColumn(c);
            if (view->indexWidget(i)) continue;
            // The delegate's own hint counts the text's margin on one side only, and the style
            // then elides the text a few pixels short: the text, both margins and the grid line.
            int width = std::max(view->itemDelegateForIndex(i)->sizeHint(option, i).width(),
                                 view->fontMetrics().horizontalAdvance(i.data().toString()) + 2 * margin + 1);
            // A tree's first column is indented by depth (and the branch of the top level).
            if (tree && c == 0) width += tree->indentation() * (depth + (tree->rootIsDecorated() ? 1 : 0));
            needed[c] = std::max(needed[c], width);
        }
    });
    header->setProperty("cd_fitting", true);
    for (int c = 0; c < header->count(); ++c) {
        if (c == last || header->isSectionHidden(c) || header->sectionResizeMode(c) != QHeaderView::Interactive) continue;
        // Text drawn into an image (a print, a grab) can come out a few pixels wider than measured.
        const int width = std::min(needed[c] + 6, kFittedWidth);
        if (header->sectionSize(c) < width) header->resizeSection(c, width);
    }
    header->setProperty("cd_fitting", false);
}

// Fits the columns whenever rows arrive, the header is laid out afresh or the view is shown.
void fitAsRowsArrive(QAbstractItemView* view)
{
    // Rows arrive in bursts (a reset, a filter): the widths are fitted once the burst is over.
    if (QAbstractItemModel* model = view->model()) {
        const auto later = [view] {
            if (view->property("cd_fitPending").toBool()) return;
            view->setProperty("cd_fitPending", true);
            QMetaObject::invokeMethod(
                view,
                [view] {
                    view->setProperty("cd_fitPending", false);
                    fitColumns(view);
                },
                Qt::QueuedConnection);
        };
        QObject::connect(model, &QAbstractItemModel::modelReset, view, later);
        QObject::connect(model, &QAbstractItemModel::rowsInserted, view, later);
        QObject::connect(model, &QAbstractItemModel::layoutChanged, view, later);
        // A reset lays the header's sections out afresh, at their default width, after the
        // model's signal: fitted again once they are.
        QObject::connect(columnsOf(view), &QHeaderView::sectionCountChanged, view, later);
        if (auto* tree = qobject_cast<QTreeView*>(view)) QObject::connect(tree, &QTreeView::expanded, view, later);
        // And when the view is first shown or its font changes: a view filled before its window
        // was shown was measured in the font it had before the style polished it.
        view->installEventFilter(new FitOnShow(view, later));
        later();
    }
}

void setUpTable(QTableView* view, const QString& settingsName)
{
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    view->setObjectName(view->objectName().isEmpty() ? settingsName + QStringLiteral("Table") : view->objectName());
    rememberHeader(view->horizontalHeader(), settingsName);
    fitAsRowsArrive(view);
}

void setUpTree(QTreeView* view, const QString& settingsName)
{
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformRowHeights(true);
    rememberHeader(view->header(), settingsName);
    fitAsRowsArrive(view);
}

QTableWidget* plainTable(const QStringList& header)
{
    auto* t = new QTableWidget(0, int(header.size()));
    t->setHorizontalHeaderLabels(header);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // rows stay in their given order until a header is clicked
    t->setSortingEnabled(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    fitAsRowsArrive(t);
    return t;
}

} // namespace cd::views
