#pragma once

#include <QDialog>

class QComboBox;
class QListWidget;
class QPlainTextEdit;

namespace cd {

class Workspace;

// A new inspection: title, kind, date, inspectors, and the units visited, each with its
// findings and rating. The quarter follows from the date.
class InspectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit InspectionDialog(Workspace& workspace, QWidget* parent = nullptr);
    void accept() override;
    // For tests and keyboard users alike: adds a visit to the named unit, selected.
    bool addVisit(const QString& unitName);

private:
    void showVisit();
    void keepVisit();

    Workspace& m_workspace;
    QComboBox* m_unitPicker;
    QListWidget* m_visits;
    QComboBox* m_rating;
    QPlainTextEdit* m_findings;
    int m_shown = -1;
};

} // namespace cd
