#include "widgets/responsibilities/ResponsibilityPage.h"

#include "models/CollatingProxy.h"
#include "exchange/Exports.h"
#include "exchange/TableWriter.h"
#include "models/CoverageModel.h"
#include "models/ResponsibilityTableModel.h"
#include "models/UnitFilterProxy.h"
#include "models/UnitTableModel.h"
#include "services/CampaignService.h"
#include "services/ResponsibilityService.h"
#include "services/UnitService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/RegisterPrinting.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/Workspace.h"
#include "widgets/exchange/ImportWizard.h"
#include "widgets/responsibilities/ResponsibilityDialog.h"
#include "widgets/welcome/WelcomeDialog.h"
#include "widgets/common/Offer.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

ResponsibilityPage::ResponsibilityPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_units(new UnitTableModel(this)), m_unitProxy(new UnitFilterProxy(this)),
      m_unitSearch(new QLineEdit), m_unitList(new QListView), m_tabs(new QTabWidget), m_unitHeading(new QLabel),
      m_listModel(new ResponsibilityTableModel(this)), m_listProxy(new CollatingProxy(this)), m_listTable(new QTableView),
      m_coverageModel(new CoverageModel(this)), m_coverageProxy(new CollatingProxy(this)), m_coverageTable(new QTableView)
{
    m_unitSearch->setPlaceholderText(tr("Find a unit"));
    m_unitSearch->setClearButtonEnabled(true);
    m_unitProxy->setSourceModel(m_units);
    m_unitProxy->setShowInactive(false);
    m_unitList->setModel(m_unitProxy);
    m_unitList->setModelColumn(UnitTableModel::Name);
    m_unitList->setObjectName(QStringLiteral("responsibilityUnitList"));
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_unitSearch);
    leftLayout->addWidget(m_unitList);

    m_listProxy->setSourceModel(m_listModel);
    m_listProxy->setSortRole(Qt::EditRole);
    m_listTable->setModel(m_listProxy);
    views::setUpTable(m_listTable, QStringLiteral("responsibilities"));
    m_listTable->horizontalHeader()->resizeSection(ResponsibilityTableModel::TaskTitle, 220);
    m_listTable->sortByColumn(ResponsibilityTableModel::TaskCode, Qt::AscendingOrder);
    auto* add = new QPushButton(tr("&Add person…"));
    auto* edit = new QPushButton(tr("&Edit…"));
    auto* remove = new QPushButton(tr("&Remove"));
    auto* import = new QPushButton(tr("&Import…"));
    m_setupButtons = {add, edit, remove, import};
    add->setObjectName(QStringLiteral("addResponsibilityButton"));
    import->setObjectName(QStringLiteral("importResponsibilitiesButton"));
    auto* exportButton = new QPushButton(tr("E&xport…"));
    auto* printButton = new QPushButton(tr("&Print…"));
    registers::attach(printButton, m_workspace, registers::Kind::Responsibilities, [this] {
        const Unit* u = currentUnit();
        return u ? u->id : qint64(0);
    });
    auto* buttons = new QHBoxLayout;
    for (auto* b : {add, edit, remove}) buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(import);
    buttons->addWidget(exportButton);
    buttons->addWidget(printButton);
    auto* listTab = new QWidget;
    auto* listLayout = new QVBoxLayout(listTab);
    listLayout->addWidget(m_unitHeading);
    listLayout->addWidget(m_listTable);
    listLayout->addLayout(buttons);

    m_coverageProxy->setSourceModel(m_coverageModel);
    m_coverageProxy->setSortRole(Qt::EditRole);
    m_coverageTable->setModel(m_coverageProxy);
    views::setUpTable(m_coverageTable, QStringLiteral("coverage"));
    m_coverageTable->horizontalHeader()->setStretchLastSection(false);
    m_coverageTable->horizontalHeader()->setDefaultSectionSize(44);
    m_coverageTable->setObjectName(QStringLiteral("coverageTable"));
    m_coverageTable->sortByColumn(0, Qt::AscendingOrder);
    connect(m_coverageModel, &QAbstractItemModel::modelReset, m_coverageTable, [this] {
        m_coverageTable->setColumnWidth(0, 220);
        m_coverageTable->setColumnWidth(1, 56);
    });

    m_tabs->addTab(listTab, tr("Responsibility list"));
    m_tabs->addTab(m_coverageTable, tr("What is missing (units × tasks)"));
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({260, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_unitSearch, &QLineEdit::textChanged, m_unitProxy, &UnitFilterProxy::setSearchText);
    connect(m_unitList->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResponsibilityPage::showCurrentUnit);
    connect(add, &QPushButton::clicked, this, &ResponsibilityPage::addResponsibility);
    connect(edit, &QPushButton::clicked, this, &ResponsibilityPage::editResponsibility);
    connect(remove, &QPushButton::clicked, this, &ResponsibilityPage::removeResponsibility);
    connect(m_listTable, &QTableView::activated, this, &ResponsibilityPage::editResponsibility);
    connect(import, &QPushButton::clicked, this, [this] {
        ImportWizard wizard(m_workspace, ImportWizard::Kind::Responsibilities, this);
        wizard.exec();
    });
    connect(exportButton, &QPushButton::clicked, this, &ResponsibilityPage::exportList);
    connect(m_coverageTable, &QTableView::activated, this, [this](const QModelIndex& i) {
        selectUnit(i.data(CoverageModel::UnitIdRole).toLongLong());
        m_tabs->setCurrentIndex(0);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        // The matrix reads every unit's list, so it is built only when looked at.
        if (tab == 1 && m_workspace.isOpen())
            if (auto c = m_workspace.campaign()) m_coverageModel->setMatrix(ResponsibilityService(m_workspace.context()).coverage(c->id));
    });
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::changed, lazy, &LazyReload::request);
    connect(&m_workspace, &Workspace::opened, lazy, &LazyReload::request);
    reload();
}

const Unit* ResponsibilityPage::currentUnit() const
{
    return m_units->unitAt(m_unitProxy->mapToSource(m_unitList->currentIndex()).row());
}

void ResponsibilityPage::reload()
{
    for (auto* b : m_setupButtons) offer(m_workspace, Operation::ManageSetup, {b}); // the office's buttons
    const Unit* u = currentUnit();
    const qint64 selected = u ? u->id : 0;
    auto campaign = m_workspace.campaign();
    m_tasks = campaign ? CampaignService(m_workspace.context()).tasks(campaign->id) : QList<Task>{};
    m_units->setUnits(m_workspace.isOpen() ? UnitService(m_workspace.context()).list() : QList<Unit>{});
    if (selected) selectUnit(selected);
    else if (m_unitProxy->rowCount() > 0) m_unitList->setCurrentIndex(m_unitProxy->index(0, UnitTableModel::Name));
    showCurrentUnit();
    if (m_tabs->currentIndex() == 1 && campaign)
        m_coverageModel->setMatrix(ResponsibilityService(m_workspace.context()).coverage(campaign->id));
}

void ResponsibilityPage::selectUnit(qint64 unitId)
{
    const int row = m_units->rowOfUnit(unitId);
    const QModelIndex i = m_unitProxy->mapFromSource(m_units->index(row, UnitTableModel::Name));
    if (i.isValid()) m_unitList->setCurrentIndex(i);
}

void ResponsibilityPage::showCurrentUnit()
{
    const Unit* u = currentUnit();
    if (!u) {
        m_unitHeading->setText(tr("Choose a unit on the left."));
        m_listModel->setData(Unit{}, {}, {});
        return;
    }
    m_listModel->setData(*u, m_tasks, ResponsibilityService(m_workspace.context()).forUnit(u->id));
    const int missing = m_listModel->missingCount();
    m_unitHeading->setText(missing == 0 ? tr("<b>%1</b> · every task has a named person").arg(u->name.toHtmlEscaped())
                                        : tr("<b>%1</b> · <span style='color:#b3261e'>%2 tasks without a named person</span>")
                                              .arg(u->name.toHtmlEscaped())
                                              .arg(missing));
}

void ResponsibilityPage::addResponsibility()
{
    const Unit* u = currentUnit();
    if (!u || !m_workspace.can(Operation::ManageSetup)) return;
    Responsibility r;
    r.unitId = u->id;
    const QModelIndex i = m_listProxy->mapToSource(m_listTable->currentIndex());
    if (const Task* t = m_listModel->taskAt(i.row())) r.taskId = t->id, r.target = t->target;
    ResponsibilityDialog dialog(m_workspace, *u, m_tasks, r, this);
    dialog.exec();
}

void ResponsibilityPage::editResponsibility()
{
    const Unit* u = currentUnit();
    const int row = m_listProxy->mapToSource(m_listTable->currentIndex()).row();
    const Responsibility* r = m_listModel->responsibilityAt(row);
    if (!u || !m_workspace.can(Operation::ManageSetup)) return;
    if (!r) return addResponsibility();
    ResponsibilityDialog dialog(m_workspace, *u, m_tasks, *r, this);
    dialog.exec();
}

void ResponsibilityPage::removeResponsibility()
{
    const Responsibility* r = m_listModel->responsibilityAt(m_listProxy->mapToSource(m_listTable->currentIndex()).row());
    if (!r) return;
    if (dialogs::question(this, tr("Remove"), tr("Remove %1 from this task's responsibility list?").arg(r->person),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto s = ResponsibilityService(m_workspace.context()).remove(r->id); !s) {
        dialogs::warning(this, tr("Remove"), s.error().message);
        return;
    }
    m_workspace.notifyChanged();
}

void ResponsibilityPage::exportList()
{
    if (!m_workspace.isOpen()) return;
    const QString path = dialogs::saveFileName(this, tr("Export responsibility lists"), dialogs::FileKind::Export, tr("responsibilities.xlsx"),
                                               tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) return;
    ResponsibilityService service(m_workspace.context());
    QHash<qint64, QString> names;
    for (const auto& u : UnitService(m_workspace.context()).list()) names.insert(u.id, u.name);
    QHash<qint64, Task> tasks;
    for (const auto& t : m_tasks) tasks.insert(t.id, t);
    if (auto s = TableWriter::write(Exports::responsibilities(service.all(), names, tasks), path, tr("Responsibilities")); !s)
        dialogs::warning(this, tr("Export responsibility lists"), s.error().message);
}

} // namespace cd
