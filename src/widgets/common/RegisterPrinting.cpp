#include "widgets/common/RegisterPrinting.h"

#include "reports/OfficialDocument.h"
#include "reports/RegisterDocuments.h"
#include "widgets/common/DocumentOutput.h"
#include "widgets/common/Workspace.h"

#include <QCoreApplication>
#include <QMenu>
#include <QPushButton>

namespace cd::registers {

void attach(QPushButton* button, Workspace& workspace, Kind kind, std::function<qint64()> unitOf)
{
    auto* menu = new QMenu(button);
    output::addActions(menu, button, [&workspace, kind, unitOf]() -> std::optional<output::Document> {
        if (!workspace.isOpen()) return std::nullopt;
        const qint64 unitId = unitOf ? unitOf() : 0;
        if (unitOf && unitId == 0) return std::nullopt;
        output::Document d;
        d.title = kind == Kind::Ledger             ? QCoreApplication::translate("cd::registers", "Problem ledger")
                  : kind == Kind::Responsibilities ? QCoreApplication::translate("cd::registers", "Responsibility list")
                                                   : QCoreApplication::translate("cd::registers", "Monthly progress table");
        d.fileName = d.title;
        d.style = kind == Kind::Ledger ? PageStyle::officialLandscape() : PageStyle::official();
        d.build = [&workspace, kind, unitId](OfficialDocument& doc) {
            return kind == Kind::Ledger             ? RegisterDocuments::ledger(doc, workspace.context(), unitId)
                   : kind == Kind::Responsibilities ? RegisterDocuments::responsibilities(doc, workspace.context(), unitId)
                                                    : RegisterDocuments::progress(doc, workspace.context(), unitId);
        };
        return d;
    });
    button->setMenu(menu);
}

} // namespace cd::registers
