#pragma once

#include "domain/Entities.h"

#include <QComboBox>

namespace cd {

class Workspace;

// The campaign's periods, months first; preselects the latest month that has begun.
class PeriodCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit PeriodCombo(QWidget* parent = nullptr);
    void load(Workspace& workspace, bool withAll = false);
    QString code() const { return currentData().toString(); }
    void selectCode(const QString& code);
};

} // namespace cd
