#include "widgets/supervision/UnitPage.h"

#include "models/ResponsibilityTableModel.h"
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/ResponsibilityService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/Workspace.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {
namespace {


void setRow(QTableWidget* t, int row, const QStringList& cells, const QColor& background = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = views::cell(cells[c]);
        if (background.isValid()) item->setBackground(background);
        t->setItem(row, c, item);
    }
}

} // namespace

UnitPage::UnitPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_unit(new QComboBox), m_heading(new QLabel), m_responsibilities(new ResponsibilityTableModel(this)),
      m_progress(views::plainTable({tr("Code"), tr("Task"), tr("Target"), tr("Done so far"), tr("Completion")})),
      m_timeline(views::plainTable({tr("Period"), tr("Due"), tr("Report"), tr("Version"), tr("Submitted")})),
      m_problems(views::plainTable({tr("No."), tr("Problem"), tr("Deadline"), tr("Status")})),
      m_cases(views::plainTable({tr("Date"), tr("Kind"), tr("Title"), tr("Published")}))
{
    for (auto* t : {m_progress, m_timeline, m_problems, m_cases}) t->setSortingEnabled(false); // in the year's own order
    m_unit->setObjectName(QStringLiteral("unitPageCombo"));
    m_unit->setMinimumContentsLength(18);
    views::makeSearchable(m_unit);
    m_timeline->setObjectName(QStringLiteral("timelineTable"));
    m_heading->setWordWrap(true);
    auto* list = new QTableView;
    list->setModel(m_responsibilities);
    views::setUpTable(list, QStringLiteral("unitResponsibilities"));
    list->setSortingEnabled(false);
    auto* tabs = new QTabWidget;
    tabs->addTab(m_timeline, tr("Reports"));
    tabs->addTab(m_progress, tr("Progress"));
    tabs->addTab(list, tr("Responsibility list"));
    tabs->addTab(m_problems, tr("Problems"));
    tabs->addTab(m_cases, tr("Typical cases"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Unit")));
    top->addWidget(m_unit);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_heading);
    layout->addWidget(tabs, 1);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &UnitPage::reload);
    auto* lazy = new LazyReload(this, [this] { reload(); }, [this] {
        QSignalBlocker block(m_unit);
        m_unit->clear();
        for (const auto& u : UnitService(m_workspace.context()).list())
            if (u.active && m_workspace.can(Operation::ReadUnitData, u.id)) m_unit->addItem(u.name, u.id);
    });
    connect(&m_workspace, &Workspace::opened, lazy, &LazyReload::requestOpened);
    connect(&m_workspace, &Workspace::changed, lazy, &LazyReload::request);
    if (m_workspace.isOpen()) lazy->requestOpened(); // a page first built with a campaign open
}

void UnitPage::showUnit(qint64 unitId)
{
    const int i = m_unit->findData(unitId);
    if (i >= 0) m_unit->setCurrentIndex(i);
    reload();
}

void UnitPage::reload()
{
    const qint64 unitId = m_unit->currentData().toLongLong();
    for (auto* t : {m_progress, m_timeline, m_problems, m_cases}) t->setRowCount(0);
    auto campaign = m_workspace.isOpen() ? m_workspace.campaign() : std::nullopt;
    if (!unitId || !campaign) {
        m_heading->clear();
        m_responsibilities->setData(Unit{}, {}, {});
        return;
    }
    Unit shown;
    for (const auto& u : UnitService(m_workspace.context()).list())
        if (u.id == unitId) shown = u;
    m_heading->setText(tr("<h2>%1</h2><p>Principal leader %2 · leader in charge %3 · secretary %4 · %5</p>")
                           .arg(shown.name.toHtmlEscaped(), shown.head.toHtmlEscaped(), shown.deputy.toHtmlEscaped(),
                                shown.secretary.toHtmlEscaped(), shown.phone.toHtmlEscaped()));
    const auto tasks = CampaignService(m_workspace.context()).tasks(campaign->id);
    m_responsibilities->setData(shown, tasks, ResponsibilityService(m_workspace.context()).forUnit(unitId));

    ReportService reports(m_workspace.context());
    const QDate today = m_workspace.context().clock.today();
    // The timeline: every period begun so far; a gap is a period past its deadline with nothing in.
    int gaps = 0;
    for (const auto& p : CampaignService(m_workspace.context()).periods(campaign->id)) {
        if (p.start > today) continue;
        const auto latest = reports.latest(unitId, p.code);
        const int row = m_timeline->rowCount();
        m_timeline->insertRow(row);
        const bool submitted = latest && latest->status != ReportStatus::Draft;
        QString state;
        QColor colour;
        if (!submitted && p.deadline < today) {
            state = tr("Missing");
            colour = QColor(0xef, 0x9a, 0x9a);
            ++gaps;
        } else if (!submitted) {
            state = latest ? tr("Draft") : tr("Not yet due");
        } else {
            state = displayName(latest->status);
            if (latest->status == ReportStatus::Returned) colour = QColor(0xff, 0xec, 0xb3);
        }
        setRow(m_timeline, row,
               {p.code, p.deadline.toString(Qt::ISODate), state, submitted ? QString::number(latest->version) : QString(),
                submitted ? latest->submittedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString()},
               colour);
    }
    if (gaps > 0)
        m_heading->setText(m_heading->text() + tr("<p style='color:#b3261e'>%n report(s) missing this year.</p>", nullptr, gaps));

    if (auto lines = reports.progress(unitId)) {
        for (const auto& l : *lines) {
            const int row = m_progress->rowCount();
            m_progress->insertRow(row);
            setRow(m_progress, row,
                   {l.task.code, l.task.title, QStringLiteral("%1 %2").arg(l.task.target).arg(l.task.measure), ReportRules::amount(l.cumulative),
                    l.behind ? tr("%1% — behind schedule").arg(l.percent, 0, 'f', 0) : tr("%1%").arg(l.percent, 0, 'f', 0)},
                   l.behind ? QColor(0xff, 0xec, 0xb3) : QColor());
        }
    }
    SupervisionService supervision(m_workspace.context());
    ProblemFilter f;
    f.unitId = unitId;
    for (const auto& p : supervision.problems(f)) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        setRow(m_problems, row, {QString::number(p.id), p.description, p.deadline.toString(Qt::ISODate), displayName(p.status)},
               ProblemRules::isOverdue(p, today) ? QColor(0xef, 0x9a, 0x9a) : QColor());
    }
    for (const auto& c : supervision.cases(unitId)) {
        const int row = m_cases->rowCount();
        m_cases->insertRow(row);
        setRow(m_cases, row, {c.date.toString(Qt::ISODate), c.positive ? tr("Positive") : tr("Negative"), c.title, c.published ? tr("Published") : tr("Draft")});
    }
    for (auto* t : {m_progress, m_timeline, m_problems, m_cases}) t->resizeColumnsToContents();
}

} // namespace cd
