#include "widgets/reporting/RemindersPage.h"

#include "models/CollatingProxy.h"
#include "models/ReportQueueModel.h"
#include "reports/PdfRenderer.h"
#include "reports/ReminderNotice.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/RegisterPrinting.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/LazyReload.h"
#include "widgets/common/Workspace.h"
#include "widgets/common/Offer.h"
#include "widgets/reporting/PeriodCombo.h"
#include "widgets/welcome/WelcomeDialog.h"

#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

RemindersPage::RemindersPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_period(new PeriodCombo), m_perUnit(new QCheckBox(tr("One notice per unit"))),
      m_model(new ReminderModel(this)), m_table(new QTableView), m_summary(new QLabel)
{
    auto* proxy = new CollatingProxy(this);
    proxy->setSourceModel(m_model);
    m_table->setModel(proxy);
    m_table->setObjectName(QStringLiteral("reminderTable"));
    views::setUpTable(m_table, QStringLiteral("reminders"));
    m_table->horizontalHeader()->resizeSection(ReminderModel::UnitName, 280);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the units' own order until a header is clicked
    proxy->sort(-1);
    auto* previewButton = new QPushButton(tr("Print pre&view…"));
    auto* pdfButton = new QPushButton(tr("Save as &PDF…"));
    previewButton->setObjectName(QStringLiteral("reminderPreviewButton"));
    pdfButton->setObjectName(QStringLiteral("reminderPdfButton"));
    // The notices are the office's to issue; a leader reads the list.
    m_noticeButtons = {m_perUnit, previewButton, pdfButton};
    auto* progressButton = new QPushButton(tr("Monthly progress &table…"));
    registers::attach(progressButton, m_workspace, registers::Kind::Progress);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period")));
    top->addWidget(m_period);
    top->addWidget(m_summary, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_perUnit);
    bottom->addStretch();
    bottom->addWidget(progressButton);
    bottom->addWidget(previewButton);
    bottom->addWidget(pdfButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addLayout(bottom);
    connect(m_period, &QComboBox::currentIndexChanged, this, &RemindersPage::reload);
    connect(previewButton, &QPushButton::clicked, this, &RemindersPage::preview);
    connect(pdfButton, &QPushButton::clicked, this, &RemindersPage::savePdf);
    auto* lazy = new LazyReload(this, [this] { reload(); }, [this] { m_period->load(m_workspace); });
    connect(&m_workspace, &Workspace::opened, lazy, &LazyReload::requestOpened);
    connect(&m_workspace, &Workspace::changed, lazy, &LazyReload::request);
    if (m_workspace.isOpen()) m_period->load(m_workspace);
    reload();
}

void RemindersPage::reload()
{
    for (auto* w : m_noticeButtons) offer(m_workspace, Operation::Supervise, {w});
    if (!m_workspace.isOpen() || m_period->code().isEmpty()) {
        m_model->setLines({}, true);
        m_summary->clear();
        return;
    }
    ReportService reports(m_workspace.context());
    auto p = reports.period(m_period->code());
    const auto lines = reports.reminders(m_period->code());
    m_model->setLines(lines, p && p->kind == PeriodKind::Month);
    const auto missing = std::ranges::count_if(lines, [](const ReminderLine& l) { return l.reportMissing; });
    m_summary->setText(p ? tr("Reports due %1: %2 missing, %3 late.")
                               .arg(p->deadline.toString(Qt::ISODate))
                               .arg(missing)
                               .arg(std::ranges::count_if(lines, [](const ReminderLine& l) { return l.reportLate; }))
                         : QString());
}

std::vector<std::unique_ptr<OfficialDocument>> RemindersPage::build(int dpi)
{
    std::vector<std::unique_ptr<OfficialDocument>> docs;
    ReportService reports(m_workspace.context());
    auto p = reports.period(m_period->code());
    if (!p) {
        dialogs::warning(this, tr("Reminders"), p.error().message);
        return docs;
    }
    if (m_model->lines().isEmpty()) {
        dialogs::information(this, tr("Reminders"), tr("Every unit has reported on time for %1.").arg(p->code));
        return docs;
    }
    const CampaignSettings campaign = SettingsService(m_workspace.context()).current();
    const QString contact = settings::contactLine(campaign);
    if (m_perUnit->isChecked())
        return ReminderNotice::perUnit(*p, m_model->lines(), QDate::currentDate(), PageStyle::official(), dpi, contact, campaign.seals);
    docs.push_back(std::make_unique<OfficialDocument>(PageStyle::official(), dpi));
    docs.back()->setSeals(campaign.seals);
    ReminderNotice::writeList(*docs.back(), *p, m_model->lines(), QDate::currentDate(), contact);
    return docs;
}

void RemindersPage::paint(QPrinter* printer)
{
    const auto docs = build(printer->resolution());
    if (docs.empty()) return;
    QList<OfficialDocument*> list;
    for (const auto& d : docs) list << d.get();
    printer->setFullPage(true);
    QPainter painter(printer);
    PdfRenderer::paint(list, *printer, painter);
}

void RemindersPage::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Reminder notice"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &RemindersPage::paint);
    dialog.exec();
}

void RemindersPage::savePdf()
{
    const QString path = dialogs::saveFileName(this, tr("Save the reminder notice"), dialogs::FileKind::Document,
                                               tr("reminder-%1.pdf").arg(m_period->code()),
                                               tr("PDF (*.pdf)"));
    if (path.isEmpty()) return;
    const auto docs = build(300);
    if (docs.empty()) return;
    QList<OfficialDocument*> list;
    for (const auto& d : docs) list << d.get();
    if (auto s = PdfRenderer::writePdf(list, path, tr("Reminder notice")); !s) dialogs::warning(this, tr("Reminders"), s.error().message);
}

} // namespace cd
