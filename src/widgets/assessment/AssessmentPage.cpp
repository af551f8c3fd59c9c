#include "widgets/main/AuditDialog.h"
#include "widgets/assessment/AssessmentPage.h"

#include "models/CollatingProxy.h"
#include "exchange/Exports.h"
#include "exchange/TableWriter.h"
#include "models/AssessmentModel.h"
#include "reports/AssessmentDocument.h"
#include "reports/DocumentFiles.h"
#include "reports/PdfRenderer.h"
#include "services/CampaignService.h"
#include "services/SettingsService.h"
#include "widgets/assessment/RubricDialog.h"
#include "widgets/assessment/ScoreDialog.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/DocumentOutput.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"
#include "widgets/welcome/WelcomeDialog.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

AssessmentPage::AssessmentPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_model(new AssessmentModel(this)), m_byName(new CollatingProxy(this)),
      m_byGrade(new CollatingProxy(this)), m_view(new QTableView), m_breakdown(views::plainTable({tr("Pillar"), tr("Item"), tr("Max"),
                                                                                                             tr("Score"), tr("Basis"), tr("Adjustment")})),
      m_state(new QLabel), m_filter(new QLineEdit), m_grade(new QComboBox), m_score(new QPushButton(tr("&Score or adjust…"))),
      m_rubric(new QPushButton(tr("R&ubric…"))), m_lock(new QPushButton(tr("&Lock the year"))), m_unlock(new QPushButton(tr("U&nlock…"))),
      m_history(new QPushButton(tr("Score histor&y…")))
{
    setObjectName(QStringLiteral("assessmentPage"));
    m_byName->setSourceModel(m_model);
    m_byName->setFilterKeyColumn(AssessmentModel::UnitName);
    m_byName->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_byGrade->setSourceModel(m_byName);
    m_byGrade->setFilterRole(AssessmentModel::GradeIdRole);
    m_byGrade->setSortRole(Qt::EditRole);
    m_view->setObjectName(QStringLiteral("rankingTable"));
    m_view->setModel(m_byGrade);
    m_view->horizontalHeader()->resizeSection(AssessmentModel::UnitName, 240); // until the user's own widths are remembered
    views::setUpTable(m_view, QStringLiteral("assessment"));
    m_view->sortByColumn(AssessmentModel::Rank, Qt::AscendingOrder);
    m_breakdown->setObjectName(QStringLiteral("breakdownTable"));
    m_breakdown->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_breakdown->setColumnWidth(1, 280);
    m_breakdown->setColumnWidth(5, 220);
    m_breakdown->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_filter->setPlaceholderText(tr("Filter units"));
    m_filter->setClearButtonEnabled(true);
    m_grade->addItem(tr("All grades"), QString());
    for (Grade g : {Grade::Excellent, Grade::Good, Grade::Pass, Grade::Poor}) m_grade->addItem(displayName(g), toId(g));

    auto* print = new QPushButton(tr("&Print"));
    auto* menu = new QMenu(print);
    menu->addAction(tr("Ranking: print preview…"), this, &AssessmentPage::previewRanking);
    menu->addAction(tr("Ranking as PDF…"), this, &AssessmentPage::saveRankingPdf);
    menu->addAction(tr("Score sheet of the selected unit as PDF…"), this, &AssessmentPage::saveScoreSheet);
    menu->addAction(tr("Scores as a spreadsheet…"), this, &AssessmentPage::exportSheet);
    print->setMenu(menu);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_grade);
    bar->addStretch(1);
    bar->addWidget(m_score);
    bar->addWidget(m_rubric);
    bar->addWidget(m_lock);
    bar->addWidget(m_unlock);
    bar->addWidget(m_history);
    bar->addWidget(print);

    auto* lower = new QWidget;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(new QLabel(tr("Breakdown of the selected unit (double-click for its reports, problems and cases)")));
    lowerLayout->addWidget(m_breakdown);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, m_byName, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_grade, &QComboBox::currentIndexChanged, this,
            [this] { m_byGrade->setFilterFixedString(m_grade->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AssessmentPage::showBreakdown);
    connect(m_view, &QTableView::doubleClicked, this, [this] { editScore(); });
    connect(m_breakdown, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const qint64 unit = currentUnit()) emit unitActivated(unit);
    });
    connect(m_score, &QPushButton::clicked, this, &AssessmentPage::editScore);
    connect(m_rubric, &QPushButton::clicked, this, &AssessmentPage::editRubric);
    connect(m_lock, &QPushButton::clicked, this, &AssessmentPage::lock);
    connect(m_unlock, &QPushButton::clicked, this, &AssessmentPage::unlock);
    connect(m_history, &QPushButton::clicked, this, [this] {
        const UnitScore* u = m_model->result().unit(currentUnit());
        if (u) AuditDialog::openHistory(this, m_workspace, tr("%1's scores").arg(u->unit), QStringLiteral("unit"), u->unitId, 0, QStringLiteral("assessment."));
    });
    auto* lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_workspace, &Workspace::opened, lazy, &LazyReload::request);
    connect(&m_workspace, &Workspace::changed, lazy, &LazyReload::request);
    lazy->request(); // a file already open: scored when the page is first shown
    updateButtons();
}

int AssessmentPage::year() const
{
    if (!m_workspace.isOpen()) return 0;
    auto c = CampaignService(m_workspace.context()).current();
    return c ? c->year : 0;
}

qint64 AssessmentPage::currentUnit() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(AssessmentModel::UnitIdRole).toLongLong() : 0;
}

void AssessmentPage::reload()
{
    const qint64 keep = currentUnit();
    const int y = year();
    if (y == 0) {
        m_model->setResult({});
        m_state->setText(tr("No campaign is open."));
        updateButtons();
        return;
    }
    auto r = AssessmentService(m_workspace.context()).score(y);
    if (!r) {
        m_model->setResult({});
        m_state->setText(r.error().message);
        updateButtons();
        return;
    }
    m_state->setText(r->locked ? tr("<b>%1 assessment</b> — locked by %2 on %3; these scores no longer change.")
                                     .arg(y)
                                     .arg(r->lockedBy.toHtmlEscaped(), r->lockedAt.date().toString(Qt::ISODate))
                               : tr("<b>%1 assessment</b> — preview as of %2: the scores if the year ended today. Full marks %3.")
                                     .arg(y)
                                     .arg(r->asOf.toString(Qt::ISODate), AssessmentRules::format(r->rubric.maxTotal())));
    m_model->setResult(*std::move(r));
    if (keep) selectUnit(keep);
    else if (m_byGrade->rowCount() > 0) m_view->setCurrentIndex(m_byGrade->index(0, AssessmentModel::UnitName));
    showBreakdown();
    updateButtons();
}

void AssessmentPage::selectUnit(qint64 unitId)
{
    for (int row = 0; row < m_byGrade->rowCount(); ++row) {
        const QModelIndex i = m_byGrade->index(row, AssessmentModel::UnitName);
        if (i.data(AssessmentModel::UnitIdRole).toLongLong() == unitId) {
            m_view->setCurrentIndex(i);
            m_view->scrollTo(i);
            return;
        }
    }
}

void AssessmentPage::showBreakdown()
{
    m_breakdown->setSortingEnabled(false);
    m_breakdown->setRowCount(0);
    const UnitScore* u = m_model->result().unit(currentUnit());
    if (!u) return;
    m_breakdown->setRowCount(int(u->items.size()));
    for (int row = 0; row < u->items.size(); ++row) {
        const ItemScore& i = u->items[row];
        const QString adjustment = i.overridden ? tr("%1 by the rule; %2").arg(AssessmentRules::format(i.computed), i.reason) : i.reason;
        const QStringList cells{displayName(i.pillar), i.name, AssessmentRules::format(i.max), AssessmentRules::format(i.score), i.basis, adjustment};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = views::cell(cells[c]);
            if (c == 2 || c == 3) item->setTextAlignment(Qt::AlignCenter);
            if (c == 3 && i.overridden) item->setForeground(QColor(0x1a, 0x5f, 0xb4));
            m_breakdown->setItem(row, c, item);
        }
    }
    m_breakdown->resizeRowsToContents();
}

void AssessmentPage::updateButtons()
{
    const bool open = m_workspace.isOpen() && year() != 0;
    const bool locked = m_model->result().locked;
    // Offered only to whom may use them; enabled when they apply to the year as it is.
    m_score->setVisible(!m_workspace.isOpen() || m_workspace.can(Operation::Assess));
    m_lock->setVisible(!m_workspace.isOpen() || m_workspace.can(Operation::Assess));
    m_unlock->setVisible(!m_workspace.isOpen() || m_workspace.can(Operation::UnlockAssessment));
    m_score->setEnabled(open && !locked && m_workspace.can(Operation::Assess));
    m_rubric->setEnabled(open);
    m_lock->setEnabled(open && !locked && m_workspace.can(Operation::Assess));
    m_unlock->setEnabled(open && locked && m_workspace.can(Operation::UnlockAssessment));
    m_history->setVisible(!m_workspace.isOpen() || m_workspace.can(Operation::Supervise));
    m_history->setEnabled(open && currentUnit() != 0);
}

void AssessmentPage::editScore()
{
    const qint64 unit = currentUnit();
    if (!unit || !m_score->isEnabled()) return;
    const UnitScore* u = m_model->result().unit(unit);
    if (!u) return;
    ScoreDialog dialog(m_workspace, year(), m_model->result().rubric, *u, this);
    const int row = m_breakdown->currentRow();
    if (row >= 0 && row < u->items.size()) dialog.selectItem(u->items[row].code);
    dialog.exec();
}

void AssessmentPage::editRubric()
{
    const int y = year();
    if (y == 0) return;
    RubricDialog dialog(m_workspace, y, this);
    dialog.exec();
}

void AssessmentPage::lock()
{
    const int y = year();
    if (!y) return;
    if (dialogs::question(this, tr("Lock the year"),
                          tr("Lock the %1 assessment with the scores as they stand? Nothing changes afterwards unless an administrator "
                             "unlocks it.")
                              .arg(y),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto s = AssessmentService(m_workspace.context()).lock(y); !s) return dialogs::warning(this, tr("Lock the year"), s.error().message);
    m_workspace.notifyChanged();
}

void AssessmentPage::unlock()
{
    const int y = year();
    if (!y) return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Unlock"), tr("Why is the %1 assessment reopened?").arg(y), QLineEdit::Normal, {}, &ok);
    if (!ok) return;
    if (auto s = AssessmentService(m_workspace.context()).unlock(y, reason); !s) return dialogs::warning(this, tr("Unlock"), s.error().message);
    m_workspace.notifyChanged();
}

void AssessmentPage::paintRanking(QPrinter* printer)
{
    OfficialDocument doc(PageStyle::officialLandscape(), printer->resolution());
    doc.setSeals(SettingsService(m_workspace.context()).current().seals);
    AssessmentDocument::ranking(doc, m_model->result(), m_workspace.context().clock.today());
    printer->setFullPage(true);
    QPainter painter(printer);
    PdfRenderer::paint(doc, *printer, painter);
}

void AssessmentPage::previewRanking()
{
    if (m_model->rowCount() == 0) return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(AssessmentDocument::title(m_model->result()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &AssessmentPage::paintRanking);
    dialog.exec();
}

void AssessmentPage::saveRankingPdf()
{
    if (m_model->rowCount() == 0) return;
    const QString path = dialogs::saveFileName(this, tr("Save the ranking"), dialogs::FileKind::Document,
                                               tr("assessment-%1.pdf").arg(m_model->result().year), output::documentFilter());
    if (path.isEmpty()) return;
    OfficialDocument doc(PageStyle::officialLandscape());
    doc.setSeals(SettingsService(m_workspace.context()).current().seals);
    AssessmentDocument::ranking(doc, m_model->result(), m_workspace.context().clock.today());
    if (auto s = DocumentFiles::write(doc, path, AssessmentDocument::title(m_model->result())); !s)
        dialogs::warning(this, tr("Assessment"), s.error().message);
}

void AssessmentPage::saveScoreSheet()
{
    const UnitScore* u = m_model->result().unit(currentUnit());
    if (!u) return dialogs::information(this, tr("Score sheet"), tr("Choose a unit in the ranking first."));
    const QString path = dialogs::saveFileName(this, tr("Save the score sheet"), dialogs::FileKind::Document,
                                               tr("score-sheet-%1.pdf").arg(u->unit), output::documentFilter());
    if (path.isEmpty()) return;
    OfficialDocument doc;
    doc.setSeals(SettingsService(m_workspace.context()).current().seals);
    AssessmentDocument::scoreSheet(doc, m_model->result(), *u, m_workspace.context().clock.today());
    if (auto s = DocumentFiles::write(doc, path, u->unit); !s) dialogs::warning(this, tr("Score sheet"), s.error().message);
}

void AssessmentPage::exportSheet()
{
    if (m_model->rowCount() == 0) return;
    const QString path = dialogs::saveFileName(this, tr("Export the scores"), dialogs::FileKind::Export,
                                               tr("assessment-%1.xlsx").arg(m_model->result().year),
                                               tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) return;
    if (auto s = TableWriter::write(Exports::assessment(m_model->result()), path, tr("Assessment %1").arg(m_model->result().year)); !s)
        dialogs::warning(this, tr("Assessment"), s.error().message);
}

} // namespace cd
