#pragma once

#include <QString>

class QTableView;
class QTreeView;
class QHeaderView;

namespace cd::views {

// The house look of a data table: sortable, whole-row selection, alternating rows,
// column widths and sort order remembered under a name.
void setUpTable(QTableView* view, const QString& settingsName);
void setUpTree(QTreeView* view, const QString& settingsName);
void rememberHeader(QHeaderView* header, const QString& settingsName);

} // namespace cd::views
