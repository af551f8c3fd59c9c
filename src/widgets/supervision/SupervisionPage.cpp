#include "widgets/main/AuditDialog.h"
#include "widgets/supervision/SupervisionPage.h"

#include "models/CollatingProxy.h"
#include "models/HeatMapModel.h"
#include "reports/DocumentFiles.h"
#include "reports/EscalationNotice.h"
#include "reports/PdfRenderer.h"
#include "services/SettingsService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/DocumentOutput.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/Offer.h"
#include "widgets/common/RegisterPrinting.h"
#include "widgets/common/Workspace.h"
#include "widgets/supervision/CaseDialog.h"
#include "widgets/supervision/InspectionDialog.h"
#include "widgets/supervision/ProblemDialog.h"
#include "widgets/welcome/WelcomeDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {
namespace {


void fill(QTableWidget* t, const QList<QStringList>& rows, const QList<qint64>& ids)
{
    t->setSortingEnabled(false);
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c) {
            auto* item = views::cell(rows[r][c]);
            item->setData(Qt::UserRole, ids.value(r));
            t->setItem(r, c, item);
        }
    t->setSortingEnabled(true);
    t->resizeColumnsToContents();
}

qint64 currentId(const QTableWidget* t)
{
    const int row = t->currentRow();
    return row >= 0 && t->item(row, 0) ? t->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

class LedgerFilter : public CollatingProxy
{
public:
    using CollatingProxy::CollatingProxy;
    void set(const QString& text, bool overdueOnly)
    {
        m_text = text.trimmed();
        m_overdue = overdueOnly;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const auto* m = sourceModel();
        if (m_overdue && m->index(row, ProblemTableModel::Overdue, parent).data().toString().isEmpty()) return false;
        if (m_text.isEmpty()) return true;
        for (int c : {ProblemTableModel::UnitName, ProblemTableModel::Description, ProblemTableModel::Responsible})
            if (m->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive)) return true;
        return false;
    }

private:
    QString m_text;
    bool m_overdue = false;
};

} // namespace

SupervisionPage::SupervisionPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_status(new QComboBox), m_search(new QLineEdit), m_overdueOnly(new QCheckBox(tr("Overdue only"))),
      m_problems(new ProblemTableModel(this)), m_problemProxy(new LedgerFilter(this)), m_problemView(new QTableView),
      m_inspections(views::plainTable({tr("Date"), tr("Quarter"), tr("Kind"), tr("Inspection"), tr("Units visited")})),
      m_visits(views::plainTable({tr("Unit"), tr("Rating"), tr("Findings")})),
      m_cases(views::plainTable({tr("Date"), tr("Unit"), tr("Pillar"), tr("Kind"), tr("Title"), tr("Published")}))
{
    m_status->addItem(tr("Not struck off"), QStringLiteral("active"));
    m_status->addItem(tr("All lines"), QString());
    for (auto s : {ProblemStatus::Open, ProblemStatus::Rectifying, ProblemStatus::PendingVerification, ProblemStatus::Closed})
        m_status->addItem(displayName(s), toId(s));
    m_search->setPlaceholderText(tr("Filter by unit, problem or responsible person"));
    m_search->setClearButtonEnabled(true);
    m_problemProxy->setSourceModel(m_problems);
    m_problemProxy->setSortRole(Qt::EditRole);
    m_problemView->setModel(m_problemProxy);
    m_problemView->setObjectName(QStringLiteral("ledgerTable"));
    m_problemView->sortByColumn(ProblemTableModel::Deadline, Qt::AscendingOrder); // the most urgent first
    views::setUpTable(m_problemView, QStringLiteral("ledger"));
    m_problemView->horizontalHeader()->resizeSection(ProblemTableModel::UnitName, 180);
    m_problemView->horizontalHeader()->resizeSection(ProblemTableModel::Description, 300);

    auto* add = new QPushButton(tr("&New problem…"));
    auto* move = new QPushButton(tr("&Change state…"));
    auto* escalate = new QPushButton(tr("&Escalate…"));
    auto* notice = new QPushButton(tr("No&tice (PDF)…"));
    auto* history = new QPushButton(tr("Hi&story…"));
    auto* printLedger = new QPushButton(tr("Print the &ledger…"));
    add->setObjectName(QStringLiteral("newProblemButton"));
    move->setObjectName(QStringLiteral("moveProblemButton"));
    printLedger->setObjectName(QStringLiteral("printLedgerButton"));
    registers::attach(printLedger, m_workspace, registers::Kind::Ledger);
    auto* ledgerTop = new QHBoxLayout;
    ledgerTop->addWidget(m_status);
    ledgerTop->addWidget(m_search, 1);
    ledgerTop->addWidget(m_overdueOnly);
    auto* ledgerButtons = new QHBoxLayout;
    for (auto* b : {add, move, escalate, notice, history}) ledgerButtons->addWidget(b);
    ledgerButtons->addStretch();
    ledgerButtons->addWidget(printLedger);
    auto* ledger = new QWidget;
    auto* ledgerLayout = new QVBoxLayout(ledger);
    ledgerLayout->addLayout(ledgerTop);
    ledgerLayout->addWidget(m_problemView);
    ledgerLayout->addLayout(ledgerButtons);

    auto* newInspection = new QPushButton(tr("New &inspection…"));
    auto* toProblem = new QPushButton(tr("Finding → &problem line…"));
    auto* inspectionTab = new QWidget;
    auto* inspectionLayout = new QVBoxLayout(inspectionTab);
    inspectionLayout->addWidget(m_inspections, 2);
    inspectionLayout->addWidget(new QLabel(tr("Units visited by the selected inspection")));
    inspectionLayout->addWidget(m_visits, 3);
    auto* inspectionButtons = new QHBoxLayout;
    inspectionButtons->addWidget(newInspection);
    inspectionButtons->addWidget(toProblem);
    inspectionButtons->addStretch();
    inspectionLayout->addLayout(inspectionButtons);

    auto* newCase = new QPushButton(tr("New &case…"));
    auto* publish = new QPushButton(tr("Publish / &withdraw"));
    // The office's own work; the role is known once a file is open (see reload()).
    m_officeButtons = {add, escalate, notice, newInspection, toProblem, newCase, publish};
    m_moveButton = move;
    auto* caseTab = new QWidget;
    auto* caseLayout = new QVBoxLayout(caseTab);
    caseLayout->addWidget(m_cases);
    auto* caseButtons = new QHBoxLayout;
    caseButtons->addWidget(newCase);
    caseButtons->addWidget(publish);
    caseButtons->addStretch();
    caseLayout->addLayout(caseButtons);

    auto* tabs = new QTabWidget;
    tabs->addTab(ledger, tr("Problem ledger"));
    tabs->addTab(inspectionTab, tr("Inspections"));
    tabs->addTab(caseTab, tr("Typical cases"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);

    const auto refilter = [this] { static_cast<LedgerFilter*>(m_problemProxy)->set(m_search->text(), m_overdueOnly->isChecked()); };
    connect(m_search, &QLineEdit::textChanged, this, refilter);
    connect(m_overdueOnly, &QCheckBox::toggled, this, refilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SupervisionPage::reload);
    connect(add, &QPushButton::clicked, this, &SupervisionPage::addProblem);
    connect(move, &QPushButton::clicked, this, &SupervisionPage::moveCurrent);
    connect(escalate, &QPushButton::clicked, this, &SupervisionPage::escalateCurrent);
    connect(notice, &QPushButton::clicked, this, &SupervisionPage::printNotice);
    connect(history, &QPushButton::clicked, this, &SupervisionPage::showHistory);
    connect(m_problemView, &QTableView::activated, this, &SupervisionPage::showHistory);
    connect(newInspection, &QPushButton::clicked, this, &SupervisionPage::addInspection);
    connect(toProblem, &QPushButton::clicked, this, &SupervisionPage::findingToProblem);
    connect(newCase, &QPushButton::clicked, this, &SupervisionPage::addCase);
    connect(publish, &QPushButton::clicked, this, &SupervisionPage::togglePublished);
    connect(m_inspections, &QTableWidget::currentCellChanged, this, [this] {
        const qint64 id = currentId(m_inspections);
        QHash<qint64, QString> names;
        for (const auto& u : UnitService(m_workspace.context()).list()) names.insert(u.id, u.name);
        QList<QStringList> rows;
        QList<qint64> ids;
        for (const auto& i : SupervisionService(m_workspace.context()).inspections())
            if (i.id == id)
                for (const auto& v : i.visits) {
                    rows.append({names.value(v.unitId), v.rating, v.findings});
                    ids.append(v.id);
                }
        fill(m_visits, rows, ids);
    });
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::opened, lazy, &LazyReload::request);
    connect(&m_workspace, &Workspace::changed, lazy, &LazyReload::request);
    reload();
}

void SupervisionPage::reload()
{
    for (auto* b : m_officeButtons) offer(m_workspace, Operation::Supervise, {b});
    // Moving a line on is the office's, and a unit's on its own lines: a leader reads them.
    m_moveButton->setVisible(!m_workspace.isOpen() || m_workspace.can(Operation::AnswerProblems, m_workspace.actor().unitId));
    m_moveButton->setEnabled(m_workspace.isOpen());
    if (!m_workspace.isOpen()) {
        m_problems->setProblems({}, {}, {});
        return;
    }
    SupervisionService service(m_workspace.context());
    QHash<qint64, QString> names;
    for (const auto& u : UnitService(m_workspace.context()).list()) names.insert(u.id, u.name);
    const QString status = m_status->currentData().toString();
    ProblemFilter f;
    if (!status.isEmpty() && status != QLatin1String("active")) f.status = problemStatusFromId(status);
    auto lines = service.problems(f);
    if (status == QLatin1String("active")) lines.removeIf([](const Problem& p) { return p.status == ProblemStatus::Closed; });
    m_problems->setProblems(lines, names, m_workspace.context().clock.today());
    static_cast<LedgerFilter*>(m_problemProxy)->set(m_search->text(), m_overdueOnly->isChecked());

    QList<QStringList> rows;
    QList<qint64> ids;
    for (const auto& i : service.inspections()) {
        rows.append({i.date.toString(Qt::ISODate), i.quarter, displayName(i.kind), i.title, QString::number(i.visits.size())});
        ids.append(i.id);
    }
    fill(m_inspections, rows, ids);
    rows.clear();
    ids.clear();
    for (const auto& c : service.cases()) {
        rows.append({c.date.toString(Qt::ISODate), names.value(c.unitId), displayName(c.pillar), c.positive ? tr("Positive") : tr("Negative"),
                     c.title, c.published ? tr("Published") : tr("Draft")});
        ids.append(c.id);
    }
    fill(m_cases, rows, ids);
}

qint64 SupervisionPage::currentProblemId() const
{
    return m_problemView->currentIndex().data(ProblemTableModel::ProblemIdRole).toLongLong();
}

void SupervisionPage::addProblem()
{
    ProblemDialog dialog(m_workspace, 0, this);
    dialog.exec();
}

void SupervisionPage::moveCurrent()
{
    const qint64 id = currentProblemId();
    const Problem* p = m_problems->problemAt(m_problemProxy->mapToSource(m_problemView->currentIndex()).row());
    if (!id || !p) return;
    QStringList choices;
    QList<ProblemStatus> targets;
    for (auto s : {ProblemStatus::Open, ProblemStatus::Rectifying, ProblemStatus::PendingVerification, ProblemStatus::Closed})
        if (ProblemRules::canTransition(p->status, s)) {
            targets << s;
            choices << displayName(s);
        }
    if (targets.isEmpty()) return;
    // The common next step is offered first: a line pending verification is struck off, a
    // line being fixed is reported fixed; a closed line can only be reopened.
    const int next = int(targets.size()) - 1;
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Change state"), tr("Line %1 is %2. Move it to:").arg(id).arg(displayName(p->status)),
                                                 choices, next, false, &ok);
    if (!ok) return;
    const ProblemStatus to = targets[choices.indexOf(choice)];
    // Typed text survives a refusal: the note is kept for the next try on the same line.
    const QString note = QInputDialog::getMultiLineText(this, tr("Change state"), tr("Note (what was done, or why):"),
                                                        m_unsentNote.first == id ? m_unsentNote.second : QString(), &ok);
    if (!ok) return;
    m_unsentNote = {id, note};
    SupervisionService service(m_workspace.context());
    auto s = service.transition(id, to, note);
    if (!s && s.error().reason == QLatin1String(kSelfVerifyRefused) && m_workspace.can(Operation::Supervise) &&
        dialogs::question(this, tr("Change state"),
                          s.error().message + QStringLiteral("\n\n") +
                              tr("Allow whoever reported a fix to verify it too, for this campaign file, and strike the line off now?"),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes) {
        SettingsService settings(m_workspace.context());
        CampaignSettings c = settings.current();
        c.fixerMayVerify = true;
        if (auto saved = settings.save(c); !saved) return dialogs::warning(this, tr("Change state"), saved.error().message);
        s = service.transition(id, to, note);
    } else if (!s) {
        return dialogs::warning(this, tr("Change state"), s.error().message);
    }
    if (!s) return dialogs::warning(this, tr("Change state"), s.error().message);
    m_unsentNote = {};
    m_workspace.notifyChanged();
}

void SupervisionPage::escalateCurrent()
{
    const qint64 id = currentProblemId();
    if (!id) return;
    QStringList steps;
    for (auto s : {EscalationStep::Reminder, EscalationStep::Talk, EscalationStep::Criticism, EscalationStep::Accountability}) steps << displayName(s);
    bool ok = false;
    const QString step = QInputDialog::getItem(this, tr("Escalate"), tr("Step of the ladder:"), steps, 0, false, &ok);
    if (!ok) return;
    const QString decision = QInputDialog::getText(this, tr("Escalate"), tr("Decision:"), QLineEdit::Normal, {}, &ok);
    if (!ok) return;
    if (auto s = SupervisionService(m_workspace.context()).escalate(id, EscalationStep(steps.indexOf(step)), decision); !s)
        return dialogs::warning(this, tr("Escalate"), s.error().message);
    m_workspace.notifyChanged();
}

void SupervisionPage::showHistory()
{
    const qint64 id = currentProblemId();
    if (!id) return;
    auto h = SupervisionService(m_workspace.context()).history(id);
    if (!h) return dialogs::warning(this, tr("History"), h.error().message);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("History of line %1").arg(id));
    dialog.resize(720, 420);
    auto* table = views::plainTable({tr("When"), tr("Who"), tr("Step"), tr("Note")});
    QList<QStringList> rows;
    for (const auto& e : h->events)
        rows.append({e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.actor,
                     e.from ? tr("%1 → %2").arg(displayName(*e.from), displayName(e.to)) : displayName(e.to), e.note});
    for (const auto& e : h->escalations) rows.append({e.date.toString(Qt::ISODate), e.by, displayName(e.step), e.decision});
    fill(table, rows, {});
    table->sortByColumn(0, Qt::AscendingOrder);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // Every change to the line as the audit record holds it: who changed what, not only its steps.
    // The record is the office's to read, and a unit's for its own lines; a leader reads the steps.
    if (m_workspace.can(Operation::Supervise) || m_workspace.actor().role == Role::Unit) {
        auto* audit = buttons->addButton(tr("&Audit record…"), QDialogButtonBox::ActionRole);
        audit->setObjectName(QStringLiteral("problemAuditButton"));
        connect(audit, &QPushButton::clicked, &dialog, [this, &dialog, id] {
            AuditDialog::openHistory(&dialog, m_workspace, tr("problem line %1").arg(id), QStringLiteral("problem"), id);
        });
    }
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.exec();
}

void SupervisionPage::printNotice()
{
    const qint64 id = currentProblemId();
    if (!id) return;
    SupervisionService service(m_workspace.context());
    auto p = service.problem(id);
    auto h = service.history(id);
    if (!p || !h) return;
    if (h->escalations.isEmpty()) return dialogs::information(this, tr("Notice"), tr("Line %1 has not been escalated.").arg(id));
    QString unit;
    for (const auto& u : UnitService(m_workspace.context()).list())
        if (u.id == p->unitId) unit = u.name;
    const QString path = dialogs::saveFileName(this, tr("Save the notice"), dialogs::FileKind::Document, tr("notice-%1.pdf").arg(id),
                                               output::documentFilter());
    if (path.isEmpty()) return;
    OfficialDocument doc;
    doc.setSeals(SettingsService(m_workspace.context()).current().seals);
    EscalationNotice::write(doc, *p, unit, h->escalations.last());
    if (auto s = DocumentFiles::write(doc, path, displayName(h->escalations.last().step)); !s) dialogs::warning(this, tr("Notice"), s.error().message);
}

void SupervisionPage::addInspection()
{
    InspectionDialog dialog(m_workspace, this);
    dialog.exec();
}

void SupervisionPage::findingToProblem()
{
    const qint64 visit = currentId(m_visits);
    if (!visit) return dialogs::information(this, tr("Finding → problem line"), tr("Choose an inspection and a unit visited first."));
    ProblemDialog dialog(m_workspace, visit, this);
    dialog.exec();
}

void SupervisionPage::addCase()
{
    CaseDialog dialog(m_workspace, this);
    dialog.exec();
}

void SupervisionPage::togglePublished()
{
    const qint64 id = currentId(m_cases);
    if (!id) return;
    bool published = false;
    for (const auto& c : SupervisionService(m_workspace.context()).cases())
        if (c.id == id) published = c.published;
    if (auto s = SupervisionService(m_workspace.context()).publishCase(id, !published); !s) return dialogs::warning(this, tr("Publish"), s.error().message);
    m_workspace.notifyChanged();
}

} // namespace cd
