#include "widgets/units/UnitsPage.h"

#include "widgets/main/AuditDialog.h"

#include "exchange/Exports.h"
#include "exchange/TableWriter.h"
#include "models/UnitFilterProxy.h"
#include "models/UnitTableModel.h"
#include "services/GroupService.h"
#include "services/ReportService.h"
#include "services/UnitService.h"
#include "widgets/common/AppSettings.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/Offer.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"
#include "widgets/exchange/ImportWizard.h"
#include "widgets/units/GroupPanel.h"
#include "widgets/units/UnitDialog.h"
#include "widgets/welcome/WelcomeDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QSplitter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd {

UnitsPage::UnitsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new UnitTableModel(this)), m_proxy(new UnitFilterProxy(this)),
      m_table(new QTableView(this)), m_search(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_showInactive(new QCheckBox(tr("Show inactive units"), this)), m_count(new QLabel(this)),
      m_edit(new QPushButton(tr("&Edit…"), this)), m_toggle(new QPushButton(tr("&Deactivate"), this))
{
    m_search->setObjectName(QStringLiteral("unitSearchEdit"));
    m_search->setPlaceholderText(tr("Search units, leaders, secretaries, phones (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_category->setObjectName(QStringLiteral("categoryFilterCombo"));
    m_category->setMinimumContentsLength(8);
    m_showInactive->setChecked(true);
    m_table->setObjectName(QStringLiteral("unitTable"));

    auto* add = m_add = new QPushButton(tr("&New unit…"), this);
    auto* import = m_import = new QPushButton(tr("&Import…"), this);
    auto* exportButton = m_export = new QPushButton(tr("E&xport…"), this);
    m_history = new QPushButton(tr("Hi&story…"), this);
    m_move = new QPushButton(tr("&Move to group…"), this);
    m_move->setObjectName(QStringLiteral("moveToGroupButton"));
    m_move->setToolTip(tr("Put the unit in a group (分组) of the campaign, or at the top"));
    m_groups = new GroupPanel(m_workspace, this);
    m_split = new QSplitter(this);
    m_history->setObjectName(QStringLiteral("unitHistoryButton"));
    m_history->setToolTip(tr("Every change to this unit and to its records, from the audit record"));
    connect(m_move, &QPushButton::clicked, this, &UnitsPage::moveToGroup);
    connect(m_history, &QPushButton::clicked, this, [this] {
        const Unit* u = m_model->unitAt(m_proxy->mapToSource(m_table->currentIndex()).row());
        if (u) AuditDialog::openHistory(this, m_workspace, u->name, {}, 0, u->id);
    });
    exportButton->setObjectName(QStringLiteral("exportUnitsButton"));
    add->setObjectName(QStringLiteral("addUnitButton"));
    m_edit->setObjectName(QStringLiteral("editUnitButton"));
    m_toggle->setObjectName(QStringLiteral("toggleUnitButton"));
    import->setObjectName(QStringLiteral("importUnitsButton"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(new QLabel(tr("Category"), this));
    filters->addWidget(m_category, 1);
    filters->addWidget(m_showInactive);
    auto* actions = new QHBoxLayout;
    for (auto* b : {add, m_edit, m_toggle, m_move, m_history}) actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_count);
    actions->addStretch();
    actions->addWidget(import);
    actions->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    m_split->addWidget(m_groups);
    m_split->addWidget(m_table);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({220, 900});
    m_split->setObjectName(QStringLiteral("unitsSplit"));
    if (const QByteArray state = AppSettings().splitState(QStringLiteral("units")); !state.isEmpty()) m_split->restoreState(state);
    connect(m_split, &QSplitter::splitterMoved, this, [this] { AppSettings().setSplitState(QStringLiteral("units"), m_split->saveState()); });
    layout->addWidget(m_split);
    layout->addLayout(actions);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    // Widths that fit Chinese names on a laptop screen; a user's own widths, once saved, win.
    const std::pair<int, int> widths[] = {{UnitTableModel::Order, 52}, {UnitTableModel::Name, 230}, {UnitTableModel::ShortName, 140},
                                          {UnitTableModel::Category, 80}, {UnitTableModel::Head, 72}, {UnitTableModel::Deputy, 72},
                                          {UnitTableModel::Secretary, 72}, {UnitTableModel::Phone, 92}, {UnitTableModel::Active, 56}};
    for (auto [column, width] : widths) m_table->horizontalHeader()->resizeSection(column, width);
    m_table->sortByColumn(UnitTableModel::Order, Qt::AscendingOrder);
    views::setUpTable(m_table, QStringLiteral("units"));

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& t) {
        m_proxy->setSearchText(t);
        updateCount();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCategory(m_category->currentData().toString());
        updateCount();
    });
    connect(m_showInactive, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setShowInactive(on);
        updateCount();
    });
    connect(m_groups, &GroupPanel::scopeChanged, this, [this] {
        m_proxy->setGroups(m_groups->scope());
        updateCount();
    });
    connect(add, &QPushButton::clicked, this, &UnitsPage::addUnit);
    connect(m_edit, &QPushButton::clicked, this, &UnitsPage::editCurrent);
    connect(m_toggle, &QPushButton::clicked, this, &UnitsPage::toggleActive);
    connect(import, &QPushButton::clicked, this, &UnitsPage::importUnits);
    connect(exportButton, &QPushButton::clicked, this, &UnitsPage::exportUnits);
    connect(m_table, &QTableView::activated, this, &UnitsPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UnitsPage::updateActions);
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(new QShortcut(QKeySequence(Qt::Key_Insert), this), &QShortcut::activated, this, &UnitsPage::addUnit);
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::changed, lazy, &LazyReload::request);
    connect(&m_workspace, &Workspace::opened, lazy, &LazyReload::request);
    reload();
}

void UnitsPage::reload()
{
    const qint64 selected = currentUnitId();
    m_model->setUnits(m_workspace.isOpen() ? UnitService(m_workspace.context()).list() : QList<Unit>{});
    m_groups->reload();
    // The tree shows where the campaign has groups, or to the office, who makes them.
    m_groups->setVisible(!m_workspace.isOpen() || m_workspace.can(Operation::ManageSetup) || m_groups->tree()->topLevelItemCount() > 1);
    m_proxy->setGroups(m_groups->scope());
    if (m_workspace.isOpen() && m_workspace.can(Operation::ReadAllUnits)) {
        ReportService reports(m_workspace.context());
        if (auto month = reports.latestDueMonth()) m_model->setStandings(month->code, reports.standings(*month));
    }
    const QString category = m_category->currentData().toString();
    QSignalBlocker block(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const auto& c : m_model->categories()) m_category->addItem(c, c);
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_proxy->setCategory(m_category->currentData().toString());
    if (selected) showUnit(selected);
    updateActions();
    updateCount();
}

qint64 UnitsPage::currentUnitId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(UnitTableModel::UnitIdRole).toLongLong() : 0;
}

void UnitsPage::showUnit(qint64 unitId)
{
    const int row = m_model->rowOfUnit(unitId);
    if (row < 0) return;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, UnitTableModel::Name));
    if (!i.isValid()) return;
    m_table->setCurrentIndex(i);
    m_table->scrollTo(i);
}

void UnitsPage::updateActions()
{
    const int row = m_proxy->mapToSource(m_table->currentIndex()).row();
    const Unit* u = m_model->unitAt(row);
    offer(m_workspace, Operation::ManageSetup, {m_add, m_edit, m_toggle, m_import, m_move});
    m_move->setEnabled(m_move->isEnabled() && u != nullptr);
    offer(m_workspace, Operation::ReadAllUnits, {m_export});
    offer(m_workspace, Operation::Supervise, {m_history});
    m_history->setEnabled(m_history->isEnabled() && u != nullptr);
    m_edit->setEnabled(m_edit->isEnabled() && u != nullptr);
    m_toggle->setEnabled(m_toggle->isEnabled() && u != nullptr);
    m_toggle->setText(u && !u->active ? tr("&Reactivate") : tr("&Deactivate"));
}

void UnitsPage::updateCount()
{
    m_count->setText(tr("%1 of %2 units shown").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void UnitsPage::addUnit()
{
    if (!m_workspace.isOpen() || !m_workspace.can(Operation::ManageSetup)) return;
    UnitDialog dialog(m_workspace, Unit{}, m_model->categories(), this);
    if (dialog.exec() == QDialog::Accepted) showUnit(dialog.savedUnitId());
}

void UnitsPage::editCurrent()
{
    if (!m_workspace.can(Operation::ManageSetup)) return;
    const Unit* u = m_model->unitAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    if (!u) return;
    UnitDialog dialog(m_workspace, *u, m_model->categories(), this);
    dialog.exec();
}

void UnitsPage::toggleActive()
{
    const Unit* u = m_model->unitAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    if (!u) return;
    if (u->active &&
        dialogs::question(this, tr("Deactivate unit"),
                          tr("Deactivate %1? It stays in the records but takes no further part in the campaign. "
                             "You can reactivate it later.")
                              .arg(u->name),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto s = UnitService(m_workspace.context()).setActive(u->id, !u->active); !s) {
        dialogs::warning(this, tr("Unit"), s.error().message);
        return;
    }
    m_workspace.notifyChanged();
}

void UnitsPage::moveToGroup()
{
    if (!m_workspace.isOpen() || !m_workspace.can(Operation::ManageSetup)) return;
    const Unit* u = m_model->unitAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    if (!u) return;
    GroupService groups(m_workspace.context());
    const auto overview = groups.overview();
    if (overview.isEmpty()) {
        dialogs::warning(this, tr("Move to group"), tr("The campaign has no groups yet: make one with New group… beside the table first."));
        return;
    }
    QStringList paths{tr("(at the top, in no group)")};
    int current = 0;
    for (const auto& g : overview) {
        paths << g.path;
        if (g.group.id == u->groupId) current = int(paths.size()) - 1;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Move to group"), tr("The group %1 belongs to:").arg(u->name), paths, current, false, &ok);
    if (!ok) return;
    const qint64 unitId = u->id;
    const QString path = chosen == paths.first() ? QString() : chosen;
    if (auto s = groups.moveUnit(unitId, path); !s) {
        dialogs::warning(this, tr("Move to group"), s.error().message);
        return;
    }
    m_workspace.notifyChanged();
    showUnit(unitId);
}

void UnitsPage::importUnits()
{
    if (!m_workspace.isOpen()) return;
    ImportWizard wizard(m_workspace, ImportWizard::Kind::Units, this);
    wizard.exec();
}

void UnitsPage::exportUnits()
{
    if (!m_workspace.isOpen()) return;
    const QString path = dialogs::saveFileName(this, tr("Export units"), dialogs::FileKind::Export, tr("units.xlsx"),
                                               tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) return;
    const GroupTree tree = GroupService(m_workspace.context()).tree();
    QHash<qint64, QString> paths;
    for (const auto& g : tree.all()) paths.insert(g.id, tree.path(g.id));
    if (auto s = TableWriter::write(Exports::units(UnitService(m_workspace.context()).list(), paths), path, tr("Units")); !s)
        dialogs::warning(this, tr("Export units"), s.error().message);
}

} // namespace cd
