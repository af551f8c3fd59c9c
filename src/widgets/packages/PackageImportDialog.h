#pragma once

#include "packages/PackageService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace cd {

class Workspace;

// The office takes in units' report packages: files or whole folders are checked first and
// listed with what each would add or why it is refused; Import takes in every package that
// passed, all at once or (cancelled) not at all.
class PackageImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PackageImportDialog(Workspace& workspace, QWidget* parent = nullptr);

    // Checks these files and folders and lists them (what Add files… and Add folder… do).
    void addPaths(const QStringList& paths);
    // Imports what passed; false when nothing was taken in.
    bool importChecked();
    const QList<PackageCheck>& checks() const { return m_checks; }
    QTableView* table() const { return m_table; }

private:
    void fill();
    void showNotes();

    Workspace& m_workspace;
    QList<PackageCheck> m_checks;
    QStringList m_paths;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QLabel* m_summary;
    QPlainTextEdit* m_notes;
    QPushButton* m_import;
};

} // namespace cd
