#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemView;
class QComboBox;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QTreeView;
class QHeaderView;

namespace cd::views {

// The house look of a data table: sortable, whole-row selection, alternating rows,
// column widths and sort order remembered under a name. A tree's columns are fitted too.
// Columns are widened to what they hold whenever rows arrive (fitColumns), until the person
// resizes one themselves.
void setUpTable(QTableView* view, const QString& settingsName);
// Widens every column but the last to its header and the first rows it holds, up to
// kFittedWidth (longer text is elided, whole in its tooltip); never narrows one.
inline constexpr int kFittedWidth = 480;
void fitColumns(QAbstractItemView* view);
// Fits a view's columns whenever rows arrive, its header is laid out afresh or it is shown
// (setUpTable, setUpTree and plainTable do it; a table set up otherwise asks for it).
void fitAsRowsArrive(QAbstractItemView* view);
void setUpTree(QTreeView* view, const QString& settingsName);
void rememberHeader(QHeaderView* header, const QString& settingsName);
// A read-only, sortable table of text for small lists (history, timelines, visits).
QTableWidget* plainTable(const QStringList& header);
// A combo box of many names (every unit starts with 市): typing any part of a name narrows
// the list; what is left in the box is always one of its items.
void makeSearchable(QComboBox* combo);
// A table cell that sorts as every table does (CollatingProxy): names in pinyin order.
QTableWidgetItem* cell(const QString& text = {});

} // namespace cd::views
