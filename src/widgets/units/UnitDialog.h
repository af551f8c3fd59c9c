#pragma once

#include "domain/Entities.h"

#include <QDialog>
#include <memory>

namespace Ui {
class UnitDialog;
}

namespace cd {

class Workspace;

// Adds or edits one unit. Saving goes through the unit service; a refusal is shown in the
// dialog and nothing typed is lost.
class UnitDialog : public QDialog
{
    Q_OBJECT
public:
    UnitDialog(Workspace& workspace, const Unit& unit, const QStringList& categories, QWidget* parent = nullptr);
    ~UnitDialog() override;

    qint64 savedUnitId() const { return m_unit.id; }
    void accept() override;

private:
    Unit edited() const;
    void fill(const Unit& unit); // the form from `unit`

    std::unique_ptr<Ui::UnitDialog> m_ui;
    Workspace& m_workspace;
    Unit m_unit;
};

} // namespace cd
