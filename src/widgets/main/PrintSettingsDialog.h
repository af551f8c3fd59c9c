#pragma once

#include "reports/PageStyle.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;

namespace cd {

// File ▸ Print settings: the font each role of a printed document gets on this computer,
// shown with a sample, and the choice of another installed family ("Automatic" keeps the
// official font when present, else its stand-in).
class PrintSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrintSettingsDialog(QWidget* parent = nullptr);
    void accept() override;
    // What the row for a role says the documents will use.
    QString shownFamily(PageStyle::Role role) const;

private:
    void refresh(PageStyle::Role role);

    QHash<PageStyle::Role, QComboBox*> m_combos;
    QHash<PageStyle::Role, QLabel*> m_used;
};

} // namespace cd
