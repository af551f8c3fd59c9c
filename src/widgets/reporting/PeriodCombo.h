#pragma once

#include "domain/Entities.h"

#include <QComboBox>

namespace cd {

class Workspace;

// The campaign's periods, months first; preselects the one that needs attention now
// (ReportRules::needingAttention), the earliest of `waiting` when there is one.
class PeriodCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit PeriodCombo(QWidget* parent = nullptr);
    void load(Workspace& workspace, bool withAll = false, const QSet<QString>& waiting = {});
    QString code() const { return currentData().toString(); }
    void selectCode(const QString& code);
    // Wide enough for the longest period's text in the style's own text field: the base size
    // left "2026-11（截止 12-05）" four pixels short, and elided.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QSize whole(QSize size) const;
};

} // namespace cd
