#include "widgets/common/TableViews.h"

#include "widgets/common/AppSettings.h"

#include "models/CollatingProxy.h"

#include <QComboBox>
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
    QObject::connect(header, &QHeaderView::sectionResized, header,
                     [header, settingsName] { AppSettings().setHeaderState(settingsName, header->saveState()); });
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header,
                     [header, settingsName] { AppSettings().setHeaderState(settingsName, header->saveState()); });
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
}

void setUpTree(QTreeView* view, const QString& settingsName)
{
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setUniformRowHeights(true);
    rememberHeader(view->header(), settingsName);
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
    return t;
}

} // namespace cd::views
