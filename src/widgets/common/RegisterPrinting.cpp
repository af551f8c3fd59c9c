#include "widgets/common/RegisterPrinting.h"

#include "reports/DocumentFiles.h"
#include "reports/RegisterDocuments.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"
#include "widgets/welcome/WelcomeDialog.h"

#include <QCoreApplication>
#include <QDir>

namespace cd::registers {

void save(QWidget* parent, Workspace& workspace, Kind kind, qint64 unitId)
{
    if (!workspace.isOpen()) return;
    const QString title = kind == Kind::Ledger             ? QCoreApplication::translate("cd::registers", "Problem ledger")
                          : kind == Kind::Responsibilities ? QCoreApplication::translate("cd::registers", "Responsibility list")
                                                           : QCoreApplication::translate("cd::registers", "Monthly progress table");
    const QString path = dialogs::saveFileName(parent, QCoreApplication::translate("cd::registers", "Save the %1").arg(title),
                                               QDir(defaultDataFolder()).filePath(title + QStringLiteral(".pdf")),
                                               QCoreApplication::translate("cd::registers", "PDF (*.pdf);;OpenDocument text (*.odt)"));
    if (path.isEmpty()) return;
    OfficialDocument doc(kind == Kind::Ledger ? PageStyle::officialLandscape() : PageStyle::official());
    const Status made = kind == Kind::Ledger             ? RegisterDocuments::ledger(doc, workspace.context(), unitId)
                        : kind == Kind::Responsibilities ? RegisterDocuments::responsibilities(doc, workspace.context(), unitId)
                                                         : RegisterDocuments::progress(doc, workspace.context(), unitId);
    if (!made) return dialogs::warning(parent, title, made.error().message);
    if (auto s = DocumentFiles::write(doc, path, title); !s) dialogs::warning(parent, title, s.error().message);
}

} // namespace cd::registers
